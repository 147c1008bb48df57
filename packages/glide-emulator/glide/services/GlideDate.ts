// GlideDate (scoped): a calendar date, internal value "yyyy-MM-dd" in UTC. The emulator's users all have the
// internal date format and the UTC time zone, so display values equal internal values.
import { Host } from '../host';
import { internalDate, millisToCivil } from './civilTime';
import { GlideDuration } from './GlideDuration';
import { formatWithPattern, parseWithPattern } from './javaDatePattern';

var MS_PER_DAY = 86400000;

export function createGlideDate(host: Host) {
  class GlideDate {
    private ms: number;

    /** today (UTC) on the instance clock */
    constructor() {
      this.ms = Math.floor(host.now() / MS_PER_DAY) * MS_PER_DAY;
    }

    /** The difference end - start. */
    static subtract(start: GlideDate, end: GlideDate): GlideDuration {
      return new GlideDuration(end.ms - start.ms);
    }

    getValue(): string {
      return internalDate(this.ms);
    }
    /** "yyyy-MM-dd"; anything else is ignored with a log line, as the platform does */
    setValue(value: string): void {
      var parsed = parseWithPattern(String(value), 'yyyy-MM-dd', host.now());
      if (parsed === null) host.log('warn', "Invalid date: '" + value + "', ignored", 'GlideDate');
      else this.ms = parsed;
    }
    getDisplayValue(): string {
      return this.getValue();
    }
    getDisplayValueInternal(): string {
      return this.getValue();
    }
    setDisplayValue(asDisplayed: string): void {
      this.setValue(asDisplayed);
    }
    /** Java SimpleDateFormat pattern, e.g. "dd-MM-yyyy" or "EEEE" */
    getByFormat(format: string): string {
      return formatWithPattern(this.ms, format);
    }
    getYearNoTZ(): number {
      return millisToCivil(this.ms).year;
    }
    getMonthNoTZ(): number {
      return millisToCivil(this.ms).month;
    }
    getDayOfMonthNoTZ(): number {
      return millisToCivil(this.ms).day;
    }
  }
  return GlideDate;
}

export type GlideDateClass = ReturnType<typeof createGlideDate>;
