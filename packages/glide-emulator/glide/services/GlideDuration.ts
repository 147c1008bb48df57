// GlideDuration (scoped): a span of time, stored (as on the platform) as an instant after 1970-01-01 00:00:00 UTC.
// Display values are English: "3 Days 12 Hours", "1 Day", "2 Hours 5 Minutes"; spans under a minute show seconds.
import { internalDateTime, pad } from './civilTime';
import { formatWithPattern, parseWithPattern } from './javaDatePattern';

function parseDurationText(text: string): number | null {
  var match = /^\s*(?:(\d+)\s+)?(\d+):(\d{1,2}):(\d{1,2})\s*$/.exec(String(text));
  if (!match) return null;
  var days = match[1] ? parseInt(match[1], 10) : 0;
  return (((days * 24 + parseInt(match[2], 10)) * 60 + parseInt(match[3], 10)) * 60 + parseInt(match[4], 10)) * 1000;
}

function unit(count: number, name: string): string {
  return count + ' ' + name + (count === 1 ? '' : 's');
}

export class GlideDuration {
  private ms: number;

  /** (), (milliseconds), ("d HH:mm:ss" display value) or (another GlideDuration) */
  constructor(value?: number | string | GlideDuration) {
    this.ms = 0;
    if (value instanceof GlideDuration) this.ms = value.getNumericValue();
    else if (typeof value === 'number') this.ms = value;
    else if (value !== undefined && value !== null) this.setDisplayValue(String(value));
  }

  getNumericValue(): number {
    return this.ms;
  }
  /** internal value: the span as a date-time after the epoch, "1970-01-04 12:00:00" for 3 days 12 hours */
  getValue(): string {
    return internalDateTime(this.ms);
  }
  /** accepts the internal value (a date-time after the epoch) or milliseconds */
  setValue(value: string | number): void {
    if (typeof value === 'number') {
      this.ms = value;
      return;
    }
    var parsed = parseWithPattern(String(value), 'yyyy-MM-dd HH:mm:ss', 0);
    if (parsed !== null) this.ms = parsed;
  }
  /** "d HH:mm:ss", the day part omitted when zero: "00:01:00" for 60000 ms */
  getDurationValue(): string {
    var seconds = Math.floor(this.ms / 1000);
    var days = Math.floor(seconds / 86400);
    var clock = pad(Math.floor((seconds % 86400) / 3600), 2) + ':' + pad(Math.floor((seconds % 3600) / 60), 2) + ':' + pad(seconds % 60, 2);
    return days > 0 ? days + ' ' + clock : clock;
  }
  getDisplayValue(): string {
    var seconds = Math.floor(this.ms / 1000);
    var parts: string[] = [];
    var days = Math.floor(seconds / 86400);
    var hours = Math.floor((seconds % 86400) / 3600);
    var minutes = Math.floor((seconds % 3600) / 60);
    if (days) parts.push(unit(days, 'Day'));
    if (hours) parts.push(unit(hours, 'Hour'));
    if (minutes) parts.push(unit(minutes, 'Minute'));
    if (!parts.length) parts.push(unit(seconds % 60, 'Second'));
    return parts.join(' ');
  }
  /** "d HH:mm:ss" or "HH:mm:ss"; anything else leaves the value unchanged */
  setDisplayValue(asDisplayed: string): void {
    var parsed = parseDurationText(asDisplayed);
    if (parsed !== null) this.ms = parsed;
  }
  getByFormat(format: string): string {
    return formatWithPattern(this.ms, format);
  }
  getDayPart(): number {
    return Math.floor(this.ms / 86400000);
  }
  /** whole days, rounded up when the rest is more than 12 hours */
  getRoundedDayPart(): number {
    return this.getDayPart() + (this.ms % 86400000 > 43200000 ? 1 : 0);
  }
  add(duration: GlideDuration): GlideDuration {
    return new GlideDuration(this.ms + duration.getNumericValue());
  }
  subtract(duration: GlideDuration): GlideDuration {
    return new GlideDuration(this.ms - duration.getNumericValue());
  }
}
