// GlideDateTime, GlideDate and GlideDuration against the documented examples of the scoped references, plus the
// fidelity rules the emulator enforces (no ISO 8601 in the constructor, non-lenient patterns, ignored bad values).
import { civilToMillis, internalDateTime, millisToCivil } from '../../glide/services/civilTime';
import { createServices } from '../../glide/services';
import { createFakeHost } from './fakeHost';

function setup(startMs?: number) {
  const host = createFakeHost(startMs);
  return { host, ...createServices(host) };
}

describe('GlideDateTime construction and values', () => {
  it('starts at the instance clock, keeping milliseconds', () => {
    const { host, GlideDateTime } = setup(Date.UTC(2022, 7, 8, 16, 51, 44, 123));
    const now = new GlideDateTime();
    expect(now.getValue()).toBe('2022-08-08 16:51:44');
    expect(now.getNumericValue()).toBe(Date.UTC(2022, 7, 8, 16, 51, 44, 123));
    host.advance(1000);
    expect(new GlideDateTime().getValue()).toBe('2022-08-08 16:51:45');
  });
  it('reads the internal format as UTC (documented: 2011-08-31 08:00:00 is 1314777600000)', () => {
    const { GlideDateTime } = setup();
    const gdt = new GlideDateTime('2011-08-31 08:00:00');
    expect(gdt.getNumericValue()).toBe(1314777600000);
    expect(gdt.getValue()).toBe('2011-08-31 08:00:00');
    expect(gdt.toString()).toBe('2011-08-31 08:00:00');
    expect(String(gdt)).toBe('2011-08-31 08:00:00');
    expect(gdt.getDisplayValue()).toBe('2011-08-31 08:00:00');
    expect(gdt.isValid()).toBe(true);
    expect(new GlideDateTime(gdt).getValue()).toBe('2011-08-31 08:00:00');
  });
  it('tries the documented fallback formats in their documented order', () => {
    const { GlideDateTime } = setup();
    expect(new GlideDateTime('08/31/2011 08:00:00').getValue()).toBe('2011-08-31 08:00:00');
    expect(new GlideDateTime('08-31-2011 08:00').getValue()).toBe('2011-08-31 08:00:00');
    // MM-dd-yyyy comes before dd-MM-yyyy: an ambiguous value is read month first...
    expect(new GlideDateTime('02-03-2011').getValue()).toBe('2011-02-03 00:00:00');
    // ...and a day above 12 only fits dd-MM-yyyy.
    expect(new GlideDateTime('31-08-2011 08.15.30').getValue()).toBe('2011-08-31 08:15:30');
    expect(new GlideDateTime('2011-08-31').getValue()).toBe('2011-08-31 00:00:00');
    expect(new GlideDateTime('31.08.2011 08:15:30').getValue()).toBe('2011-08-31 08:15:30');
    expect(new GlideDateTime('31.08.2011 08:15:30 PM').getValue()).toBe('2011-08-31 20:15:30');
    expect(new GlideDateTime('31.08.2011 12.00.00 AM').getValue()).toBe('2011-08-31 00:00:00');
  });
  it('reads two-digit years within 80 years before and 20 after the instance clock', () => {
    const { GlideDateTime } = setup(Date.UTC(2024, 0, 1));
    const gdt = new GlideDateTime();
    gdt.setValueUTC('31-08-11 08.00.00', 'dd-MM-yy HH.mm.ss');
    expect(gdt.getValue()).toBe('2011-08-31 08:00:00');
    gdt.setValueUTC('31-08-50 08.00.00', 'dd-MM-yy HH.mm.ss');
    expect(gdt.getValue()).toBe('1950-08-31 08:00:00');
    // In the constructor's list "dd-MM-yyyy HH.mm.ss" comes first, and yyyy reads "11" as the year 11.
    expect(new GlideDateTime('31-08-11 08.00.00').getValue()).toBe('0011-08-31 08:00:00');
  });
  it('rejects ISO 8601 (documented as unsupported): value ignored, isValid false, logged', () => {
    const { host, GlideDateTime } = setup(Date.UTC(2024, 4, 17, 9, 30, 15));
    for (const iso of ['2016-09-19T13:03:30.6438544Z', '2016-09-19T13:03:30Z', '2016-09-19T15:03:30+02:00', '2016-09-19T13:03:30.643Z']) {
      const gdt = new GlideDateTime(iso);
      expect(gdt.isValid()).toBe(false);
      expect(gdt.getErrorMsg()).toBe("Invalid date time: '" + iso + "', ignored");
      expect(gdt.getValue()).toBe('2024-05-17 09:30:15');
    }
    expect(host.logs.filter((l) => l.level === 'warn' && l.source === 'GlideDateTime')).toHaveLength(4);
  });
  it('ignores an invalid setValue and keeps the previous value; a valid one clears the error', () => {
    const { GlideDateTime } = setup();
    const gdt = new GlideDateTime('2011-01-01 12:00:00');
    gdt.setValue('2011-aa-31 aa:00:00');
    expect(gdt.isValid()).toBe(false);
    expect(gdt.getValue()).toBe('2011-01-01 12:00:00');
    gdt.setValue('2011-02-02 08:00:00');
    expect(gdt.isValid()).toBe(true);
    expect(gdt.getErrorMsg()).toBeNull();
    expect(gdt.getValue()).toBe('2011-02-02 08:00:00');
  });
  it('is not lenient: impossible dates and times are invalid rather than rolled over', () => {
    const { GlideDateTime } = setup();
    expect(new GlideDateTime('2011-02-29 00:00:00').isValid()).toBe(false);
    expect(new GlideDateTime('2012-02-29 00:00:00').getValue()).toBe('2012-02-29 00:00:00');
    expect(new GlideDateTime('2011-04-31 00:00:00').isValid()).toBe(false);
    expect(new GlideDateTime('2011-01-01 24:00:00').isValid()).toBe(false);
    expect(new GlideDateTime('2011-01-01 23:60:00').isValid()).toBe(false);
  });
  it('setValue also takes milliseconds and GlideDateTime objects; setNumericValue sets milliseconds', () => {
    const { GlideDateTime } = setup();
    const gdt = new GlideDateTime();
    gdt.setValue(1314777600000);
    expect(gdt.getValue()).toBe('2011-08-31 08:00:00');
    gdt.setNumericValue(0);
    expect(gdt.getValue()).toBe('1970-01-01 00:00:00');
    gdt.setValue(new GlideDateTime('2000-02-29 23:59:59'));
    expect(gdt.getValue()).toBe('2000-02-29 23:59:59');
    gdt.setNumericValue(-1);
    expect(gdt.getValue()).toBe('1969-12-31 23:59:59');
  });
});

describe('GlideDateTime patterns (setValueUTC / setDisplayValue with a format)', () => {
  it('reads the documented example', () => {
    const { GlideDateTime } = setup();
    const gdt = new GlideDateTime('2011-01-01 12:00:00');
    gdt.setValueUTC('15-02-2011 08:00:00', 'dd-MM-yyyy HH:mm:ss');
    expect(gdt.getValue()).toBe('2011-02-15 08:00:00');
    gdt.setDisplayValue('20-5-2011 12:00:00', 'dd-MM-yyyy HH:mm:ss');
    expect(gdt.getValue()).toBe('2011-05-20 12:00:00');
  });
  it('applies an ISO offset read with X, and milliseconds read with SSS', () => {
    const { GlideDateTime } = setup();
    const gdt = new GlideDateTime();
    gdt.setValueUTC('2016-09-19T15:03:30+02:00', "yyyy-MM-dd'T'HH:mm:ssXXX");
    expect(gdt.getValue()).toBe('2016-09-19 13:03:30');
    gdt.setValueUTC('2016-09-19T13:03:30.643-05:30', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    expect(gdt.getNumericValue()).toBe(Date.UTC(2016, 8, 19, 18, 33, 30, 643));
    gdt.setValueUTC('2016-09-19T13:03:30Z', "yyyy-MM-dd'T'HH:mm:ssX");
    expect(gdt.getValue()).toBe('2016-09-19 13:03:30');
    gdt.setValueUTC('20160919 130330', 'yyyyMMdd HHmmss');
    expect(gdt.getValue()).toBe('2016-09-19 13:03:30');
  });
  it('throws on seven fractional digits read as milliseconds (Java S reads them as 6,438,544 ms)', () => {
    const { GlideDateTime } = setup();
    const gdt = new GlideDateTime('2011-01-01 12:00:00');
    expect(() => gdt.setValueUTC('2016-09-19T13:03:30.6438544Z', "yyyy-MM-dd'T'HH:mm:ss.SSSX")).toThrow('Could not parse DateTime: 2016-09-19T13:03:30.6438544Z');
    expect(gdt.getErrorMsg()).toBe('Could not parse DateTime: 2016-09-19T13:03:30.6438544Z');
    expect(gdt.getValue()).toBe('2011-01-01 12:00:00');
  });
  it('throws when the text does not match the pattern, and for pattern letters it does not know', () => {
    const { GlideDateTime } = setup();
    const gdt = new GlideDateTime();
    expect(() => gdt.setValueUTC('2011-02-15', 'dd-MM-yyyy HH:mm:ss')).toThrow(/Could not parse/);
    expect(() => gdt.setValueUTC('2011-02-15 12:00', 'yyyy-MM-dd HH:mm zzz')).toThrow(/not supported by the emulator: z/);
  });
  it('setDisplayValue(value) without a format does not throw but reports the error', () => {
    const { GlideDateTime } = setup();
    const gdt = new GlideDateTime();
    gdt.setDisplayValue('2011-aa-01 00:00:00');
    expect(gdt.getErrorMsg()).toBe('Could not parse DateTime: 2011-aa-01 00:00:00');
  });
});

describe('GlideDateTime arithmetic and comparison', () => {
  it('adds milliseconds, seconds, days, weeks as documented', () => {
    const { GlideDateTime } = setup();
    const gdt = new GlideDateTime('2011-08-31 08:00:00');
    gdt.add(10);
    expect(gdt.getNumericValue()).toBe(1314777600010);
    const s = new GlideDateTime('2011-12-07 08:00:00');
    s.addSeconds(1000);
    expect(s.getValue()).toBe('2011-12-07 08:16:40');
    s.subtract(1000);
    expect(s.getValue()).toBe('2011-12-07 08:16:39');
    s.addDaysUTC(-7);
    s.addWeeksUTC(2);
    expect(s.getValue()).toBe('2011-12-14 08:16:39');
  });
  it('adds months and years by the calendar, clamping to the end of the month', () => {
    const { GlideDateTime } = setup();
    const gdt = new GlideDateTime('2024-01-31 10:00:00');
    gdt.addMonthsUTC(1);
    expect(gdt.getValue()).toBe('2024-02-29 10:00:00');
    gdt.addMonthsUTC(-14);
    expect(gdt.getValue()).toBe('2022-12-29 10:00:00');
    const leap = new GlideDateTime('2024-02-29 00:00:00');
    leap.addYearsUTC(1);
    expect(leap.getValue()).toBe('2025-02-28 00:00:00');
  });
  it('adds and subtracts GlideDuration values', () => {
    const { GlideDateTime, GlideDuration } = setup();
    const gdt = new GlideDateTime('2011-08-31 08:00:00');
    gdt.add(new GlideDuration('1 02:00:00'));
    expect(gdt.getValue()).toBe('2011-09-01 10:00:00');
    gdt.subtract(new GlideDuration(20000));
    expect(gdt.getValue()).toBe('2011-09-01 09:59:40');
  });
  it('compares as documented', () => {
    const { GlideDateTime } = setup();
    const init = new GlideDateTime('2011-08-01 12:00:00');
    expect(init.compareTo(new GlideDateTime('2011-08-01 12:00:00'))).toBe(0);
    expect(init.compareTo(new GlideDateTime('2011-07-31 12:00:00'))).toBe(1);
    expect(init.compareTo(new GlideDateTime('2011-08-04 16:00:00'))).toBe(-1);
    const a = new GlideDateTime('2016-05-09 10:11:12');
    const b = new GlideDateTime('2017-06-12 15:11:12');
    expect(a.before(b)).toBe(true);
    expect(a.after(b)).toBe(false);
    expect(a.onOrBefore(new GlideDateTime(a))).toBe(true);
    expect(a.onOrAfter(b)).toBe(false);
    expect(new GlideDateTime('2011-08-31 00:00:00').equals('2011-09-30 00:12:01')).toBe(false);
    expect(new GlideDateTime('2011-08-31 00:00:00').equals('2011-08-31 00:00:00')).toBe(true);
  });
  it('subtracts two date-times into a GlideDuration (documented: 2 Days 23 Hours)', () => {
    const { GlideDateTime } = setup();
    const dur = GlideDateTime.subtract(new GlideDateTime('2011-08-28 09:00:00'), new GlideDateTime('2011-08-31 08:00:00'));
    expect(dur.getDisplayValue()).toBe('2 Days 23 Hours');
    expect(dur.getNumericValue()).toBe((2 * 24 + 23) * 3600000);
  });
  it('gives its date as a GlideDate', () => {
    const { GlideDateTime } = setup();
    expect(new GlideDateTime('2011-08-31 23:59:59').getDate().getValue()).toBe('2011-08-31');
  });
});

describe('GlideDuration', () => {
  it('follows the documented examples', () => {
    const { GlideDuration } = setup();
    expect(new GlideDuration(new GlideDuration('3 12:00:00')).getDisplayValue()).toBe('3 Days 12 Hours');
    expect(new GlideDuration(60000).getDurationValue()).toBe('00:01:00');
    expect(new GlideDuration('3 12:00:00').add(new GlideDuration('3:00:00')).getDisplayValue()).toBe('3 Days 15 Hours');
    expect(new GlideDuration('3 22:00:00').getByFormat('HH:mm')).toBe('22:00');
    expect(new GlideDuration('3 12:00:00').getDayPart()).toBe(3);
    expect(new GlideDuration('3 14:00:00').getRoundedDayPart()).toBe(4);
    expect(new GlideDuration('3 12:00:00').getValue()).toBe('1970-01-04 12:00:00');
    const set = new GlideDuration();
    set.setDisplayValue('3 08:00:00');
    expect(set.getDisplayValue()).toBe('3 Days 8 Hours');
    set.setValue('1970-01-05 08:00:00');
    expect(set.getDisplayValue()).toBe('4 Days 8 Hours');
    expect(new GlideDuration('3 12:00:00').subtract(new GlideDuration('12:30:00')).getDisplayValue()).toBe('2 Days 23 Hours 30 Minutes');
  });
  it('uses singular units and shows seconds only under a minute', () => {
    const { GlideDuration } = setup();
    expect(new GlideDuration('1 01:01:00').getDisplayValue()).toBe('1 Day 1 Hour 1 Minute');
    expect(new GlideDuration(45000).getDisplayValue()).toBe('45 Seconds');
    expect(new GlideDuration('2 00:00:00').getDurationValue()).toBe('2 00:00:00');
  });
});

describe('GlideDate', () => {
  it('follows the documented examples', () => {
    const { GlideDate } = setup(Date.UTC(2021, 3, 21, 22, 0, 0));
    const today = new GlideDate();
    expect(today.getValue()).toBe('2021-04-21');
    expect(today.getYearNoTZ()).toBe(2021);
    expect(today.getMonthNoTZ()).toBe(4);
    expect(today.getDayOfMonthNoTZ()).toBe(21);
    expect(today.getByFormat('dd-MM-yyyy')).toBe('21-04-2021');
    expect(today.getByFormat('EEEE, MMMM d')).toBe('Wednesday, April 21');
    const a = new GlideDate();
    a.setDisplayValue('2014-07-18');
    const b = new GlideDate();
    b.setDisplayValue('2014-07-19');
    expect(GlideDate.subtract(a, b).getDisplayValue()).toBe('1 Day');
  });
  it('ignores a value that is not yyyy-MM-dd', () => {
    const { GlideDate, host } = setup(Date.UTC(2021, 3, 21));
    const d = new GlideDate();
    d.setValue('21/04/2022');
    expect(d.getValue()).toBe('2021-04-21');
    expect(host.logs.some((l) => l.source === 'GlideDate')).toBe(true);
  });
});

describe('civil time arithmetic', () => {
  it('agrees with Date over a wide range of instants', () => {
    // From 0001-01-01 to about 9960 in 3000 uneven steps (Date.toISOString changes format past year 9999).
    let ms = -62135596800000;
    const step = 104729 * 1000000 + 123457;
    for (let i = 0; i < 3000; i++, ms += step) {
      expect(internalDateTime(ms)).toBe(new Date(ms).toISOString().replace('T', ' ').substr(0, 19));
      expect(civilToMillis(millisToCivil(ms))).toBe(ms);
    }
  });
});
