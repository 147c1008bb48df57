// Hexadecimal rendering of digests. GlideDigest's *Hex methods return upper-case hex (Java's usual hex encoder on
// the platform), so callers comparing with lower-case digests from other systems must normalise case.
var DIGITS = '0123456789ABCDEF';

export function bytesToUpperHex(bytes: number[]): string {
  var out = '';
  for (var i = 0; i < bytes.length; i++) out += DIGITS.charAt(bytes[i] >> 4) + DIGITS.charAt(bytes[i] & 15);
  return out;
}
