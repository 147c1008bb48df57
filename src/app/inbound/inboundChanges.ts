// What a remote revision changes on the incident, field by field, through the connection's field map (directions
// inbound and both: only the field the connection maps the description to brings one) and its value map. A remote value that is exactly what we would send for the incident's current
// value is an echo of our own state and changes nothing: the Basic process folds On Hold and In Progress into Doing,
// so translating Doing back would otherwise turn an On Hold incident into In Progress. Glide-free.
import { FieldMapping, inboundFields } from '../core/fieldMap';
import { htmlToText, textToHtml } from '../core/html';
import { IncidentSnapshot, snapshotValue } from '../core/incidentSnapshot';
import { ValueMap } from '../core/valueMap';
import { workItemTitle } from '../core/workItemPatch';

/** Incident states that mean "done"; a remote state mapped to either resolves the incident. */
export var RESOLVED_STATE = '6';
export var CLOSED_STATE = '7';

export interface UnmappedValue {
  /** incident field */
  field: string;
  /** the remote value that has no inbound value map entry */
  value: string;
  reason: string;
}

export interface InboundPlan {
  /** incident field -> new stored value */
  changes: { [snField: string]: string };
  unmapped: UnmappedValue[];
  /** the remote state maps to Resolved or Closed and the incident is not there yet: resolve it (state 6) */
  resolve: boolean;
}

/** The incident's short description from a work item title: our `INC0010001: ` prefix removed, on one line. */
export function shortDescriptionFromTitle(number: string, title: string): string {
  var text = String(title || '').replace(/[\r\n\t]+/g, ' ').trim();
  if (number && text === number) return '';
  var prefix = number + ': ';
  return number && text.indexOf(prefix) === 0 ? text.substring(prefix.length).replace(/^\s+/, '') : text;
}

function remoteText(value: any): string {
  return value === null || value === undefined ? '' : String(value);
}

/** One field: null when the remote value changes nothing, else the stored value it becomes (or an unmapped entry). */
function localValue(mapping: FieldMapping, remote: string, incident: IncidentSnapshot, valueMap: ValueMap, plan: InboundPlan): string | null {
  var current = snapshotValue(incident, mapping.sn);
  var local: string | null;
  if (mapping.format === 'title') {
    if (remote === workItemTitle(incident.number, current)) return null;
    local = shortDescriptionFromTitle(incident.number, remote);
  } else if (mapping.format === 'html') {
    if (remote === textToHtml(current)) return null;
    local = htmlToText(remote);
  } else if (mapping.valueMap) {
    var sent = valueMap.toRemote(mapping.valueMap, current);
    if (sent !== null && sent.toLowerCase() === remote.toLowerCase()) return null;
    local = valueMap.toLocal(mapping.valueMap, remote);
    if (local === null) {
      plan.unmapped.push({ field: mapping.sn, value: remote, reason: 'no inbound ' + mapping.valueMap + ' value map entry for ' + JSON.stringify(remote) });
      return null;
    }
  } else {
    local = remote;
  }
  return local === current ? null : local;
}

/** The changes `remoteFields` (reference name -> value, null = cleared) make to the incident through `fieldMap`. */
export function planInboundChanges(remoteFields: { [referenceName: string]: any }, incident: IncidentSnapshot, valueMap: ValueMap, fieldMap: FieldMapping[]): InboundPlan {
  var plan: InboundPlan = { changes: {}, unmapped: [], resolve: false };
  var mappings = inboundFields(fieldMap);
  for (var i = 0; i < mappings.length; i++) {
    var mapping = mappings[i];
    if (!Object.prototype.hasOwnProperty.call(remoteFields, mapping.remote)) continue;
    var remote = remoteText(remoteFields[mapping.remote]);
    // A work item always has a title and a state: an empty one is not a value to copy.
    if (remote === '' && (mapping.format === 'title' || mapping.valueMap)) continue;
    var local = localValue(mapping, remote, incident, valueMap, plan);
    if (local === null) continue;
    if (mapping.sn === 'state' && (local === RESOLVED_STATE || local === CLOSED_STATE)) {
      // Azure DevOps closing the work item resolves the incident; closing it stays the service desk's decision.
      var currentState = snapshotValue(incident, 'state');
      if (currentState === RESOLVED_STATE || currentState === CLOSED_STATE) continue;
      plan.resolve = true;
      local = RESOLVED_STATE;
    }
    plan.changes[mapping.sn] = local;
  }
  return plan;
}
