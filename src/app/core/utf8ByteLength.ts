// The size of a request body in bytes, as it crossed the wire (UTF-8), from the string the platform hands over:
// x_incb_bridge.inbound.max_body_bytes is a byte limit, and a body of non-ASCII text has fewer characters than bytes.
// Glide-free.

export function utf8ByteLength(text: string): number {
  var bytes = 0;
  for (var i = 0; i < text.length; i++) {
    var code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      var next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        // A surrogate pair is one code point of 4 bytes.
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    } else {
      bytes += 3;
    }
  }
  return bytes;
}
