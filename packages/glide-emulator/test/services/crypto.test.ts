// Digests, HMAC and Base64/UTF-8 are checked against Node's own implementations over many inputs, including the
// padding boundaries (55/56/63/64/65 bytes) and multi-byte UTF-8.
import * as nodeCrypto from 'crypto';
import { base64DecodeText, base64EncodeText, base64ToBytes, bytesToBase64 } from '../../glide/services/base64';
import { CertificateEncryption } from '../../glide/services/CertificateEncryption';
import { GlideDigest } from '../../glide/services/GlideDigest';
import { utf8Decode, utf8Encode } from '../../glide/services/utf8';

function pseudoRandomText(seed: number, length: number): string {
  const alphabet = ['a', 'Z', '0', ' ', '\n', 'é', 'ß', '€', '中', '😀', '\u0301', '"', '<', '&', '\u00a0'];
  let x = seed * 2654435761 + 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

const boundaryLengths = [0, 1, 2, 3, 31, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000];
const texts: string[] = [
  '',
  'abc',
  'Her molasses flowed slowly down the hill.',
  'The quick brown fox jumps over the lazy dog',
  ...boundaryLengths.map((n) => 'x'.repeat(n)),
  ...Array.from({ length: 40 }, (_, i) => pseudoRandomText(i, i * 7)),
];

function nodeDigest(algorithm: string, text: string, encoding: 'hex' | 'base64'): string {
  return nodeCrypto.createHash(algorithm).update(Buffer.from(text, 'utf8')).digest(encoding);
}

describe('GlideDigest', () => {
  const digest = new GlideDigest();
  it.each(texts.map((t, i) => [i, t]))('matches node crypto for input #%i', (_i, text) => {
    expect(digest.getSHA256Hex(text as string)).toBe(nodeDigest('sha256', text as string, 'hex').toUpperCase());
    expect(digest.getSHA256Base64(text as string)).toBe(nodeDigest('sha256', text as string, 'base64'));
    expect(digest.getSHA1Hex(text as string)).toBe(nodeDigest('sha1', text as string, 'hex').toUpperCase());
    expect(digest.getSHA1Base64(text as string)).toBe(nodeDigest('sha1', text as string, 'base64'));
    expect(digest.getMD5Hex(text as string)).toBe(nodeDigest('md5', text as string, 'hex').toUpperCase());
    expect(digest.getMD5Base64(text as string)).toBe(nodeDigest('md5', text as string, 'base64'));
  });
  it('returns upper-case hex', () => {
    expect(digest.getSHA256Hex('abc')).toBe('BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD');
  });
});

describe('CertificateEncryption.generateMac', () => {
  const keys = ['sample_key', '', 'k', 'x'.repeat(64), 'y'.repeat(65), 'clé-secrète-😀', 'z'.repeat(200)];
  const algorithms: Array<[string, string]> = [
    ['HmacSHA256', 'sha256'],
    ['HmacSHA1', 'sha1'],
    ['HmacMD5', 'md5'],
  ];
  for (const [javaName, nodeName] of algorithms) {
    it.each(keys)(`${javaName} with key %j matches node crypto`, (key) => {
      const keyBase64 = Buffer.from(key, 'utf8').toString('base64');
      for (const data of texts.slice(0, 25)) {
        const expected = nodeCrypto.createHmac(nodeName, Buffer.from(key, 'utf8')).update(Buffer.from(data, 'utf8')).digest('base64');
        expect(new CertificateEncryption().generateMac(keyBase64, javaName, data)).toBe(expected);
      }
    });
  }
  it('takes the key as Base64 bytes, not as text (binary keys work)', () => {
    const rawKey = Buffer.from([0, 255, 128, 7, 200, 13]);
    const expected = nodeCrypto.createHmac('sha256', rawKey).update('payload').digest('base64');
    expect(CertificateEncryption.generateMac(rawKey.toString('base64'), 'HmacSHA256', 'payload')).toBe(expected);
  });
  it('looks the algorithm up ignoring case, as Java does', () => {
    const key = Buffer.from('k').toString('base64');
    expect(CertificateEncryption.generateMac(key, 'hmacsha256', 'd')).toBe(CertificateEncryption.generateMac(key, 'HmacSHA256', 'd'));
  });
  it('refuses algorithms it does not implement', () => {
    expect(() => CertificateEncryption.generateMac('a2V5', 'HmacSHA512', 'data')).toThrow(/unsupported algorithm/);
  });
  it('refuses a key that is not Base64', () => {
    expect(() => CertificateEncryption.generateMac('not base64!', 'HmacSHA256', 'data')).toThrow(/base64/i);
  });
});

describe('UTF-8 and Base64', () => {
  it.each(texts.map((t, i) => [i, t]))('encodes input #%i like Buffer and decodes it back', (_i, text) => {
    expect(base64EncodeText(text as string)).toBe(Buffer.from(text as string, 'utf8').toString('base64'));
    expect(base64DecodeText(base64EncodeText(text as string))).toBe(text);
  });
  it('round-trips every byte value through Base64', () => {
    const bytes = Array.from({ length: 256 }, (_, i) => i);
    for (let n = 0; n <= 5; n++) {
      const slice = bytes.slice(0, 250 + n);
      expect(bytesToBase64(slice)).toBe(Buffer.from(slice).toString('base64'));
      expect(base64ToBytes(bytesToBase64(slice))).toEqual(slice);
    }
  });
  it('accepts line-wrapped and unpadded Base64 but rejects foreign characters', () => {
    expect(base64DecodeText('SGVs\r\nbG8=')).toBe('Hello');
    expect(base64DecodeText('SGVsbG8')).toBe('Hello');
    expect(() => base64DecodeText('SGVs*bG8=')).toThrow(/Illegal base64 character/);
  });
  it('encodes an unpaired surrogate as "?" like Java String.getBytes', () => {
    expect(utf8Encode('a\ud800b')).toEqual([0x61, 0x3f, 0x62]);
    expect(utf8Encode('\udc00')).toEqual([0x3f]);
  });
  it('decodes malformed UTF-8 with one U+FFFD per maximal invalid subpart, like TextDecoder', () => {
    const samples = [
      [0xc3],
      [0xe2, 0x82],
      [0xe2, 0x82, 0x41],
      [0xf0, 0x80, 0x80, 0x80],
      [0xed, 0xa0, 0x80],
      [0xc0, 0xaf],
      [0x80, 0xbf, 0x41],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf0, 0x9f, 0x98],
      [0xf0, 0x9f, 0x98, 0x80, 0xff],
    ];
    const decoder = new TextDecoder('utf-8');
    for (const bytes of samples) expect(utf8Decode(bytes)).toBe(decoder.decode(Uint8Array.from(bytes)));
  });
});
