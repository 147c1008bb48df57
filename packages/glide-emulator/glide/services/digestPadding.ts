// Merkle-Damgard message padding shared by MD5, SHA-1 and SHA-256: append 0x80, zero-fill to 56 mod 64 bytes, then
// the message length in bits as a 64-bit integer; the result is read as 32-bit words. SHA uses big-endian words and
// length, MD5 little-endian.

export function paddedWords(bytes: number[], bigEndian: boolean): number[] {
  var data = bytes.slice(0);
  var bitLengthLow = (bytes.length * 8) >>> 0;
  var bitLengthHigh = Math.floor(bytes.length / 0x20000000) >>> 0;
  data.push(0x80);
  while (data.length % 64 !== 56) data.push(0);
  var lengthWords = bigEndian ? [bitLengthHigh, bitLengthLow] : [bitLengthLow, bitLengthHigh];
  for (var w = 0; w < 2; w++) {
    for (var b = 0; b < 4; b++) {
      var shift = bigEndian ? 24 - 8 * b : 8 * b;
      data.push((lengthWords[w] >>> shift) & 0xff);
    }
  }
  var words: number[] = [];
  for (var i = 0; i < data.length; i += 4) {
    words.push(
      bigEndian
        ? ((data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3]) | 0
        : (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24)) | 0
    );
  }
  return words;
}

export function wordsToBytes(words: number[], bigEndian: boolean): number[] {
  var bytes: number[] = [];
  for (var i = 0; i < words.length; i++) {
    for (var b = 0; b < 4; b++) bytes.push((words[i] >>> (bigEndian ? 24 - 8 * b : 8 * b)) & 0xff);
  }
  return bytes;
}
