// What the outbound patch builders need to know about an incident, read from the record at send time, so the core
// never touches Glide.

export interface IncidentSnapshot {
  sysId: string;
  /** e.g. INC0010001 */
  number: string;
  /** stored values (getValue, '' for empty) keyed by ServiceNow field name */
  fieldValues: { [snField: string]: string };
  /** the incident's form URL on the instance, linked from the work item */
  url: string;
}

/** A field's stored value in the snapshot, '' when empty or absent. (The map is not called `values`: the ES5 gate
 * flags every `.values` member access as Array.prototype.values.) */
export function snapshotValue(snapshot: IncidentSnapshot, field: string): string {
  var value = snapshot.fieldValues[field];
  return value === null || value === undefined ? '' : String(value);
}
