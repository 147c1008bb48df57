// Proleptic Gregorian calendar arithmetic in UTC, on integers only. The emulator never hands date strings to the
// JavaScript Date object (Rhino's Date.parse rejects common forms) and avoids Date.UTC's two-digit-year quirk.

export interface CivilTime {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

var MS_PER_DAY = 86400000;

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

/** Days since 1970-01-01 of a civil date (month 1-12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  var y = month <= 2 ? year - 1 : year;
  var era = floorDiv(y, 400);
  var yearOfEra = y - era * 400;
  var dayOfYear = floorDiv(153 * (month + (month > 2 ? -3 : 9)) + 2, 5) + day - 1;
  var dayOfEra = yearOfEra * 365 + floorDiv(yearOfEra, 4) - floorDiv(yearOfEra, 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function civilFromDays(days: number): { year: number; month: number; day: number } {
  var z = days + 719468;
  var era = floorDiv(z, 146097);
  var dayOfEra = z - era * 146097;
  var yearOfEra = floorDiv(dayOfEra - floorDiv(dayOfEra, 1460) + floorDiv(dayOfEra, 36524) - floorDiv(dayOfEra, 146096), 365);
  var dayOfYear = dayOfEra - (365 * yearOfEra + floorDiv(yearOfEra, 4) - floorDiv(yearOfEra, 100));
  var mp = floorDiv(5 * dayOfYear + 2, 153);
  var month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: dayOfYear - floorDiv(153 * mp + 2, 5) + 1 };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function civilToMillis(t: CivilTime): number {
  return daysFromCivil(t.year, t.month, t.day) * MS_PER_DAY + ((t.hour * 60 + t.minute) * 60 + t.second) * 1000 + t.millisecond;
}

export function millisToCivil(ms: number): CivilTime {
  var days = floorDiv(ms, MS_PER_DAY);
  var rest = ms - days * MS_PER_DAY;
  var date = civilFromDays(days);
  return {
    year: date.year,
    month: date.month,
    day: date.day,
    hour: floorDiv(rest, 3600000),
    minute: floorDiv(rest, 60000) % 60,
    second: floorDiv(rest, 1000) % 60,
    millisecond: rest % 1000,
  };
}

/** ISO day of week of an instant in UTC: Monday 1 ... Sunday 7 (GlideDateTime's numbering). */
export function isoDayOfWeek(ms: number): number {
  // 1970-01-01 was a Thursday (4).
  var days = floorDiv(ms, MS_PER_DAY);
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** Calendar month arithmetic as java.util.Calendar.add(MONTH, n) does it: the day clamps to the target month's end. */
export function addCalendarMonths(ms: number, months: number): number {
  var t = millisToCivil(ms);
  var monthIndex = t.year * 12 + (t.month - 1) + months;
  t.year = floorDiv(monthIndex, 12);
  t.month = monthIndex - t.year * 12 + 1;
  t.day = Math.min(t.day, daysInMonth(t.year, t.month));
  return civilToMillis(t);
}

/** "yyyy-MM-dd HH:mm:ss" in UTC: GlideDateTime's internal value format. */
export function internalDateTime(ms: number): string {
  var t = millisToCivil(ms);
  return internalDate(ms) + ' ' + pad(t.hour, 2) + ':' + pad(t.minute, 2) + ':' + pad(t.second, 2);
}

/** "yyyy-MM-dd" in UTC: GlideDate's internal value format. */
export function internalDate(ms: number): string {
  var t = millisToCivil(ms);
  return pad(t.year, 4) + '-' + pad(t.month, 2) + '-' + pad(t.day, 2);
}

export function pad(value: number, width: number): string {
  var sign = value < 0 ? '-' : '';
  var digits = String(Math.abs(value));
  while (digits.length < width) digits = '0' + digits;
  return sign + digits;
}
