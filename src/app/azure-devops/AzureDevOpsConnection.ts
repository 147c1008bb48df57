// One Azure DevOps connection as the sender needs it: where its project is, how to authenticate, how long to wait,
// which journals become comments, and its value map. Read from x_incb_bridge_connection and its value map rows
// (two queries) at the start of each sync, never cached across transactions, so an admin's edit applies at once.
import { defaultDescriptionField, fieldMapFor, FieldMapping, isFieldReferenceName } from '../core/fieldMap';
import { ValueMap, ValueMapRow, SyncDirection } from '../core/valueMap';
import { CONNECTION_TABLE, VALUE_MAP_TABLE } from '../core/tables';
import { ConnectionAuth } from '../platform/http';
import { isTrue } from '../platform/booleanField';
import { syncedJournalFields } from '../platform/syncedJournals';

/** Built-in default of connection.request_timeout_ms (empty on the record). */
export var DEFAULT_TIMEOUT_MS = 30000;
export var DEFAULT_WORK_ITEM_TYPE = 'Task';
/** Work item tracking REST API version; comments are only in a preview version of 7.1. */
export var API_VERSION = '7.1';
export var COMMENTS_API_VERSION = '7.1-preview.4';

export interface AzureDevOpsConnection {
  sysId: string;
  name: string;
  /** correlation_display of linked incidents: the label, else the name */
  displayLabel: string;
  type: string;
  active: boolean;
  /** both, outbound or inbound ('' reads as the dictionary default, both) */
  syncDirection: string;
  /** e.g. https://dev.azure.com, without a trailing slash */
  baseUrl: string;
  organization: string;
  project: string;
  workItemType: string;
  /** the work item field the incident's description goes to and comes back from: ado_description_field, else the
   * default of the work item type (Repro Steps on a Bug, Description on other types) */
  descriptionField: string;
  /** the incident fields and the work item fields they travel to through this connection */
  fieldMap: FieldMapping[];
  auth: ConnectionAuth;
  timeoutMs: number;
  /** MID server name ('' = call from the instance) */
  midServer: string;
  /** journal fields whose entries become comments: work_notes and/or comments */
  journalFields: string[];
  valueMap: ValueMap;
}


function authOf(gr: GlideRecord): ConnectionAuth {
  var type = gr.getValue('auth_type') || 'none';
  if (type === 'basic' || type === 'pat') return { type: type, profileSysId: gr.getValue('basic_auth_profile') || '' };
  if (type === 'oauth2') return { type: 'oauth2', profileSysId: gr.getValue('oauth_profile') || '' };
  return { type: 'none' };
}

function valueMapRows(connectionSysId: string): ValueMapRow[] {
  var rows: ValueMapRow[] = [];
  var gr = new GlideRecord(VALUE_MAP_TABLE);
  gr.addQuery('connection', connectionSysId);
  gr.orderBy('order');
  gr.query();
  while (gr.next()) {
    var order = parseInt(gr.getValue('order') || '', 10);
    var row: ValueMapRow = {
      field: gr.getValue('field') || '',
      direction: (gr.getValue('direction') || 'both') as SyncDirection,
      sn_value: gr.getValue('sn_value') || '',
      remote_value: gr.getValue('remote_value') || '',
    };
    if (!isNaN(order)) row.order = order;
    rows.push(row);
  }
  return rows;
}

/** The connection, or null when there is no such record. */
export function loadConnection(connectionSysId: string): AzureDevOpsConnection | null {
  var gr = new GlideRecord(CONNECTION_TABLE);
  if (!connectionSysId || !gr.get(connectionSysId)) return null;
  var timeout = parseInt(gr.getValue('request_timeout_ms') || '', 10);
  var name = gr.getValue('name') || '';
  var workItemType = gr.getValue('ado_work_item_type') || DEFAULT_WORK_ITEM_TYPE;
  var descriptionField = String(gr.getValue('ado_description_field') || '').trim() || defaultDescriptionField(workItemType);
  return {
    sysId: gr.getUniqueValue(),
    name: name,
    displayLabel: gr.getValue('label') || name,
    type: gr.getValue('type') || '',
    active: isTrue(gr.getValue('active')),
    syncDirection: gr.getValue('sync_direction') || 'both',
    baseUrl: String(gr.getValue('base_url') || '').replace(/\/+$/, ''),
    organization: gr.getValue('ado_organization') || '',
    project: gr.getValue('ado_project') || '',
    workItemType: workItemType,
    descriptionField: descriptionField,
    fieldMap: fieldMapFor(descriptionField),
    auth: authOf(gr),
    timeoutMs: timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS,
    // setMIDServer takes the MID server's name, which is ecc_agent's display value.
    midServer: gr.getValue('mid_server') ? gr.getDisplayValue('mid_server') : '',
    journalFields: syncedJournalFields(gr),
    valueMap: new ValueMap(valueMapRows(gr.getUniqueValue())),
  };
}

/** Why the connection cannot send (a configuration an admin must fix; retrying would not help), or ''. */
export function configurationProblem(connection: AzureDevOpsConnection): string {
  if (connection.type !== 'azure_devops') return 'The connection is not an Azure DevOps connection (type ' + connection.type + ')';
  if (!/^https?:\/\/[^\/]+/i.test(connection.baseUrl)) return 'The connection has no valid base URL (e.g. https://dev.azure.com)';
  if (!connection.organization || !connection.project) return 'The connection needs an Azure DevOps organization and project';
  if (!isFieldReferenceName(connection.descriptionField)) {
    return 'The description field must be a field reference name such as System.Description or Microsoft.VSTS.TCM.ReproSteps, not ' + JSON.stringify(connection.descriptionField);
  }
  if (connection.auth.type !== 'none' && !connection.auth.profileSysId) {
    return 'Authentication type ' + connection.auth.type + ' needs ' + (connection.auth.type === 'oauth2' ? 'an OAuth profile' : 'a basic auth profile');
  }
  return '';
}

/** Whether ServiceNow changes travel out through this connection. */
export function sendsOutbound(connection: AzureDevOpsConnection): boolean {
  return connection.active && (connection.syncDirection === 'both' || connection.syncDirection === 'outbound');
}

/** {base}/{organization}/{project}/_apis/wit, path segments URL-encoded. */
export function witUrl(connection: AzureDevOpsConnection): string {
  return connection.baseUrl + '/' + encodeURIComponent(connection.organization) + '/' + encodeURIComponent(connection.project) + '/_apis/wit';
}

function withQuery(url: string, apiVersion: string, validateOnly?: boolean): string {
  return url + (url.indexOf('?') >= 0 ? '&' : '?') + 'api-version=' + apiVersion + (validateOnly ? '&validateOnly=true' : '');
}

export function createWorkItemUrl(connection: AzureDevOpsConnection, validateOnly?: boolean): string {
  return withQuery(witUrl(connection) + '/workitems/$' + encodeURIComponent(connection.workItemType), API_VERSION, validateOnly);
}

/** Update (PATCH) and read (GET) share this URL. `id` may be a placeholder such as {id} in a dry run. */
export function workItemUrl(connection: AzureDevOpsConnection, id: string, validateOnly?: boolean): string {
  return withQuery(witUrl(connection) + '/workitems/' + id, API_VERSION, validateOnly);
}

/** The comments API is spelled workItems (camel case) in Microsoft's spec. */
export function commentsUrl(connection: AzureDevOpsConnection, id: string): string {
  return withQuery(witUrl(connection) + '/workItems/' + id + '/comments', COMMENTS_API_VERSION);
}

export function attachmentUploadUrl(connection: AzureDevOpsConnection, fileName: string): string {
  return withQuery(witUrl(connection) + '/attachments?fileName=' + encodeURIComponent(fileName), API_VERSION);
}
