// GET /incidents/{id}: everything an agent needs to work an incident in one answer. Fields as value and display
// value; the related records (caller, group, assignee, configuration item, problem, change, parent and child
// incidents) as small objects; the full discussion; the attachments with their download path (this API's
// attachment route: the Attachment API would refuse an agent, who has no read access to incidents); and its links
// through every connection (system, connection, remote id, URL, state), with the deprecated per-type alias of API
// 0.1 (docs/openapi.yaml). Secrets never appear: only these named columns are read.
import { CONNECTION_TABLE, INCIDENT_TABLE } from '../core/tables';
import { incidentLinks, Link } from '../model/link';
import { TRACKER_TYPES } from '../connectors/registry';
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
/** Links listed at most: the app writes one per connection, so this only bounds rows copied by hand. */
export var MAX_LINKS = 50;

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
  links: IncidentLink[];
}

export interface ConnectionReference {
  sys_id: string;
  name: string;
}

/** One link of the incident: through which connection (and so which system) to which remote record. */
export interface IncidentLink {
  /** the connection's type ('' when the connection is gone) */
  system: string;
  connection: ConnectionReference;
  /** '' while the remote record's creation is pending, and for a type whose links name no remote record (webhook) */
  remote_id: string;
  url: string;
  /** linked or unlinked */
  state: string;
}

/** API 0.1's link of one tracker type, kept under the type's name as a deprecated alias of its first entry in
 * `links` (removed in API 0.2.0). */
export interface DeprecatedTypeLink {
  connection: ConnectionReference;
  work_item_id: string;
  url: string;
  state: string;
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

/** Name and type of the connections, by sys_id. One query, whatever the number of connections. */
function connectionsById(links: Link[]): { [sysId: string]: { name: string; type: string } } {
  var out: { [sysId: string]: { name: string; type: string } } = {};
  var ids: string[] = [];
  for (var i = 0; i < links.length; i++) if (ids.indexOf(links[i].connection) < 0) ids.push(links[i].connection);
  if (ids.length === 0) return out;
  var gr = new GlideRecord(CONNECTION_TABLE);
  gr.addQuery('sys_id', 'IN', ids.join(','));
  gr.query();
  while (gr.next()) out[gr.getUniqueValue()] = { name: gr.getValue('name') || '', type: gr.getValue('type') || '' };
  return out;
}

/** The incident's links, the one that counts first (model/link.ts): two queries, whatever the number of links. */
function links(sysId: string): IncidentLink[] {
  var found = incidentLinks(sysId, MAX_LINKS);
  var connections = connectionsById(found);
  var out: IncidentLink[] = [];
  for (var i = 0; i < found.length; i++) {
    var connection = connections[found[i].connection] || { name: '', type: '' };
    out.push({
      system: connection.type,
      connection: { sys_id: found[i].connection, name: connection.name },
      remote_id: found[i].remoteId,
      url: found[i].remoteUrl,
      state: found[i].state,
    });
  }
  return out;
}

/** The first of the links of a connection type in API 0.1's shape, or null. */
function deprecatedTypeLink(all: IncidentLink[], type: string): DeprecatedTypeLink | null {
  for (var i = 0; i < all.length; i++) {
    if (all[i].system === type) return { connection: all[i].connection, work_item_id: all[i].remote_id, url: all[i].url, state: all[i].state };
  }
  return null;
}

/** The incident's detail. Beside `links`, the deprecated alias of API 0.1: for each tracker type, a key named as the
 * type (the value of the connections' `type`) with the first of the incident's links of that type, or null. */
export function incidentDetail(record: GlideRecord): IncidentDetail & { [connectionType: string]: unknown } {
  var sysId = record.getUniqueValue();
  var fields: { [name: string]: FieldValue } = {};
  for (var i = 0; i < FIELDS.length; i++) {
    if (record.isValidField(FIELDS[i])) fields[FIELDS[i]] = fieldValue(record, FIELDS[i]);
  }
  var detail: IncidentDetail & { [connectionType: string]: unknown } = {
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
    links: links(sysId),
  };
  for (var t = 0; t < TRACKER_TYPES.length; t++) detail[TRACKER_TYPES[t]] = deprecatedTypeLink(detail.links, TRACKER_TYPES[t]);
  return detail;
}
