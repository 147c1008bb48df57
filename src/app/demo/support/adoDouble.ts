// The Azure DevOps test double: scripted REST routes of this instance that answer the work item requests Incident
// Bridge sends as Azure DevOps Services (WIT REST 7.1) answers them, so the outbound flow (create, write-back,
// comments) can be shown on an instance with no Azure DevOps organization. Shipped as demo data only: a production
// install never has it (docs/guides/verify-on-your-instance.md says how to remove it). It keeps nothing: each
// answer is made from the request (a created work item gets a new id and revision 1, an update the revision after the
// one its `test /rev` operation names), and a work item it is asked to read does not exist (404), which is true of
// a double that keeps nothing.
// Answers are written as raw JSON (Azure DevOps bodies are not wrapped in {"result": ...} as setBody would wrap them).

import { parseJsonOrNull } from '../../core/jsonNesting';

/** The identity the double's work items are changed by. */
export var DOUBLE_IDENTITY = { displayName: 'Incident Bridge test double', uniqueName: 'ado-double@incident-bridge-atf.invalid', id: '00000000-0000-0000-0000-00000000d0b1' };

interface PatchOp {
  op: string;
  path: string;
  value?: any;
}

function send(response: RESTAPIResponse, status: number, body: any): void {
  response.setStatus(status);
  response.setContentType('application/json');
  response.getStreamWriter().writeString(JSON.stringify(body));
}

/** Azure DevOps' own error body (message and typeKey), with its status. */
function refuse(response: RESTAPIResponse, status: number, message: string, typeKey: string): void {
  send(response, status, { '$id': '1', innerException: null, message: message, typeName: 'Microsoft.TeamFoundation.WorkItemTracking.Server.' + typeKey + ', Microsoft.TeamFoundation.WorkItemTracking.Server', typeKey: typeKey, errorCode: 0, eventId: 3200 });
}

/** the body as JSON, through the app's bounded parser (null when it is not JSON or nests too deep) */
function readBody(request: RESTAPIRequest): any {
  return parseJsonOrNull(request.body.dataString);
}

function isPatch(value: any): boolean {
  if (Object.prototype.toString.call(value) !== '[object Array]' || value.length === 0) return false;
  for (var i = 0; i < value.length; i++) if (!value[i] || typeof value[i].op !== 'string' || typeof value[i].path !== 'string') return false;
  return true;
}

function now(): string {
  var gdt = new GlideDateTime();
  return gdt.getValue().replace(' ', 'T') + 'Z';
}

function itemUrls(request: RESTAPIRequest, id: number): { url: string; html: string } {
  // .../{organization}/{project}/_apis/wit/... : the work item's API and web addresses under the same prefix
  var at = request.url.indexOf('/_apis/wit/');
  var project = at >= 0 ? request.url.substring(0, at) : request.url;
  return { url: project + '/_apis/wit/workItems/' + id, html: project + '/_workitems/edit/' + id };
}

function workItem(request: RESTAPIRequest, id: number, rev: number, fields: { [name: string]: any }): any {
  var urls = itemUrls(request, id);
  fields['System.Id'] = id;
  fields['System.Rev'] = rev;
  fields['System.ChangedBy'] = DOUBLE_IDENTITY;
  fields['System.ChangedDate'] = now();
  return { id: id, rev: rev, fields: fields, relations: [], _links: { self: { href: urls.url }, html: { href: urls.html } }, url: urls.url };
}

/** the field values the patch adds or replaces (the double keeps them only for its answer) */
function fieldsOf(ops: PatchOp[]): { [name: string]: any } {
  var fields: { [name: string]: any } = {};
  for (var i = 0; i < ops.length; i++) {
    var m = /^\/fields\/(.+)$/.exec(ops[i].path);
    if (m && (ops[i].op === 'add' || ops[i].op === 'replace')) fields[m[1]] = ops[i].value;
  }
  return fields;
}

function positiveId(text: string): number {
  return /^[1-9][0-9]{0,9}$/.test(text) && Number(text) <= 2147483647 ? Number(text) : 0;
}

/** POST .../_apis/wit/workitems/${type}: a new work item, revision 1, with a new id. */
export function createWorkItem(request: RESTAPIRequest, response: RESTAPIResponse): void {
  var ops = readBody(request);
  if (!isPatch(ops)) return refuse(response, 400, 'You must pass a valid patch document in the body of the request.', 'VssPropertyValidationException');
  var fields = fieldsOf(ops);
  if (!fields['System.Title']) return refuse(response, 400, 'TF401320: Rule Error for field Title. Error code: Required, HasValues, LimitedToValues, AllowsOldValue, InvalidEmpty.', 'RuleValidationException');
  fields['System.WorkItemType'] = String(request.pathParams.type || '').replace(/^\$/, '');
  if (!fields['System.State']) fields['System.State'] = 'To Do';
  fields['System.CreatedBy'] = DOUBLE_IDENTITY;
  var id = parseInt(gs.generateGUID().substring(0, 7), 16) + 1;
  send(response, 200, workItem(request, id, 1, fields));
}

/** PATCH .../_apis/wit/workitems/{id}: the work item at the revision after the one the patch tests. */
export function updateWorkItem(request: RESTAPIRequest, response: RESTAPIResponse): void {
  var id = positiveId(request.pathParams.id || '');
  if (!id) return refuse(response, 400, 'The work item id must be a positive number', 'ArgumentException');
  var ops = readBody(request);
  if (!isPatch(ops)) return refuse(response, 400, 'You must pass a valid patch document in the body of the request.', 'VssPropertyValidationException');
  var rev = 1;
  for (var i = 0; i < ops.length; i++) if (ops[i].op === 'test' && ops[i].path === '/rev' && typeof ops[i].value === 'number') rev = ops[i].value;
  send(response, 200, workItem(request, id, rev + 1, fieldsOf(ops)));
}

/** GET .../_apis/wit/workitems/{id}: the double keeps no work item. */
export function readWorkItem(request: RESTAPIRequest, response: RESTAPIResponse): void {
  refuse(response, 404, 'TF401232: Work item ' + (request.pathParams.id || '') + ' does not exist, or you do not have permissions to read it.', 'WorkItemUnauthorizedAccessException');
}

/** POST .../_apis/wit/workItems/{id}/comments: the comment as Azure DevOps stores it. */
export function addComment(request: RESTAPIRequest, response: RESTAPIResponse): void {
  var id = positiveId(request.pathParams.id || '');
  var body = readBody(request);
  if (!id || !body || typeof body.text !== 'string' || body.text === '') return refuse(response, 400, 'The comment text is required', 'ArgumentException');
  var urls = itemUrls(request, id);
  send(response, 200, { workItemId: id, id: 1, version: 1, text: body.text, createdBy: DOUBLE_IDENTITY, createdDate: now(), modifiedBy: DOUBLE_IDENTITY, modifiedDate: now(), url: urls.url + '/comments/1' });
}
