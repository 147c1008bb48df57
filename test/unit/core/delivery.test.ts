import { backoffDelayMs, classifyStatus, parseRetryAfter } from '../../../src/app/core/delivery';

describe('classifyStatus', () => {
  it.each([
    [200, 'ok'], [201, 'ok'], [204, 'ok'], [299, 'ok'],
    [412, 'conflict'],
    [0, 'retry'], [408, 'retry'], [425, 'retry'], [429, 'retry'], [500, 'retry'], [502, 'retry'], [503, 'retry'], [504, 'retry'], [599, 'retry'],
    [400, 'fail'], [401, 'fail'], [403, 'fail'], [404, 'fail'], [409, 'fail'], [415, 'fail'], [422, 'fail'],
    [100, 'fail'], [199, 'fail'], [301, 'fail'], [304, 'fail'], [600, 'fail'], [-1, 'fail'], [NaN, 'fail'],
  ])('%s -> %s', (status, expected) => {
    expect(classifyStatus(status)).toBe(expected);
  });
});

describe('backoffDelayMs', () => {
  const always = (r: number) => () => r;

  it.each([
    [1, 1000], [2, 2000], [3, 4000], [4, 8000], [5, 16000], [6, 32000], [7, 60000], [20, 60000], [1000, 60000],
  ])('attempt %s: the ceiling is %s ms with base 1 s and cap 60 s', (attempt, ceiling) => {
    expect(backoffDelayMs(attempt, 1000, 60000, always(0.5))).toBe(ceiling / 2);
    expect(backoffDelayMs(attempt, 1000, 60000, always(0))).toBe(0);
    const nearTop = backoffDelayMs(attempt, 1000, 60000, always(0.999999));
    expect(nearTop).toBeLessThan(ceiling);
    expect(nearTop).toBeGreaterThanOrEqual(ceiling - 1);
  });

  it('stays within [0, ceiling) for any random value, even a broken generator', () => {
    for (const r of [1, 1.5, -0.5, NaN]) {
      const delay = backoffDelayMs(3, 1000, 60000, always(r));
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(4000);
    }
  });

  it('spreads delays across the window with a real generator', () => {
    const delays = Array.from({ length: 200 }, () => backoffDelayMs(4, 1000, 60000, Math.random));
    expect(Math.min(...delays)).toBeLessThan(2000);
    expect(Math.max(...delays)).toBeGreaterThan(6000);
    expect(delays.every((d) => Number.isInteger(d) && d >= 0 && d < 8000)).toBe(true);
  });

  it('treats attempts below 1 as the first and a cap below the base as the ceiling', () => {
    expect(backoffDelayMs(0, 1000, 60000, always(0.5))).toBe(500);
    expect(backoffDelayMs(-3, 1000, 60000, always(0.5))).toBe(500);
    expect(backoffDelayMs(1, 1000, 400, always(0.5))).toBe(200);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 10, 22, 10, 0, 0); // Sun, 22 Nov 2026 10:00:00 GMT

  it.each([
    ['120', 120000],
    ['0', 0],
    ['  30  ', 30000],
    ['007', 7000],
  ])('delta-seconds %j -> %s ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });

  it.each([
    ['Sun, 22 Nov 2026 10:01:30 GMT', 90000, 'IMF-fixdate'],
    ['Mon, 23 Nov 2026 10:00:00 GMT', 86400000, 'IMF-fixdate next day'],
    ['Thu, 31 Dec 2026 23:59:59 GMT', Date.UTC(2026, 11, 31, 23, 59, 59) - now, 'IMF-fixdate year end'],
    ['sun, 22 nov 2026 10:00:05 gmt', 5000, 'IMF-fixdate lower case'],
    ['Sunday, 22-Nov-26 10:02:00 GMT', 120000, 'RFC 850'],
    ['Sunday, 22-Nov-26 10:00:00 GMT', 0, 'RFC 850 now'],
    ['Sun Nov 22 10:00:10 2026', 10000, 'asctime'],
    ['Tue Dec  1 10:00:00 2026', Date.UTC(2026, 11, 1, 10, 0, 0) - now, 'asctime with a space-padded day'],
    ['Sun, 29 Feb 2032 00:00:00 GMT', Date.UTC(2032, 1, 29) - now, 'leap day'],
  ])('%j -> %s ms (%s)', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });

  it.each([
    ['Sun, 06 Nov 1994 08:49:37 GMT', 'IMF-fixdate'],
    ['Sunday, 06-Nov-94 08:49:37 GMT', 'RFC 850 (94 is 1994, not 2094)'],
    ['Sun Nov  6 08:49:37 1994', 'asctime'],
    ['Sun, 22 Nov 2026 09:59:59 GMT', 'one second ago'],
  ])('a past date %j is 0 (%s)', (value) => {
    expect(parseRetryAfter(value, now)).toBe(0);
  });

  it('reads a two-digit year within 50 years ahead as this century', () => {
    expect(parseRetryAfter('Monday, 01-Jan-70 00:00:00 GMT', now)).toBe(Date.UTC(2070, 0, 1) - now);
    expect(parseRetryAfter('Monday, 01-Jan-77 00:00:00 GMT', now)).toBe(0); // 2077 is > 50 years ahead: 1977
  });

  it.each([
    [''], ['   '], ['soon'], ['-5'], ['1.5'], ['1e3'], ['+30'], ['30s'], ['0x10'],
    ['Sun, 31 Nov 2026 10:00:00 GMT'], // 31 November
    ['Sun, 29 Feb 2026 10:00:00 GMT'], // not a leap year
    ['Sun, 22 Nov 2026 24:00:00 GMT'],
    ['Sun, 22 Nov 2026 10:60:00 GMT'],
    ['Sun, 00 Nov 2026 10:00:00 GMT'],
    ['Sun, 22 Foo 2026 10:00:00 GMT'],
    ['Sun, 22 Nov 2026 10:00:00 UTC'],
    ['Sun, 22 Nov 2026 10:00:00 +0000'],
    ['2026-11-22T10:00:00Z'],
    ['Sunday, 22-Nov-2026 10:00:00 GMT'],
    ['Sun 22 Nov 10:00:00 2026'],
    ['Sun, 22 Nov 2026 10:00 GMT'],
    ['Funday, 22 Nov 2026 10:00:00 GMT'],
  ])('garbage %j is null', (value) => {
    expect(parseRetryAfter(value, now)).toBeNull();
  });

  it('returns null for a missing header', () => {
    expect(parseRetryAfter(null as unknown as string, now)).toBeNull();
    expect(parseRetryAfter(undefined as unknown as string, now)).toBeNull();
  });
});
