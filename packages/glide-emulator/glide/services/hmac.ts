// HMAC (RFC 2104) over any of the byte-array digests, with the Java algorithm names CertificateEncryption accepts
// (Java's JCA looks algorithm names up case-insensitively, so 'hmacsha256' works there too).
import { md5 } from './md5';
import { sha1 } from './sha1';
import { sha256 } from './sha256';

var DIGESTS: { [lowerCaseJavaName: string]: (bytes: number[]) => number[] } = { hmacsha256: sha256, hmacsha1: sha1, hmacmd5: md5 };

/** True when `algorithm` is one of the Java MAC names the emulator implements. */
export function isSupportedMac(algorithm: string): boolean {
  return Object.prototype.hasOwnProperty.call(DIGESTS, String(algorithm).toLowerCase());
}

export function hmac(algorithm: string, key: number[], message: number[]): number[] {
  var digest = DIGESTS[String(algorithm).toLowerCase()];
  var blockSize = 64;
  var k = key.length > blockSize ? digest(key) : key.slice(0);
  while (k.length < blockSize) k.push(0);
  var inner: number[] = [];
  var outer: number[] = [];
  for (var i = 0; i < blockSize; i++) {
    inner.push(k[i] ^ 0x36);
    outer.push(k[i] ^ 0x5c);
  }
  return digest(outer.concat(digest(inner.concat(message))));
}
