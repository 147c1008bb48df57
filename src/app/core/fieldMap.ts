// Which incident fields travel to which Azure DevOps work item fields, and how their values are converted.
// The incident side is the same through every connection: it is what the link's fingerprint covers
// (platform/mappedValues.ts), so the capture rule, the sender and the inbound side agree on it without reading the
// connection. The remote side of the description is the connection's: the field a work item type shows it in
// depends on the type. Agile, Scrum and CMMI Bugs show Repro Steps ("Steps to reproduce"), not Description, which
// every type has but the Bug form does not show (Microsoft's field reference: Repro Steps is a Bug field,
// Description is on all types; "Using the bug work item form, you capture the code defect in the Title, Steps to
// Reproduce, and other fields"). Basic has no Bug.
import { SyncDirection } from './valueMap';

export interface FieldMapping {
  /** incident field name */
  sn: string;
  /** Azure DevOps field reference name */
  remote: string;
  direction: SyncDirection;
  /** 'title': prefixed with the incident number, one line, at most 255 characters; 'html': plain text <-> HTML */
  format?: 'title' | 'html';
  /** value map field (x_incb_bridge_value_map.field) that translates this field's values */
  valueMap?: string;
}

export var DESCRIPTION_FIELD = 'System.Description';
export var REPRO_STEPS_FIELD = 'Microsoft.VSTS.TCM.ReproSteps';

/** The mappings, with the description's remote field as the default types use; fieldMapFor() gives a connection's. */
var MAPPINGS: FieldMapping[] = [
  { sn: 'short_description', remote: 'System.Title', direction: 'both', format: 'title' },
  { sn: 'description', remote: DESCRIPTION_FIELD, direction: 'both', format: 'html' },
  { sn: 'state', remote: 'System.State', direction: 'both', valueMap: 'state' },
  { sn: 'priority', remote: 'Microsoft.VSTS.Common.Priority', direction: 'both', valueMap: 'priority' },
];

/** Where the description goes on a type when the connection names no field: Repro Steps on a Bug (work item type
 * names are case-insensitive in Azure DevOps), Description on every other type. */
export function defaultDescriptionField(workItemType: string): string {
  return String(workItemType || '').trim().toLowerCase() === 'bug' ? REPRO_STEPS_FIELD : DESCRIPTION_FIELD;
}

/** A field reference name (System.Description, Microsoft.VSTS.TCM.ReproSteps, Custom.Details), not a display name:
 * service hooks and update histories name fields by reference name only, so a display name would match nothing
 * coming back. */
export function isFieldReferenceName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$/.test(name);
}

/** The field map through a connection whose description goes to `descriptionField`, in map order (fresh objects). */
export function fieldMapFor(descriptionField: string): FieldMapping[] {
  var map: FieldMapping[] = [];
  for (var i = 0; i < MAPPINGS.length; i++) {
    var m = MAPPINGS[i];
    var copy: FieldMapping = { sn: m.sn, remote: m.sn === 'description' ? descriptionField : m.remote, direction: m.direction };
    if (m.format) copy.format = m.format;
    if (m.valueMap) copy.valueMap = m.valueMap;
    map.push(copy);
  }
  return map;
}

function withDirection(map: FieldMapping[], direction: SyncDirection): FieldMapping[] {
  var out: FieldMapping[] = [];
  for (var i = 0; i < map.length; i++) {
    if (map[i].direction === direction || map[i].direction === 'both') out.push(map[i]);
  }
  return out;
}

/** The mappings of `map` that ServiceNow changes are sent through, in map order. */
export function outboundFields(map: FieldMapping[]): FieldMapping[] {
  return withDirection(map, 'outbound');
}

/** The mappings of `map` that Azure DevOps changes come back through, in map order. */
export function inboundFields(map: FieldMapping[]): FieldMapping[] {
  return withDirection(map, 'inbound');
}

/** The incident fields Azure DevOps mirrors, in map order: the same through every connection. */
export function outboundFieldNames(): string[] {
  var names: string[] = [];
  var fields = outboundFields(MAPPINGS);
  for (var i = 0; i < fields.length; i++) names.push(fields[i].sn);
  return names;
}
