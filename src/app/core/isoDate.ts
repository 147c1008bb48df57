// ISO 8601 date-times as Azure DevOps writes them (System.ChangedDate, hook createdDate...): up to 7 fractional
// digits (.NET ticks), 'Z' or an offset, e.g. 2016-09-19T13:03:30.6438544Z. Parsed by hand because Date.parse is not
// an option: Rhino (the engine family of ServiceNow's) answers NaN for any fraction that is not exactly 3 digits, and
// engines disagree about strings without a zone.

var ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Milliseconds since the epoch (fractions below a millisecond are dropped, never rounded up), or null when the text
 * is not such a date-time or names an impossible one (Feb 30, 24:00, offset beyond 14 hours). No zone means UTC. */
export function parseIsoDateTime(text: string): number | null {
  if (text === null || text === undefined) return null;
  var m = ISO_DATE_TIME.exec(String(text).trim());
  if (!m) return null;
  var year = +m[1];
  var month = +m[2] - 1;
  var day = +m[3];
  var hour = +m[4];
  var minute = +m[5];
  var second = m[6] ? +m[6] : 0;
  if (month < 0 || month > 11 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  var ms = Date.UTC(year, month, day, hour, minute, second);
  var check = new Date(ms);
  // Date.UTC rolls an impossible day over into the next month; that is how an invalid date shows.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month || check.getUTCDate() !== day) return null;
  if (m[7]) ms += parseInt((m[7] + '00').substring(0, 3), 10);
  var zone = m[8];
  if (zone && zone !== 'Z') {
    var digits = zone.replace(':', '');
    var offsetMinutes = parseInt(digits.substring(1, 3), 10) * 60 + parseInt(digits.substring(3, 5), 10);
    if (offsetMinutes > 14 * 60 || parseInt(digits.substring(3, 5), 10) > 59) return null;
    ms -= (zone.charAt(0) === '-' ? -1 : 1) * offsetMinutes * 60000;
  }
  return ms;
}
