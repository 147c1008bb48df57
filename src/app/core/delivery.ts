// How a delivery attempt's HTTP status is treated and when the next attempt may happen.

export type DeliveryClass = 'ok' | 'conflict' | 'retry' | 'fail';

/** 2xx ok; 412 conflict (stale rev: re-read and rebuild); 0 (no response: timeout, connection refused or reset),
 * 408, 425, 429 and 5xx retry, since the same request may succeed later; every other status fails, because
 * repeating the request cannot change the answer (400 bad patch, 401/403 credentials, 404 gone...). */
export function classifyStatus(status: number): DeliveryClass {
  if (status >= 200 && status <= 299) return 'ok';
  if (status === 412) return 'conflict';
  if (status === 0 || status === 408 || status === 425 || status === 429 || (status >= 500 && status <= 599)) return 'retry';
  return 'fail';
}

/** "Full jitter" exponential backoff: a uniform delay in [0, min(cap, base * 2^(attempt - 1))), attempt counting
 * from 1. Spreading retries randomly keeps many failed entries from hammering a recovering server in step. */
export function backoffDelayMs(attempt: number, baseMs: number, capMs: number, random: () => number): number {
  var ceiling = Math.max(0, baseMs);
  for (var n = 1; n < attempt && ceiling < capMs; n++) ceiling *= 2;
  ceiling = Math.min(ceiling, Math.max(0, capMs));
  var r = random();
  if (!(r >= 0)) r = 0;
  return Math.min(Math.floor(r * ceiling), Math.max(0, ceiling - 1));
}

var MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
var DAY = '(?:mon|tue|wed|thu|fri|sat|sun)';
var LONG_DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
var MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
var TIME = '(\\d{2}):(\\d{2}):(\\d{2})';
// The three HTTP-date forms of RFC 9110 section 5.6.7; the first is the one senders must use.
var IMF_FIXDATE = new RegExp('^' + DAY + ', (\\d{1,2}) ' + MONTH + ' (\\d{4}) ' + TIME + ' gmt$', 'i'); // Sun, 06 Nov 1994 08:49:37 GMT
var RFC850_DATE = new RegExp('^' + LONG_DAY + ', (\\d{1,2})-' + MONTH + '-(\\d{2}) ' + TIME + ' gmt$', 'i'); // Sunday, 06-Nov-94 08:49:37 GMT
var ASCTIME_DATE = new RegExp('^' + DAY + ' ' + MONTH + ' +(\\d{1,2}) ' + TIME + ' (\\d{4})$', 'i'); // Sun Nov  6 08:49:37 1994

/** Milliseconds since the epoch, or null for an impossible date (Feb 30, 25:00...). */
function utcMs(year: number, monthName: string, day: number, hour: number, minute: number, second: number): number | null {
  var month = MONTHS.indexOf(monthName.toLowerCase());
  if (month < 0 || hour > 23 || minute > 59 || second > 60 || day < 1) return null;
  var ms = Date.UTC(year, month, day, hour, minute, second);
  var check = new Date(ms);
  if (check.getUTCMonth() !== month || check.getUTCDate() !== day) return null;
  // Date.UTC reads years 0..99 as 1900..1999; the forms above only carry such years for dates long past.
  return ms;
}

function parseHttpDate(text: string, nowMs: number): number | null {
  var m = IMF_FIXDATE.exec(text);
  if (m) return utcMs(+m[3], m[2], +m[1], +m[4], +m[5], +m[6]);
  m = RFC850_DATE.exec(text);
  if (m) {
    // Two-digit year: a date more than 50 years ahead means the most recent past year with those digits.
    var nowYear = new Date(nowMs).getUTCFullYear();
    var year = Math.floor(nowYear / 100) * 100 + +m[3];
    if (year > nowYear + 50) year -= 100;
    return utcMs(year, m[2], +m[1], +m[4], +m[5], +m[6]);
  }
  m = ASCTIME_DATE.exec(text);
  if (m) return utcMs(+m[6], m[1], +m[2], +m[3], +m[4], +m[5]);
  return null;
}

/** A Retry-After header as a delay in ms from `nowMs`: delta-seconds or an HTTP-date (parsed by hand: Date.parse on
 * external strings differs between engines). A date in the past is 0; anything unparseable is null. */
export function parseRetryAfter(value: string, nowMs: number): number | null {
  if (value === null || value === undefined) return null;
  var text = String(value).trim();
  if (/^\d+$/.test(text)) return parseInt(text, 10) * 1000;
  var at = parseHttpDate(text, nowMs);
  if (at === null) return null;
  return Math.max(0, at - nowMs);
}
