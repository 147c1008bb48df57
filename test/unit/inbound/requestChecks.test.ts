// The two small checks the receiver makes on raw input: the secret comparison and the body's size in bytes.
import { constantTimeEquals } from '../../../src/app/core/constantTimeEquals';
import { utf8ByteLength } from '../../../src/app/core/utf8ByteLength';

describe('constantTimeEquals', () => {
  test.each([
    ['s3cret-value', 's3cret-value', true],
    ['s3cret-valuf', 's3cret-value', false],
    ['t3cret-value', 's3cret-value', false],
    ['s3cret', 's3cret-value', false],
    ['s3cret-value-and-more', 's3cret-value', false],
    ['', 's3cret-value', false],
    ['', '', true],
  ])('%p vs %p -> %p', (presented, expected, result) => {
    expect(constantTimeEquals(presented, expected)).toBe(result);
  });

  test('a guess padded with NUL characters does not pass for a shorter secret', () => {
    expect(constantTimeEquals('abc\u0000', 'abc')).toBe(false);
    expect(constantTimeEquals('abc', 'abc\u0000')).toBe(false);
  });
});

describe('utf8ByteLength', () => {
  test.each([
    ['', 0],
    ['plain ascii', 11],
    ['é', 2],
    ['€', 3],
    ['😀', 4],
    ['a😀b', 6],
    ['\ud800', 3],
  ])('%p is %p bytes, as Buffer counts them', (text, bytes) => {
    expect(utf8ByteLength(text)).toBe(bytes);
    if (text !== '\ud800') expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});
