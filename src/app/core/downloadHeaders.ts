// The headers of a file the app sends as bytes (the agent API's attachment download). Glide-free.
// - Content-Disposition: `attachment`, never `inline`: a stored text/html or SVG file must be saved, not rendered as
//   a page of the instance's origin. The name is given twice, as RFC 6266 recommends: `filename="..."`, an
//   ASCII-only fallback for old clients, and, when the name is anything else, `filename*=UTF-8''...`, the exact
//   name percent-encoded (RFC 8187), which current clients prefer.
// - Content-Type: the type stored with the attachment when it is a well-formed media type, otherwise
//   application/octet-stream: a stored value is sent as a header, so it must not carry anything but a type.

var DEFAULT_NAME = 'attachment';
var DEFAULT_TYPE = 'application/octet-stream';
/** control characters (CR and LF included) are no part of a name a header can carry */
var CONTROL = /[\x00-\x1f\x7f]/g;
/** what the quoted fallback cannot hold as is: non-ASCII, the quote and backslash (quoted-string escapes, which
 * clients handle unevenly) and % (some clients percent-decode the plain filename) */
var FALLBACK_UNSAFE = /[^\x20-\x7e]|["\\%]/g;
/** characters encodeURIComponent leaves as they are that RFC 8187's attr-char does not allow */
var NOT_ATTR_CHAR = /['()*]/g;
/** type/subtype (RFC 9110 tokens), then optional parameters of printable ASCII */
var MEDIA_TYPE = /^[A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+-]+(\s*;[\x20-\x7e]*)?$/;

/** RFC 8187 value: UTF-8 percent-encoded; null when the name holds a lone surrogate (no UTF-8 for it) */
function extValue(name: string): string | null {
  try {
    return encodeURIComponent(name).replace(NOT_ATTR_CHAR, function (c) {
      return '%' + c.charCodeAt(0).toString(16).toUpperCase();
    });
  } catch (e) {
    return null;
  }
}

export function contentDisposition(fileName: string | null | undefined): string {
  var name = String(fileName || '').replace(CONTROL, '');
  if (/^\s*$/.test(name)) name = DEFAULT_NAME;
  var fallback = name.replace(FALLBACK_UNSAFE, '_');
  var header = 'attachment; filename="' + fallback + '"';
  if (fallback === name) return header;
  var encoded = extValue(name);
  return encoded === null ? header : header + "; filename*=UTF-8''" + encoded;
}

export function downloadContentType(stored: string | null | undefined): string {
  var type = String(stored || '').trim();
  return MEDIA_TYPE.test(type) ? type : DEFAULT_TYPE;
}
