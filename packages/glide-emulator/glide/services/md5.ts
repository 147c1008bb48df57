// MD5 (RFC 1321) over a byte array, in ES5. Kept because GlideDigest and HmacMD5 expose it, not for security.
import { paddedWords, wordsToBytes } from './digestPadding';

var SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

// T[i] = floor(abs(sin(i + 1)) * 2^32), computed once instead of listing 64 constants.
var T: number[] = [];
for (var n = 0; n < 64; n++) T.push((Math.floor(Math.abs(Math.sin(n + 1)) * 4294967296) >>> 0) | 0);

function rotl(x: number, s: number): number {
  return (x << s) | (x >>> (32 - s));
}

export function md5(bytes: number[]): number[] {
  var words = paddedWords(bytes, false);
  var h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  for (var block = 0; block < words.length; block += 16) {
    var a = h[0], b = h[1], c = h[2], d = h[3];
    for (var i = 0; i < 64; i++) {
      var f: number;
      var g: number;
      if (i < 16) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (i < 32) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) % 16;
      } else if (i < 48) {
        f = b ^ c ^ d;
        g = (3 * i + 5) % 16;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) % 16;
      }
      var rotated = rotl((a + f + T[i] + words[block + g]) | 0, SHIFTS[(i >> 4) * 4 + (i % 4)]);
      a = d;
      d = c;
      c = b;
      b = (b + rotated) | 0;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + b) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + d) | 0;
  }
  return wordsToBytes(h, false);
}
