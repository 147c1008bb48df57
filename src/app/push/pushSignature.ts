// The signature of a push: X-Incident-Bridge-Signature: v1=<hex HMAC-SHA256 of "<timestamp>.<body>">, keyed with
// the webhook connection's signing key (its UTF-8 bytes). The timestamp (Unix seconds, also sent in
// X-Incident-Bridge-Timestamp) is inside the signed text, so a receiver can reject replays of an old delivery; the
// exact body bytes are signed, so it must verify before parsing. docs/push-signing.md shows a receiver.
// The MAC comes from CertificateEncryption.generateMac (key and result in Base64), converted to hex here.

interface CertificateEncryption {
  generateMac(key: string, algorithm: string, data: string): string;
}
declare var CertificateEncryption: { new (): CertificateEncryption };

export var SIGNATURE_VERSION = 'v1';

var BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The text that is signed. */
export function signedText(timestamp: string, body: string): string {
  return timestamp + '.' + body;
}

/** Base64 (standard alphabet, padded) to lower-case hex. */
export function base64ToHex(base64: string): string {
  var clean = String(base64).replace(/[\s=]/g, '');
  var hex = '';
  var bits = 0;
  var buffer = 0;
  for (var i = 0; i < clean.length; i++) {
    var value = BASE64.indexOf(clean.charAt(i));
    if (value < 0) throw new Error('base64ToHex: not Base64');
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      var byte = (buffer >> bits) & 0xff;
      hex += (byte < 16 ? '0' : '') + byte.toString(16);
    }
  }
  return hex;
}

/** The header value for a body sent at `timestamp` (Unix seconds, as text). */
export function pushSignature(signingKey: string, timestamp: string, body: string): string {
  var glide = gs as unknown as { base64Encode(text: string): string };
  var mac = new CertificateEncryption().generateMac(glide.base64Encode(signingKey), 'HmacSHA256', signedText(timestamp, body));
  return SIGNATURE_VERSION + '=' + base64ToHex(mac);
}
