// GlideDateTime (scoped): an instant, internal value "yyyy-MM-dd HH:mm:ss" in UTC.
// Fidelity notes (ServiceNow "Scoped GlideDateTime" reference):
// - new GlideDateTime(String)/setValue(String) accept the internal format, then the documented fallback formats in
//   their documented order. ISO 8601 ("2016-09-19T13:03:30.6438544Z", "...+02:00") is documented as NOT supported, so
//   it is rejected here too: parse such timestamps in app code and use setNumericValue / setValue(Number), or
//   setValueUTC with an explicit pattern.
// - An unparseable value is "ignored": the object keeps its previous value (the current time for the constructor),
//   isValid() turns false and getErrorMsg() says why, and the platform logs it.
// - setValueUTC(dt, format) and setDisplayValue(value, format) throw when the text does not match the pattern.
// - Every emulated user has the internal display format and the UTC time zone, so display and "LocalTime" variants
//   equal their UTC counterparts.
import { Host } from '../host';
import { addCalendarMonths, internalDateTime } from './civilTime';
import { GlideDateClass } from './GlideDate';
import { GlideDuration } from './GlideDuration';
import { parseWithPattern } from './javaDatePattern';

var INTERNAL_FORMAT = 'yyyy-MM-dd HH:mm:ss';

// GlideDateTime(String): "If the argument does not match the system format, the system attempts to match it to one
// of the following formats in this order".
var FALLBACK_FORMATS = [
  'yyyy-MM-dd HH:mm:ss',
  'MM/dd/yyyy HH:mm:ss',
  'MM-dd-yyyy HH:mm:ss',
  'MM-dd-yyyy HH:mm',
  'MM-dd-yyyy',
  'MM/dd/yyyy',
  'dd-MM-yyyy HH:mm:ss',
  'dd-MM-yyyy HH.mm.ss',
  'dd-MM-yyyy HH.mm',
  'dd-MM-yy HH.mm.ss',
  'dd/MM/yyyy',
  'dd-MM-yyyy',
  'yyyy-MM-dd HH:mm',
  'yyyy-MM-dd',
  'dd.MM.yyyy HH:mm:ss',
  'dd.MM.yyyy HH.mm.ss',
  'dd.MM.yyyy hh:mm:ss a',
  'dd.MM.yyyy hh.mm.ss a',
  'dd.MM.yyyy',
];

/** Something with a length in milliseconds: GlideDuration or GlideTime. */
interface TimeSpan {
  getNumericValue(): number;
}

export function createGlideDateTime(host: Host, GlideDate: GlideDateClass) {
  function parseAnyFormat(text: string): number | null {
    for (var i = 0; i < FALLBACK_FORMATS.length; i++) {
      var parsed = parseWithPattern(text, FALLBACK_FORMATS[i], host.now());
      if (parsed !== null) return parsed;
    }
    return null;
  }

  function spanMillis(span: number | TimeSpan): number {
    return typeof span === 'number' ? span : span.getNumericValue();
  }

  class GlideDateTime {
    private ms: number;
    private errorMsg: string | null;

    /** (): now on the instance clock; (String): UTC date-time; (GlideDateTime): a copy */
    constructor(value?: string | GlideDateTime) {
      this.ms = host.now();
      this.errorMsg = null;
      if (value !== undefined) this.setValue(value);
    }

    /** Duration end - start. */
    static subtract(start: GlideDateTime, end: GlideDateTime): GlideDuration {
      return new GlideDuration(end.ms - start.ms);
    }

    getValue(): string {
      return internalDateTime(this.ms);
    }
    toString(): string {
      return this.getValue();
    }
    /** String (UTC, internal or a fallback format), GlideDateTime, or Number (milliseconds since the epoch) */
    setValue(value: string | number | GlideDateTime): void {
      if (typeof value === 'number') {
        // not through setNumericValue: that one is global-only, refused to scoped scripts (scoped-api)
        this._accept(value);
      } else if (value instanceof GlideDateTime) {
        this.setGlideDateTime(value);
      } else {
        var text = String(value);
        var parsed = parseAnyFormat(text);
        if (parsed === null) this._reject('Invalid date time: ' + "'" + text + "'" + ', ignored', false);
        else this._accept(parsed);
      }
    }
    setGlideDateTime(other: GlideDateTime): void {
      this._accept(other.ms);
    }
    getNumericValue(): number {
      return this.ms;
    }
    setNumericValue(ms: number): void {
      this._accept(Number(ms));
    }
    /** UTC date-time read with a Java date pattern; throws when the text does not match */
    setValueUTC(dateTime: string, format: string): void {
      var parsed = parseWithPattern(String(dateTime), String(format), host.now());
      if (parsed === null) this._reject('Could not parse DateTime: ' + dateTime, true);
      else this._accept(parsed);
    }
    getDisplayValue(): string {
      return this.getValue();
    }
    getDisplayValueInternal(): string {
      return this.getValue();
    }
    /** (value) in the user's format, or (value, format) which throws on a mismatch */
    setDisplayValue(value: string, format?: string): void {
      var parsed = parseWithPattern(String(value), format === undefined ? INTERNAL_FORMAT : String(format), host.now());
      if (parsed === null) this._reject('Could not parse DateTime: ' + value, format !== undefined);
      else this._accept(parsed);
    }
    setDisplayValueInternal(value: string): void {
      this.setDisplayValue(value);
    }
    isValid(): boolean {
      return this.errorMsg === null;
    }
    hasDate(): boolean {
      return this.isValid();
    }
    getErrorMsg(): string | null {
      return this.errorMsg;
    }
    getDate(): InstanceType<GlideDateClass> {
      var date = new GlideDate();
      date.setValue(this.getValue().substr(0, 10));
      return date;
    }
    getLocalDate(): InstanceType<GlideDateClass> {
      return this.getDate();
    }

    /** milliseconds, or a GlideDuration/GlideTime */
    add(span: number | TimeSpan): void {
      this.ms += spanMillis(span);
    }
    /** instance form: milliseconds or a GlideDuration/GlideTime to take away */
    subtract(span: number | TimeSpan): void {
      this.ms -= spanMillis(span);
    }
    addSeconds(seconds: number): void {
      this.ms += seconds * 1000;
    }
    addDaysUTC(days: number): void {
      this.ms += days * 86400000;
    }
    addDaysLocalTime(days: number): void {
      this.addDaysUTC(days);
    }
    addWeeksUTC(weeks: number): void {
      this.addDaysUTC(weeks * 7);
    }
    addWeeksLocalTime(weeks: number): void {
      this.addDaysUTC(weeks * 7);
    }
    addMonthsUTC(months: number): void {
      this.ms = addCalendarMonths(this.ms, months);
    }
    addMonthsLocalTime(months: number): void {
      this.addMonthsUTC(months);
    }
    addYearsUTC(years: number): void {
      this.ms = addCalendarMonths(this.ms, years * 12);
    }
    addYearsLocalTime(years: number): void {
      this.addYearsUTC(years);
    }

    before(other: GlideDateTime): boolean {
      return this.ms < other.ms;
    }
    after(other: GlideDateTime): boolean {
      return this.ms > other.ms;
    }
    onOrBefore(other: GlideDateTime): boolean {
      return this.ms <= other.ms;
    }
    onOrAfter(other: GlideDateTime): boolean {
      return this.ms >= other.ms;
    }
    /** 1 when this is after `other`, -1 when before, 0 when equal */
    compareTo(other: GlideDateTime): number {
      return this.ms > other.ms ? 1 : this.ms < other.ms ? -1 : 0;
    }
    /** compares with a GlideDateTime or a date-time string, to the millisecond */
    equals(other: GlideDateTime | string): boolean {
      var that = other instanceof GlideDateTime ? other : new GlideDateTime(String(other));
      return that.isValid() && that.ms === this.ms;
    }

    private _accept(ms: number): void {
      this.ms = ms;
      this.errorMsg = null;
    }
    private _reject(message: string, raise: boolean): void {
      this.errorMsg = message;
      host.log('warn', message, 'GlideDateTime');
      if (raise) throw new Error(message);
    }
  }
  return GlideDateTime;
}

export type GlideDateTimeClass = ReturnType<typeof createGlideDateTime>;
