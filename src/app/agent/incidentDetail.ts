// GET /incidents/{id}: everything an agent needs to work an incident in one answer. Fields as value and display
// value; the related records (caller, group, assignee, configuration item, problem, change, parent and child
// incidents) as small objects; the full discussion; the attachments with their download path (this API's
// attachment route: the Attachment API would refuse an agent, who has no read access to incidents); and the Azure
// DevOps work item it is linked to, if any. Secrets never appear: only these named columns are read.
import { CONNECTION_TABLE, INCIDENT_TABLE } from '../core/tables';
import { findLinkOfType } from '../model/link';
import { FieldValue, fieldValue, incidentPath, incidentSummary, IncidentSummary } from './incidentSummary';
import { JournalEntry, journalHistory } from './journalHistory';
import { isoUtc } from './utcTime';

/** Incident columns returned as fields (those the instance does not have are left out). */
var FIELDS = [
  'number', 'short_description', 'description', 'state', 'priority', 'impact', 'urgency', 'severity', 'category',
  'subcategory', 'contact_type', 'caller_id', 'assignment_group', 'assigned_to', 'cmdb_ci', 'problem_id', 'rfc',
  'caused_by', 'parent_incident', 'hold_reason', 'opened_at', 'opened_by', 'resolved_at', 'resolved_by', 'closed_at',
  'closed_by', 'close_code', 'close_notes', 'correlation_id', 'correlation_display', 'active', 'reassignment_count',
  'reopen_count', 'sys_created_on', 'sys_updated_on', 'sys_updated_by',
];
/** What a related task (problem, change, incident) shows; its state as the display value (state values differ by table). */
var TASK_COLUMNS = ['number', 'short_description', 'state'];
/** Children listed at most; an agent wanting more follows parent_incident in the list. */
var MAX_CHILDREN = 100;

export interface RelatedRecord {
  sys_id: string;
  display_value: string;
  [field: string]: string;
}

export interface IncidentDetail {
  summary: IncidentSummary;
  fields: { [name: string]: FieldValue };
  related: {
    caller: RelatedRecord | null;
    assignment_group: RelatedRecord | null;
    assigned_to: RelatedRecord | null;
    configuration_item: RelatedRecord | null;
    problem: RelatedRecord | null;
    change: RelatedRecord | null;
    caused_by_change: RelatedRecord | null;
    parent_incident: RelatedRecord | null;
    child_incidents: RelatedRecord[];
  };
  journal: JournalEntry[];
  attachments: Array<{ sys_id: string; file_name: string; size_bytes: number; content_type: string; created_at: string; download_path: string }>;
  azure_devops: { connection: { sys_id: string; name: string }; work_item_id: string; url: string; state: string } | null;
}

/** The referenced record (of the base-system table the field references) with its sys_id, display value and the
 * named columns; null when the reference is empty or dangling. */
function related(record: GlideRecord, field: string, table: string, columns: string[]): RelatedRecord | null {
  if (!record.isValidField(field)) return null;
  var sysId = record.getValue(field) || '';
  if (!sysId) return null;
  var ref = new GlideRecord(table);
  if (!ref.get(sysId)) return null;
  return recordOf(ref, columns);
}

function recordOf(ref: GlideRecord, columns: string[]): RelatedRecord {
  var out: RelatedRecord = { sys_id: ref.getUniqueValue(), display_value: ref.getDisplayValue() || '' };
  for (var i = 0; i < columns.length; i++) {
    if (ref.isValidField(columns[i])) out[columns[i]] = columns[i] === 'state' ? ref.getDisplayValue(columns[i]) : ref.getValue(columns[i]) || '';
  }
  return out;
}

function childIncidents(sysId: string): RelatedRecord[] {
  var out: RelatedRecord[] = [];
  var gr = new GlideRecord(INCIDENT_TABLE);
  if (!gr.isValidField('parent_incident')) return out;
  gr.addQuery('parent_incident', sysId);
  gr.orderBy('number');
  gr.setLimit(MAX_CHILDREN);
  gr.query();
  while (gr.next()) out.push(recordOf(gr, TASK_COLUMNS));
  return out;
}

function attachments(sysId: string): IncidentDetail['attachments'] {
  var out: IncidentDetail['attachments'] = [];
  var gr = new GlideRecord('sys_attachment');
  gr.addQuery('table_name', INCIDENT_TABLE);
  gr.addQuery('table_sys_id', sysId);
  gr.orderBy('sys_created_on');
  gr.query();
  while (gr.next()) {
    var size = parseInt(gr.getValue('size_bytes') || '0', 10);
    out.push({
      sys_id: gr.getUniqueValue(),
      file_name: gr.getValue('file_name') || '',
      size_bytes: isNaN(size) ? 0 : size,
      content_type: gr.getValue('content_type') || '',
      created_at: isoUtc(gr.getValue('sys_created_on')),
      download_path: incidentPath(sysId) + '/attachments/' + gr.getUniqueValue(),
    });
  }
  return out;
}

/** The incident's link to an Azure DevOps work item (a linked one before an unlinked one), or null. */
function azureDevOpsLink(sysId: string): IncidentDetail['azure_devops'] {
  var link = findLinkOfType(sysId, 'azure_devops');
  if (!link) return null;
  var connection = new GlideRecord(CONNECTION_TABLE);
  return {
    connection: { sys_id: link.connection, name: connection.get(link.connection) ? connection.getValue('name') || '' : '' },
    work_item_id: link.remoteId,
    url: link.remoteUrl,
    state: link.state,
  };
}

export function incidentDetail(record: GlideRecord): IncidentDetail {
  var sysId = record.getUniqueValue();
  var fields: { [name: string]: FieldValue } = {};
  for (var i = 0; i < FIELDS.length; i++) {
    if (record.isValidField(FIELDS[i])) fields[FIELDS[i]] = fieldValue(record, FIELDS[i]);
  }
  return {
    summary: incidentSummary(record),
    fields: fields,
    related: {
      caller: related(record, 'caller_id', 'sys_user', ['user_name', 'email']),
      assignment_group: related(record, 'assignment_group', 'sys_user_group', ['name']),
      assigned_to: related(record, 'assigned_to', 'sys_user', ['user_name', 'email']),
      configuration_item: related(record, 'cmdb_ci', 'cmdb_ci', ['name', 'sys_class_name']),
      problem: related(record, 'problem_id', 'problem', TASK_COLUMNS),
      change: related(record, 'rfc', 'change_request', TASK_COLUMNS),
      caused_by_change: related(record, 'caused_by', 'change_request', TASK_COLUMNS),
      parent_incident: related(record, 'parent_incident', INCIDENT_TABLE, TASK_COLUMNS),
      child_incidents: childIncidents(sysId),
    },
    journal: journalHistory(sysId),
    attachments: attachments(sysId),
    azure_devops: azureDevOpsLink(sysId),
  };
}
