// An incident as lists and pushes show it: the fields an agent triages on, each choice or reference as
// {value, display_value}, times in UTC, and where to read the rest (the agent API) or look at it (the form).
import { incidentUrl } from '../sync/incidentSource';
import { isoUtc } from './utcTime';

export var AGENT_API_BASE = '/api/x_incb_bridge/v1/agent';

export interface FieldValue {
  value: string;
  display_value: string;
}

export interface IncidentSummary {
  sys_id: string;
  number: string;
  short_description: string;
  state: FieldValue;
  priority: FieldValue;
  impact: FieldValue;
  urgency: FieldValue;
  assignment_group: FieldValue;
  assigned_to: FieldValue;
  opened_at: string;
  updated_at: string;
  links: { self: string; ui: string };
}

export function fieldValue(record: GlideRecord, field: string): FieldValue {
  return { value: record.getValue(field) || '', display_value: record.getDisplayValue(field) || '' };
}

export function incidentPath(sysId: string): string {
  return AGENT_API_BASE + '/incidents/' + sysId;
}

export function incidentSummary(record: GlideRecord): IncidentSummary {
  var sysId = record.getUniqueValue();
  return {
    sys_id: sysId,
    number: record.getValue('number') || '',
    short_description: record.getValue('short_description') || '',
    state: fieldValue(record, 'state'),
    priority: fieldValue(record, 'priority'),
    impact: fieldValue(record, 'impact'),
    urgency: fieldValue(record, 'urgency'),
    assignment_group: fieldValue(record, 'assignment_group'),
    assigned_to: fieldValue(record, 'assigned_to'),
    opened_at: isoUtc(record.getValue('opened_at')),
    updated_at: isoUtc(record.getValue('sys_updated_on')),
    links: { self: incidentPath(sysId), ui: incidentUrl(sysId) },
  };
}
