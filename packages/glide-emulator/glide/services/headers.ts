// HTTP header names are case-insensitive (RFC 9110): every header lookup in the service side goes through here.

/** Name of the entry in `headers` whose name equals `name` ignoring case, or null. */
export function headerName(headers: { [name: string]: string }, name: string): string | null {
  var wanted = String(name).toLowerCase();
  for (var key in headers) {
    if (Object.prototype.hasOwnProperty.call(headers, key) && key.toLowerCase() === wanted) return key;
  }
  return null;
}

/** Value of the header `name` (any case), or null when absent. */
export function headerValue(headers: { [name: string]: string }, name: string): string | null {
  var key = headerName(headers, name);
  return key === null ? null : headers[key];
}
