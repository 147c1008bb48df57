// One Azure DevOps connection: the shared columns (model/connection.ts) and its own, where its project is, which work
// item type incidents become, and its value map. Read from x_incb_bridge_connection and its value map rows (two
// queries) at the start of each sync, never cached across transactions, so an admin's edit applies at once.
import { defaultDescriptionField, fieldMapFor, FieldMapping, isFieldReferenceName } from '../core/fieldMap';
import { ValueMap, ValueMapRow, SyncDirection } from '../core/valueMap';
import { VALUE_MAP_TABLE } from '../core/tables';
import { Connection, connectionOf, findConnectionRow, midServerOf } from '../model/connection';

export { DEFAULT_TIMEOUT_MS, sendsOutbound } from '../model/connection';
/** The connection type of Azure DevOps connections. */
export var AZURE_DEVOPS_TYPE = 'azure_devops';
export var DEFAULT_WORK_ITEM_TYPE = 'Task';
/** Work item tracking REST API version; comments are only in a preview version of 7.1. */
export var API_VERSION = '7.1';
export var COMMENTS_API_VERSION = '7.1-preview.4';

export interface AzureDevOpsConnection extends Connection {
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
  valueMap: ValueMap;
  /** MID server name ('' = call from the instance) */
  midServer: string;
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

/** The connection of a row read earlier, with its value map (one query). */
export function azureDevOpsConnectionOf(gr: GlideRecord): AzureDevOpsConnection {
  var connection = connectionOf(gr) as AzureDevOpsConnection;
  var workItemType = gr.getValue('ado_work_item_type') || DEFAULT_WORK_ITEM_TYPE;
  var descriptionField = String(gr.getValue('ado_description_field') || '').trim() || defaultDescriptionField(workItemType);
  connection.baseUrl = connection.baseUrl.replace(/\/+$/, '');
  connection.organization = gr.getValue('ado_organization') || '';
  connection.project = gr.getValue('ado_project') || '';
  connection.workItemType = workItemType;
  connection.descriptionField = descriptionField;
  connection.fieldMap = fieldMapFor(descriptionField);
  connection.valueMap = new ValueMap(valueMapRows(connection.sysId));
  connection.midServer = midServerOf(gr);
  return connection;
}

/** The connection, or null when there is no such record. */
export function loadConnection(connectionSysId: string): AzureDevOpsConnection | null {
  var gr = findConnectionRow(connectionSysId);
  return gr ? azureDevOpsConnectionOf(gr) : null;
}

/** Why the connection cannot send (a configuration an admin must fix; retrying would not help), or ''. */
export function configurationProblem(connection: AzureDevOpsConnection): string {
  if (connection.type !== AZURE_DEVOPS_TYPE) return 'The connection is not an Azure DevOps connection (type ' + connection.type + ')';
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

/** What the work item URLs are built from: a connection, or the connector's settings with the connection's base URL. */
export interface WitLocation {
  baseUrl: string;
  organization: string;
  project: string;
  workItemType: string;
}

/** {base}/{organization}/{project}/_apis/wit, path segments URL-encoded. */
export function witUrl(connection: WitLocation): string {
  return connection.baseUrl + '/' + encodeURIComponent(connection.organization) + '/' + encodeURIComponent(connection.project) + '/_apis/wit';
}

function withQuery(url: string, apiVersion: string, validateOnly?: boolean): string {
  return url + (url.indexOf('?') >= 0 ? '&' : '?') + 'api-version=' + apiVersion + (validateOnly ? '&validateOnly=true' : '');
}

export function createWorkItemUrl(connection: WitLocation, validateOnly?: boolean): string {
  return withQuery(witUrl(connection) + '/workitems/$' + encodeURIComponent(connection.workItemType), API_VERSION, validateOnly);
}

/** Update (PATCH) and read (GET) share this URL. `id` may be a placeholder such as {id} in a dry run. */
export function workItemUrl(connection: WitLocation, id: string, validateOnly?: boolean): string {
  return withQuery(witUrl(connection) + '/workitems/' + id, API_VERSION, validateOnly);
}

/** The comments API is spelled workItems (camel case) in Microsoft's spec. */
export function commentsUrl(connection: WitLocation, id: string): string {
  return withQuery(witUrl(connection) + '/workItems/' + id + '/comments', COMMENTS_API_VERSION);
}

export function attachmentUploadUrl(connection: WitLocation, fileName: string): string {
  return withQuery(witUrl(connection) + '/attachments?fileName=' + encodeURIComponent(fileName), API_VERSION);
}
