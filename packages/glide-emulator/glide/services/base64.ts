// Standard Base64 (RFC 4648 alphabet, with padding) over byte arrays. Decoding skips whitespace (line-wrapped MIME
// input) and accepts missing padding, but throws on any other character instead of silently dropping it, so a
// corrupted value fails loudly in tests.
import { utf8Decode, utf8Encode } from './utf8';

var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function bytesToBase64(bytes: number[]): string {
  var out = '';
  for (var i = 0; i < bytes.length; i += 3) {
    var b0 = bytes[i];
    var b1 = i + 1 < bytes.length ? bytes[i + 1] : 0;
    var b2 = i + 2 < bytes.length ? bytes[i + 2] : 0;
    out += ALPHABET.charAt(b0 >> 2) + ALPHABET.charAt(((b0 & 3) << 4) | (b1 >> 4));
    out += i + 1 < bytes.length ? ALPHABET.charAt(((b1 & 15) << 2) | (b2 >> 6)) : '=';
    out += i + 2 < bytes.length ? ALPHABET.charAt(b2 & 63) : '=';
  }
  return out;
}

export function base64ToBytes(text: string): number[] {
  var clean = String(text).replace(/\s+/g, '');
  var end = clean.length;
  while (end > 0 && clean.charAt(end - 1) === '=') end--;
  if (clean.length - end > 2) throw new Error('Illegal base64 padding');
  var bytes: number[] = [];
  var buffer = 0;
  var bits = 0;
  for (var i = 0; i < end; i++) {
    var value = ALPHABET.indexOf(clean.charAt(i));
    if (value < 0) throw new Error('Illegal base64 character: ' + clean.charAt(i));
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return bytes;
}

/** Base64 of the UTF-8 bytes of a script string: gs.base64Encode and Basic auth headers. */
export function base64EncodeText(text: string): string {
  return bytesToBase64(utf8Encode(String(text)));
}

/** The UTF-8 text a Base64 value holds: gs.base64Decode. */
export function base64DecodeText(encoded: string): string {
  return utf8Decode(base64ToBytes(encoded));
}
