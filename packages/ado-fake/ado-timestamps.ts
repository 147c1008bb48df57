// Azure DevOps timestamps carry 7 fractional digits (.NET ticks), e.g. 2016-09-19T13:03:30.6438544Z. The fake issues
// strictly increasing ones whose sub-millisecond digits are never all zero (as on a real server), so a client that
// keeps only milliseconds sees a stored ChangedDate as later than its own copy, exactly as it would against Azure
// DevOps. Parsing avoids Date.parse (NaN on 7-digit fractions in Rhino) and yields a comparable
// [epoch milliseconds, sub-millisecond ticks] pair.

export interface AdoClock {
  /** the next timestamp, later than every one issued before */
  next(): string;
  nowMs(): number;
}

export function createAdoClock(nowMs: () => number = Date.now): AdoClock {
  let lastMs = -Infinity;
  let ticks = 0;
  return {
    nowMs,
    next() {
      let ms = nowMs();
      if (ms <= lastMs) {
        ms = lastMs;
        ticks++;
        if (ticks > 9999) {
          ms++;
          ticks = firstTicks(ms);
        }
      } else {
        ticks = firstTicks(ms);
      }
      lastMs = ms;
      return formatAdoTimestamp(ms, ticks);
    },
  };
}

/** A non-zero start for a millisecond's sub-millisecond digits, varying with the millisecond, leaving room to count up. */
function firstTicks(ms: number): number {
  return 1 + ((ms * 7919) % 4999);
}

export function formatAdoTimestamp(ms: number, subMsTicks = 0): string {
  return new Date(ms).toISOString().replace('Z', String(subMsTicks).padStart(4, '0') + 'Z');
}

export type AdoInstant = [number, number];

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** Parses an ISO 8601 timestamp (0-7 fractional digits; no zone means UTC), or returns null. */
export function parseAdoTimestamp(text: string): { instant: AdoInstant; hasTime: boolean } | null {
  const m = TIMESTAMP.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, fraction, zone] = m;
  let ms = Date.UTC(+y, +mo - 1, +d, h ? +h : 0, mi ? +mi : 0, s ? +s : 0);
  if (isNaN(ms)) return null;
  const digits = (fraction || '').padEnd(7, '0');
  ms += +digits.slice(0, 3);
  if (zone && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    ms -= sign * (+zone.slice(1, 3) * 60 + +zone.slice(4, 6)) * 60000;
  }
  return { instant: [ms, +digits.slice(3)], hasTime: h !== undefined };
}

export function compareInstants(a: AdoInstant, b: AdoInstant): number {
  return a[0] !== b[0] ? a[0] - b[0] : a[1] - b[1];
}

/** Midnight UTC of the instant's day: WIQL compares dates at day precision unless timePrecision=true. */
export function startOfUtcDay(instant: AdoInstant): AdoInstant {
  const day = new Date(instant[0]);
  return [Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()), 0];
}
