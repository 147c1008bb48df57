// CertificateEncryption (scoped): only generateMac is emulated. The key arrives Base64-encoded, the data is MAC'd
// as UTF-8, the MAC returns as Base64. The docs call it on an instance (`new CertificateEncryption`) while the type
// declarations make it static, so both forms work. Certificate methods (sign, getThumbPrint...) need a key store
// and are not emulated.
import { base64ToBytes, bytesToBase64 } from './base64';
import { hmac, isSupportedMac } from './hmac';
import { utf8Encode } from './utf8';

function generateMac(key: string, algorithm: string, data: string): string {
  if (!isSupportedMac(algorithm)) {
    // Java throws NoSuchAlgorithmException for names it does not know; the emulator also refuses the ones it
    // does not implement rather than returning a wrong value.
    throw new Error('CertificateEncryption.generateMac: unsupported algorithm ' + algorithm + ' (emulator knows HmacSHA256, HmacSHA1, HmacMD5)');
  }
  return bytesToBase64(hmac(algorithm, base64ToBytes(String(key)), utf8Encode(String(data))));
}

export class CertificateEncryption {
  static generateMac = generateMac;
  generateMac(key: string, algorithm: string, data: string): string {
    return generateMac(key, algorithm, data);
  }
}
