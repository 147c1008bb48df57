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
