import { truncate } from '../../../src/app/core/truncate';

describe('truncate', () => {
  it('keeps text within the limit unchanged', () => {
    expect(truncate('abc', 3)).toBe('abc');
  });
  it('keeps the head and says how much was cut', () => {
    expect(truncate('abcdefghij', 4)).toBe('abcd... [truncated 6 of 10 characters]');
  });
  it('treats a non-positive limit as no limit and null as empty', () => {
    expect(truncate('abcdef', 0)).toBe('abcdef');
    expect(truncate(null as unknown as string, 5)).toBe('');
  });
});
