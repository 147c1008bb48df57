// Which incident fields travel to which Azure DevOps work item fields, and how their values are converted.
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

export var FIELD_MAP: FieldMapping[] = [
  { sn: 'short_description', remote: 'System.Title', direction: 'both', format: 'title' },
  { sn: 'description', remote: 'System.Description', direction: 'both', format: 'html' },
  { sn: 'state', remote: 'System.State', direction: 'both', valueMap: 'state' },
  { sn: 'priority', remote: 'Microsoft.VSTS.Common.Priority', direction: 'both', valueMap: 'priority' },
];

/** The mappings that ServiceNow changes are sent through, in FIELD_MAP order. */
export function outboundFields(): FieldMapping[] {
  var out: FieldMapping[] = [];
  for (var i = 0; i < FIELD_MAP.length; i++) {
    if (FIELD_MAP[i].direction === 'outbound' || FIELD_MAP[i].direction === 'both') out.push(FIELD_MAP[i]);
  }
  return out;
}

/** The ServiceNow names of the outbound fields, in map order. */
export function outboundFieldNames(): string[] {
  var names: string[] = [];
  var fields = outboundFields();
  for (var i = 0; i < fields.length; i++) names.push(fields[i].sn);
  return names;
}
