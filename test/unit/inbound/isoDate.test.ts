// parseIsoDateTime reads Azure DevOps timestamps (up to 7 fractional digits) without Date.parse, which Rhino cannot
// do for them; every case is checked against Date.UTC built by hand, not against another parser.
import { parseIsoDateTime } from '../../../src/app/core/isoDate';

describe('parseIsoDateTime', () => {
  test.each([
    ['2016-09-19T13:03:30.6438544Z', Date.UTC(2016, 8, 19, 13, 3, 30, 643)],
    ['2016-09-19T13:03:30.6439999Z', Date.UTC(2016, 8, 19, 13, 3, 30, 643)],
    ['2014-07-15T17:42:44.663Z', Date.UTC(2014, 6, 15, 17, 42, 44, 663)],
    ['2014-07-15T17:42:44.6Z', Date.UTC(2014, 6, 15, 17, 42, 44, 600)],
    ['2014-07-15T17:42:44Z', Date.UTC(2014, 6, 15, 17, 42, 44)],
    ['2014-07-15T17:42Z', Date.UTC(2014, 6, 15, 17, 42)],
    ['2014-07-15T17:42:44', Date.UTC(2014, 6, 15, 17, 42, 44)],
    ['2014-07-15 17:42:44', Date.UTC(2014, 6, 15, 17, 42, 44)],
    ['2014-07-15T19:42:44.5+02:00', Date.UTC(2014, 6, 15, 17, 42, 44, 500)],
    ['2014-07-15T12:12:44-0530', Date.UTC(2014, 6, 15, 17, 42, 44)],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
    ['  2016-09-19T13:03:30.6438544Z ', Date.UTC(2016, 8, 19, 13, 3, 30, 643)],
  ])('%s', (text, expected) => {
    expect(parseIsoDateTime(text)).toBe(expected);
  });

  test.each([
    ['2023-02-29T00:00:00Z', 'no Feb 29 in 2023'],
    ['2016-13-01T00:00:00Z', 'month 13'],
    ['2016-09-31T00:00:00Z', 'Sep 31'],
    ['2016-09-19T24:00:00Z', 'hour 24'],
    ['2016-09-19T13:60:00Z', 'minute 60'],
    ['2016-09-19T13:03:30.12345678Z', '8 fractional digits'],
    ['2016-09-19T13:03:30+15:00', 'offset beyond 14 hours'],
    ['2016-09-19', 'a date without a time'],
    ['19/09/2016 13:03', 'another format'],
    ['', 'empty'],
  ])('%s is refused (%s)', (text) => {
    expect(parseIsoDateTime(text)).toBeNull();
  });

  test('null and undefined are refused, not thrown on', () => {
    expect(parseIsoDateTime(null as unknown as string)).toBeNull();
    expect(parseIsoDateTime(undefined as unknown as string)).toBeNull();
  });
});
