// GlideDigest (scoped): MD5, SHA-1 and SHA-256 message digests of a string's UTF-8 bytes, as Base64 or upper-case
// hex. The *FromInputStream variants are not emulated (no GlideScriptableInputStream on this side).
import { bytesToBase64 } from './base64';
import { bytesToUpperHex } from './hex';
import { md5 } from './md5';
import { sha1 } from './sha1';
import { sha256 } from './sha256';
import { utf8Encode } from './utf8';

function digestOf(algorithm: (bytes: number[]) => number[], source: string): number[] {
  return algorithm(utf8Encode(String(source)));
}

export class GlideDigest {
  getMD5Base64(source: string): string {
    return bytesToBase64(digestOf(md5, source));
  }
  getMD5Hex(source: string): string {
    return bytesToUpperHex(digestOf(md5, source));
  }
  getSHA1Base64(source: string): string {
    return bytesToBase64(digestOf(sha1, source));
  }
  getSHA1Hex(source: string): string {
    return bytesToUpperHex(digestOf(sha1, source));
  }
  getSHA256Base64(source: string): string {
    return bytesToBase64(digestOf(sha256, source));
  }
  getSHA256Hex(source: string): string {
    return bytesToUpperHex(digestOf(sha256, source));
  }
}
