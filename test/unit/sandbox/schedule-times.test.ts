// When scheduled jobs run next (packages/glide-emulator/glide/session/schedule-times.ts), in UTC.
import { ScheduleSpec, nextRunAtOrAfter, parseInternalDateTime, parseTimeOfDay } from '@incb/glide-emulator';

const at = (text: string) => parseInternalDateTime(text)!;
const spec = (partial: Partial<ScheduleSpec>): ScheduleSpec => ({ runType: 'daily', runStart: null, timeOfDay: null, periodMs: null, dayOfWeek: null, dayOfMonth: null, ...partial });
const MINUTE = 60000;

describe('parsing', () => {
  test('date-times and times of day as stored; anything else is null', () => {
    expect(at('2026-03-01 02:03:04')).toBe(Date.UTC(2026, 2, 1, 2, 3, 4));
    expect(parseTimeOfDay('13:30:05')).toBe(((13 * 60 + 30) * 60 + 5) * 1000);
    expect(parseInternalDateTime('2026-03-01T02:03:04Z')).toBeNull();
    expect(parseTimeOfDay('')).toBeNull();
  });
});

describe('nextRunAtOrAfter', () => {
  const from = at('2026-03-04 10:00:00'); // a Wednesday

  test('periodically: on the grid from run_start, the first point at or after `from`', () => {
    const every15 = spec({ runType: 'periodically', periodMs: 15 * MINUTE, runStart: at('2026-03-04 09:05:00') });
    expect(nextRunAtOrAfter(every15, from, 0)).toBe(at('2026-03-04 10:05:00'));
    expect(nextRunAtOrAfter(every15, at('2026-03-04 10:05:00'), 0)).toBe(at('2026-03-04 10:05:00'));
    expect(nextRunAtOrAfter({ ...every15, runStart: at('2026-03-05 00:00:00') }, from, 0)).toBe(at('2026-03-05 00:00:00'));
  });

  test('periodically without run_start counts from the anchor; without a period it never runs', () => {
    expect(nextRunAtOrAfter(spec({ runType: 'periodically', periodMs: 10 * MINUTE }), from, from)).toBe(from);
    expect(nextRunAtOrAfter(spec({ runType: 'periodically', periodMs: 10 * MINUTE }), from + 1, from)).toBe(from + 10 * MINUTE);
    expect(nextRunAtOrAfter(spec({ runType: 'periodically' }), from, from)).toBeNull();
  });

  test('daily at run_time: today when still ahead, else tomorrow; never before run_start', () => {
    expect(nextRunAtOrAfter(spec({ timeOfDay: parseTimeOfDay('11:00:00') }), from, 0)).toBe(at('2026-03-04 11:00:00'));
    expect(nextRunAtOrAfter(spec({ timeOfDay: parseTimeOfDay('09:00:00') }), from, 0)).toBe(at('2026-03-05 09:00:00'));
    expect(nextRunAtOrAfter(spec({ timeOfDay: parseTimeOfDay('09:00:00'), runStart: at('2026-04-01 00:00:00') }), from, 0)).toBe(at('2026-04-01 09:00:00'));
  });

  test('weekly on run_dayofweek (1 Monday ... 7 Sunday)', () => {
    expect(nextRunAtOrAfter(spec({ runType: 'weekly', dayOfWeek: 1, timeOfDay: 0 }), from, 0)).toBe(at('2026-03-09 00:00:00'));
    expect(nextRunAtOrAfter(spec({ runType: 'weekly', dayOfWeek: 3, timeOfDay: parseTimeOfDay('12:00:00') }), from, 0)).toBe(at('2026-03-04 12:00:00'));
    expect(nextRunAtOrAfter(spec({ runType: 'weekly', dayOfWeek: 3, timeOfDay: parseTimeOfDay('08:00:00') }), from, 0)).toBe(at('2026-03-11 08:00:00'));
    expect(nextRunAtOrAfter(spec({ runType: 'weekly' }), from, 0)).toBeNull();
  });

  test('monthly on run_dayofmonth, clamped to short months', () => {
    expect(nextRunAtOrAfter(spec({ runType: 'monthly', dayOfMonth: 15, timeOfDay: 0 }), from, 0)).toBe(at('2026-03-15 00:00:00'));
    expect(nextRunAtOrAfter(spec({ runType: 'monthly', dayOfMonth: 31, timeOfDay: 0 }), at('2026-04-01 00:00:00'), 0)).toBe(at('2026-04-30 00:00:00'));
    expect(nextRunAtOrAfter(spec({ runType: 'monthly', dayOfMonth: 2, timeOfDay: 0 }), from, 0)).toBe(at('2026-04-02 00:00:00'));
  });

  test('once at run_start while it is ahead; on demand and unknown run types never', () => {
    expect(nextRunAtOrAfter(spec({ runType: 'once', runStart: at('2026-03-04 12:00:00') }), from, 0)).toBe(at('2026-03-04 12:00:00'));
    expect(nextRunAtOrAfter(spec({ runType: 'once', runStart: at('2026-03-04 09:00:00') }), from, 0)).toBeNull();
    expect(nextRunAtOrAfter(spec({ runType: 'on_demand' }), from, from)).toBeNull();
    expect(nextRunAtOrAfter(spec({ runType: 'business_calendar_start' }), from, from)).toBeNull();
  });
});
