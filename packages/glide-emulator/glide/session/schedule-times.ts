// When a scheduled job (sysauto_script) runs next, from its run type and times. Pure arithmetic on epoch
// milliseconds in UTC: the sandbox reads run_time and run_start as UTC, whatever the job's time_zone says (a real
// instance applies the job's or the system's time zone; the sandbox's own zone is UTC).
//   periodically  every run_period from run_start (empty run_start: from when the sandbox first scheduled it, so
//                 it runs at once); a run missed while the sandbox was stopped runs once, then the grid resumes
//   daily         at run_time every day
//   weekly        at run_time on run_dayofweek (1 Monday ... 7 Sunday)
//   monthly       at run_time on run_dayofmonth (clamped to the month's last day)
//   once          at run_start, then never again
//   on_demand and every other run type: never by itself (on demand runs only when asked)
// Daily, weekly and monthly jobs do not run before run_start when it is set.
import { civilToMillis, daysInMonth, isoDayOfWeek, millisToCivil } from '../services/civilTime';

var MS_PER_DAY = 86400000;

export interface ScheduleSpec {
  runType: string;
  /** epoch ms, or null when unset */
  runStart: number | null;
  /** milliseconds after midnight, or null when unset */
  timeOfDay: number | null;
  periodMs: number | null;
  /** 1 Monday ... 7 Sunday */
  dayOfWeek: number | null;
  dayOfMonth: number | null;
}

/** 'yyyy-MM-dd HH:mm:ss' (UTC) to epoch ms; null for anything else */
export function parseInternalDateTime(text: string): number | null {
  var m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text || '');
  if (!m) return null;
  return civilToMillis({ year: +m[1], month: +m[2], day: +m[3], hour: +m[4], minute: +m[5], second: +m[6], millisecond: 0 });
}

/** 'HH:mm:ss' to milliseconds after midnight; null for anything else */
export function parseTimeOfDay(text: string): number | null {
  var m = /^(\d{2}):(\d{2}):(\d{2})$/.exec(text || '');
  return m ? ((+m[1] * 60 + +m[2]) * 60 + +m[3]) * 1000 : null;
}

function startOfDay(ms: number): number {
  return Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
}

/** the first day (start of day) at or after `fromDay` that `accepts` */
function firstDay(fromDay: number, accepts: (day: number) => boolean): number {
  var day = fromDay;
  // 366 days cover every weekly and monthly pattern
  for (var i = 0; i < 367 && !accepts(day); i++) day += MS_PER_DAY;
  return day;
}

function onDayOfMonth(wanted: number): (day: number) => boolean {
  return function (day: number) {
    var t = millisToCivil(day);
    return t.day === Math.min(wanted, daysInMonth(t.year, t.month));
  };
}

/** The first run at or after `fromMs`, or null when the job never runs by itself. `anchor` is where a periodic job
 * without run_start counts from. */
export function nextRunAtOrAfter(spec: ScheduleSpec, fromMs: number, anchor: number): number | null {
  var type = spec.runType;
  if (type === 'once') return spec.runStart !== null && spec.runStart >= fromMs ? spec.runStart : null;
  if (type === 'periodically') {
    if (!spec.periodMs || spec.periodMs <= 0) return null;
    var origin = spec.runStart !== null ? spec.runStart : anchor;
    if (origin >= fromMs) return origin;
    return origin + Math.ceil((fromMs - origin) / spec.periodMs) * spec.periodMs;
  }
  if (type !== 'daily' && type !== 'weekly' && type !== 'monthly') return null;
  var from = spec.runStart !== null && spec.runStart > fromMs ? spec.runStart : fromMs;
  var time = spec.timeOfDay !== null ? spec.timeOfDay : 0;
  var accepts: (day: number) => boolean = function () { return true; };
  if (type === 'weekly') {
    var weekday = spec.dayOfWeek;
    if (weekday === null || weekday < 1 || weekday > 7) return null;
    accepts = function (day: number) { return isoDayOfWeek(day) === weekday; };
  } else if (type === 'monthly') {
    if (spec.dayOfMonth === null || spec.dayOfMonth < 1 || spec.dayOfMonth > 31) return null;
    accepts = onDayOfMonth(spec.dayOfMonth);
  }
  var day = firstDay(startOfDay(from), accepts);
  if (day + time < from) day = firstDay(day + MS_PER_DAY, accepts);
  return day + time;
}
