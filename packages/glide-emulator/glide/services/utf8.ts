// UTF-8 conversion between script strings (UTF-16) and byte arrays, as the Java platform does it: an unpaired
// surrogate encodes as '?' (String.getBytes(UTF_8)), and a malformed byte sequence decodes as U+FFFD
// (new String(bytes, UTF_8)). Bytes are plain number arrays (0-255) because typed arrays are not available in
// ServiceNow's ES5 runtime.

export function utf8Encode(text: string): number[] {
  var bytes: number[] = [];
  for (var i = 0; i < text.length; i++) {
    var code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      var low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      bytes.push(0x3f);
    } else if (code < 0x80) {
      bytes.push(code);
    } else if (code < 0x800) {
      bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
      bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    } else {
      bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    }
  }
  return bytes;
}

// Decoding follows the "maximal subpart" rule (Unicode, WHATWG, Java 8+): each maximal invalid prefix becomes one
// U+FFFD, so overlong forms, surrogate code points and values past U+10FFFF are rejected at their second byte.
export function utf8Decode(bytes: number[]): string {
  var out = '';
  var i = 0;
  while (i < bytes.length) {
    var b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    var length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    var lower = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    var upper = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    var code = length === 2 ? b & 0x1f : length === 3 ? b & 0x0f : b & 0x07;
    var k = 1;
    while (k < length) {
      var next = i + k < bytes.length ? bytes[i + k] : -1;
      if (next < (k === 1 ? lower : 0x80) || next > (k === 1 ? upper : 0xbf)) break;
      code = (code << 6) | (next & 0x3f);
      k++;
    }
    if (length === 0 || k < length) {
      out += '\ufffd';
      i += k;
      continue;
    }
    if (code >= 0x10000) {
      code -= 0x10000;
      out += String.fromCharCode(0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff));
    } else {
      out += String.fromCharCode(code);
    }
    i += length;
  }
  return out;
}
