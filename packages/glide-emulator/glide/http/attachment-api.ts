// The Attachment API, /api/now[/v1]/attachment (ServiceNowDocs api-reference/rest-apis/c_AttachmentAPI.md), over the
// emulator's attachment store through GlideSysAttachment, as the request's user:
//   GET    /attachment                 metadata list (sysparm_query on sys_attachment, sysparm_limit 1000, sysparm_offset)
//   POST   /attachment/file?table_name=&table_sys_id=&file_name=   raw body; Content-Type is the file's type; 201
//   POST   /attachment/upload          multipart/form-data: table_name, table_sys_id, then the file part; 201
//   GET    /attachment/{sys_id}        metadata, with download_link
//   GET    /attachment/{sys_id}/file   the bytes, with the stored content type
//   DELETE /attachment/{sys_id}        204
// Access follows the parent record ("must also have any roles required to read and write records on the target
// table"): reading needs read on the parent, attaching and deleting need write on it. An attachment whose parent
// the caller may not read does not exist for it (404; left out of lists).
// Wording of the 400s for missing parameters or Content-Type is the emulator's; the statuses are the documented ones.
import { bytesToBase64 } from '../services/base64';
import { utf8Encode } from '../services/utf8';
import { HttpContext, errorText } from './http-context';
import { multipartBoundary, parseMultipartForm } from './multipart-form';
import { count, param } from './query-params';
import {
  errorResponse,
  methodNotAllowed,
  noContent,
  operationFailed,
  recordNotFound,
  resultResponse,
  unknownResource,
} from './responses';
import type { InstanceHttpRequest, InstanceHttpResponse } from './types';

var DEFAULT_LIMIT = 1000;

/** the fields of the documented response object, in the documented order */
var METADATA_FIELDS = [
  'average_image_color', 'compressed', 'content_type', 'created_by_name', 'download_link', 'file_name', 'image_height',
  'image_width', 'size_bytes', 'size_compressed', 'sys_created_by', 'sys_created_on', 'sys_id', 'sys_mod_count',
  'sys_tags', 'sys_updated_by', 'sys_updated_on', 'table_name', 'table_sys_id', 'updated_by_name',
];

/** the parent record if the table exists and the caller may read the record, else null */
function readableParent(ctx: HttpContext, table: string, sysId: string): any {
  if (!table || !ctx.glide.gs.tableExists(table)) return null;
  var parent = new ctx.glide.GlideRecord(table);
  if (!parent.get('sys_id', sysId)) return null;
  return ctx.access.table(table, 'read', parent) ? parent : null;
}

function userDisplayName(ctx: HttpContext, userName: string): string {
  var user = new ctx.glide.GlideRecord('sys_user');
  return userName && user.get('user_name', userName) ? user.getValue('name') || userName : userName;
}

function metadata(ctx: HttpContext, attachment: any): { [name: string]: string } {
  var out: { [name: string]: string } = {};
  for (var i = 0; i < METADATA_FIELDS.length; i++) {
    var name = METADATA_FIELDS[i];
    out[name] = attachment.isValidField(name) ? attachment.getElement(name).toString() : '';
  }
  out.download_link = ctx.baseUrl + '/api/now/attachment/' + out.sys_id + '/file';
  out.created_by_name = userDisplayName(ctx, out.sys_created_by);
  out.updated_by_name = userDisplayName(ctx, out.sys_updated_by);
  return out;
}

/** the attachment record if it exists and the caller may read its parent, else null */
function readableAttachment(ctx: HttpContext, sysId: string): any {
  var attachment = new ctx.glide.GlideRecord('sys_attachment');
  if (!attachment.get('sys_id', sysId)) return null;
  return readableParent(ctx, attachment.getValue('table_name') || '', attachment.getValue('table_sys_id') || '') ? attachment : null;
}

function list(ctx: HttpContext, req: InstanceHttpRequest): InstanceHttpResponse {
  var offset = count(req.query, 'sysparm_offset', 0);
  var limit = count(req.query, 'sysparm_limit', DEFAULT_LIMIT);
  var attachments = new ctx.glide.GlideRecord('sys_attachment');
  try {
    attachments.addEncodedQuery(param(req.query, 'sysparm_query') || '');
    attachments.chooseWindow(offset, offset + limit);
    attachments.query();
  } catch (e) {
    return errorResponse(400, 'Invalid query', errorText(e));
  }
  var out: Array<{ [name: string]: string }> = [];
  while (attachments.next()) {
    if (readableParent(ctx, attachments.getValue('table_name') || '', attachments.getValue('table_sys_id') || '')) out.push(metadata(ctx, attachments));
  }
  return resultResponse(200, out);
}

/** Attaches the bytes to the parent record, as the caller: 404 when it may not read the parent, 403 when it may not
 * write it. */
function attach(ctx: HttpContext, table: string, tableSysId: string, fileName: string, contentType: string, base64: string): InstanceHttpResponse {
  var parent = readableParent(ctx, table, tableSysId);
  if (!parent) return recordNotFound();
  if (!ctx.access.table(table, 'write', parent)) return operationFailed('ACL Exception Insert Failed due to security constraints');
  var sysId = new ctx.glide.GlideSysAttachment().writeBase64(parent, fileName, contentType, base64);
  var attachment = new ctx.glide.GlideRecord('sys_attachment');
  attachment.get('sys_id', sysId);
  return resultResponse(201, metadata(ctx, attachment), { Location: ctx.baseUrl + '/api/now/attachment/' + sysId });
}

function missing(name: string): InstanceHttpResponse {
  return errorResponse(400, 'Missing parameter: ' + name, null);
}

/** POST /attachment/file: the raw body is the file, described by the query parameters and Content-Type */
function uploadFile(ctx: HttpContext, req: InstanceHttpRequest): InstanceHttpResponse {
  var names = ['table_name', 'table_sys_id', 'file_name'];
  for (var i = 0; i < names.length; i++) if (!param(req.query, names[i])) return missing(names[i]);
  var contentType = req.headers['content-type'];
  if (!contentType) return errorResponse(400, 'Content-Type header is required: it is the type of the file', null);
  var base64 = req.bodyBase64 !== undefined ? req.bodyBase64 : bytesToBase64(utf8Encode(req.body));
  return attach(ctx, param(req.query, 'table_name') as string, param(req.query, 'table_sys_id') as string, param(req.query, 'file_name') as string, contentType, base64);
}

/** POST /attachment/upload: table_name and table_sys_id as form fields, then the file part */
function uploadForm(ctx: HttpContext, req: InstanceHttpRequest): InstanceHttpResponse {
  var boundary = multipartBoundary(req.headers['content-type'] || '');
  var form = boundary ? parseMultipartForm(boundary, req.bodyBase64, req.body) : null;
  if (!form) return errorResponse(400, 'Request body is not multipart/form-data', null);
  if (!form.fields.table_name) return missing('table_name');
  if (!form.fields.table_sys_id) return missing('table_sys_id');
  if (!form.file) return missing('file');
  return attach(ctx, form.fields.table_name, form.fields.table_sys_id, form.file.fileName, form.file.contentType, form.file.base64);
}

function download(ctx: HttpContext, sysId: string): InstanceHttpResponse {
  var attachment = readableAttachment(ctx, sysId);
  if (!attachment) return recordNotFound();
  var meta = metadata(ctx, attachment);
  var content = new ctx.glide.GlideSysAttachment().getContentBase64(sysId) || '';
  return {
    status: 200,
    headers: { 'Content-Type': meta.content_type || 'application/octet-stream', 'X-Attachment-Metadata': JSON.stringify(meta) },
    body: '',
    bodyBase64: content,
  };
}

function remove(ctx: HttpContext, sysId: string): InstanceHttpResponse {
  var attachment = readableAttachment(ctx, sysId);
  if (!attachment) return recordNotFound();
  var table = attachment.getValue('table_name') as string;
  var parent = readableParent(ctx, table, attachment.getValue('table_sys_id') as string);
  if (!ctx.access.table(table, 'write', parent)) return operationFailed('ACL Exception Delete Failed due to security constraints');
  new ctx.glide.GlideSysAttachment().deleteAttachment(sysId);
  return noContent();
}

/** `rest` is what follows /attachment in the path */
export function handleAttachmentApi(ctx: HttpContext, req: InstanceHttpRequest, rest: string[]): InstanceHttpResponse {
  var method = req.method.toUpperCase();
  if (rest.length === 0) return method === 'GET' ? list(ctx, req) : methodNotAllowed(method);
  if (rest.length === 1 && rest[0] === 'file') return method === 'POST' ? uploadFile(ctx, req) : methodNotAllowed(method);
  if (rest.length === 1 && rest[0] === 'upload') return method === 'POST' ? uploadForm(ctx, req) : methodNotAllowed(method);
  if (rest.length === 1) {
    if (method === 'GET') {
      var attachment = readableAttachment(ctx, rest[0]);
      return attachment ? resultResponse(200, metadata(ctx, attachment)) : recordNotFound();
    }
    return method === 'DELETE' ? remove(ctx, rest[0]) : methodNotAllowed(method);
  }
  if (rest.length === 2 && rest[1] === 'file') return method === 'GET' ? download(ctx, rest[0]) : methodNotAllowed(method);
  return unknownResource();
}
