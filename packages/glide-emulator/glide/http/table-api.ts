// The Table API, /api/now[/v1|/v2]/table/{table}[/{sys_id}] (ServiceNowDocs api-reference/rest-apis/c_TableAPI.md).
// Reads and writes go through GlideRecord as the request's user, so before-query, before and after business rules,
// journal entries and defaults happen exactly as for any other write on the instance; ACLs are evaluated here
// (record-access.ts), as the platform does for web services and never for server-side GlideRecord.
// Behaviours chosen where the platform offers more than one, with their source:
// - sysparm_limit (default 10000) is applied BEFORE row ACLs ("This limit is applied before ACL evaluation"), so a
//   page can hold fewer rows than asked; rows the caller may not read are left out, and X-Total-Count is the
//   query's own count, which does not know about row ACLs (KB3047115: "ACLs filter rows after the query runs").
// - GET of one record the caller may not read answers 404 "No Record found", as for a missing one.
// - An invalid sysparm_query makes the real instance drop the bad part (or return no rows); the emulator's query
//   engine refuses it instead, so the API answers 400 with the reason, and a test sees its mistake.
// - A field the caller may not read named in sysparm_query: 403 "Insufficient rights to query records" (what
//   instances answer; the pre-query check uses roles only, exploring-access-control-list.md).
// - Unknown fields in a body are ignored, and so are fields the caller may not write or create, and sys_ fields
//   (sys_id may be given on insert); PUT is PATCH (neither clears the fields it does not name).
// - A before rule's setAbortAction(true): 403 "Operation Failed" with "Error during insert of <table> (<display
//   value>)" (update, delete alike).
// - /v1 answers a query without rows with 404, the default (v2) with 200 and [] ("Version 1 returns error code 404
//   with no results").
// - A table whose web service access is off: 403 "User Not Authorized", the Table API's answer for a table it may not
//   serve (geneva c_TableAPISecurity); the detail wording is the emulator's.
import { parseEncodedQuery } from '../db/encoded-query';
import { parseOutsideJson } from '../services/outsideJson';
import { buildQueryString } from '../services/queryString';
import { HttpContext, errorText } from './http-context';
import { count, flag, param, QueryParams } from './query-params';
import { DisplayMode, RecordJsonOptions, recordJson } from './record-json';
import {
  errorResponse,
  methodNotAllowed,
  noContent,
  operationFailed,
  recordNotFound,
  resultResponse,
  unreadableBody,
} from './responses';
import type { InstanceHttpRequest, InstanceHttpResponse } from './types';

var DEFAULT_LIMIT = 10000;

interface TableRequest {
  ctx: HttpContext;
  req: InstanceHttpRequest;
  table: string;
  /** 'v1', 'v2' or '' (the default, which is v2) */
  version: string;
}

function displayMode(query: QueryParams): DisplayMode {
  var value = (param(query, 'sysparm_display_value') || 'false').toLowerCase();
  return value === 'true' || value === 'all' ? value : 'false';
}

function jsonOptions(t: TableRequest): RecordJsonOptions {
  var fields = param(t.req.query, 'sysparm_fields');
  var names: string[] | null = null;
  if (fields !== null && fields.replace(/\s+/g, '') !== '') {
    names = [];
    var parts = fields.split(',');
    for (var i = 0; i < parts.length; i++) {
      var name = parts[i].trim();
      if (name) names.push(name);
    }
  }
  return {
    displayValue: displayMode(t.req.query),
    excludeReferenceLink: flag(t.req.query, 'sysparm_exclude_reference_link'),
    fields: names,
    baseUrl: t.ctx.baseUrl,
  };
}

/** the record as the caller may see it: only fields its read ACLs allow */
function visibleJson(t: TableRequest, record: any, options: RecordJsonOptions): { [name: string]: any } {
  var access = t.ctx.access;
  var table = t.table;
  return recordJson(record, options, function (field: string) {
    return access.field(table, field, 'read', record);
  });
}

function newRecord(t: TableRequest): any {
  return new t.ctx.glide.GlideRecord(t.table);
}

/** the record by sys_id if it exists and the caller may read it, else null */
function readableRecord(t: TableRequest, sysId: string): any {
  var record = newRecord(t);
  if (!record.get('sys_id', sysId)) return null;
  return t.ctx.access.table(t.table, 'read', record) ? record : null;
}

/** sysparm_query, or the name=value pairs naming fields of the table when there is none */
function encodedQuery(t: TableRequest): string {
  var query = param(t.req.query, 'sysparm_query');
  if (query !== null) return query;
  var probe = newRecord(t);
  var terms: string[] = [];
  for (var name in t.req.query) {
    if (!Object.prototype.hasOwnProperty.call(t.req.query, name) || name.indexOf('sysparm_') === 0) continue;
    if (probe.isValidField(name)) terms.push(name + '=' + param(t.req.query, name));
  }
  return terms.join('^');
}

/** the fields a query filters or sorts on, first segment of dot-walks */
function queriedFields(query: string): string[] {
  var model = parseEncodedQuery(query);
  var fields: string[] = [];
  for (var g = 0; g < model.groups.length; g++) {
    for (var d = 0; d < model.groups[g].length; d++) {
      for (var c = 0; c < model.groups[g][d].length; c++) fields.push(model.groups[g][d][c].field.split('.')[0]);
    }
  }
  for (var o = 0; o < model.orderBy.length; o++) fields.push(model.orderBy[o].field);
  return fields;
}

function invalidQuery(e: any): InstanceHttpResponse {
  return errorResponse(400, 'Invalid query', errorText(e));
}

/** Link header with first/prev/next/last pages, omitted when everything fits in one page */
function pagingLinks(t: TableRequest, offset: number, limit: number, total: number): string | null {
  if (limit <= 0 || total <= limit || flag(t.req.query, 'sysparm_suppress_pagination_header')) return null;
  var ctx = t.ctx;
  var req = t.req;
  function page(at: number, rel: string): string {
    var params: QueryParams = {};
    for (var name in req.query) {
      if (Object.prototype.hasOwnProperty.call(req.query, name) && name !== 'sysparm_offset' && name !== 'sysparm_limit') params[name] = req.query[name];
    }
    params.sysparm_offset = [String(at)];
    params.sysparm_limit = [String(limit)];
    return '<' + ctx.baseUrl + req.path + '?' + buildQueryString(params) + '>;rel="' + rel + '"';
  }
  var links = [page(0, 'first')];
  if (offset > 0) links.push(page(Math.max(0, offset - limit), 'prev'));
  if (offset + limit < total) links.push(page(offset + limit, 'next'));
  links.push(page(Math.floor((total - 1) / limit) * limit, 'last'));
  return links.join(',');
}

function list(t: TableRequest): InstanceHttpResponse {
  var query = encodedQuery(t);
  var fields: string[];
  try {
    fields = queriedFields(query);
  } catch (e) {
    return invalidQuery(e);
  }
  for (var f = 0; f < fields.length; f++) {
    if (!t.ctx.access.fieldByRoles(t.table, fields[f], 'read')) {
      return errorResponse(403, 'Insufficient rights to query records', 'Field(s) present in the query do not have permission to be read');
    }
  }
  var limit = count(t.req.query, 'sysparm_limit', DEFAULT_LIMIT);
  var offset = count(t.req.query, 'sysparm_offset', 0);
  var options = jsonOptions(t);
  var records = newRecord(t);
  var rows: Array<{ [name: string]: any }> = [];
  try {
    records.addEncodedQuery(query);
    records.chooseWindow(offset, offset + limit);
    records.query();
  } catch (e) {
    return invalidQuery(e);
  }
  while (records.next()) {
    if (t.ctx.access.table(t.table, 'read', records)) rows.push(visibleJson(t, records, options));
  }
  if (rows.length === 0 && t.version === 'v1') return recordNotFound();
  var headers: { [name: string]: string } = {};
  if (!flag(t.req.query, 'sysparm_no_count')) {
    var counter = newRecord(t);
    counter.addEncodedQuery(query);
    counter.query();
    var total = counter.getRowCount();
    headers['X-Total-Count'] = String(total);
    var links = pagingLinks(t, offset, limit, total);
    if (links) headers.Link = links;
  }
  return resultResponse(200, rows, headers);
}

function getOne(t: TableRequest, sysId: string): InstanceHttpResponse {
  var record = readableRecord(t, sysId);
  if (!record) return recordNotFound();
  return resultResponse(200, visibleJson(t, record, jsonOptions(t)));
}

/** the body as a JSON object, or null when it is not one */
function bodyObject(req: InstanceHttpRequest): { [name: string]: any } | null {
  var parsed: any;
  try {
    // nested too deeply to parse safely reads as unreadable too (outsideJson.ts)
    parsed = parseOutsideJson(req.body);
  } catch (e) {
    return null;
  }
  return parsed !== null && typeof parsed === 'object' && !(parsed instanceof Array) ? parsed : null;
}

function bodyText(value: any): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Sets the body's fields the caller may set for `operation` (create or write) on the record. */
function applyBody(t: TableRequest, record: any, body: { [name: string]: any }, operation: string): void {
  var asDisplay = flag(t.req.query, 'sysparm_input_display_value');
  for (var name in body) {
    if (!Object.prototype.hasOwnProperty.call(body, name)) continue;
    if (name.indexOf('sys_') === 0 && !(operation === 'create' && name === 'sys_id')) continue;
    if (!record.isValidField(name) || !t.ctx.access.field(t.table, name, operation, record)) continue;
    if (asDisplay) record.getElement(name).setDisplayValue(bodyText(body[name]));
    else record.setValue(name, bodyText(body[name]));
  }
}

function failedWrite(record: any, action: string, table: string): InstanceHttpResponse {
  var lastError = record.getLastErrorMessage();
  return operationFailed(lastError || 'Error during ' + action + ' of ' + table + ' (' + record.getDisplayValue() + ')');
}

/** the written record read back, as the caller may see it */
function writtenJson(t: TableRequest, sysId: string): { [name: string]: any } {
  var record = readableRecord(t, sysId);
  return record ? visibleJson(t, record, jsonOptions(t)) : {};
}

function create(t: TableRequest): InstanceHttpResponse {
  var body = bodyObject(t.req);
  if (!body) return unreadableBody();
  var record = newRecord(t);
  record.initialize();
  applyBody(t, record, body, 'create');
  if (!t.ctx.access.table(t.table, 'create', record)) return operationFailed('ACL Exception Insert Failed due to security constraints');
  var sysId = record.insert();
  if (!sysId) return failedWrite(record, 'insert', t.table);
  return resultResponse(201, writtenJson(t, sysId), { Location: t.ctx.baseUrl + '/api/now/table/' + t.table + '/' + sysId });
}

function update(t: TableRequest, sysId: string): InstanceHttpResponse {
  var body = bodyObject(t.req);
  if (!body) return unreadableBody();
  var record = readableRecord(t, sysId);
  if (!record) return recordNotFound();
  if (!t.ctx.access.table(t.table, 'write', record)) return operationFailed('ACL Exception Update Failed due to security constraints');
  applyBody(t, record, body, 'write');
  if (!record.update()) return failedWrite(record, 'update', t.table);
  return resultResponse(200, writtenJson(t, sysId));
}

function remove(t: TableRequest, sysId: string): InstanceHttpResponse {
  var record = readableRecord(t, sysId);
  if (!record) return recordNotFound();
  if (!t.ctx.access.table(t.table, 'delete', record)) return operationFailed('ACL Exception Delete Failed due to security constraints');
  if (!record.deleteRecord()) return failedWrite(record, 'delete', t.table);
  return noContent();
}

/** `rest` is what follows /table/ in the path: [table] or [table, sys_id] */
export function handleTableApi(
  ctx: HttpContext,
  req: InstanceHttpRequest,
  rest: string[],
  version: string,
  closedTables: { [table: string]: boolean }
): InstanceHttpResponse {
  var table = rest[0] || '';
  if (!ctx.glide.gs.tableExists(table)) return errorResponse(400, 'Invalid table ' + table, 'Table ' + table + ' does not exist');
  if (Object.prototype.hasOwnProperty.call(closedTables, table)) {
    return errorResponse(403, 'User Not Authorized', 'Web service access to table ' + table + ' is not allowed');
  }
  var t: TableRequest = { ctx: ctx, req: req, table: table, version: version };
  var method = req.method.toUpperCase();
  if (rest.length === 1) {
    if (method === 'GET') return list(t);
    if (method === 'POST') return create(t);
    return methodNotAllowed(method);
  }
  var sysId = rest[1];
  if (method === 'GET') return getOne(t, sysId);
  if (method === 'PUT' || method === 'PATCH') return update(t, sysId);
  if (method === 'DELETE') return remove(t, sysId);
  return methodNotAllowed(method);
}
