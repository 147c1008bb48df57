import { compareInstants, createAdoClock, parseAdoTimestamp, startOfUtcDay } from '../ado-timestamps';

describe('createAdoClock', () => {
  it('issues 7-digit fractions with non-zero sub-millisecond digits, strictly increasing within one millisecond', () => {
    const clock = createAdoClock(() => Date.UTC(2024, 4, 1, 10, 0, 0, 123));
    const stamps = [clock.next(), clock.next(), clock.next()];
    for (const s of stamps) expect(s).toMatch(/^2024-05-01T10:00:00\.123\d{4}Z$/);
    expect(stamps[0].slice(23, 27)).not.toBe('0000');
    const instants = stamps.map((s) => parseAdoTimestamp(s)!.instant);
    expect(compareInstants(instants[0], instants[1])).toBeLessThan(0);
    expect(compareInstants(instants[1], instants[2])).toBeLessThan(0);
  });

  it('never goes backwards when the wall clock does', () => {
    let now = Date.UTC(2024, 0, 1, 0, 0, 1);
    const clock = createAdoClock(() => now);
    const first = parseAdoTimestamp(clock.next())!.instant;
    now -= 1000;
    expect(compareInstants(parseAdoTimestamp(clock.next())!.instant, first)).toBeGreaterThan(0);
  });
});

describe('parseAdoTimestamp', () => {
  it('reads 0-7 fractional digits, zones and date-only values', () => {
    expect(parseAdoTimestamp('2016-09-19T13:03:30.6438544Z')).toEqual({ instant: [Date.UTC(2016, 8, 19, 13, 3, 30, 643), 8544], hasTime: true });
    expect(parseAdoTimestamp('2016-09-19T15:03:30+02:00')!.instant).toEqual([Date.UTC(2016, 8, 19, 13, 3, 30), 0]);
    expect(parseAdoTimestamp('2016-09-19')).toEqual({ instant: [Date.UTC(2016, 8, 19), 0], hasTime: false });
    expect(parseAdoTimestamp('19/09/2016')).toBeNull();
  });

  it('truncates to the UTC day for date-precision comparisons', () => {
    expect(startOfUtcDay(parseAdoTimestamp('2016-09-19T23:59:59.9999999Z')!.instant)).toEqual([Date.UTC(2016, 8, 19), 0]);
  });
});
