// Whether a request's Content-Type says JSON: application/json or any +json type (application/vnd.x+json), with
// parameters (charset) allowed. The app's routes take JSON only; a body declared as anything else is refused with a
// 415 before it is read, as the platform itself does for a route whose supported request formats exclude the type.
// Glide-free.

export function isJsonContentType(value: string | null | undefined): boolean {
  var type = String(value || '').split(';')[0].trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}
