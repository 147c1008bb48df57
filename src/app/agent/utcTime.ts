// Times on the agent API are UTC in ISO 8601 with a Z (2026-11-22T10:00:00Z): an agent should not need to know
// that the instance stores 'yyyy-MM-dd HH:mm:ss' in UTC. Parsing is by pattern, never Date.parse (engines differ).

var STORED = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
/** ISO 8601 in UTC (the Z is required: a time without a zone would be a guess), with an optional fraction */
var ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?Z$/;

/** A stored date-time value as ISO 8601 UTC; '' stays '' (an empty column). */
export function isoUtc(stored: string | null): string {
  var m = STORED.exec(stored || '');
  return m ? m[1] + '-' + m[2] + '-' + m[3] + 'T' + m[4] + ':' + m[5] + ':' + m[6] + 'Z' : '';
}

/** A caller's time (ISO 8601 with Z, or the stored form) as the stored form, fraction dropped; null when it is not a
 * real UTC date-time. */
export function storedUtc(text: string): string | null {
  var m = ISO_UTC.exec(text) || STORED.exec(text);
  if (!m) return null;
  var year = +m[1], month = +m[2], day = +m[3], hour = +m[4], minute = +m[5], second = +m[6];
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59 || day < 1) return null;
  var check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day) return null;
  return m[1] + '-' + m[2] + '-' + m[3] + ' ' + m[4] + ':' + m[5] + ':' + m[6];
}
