// The instance's time in the form date-time columns store it: 'yyyy-MM-dd HH:mm:ss' in UTC. Values in this form sort
// and compare as text in the same order as in time, which is what outbox scheduling relies on (next_attempt_at,
// claimed_at) both in scripts and in encoded queries.

export function nowValue(): string {
  return new GlideDateTime().getValue();
}

/** `value` moved by `ms` milliseconds (negative: earlier), at the column's one-second resolution. */
export function addMs(value: string, ms: number): string {
  var time = new GlideDateTime(value);
  time.add(ms);
  return time.getValue();
}

/** The instance's time in milliseconds since the epoch. */
export function nowMs(): number {
  return new GlideDateTime().getNumericValue();
}

/** A date-time column value in milliseconds since the epoch; null for an empty value. */
export function valueMs(value: string | null): number | null {
  if (!value) return null;
  return new GlideDateTime(value).getNumericValue();
}

/** A GlideDateTime at `ms` milliseconds since the epoch. The scoped setValue takes a Number as epoch milliseconds;
 * setNumericValue is documented for global scripts only. */
export function dateTimeAt(ms: number): GlideDateTime {
  var time = new GlideDateTime();
  time.setValue(ms);
  return time;
}

/** Milliseconds since the epoch as a date-time column value, rounded UP to the column's whole second: a pause
 * stored this way never ends before the time it was computed for. */
export function ceilValue(ms: number): string {
  return dateTimeAt(Math.ceil(ms / 1000) * 1000).getValue();
}

/** Milliseconds since the epoch as a date-time column value, rounded DOWN to the column's whole second. */
export function floorValue(ms: number): string {
  return dateTimeAt(Math.floor(ms / 1000) * 1000).getValue();
}
