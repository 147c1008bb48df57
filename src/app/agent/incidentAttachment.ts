// GET /incidents/{id}/attachments/{attachment_id}: one attachment of the incident, sent as its bytes. Agents cannot
// use the Attachment API (/api/now/attachment/{sys_id}/file) for it: that needs read access to the record the file
// belongs to, and the agent role grants no incident access by design. So the app reads the file for them, the way
// it reads the incident: only an attachment of THAT incident (table_name incident, table_sys_id its sys_id) is
// found, and any other sys_id, another record's attachment included, is the same 404 as one that does not exist,
// so the route tells nothing about the files of other records.
// The metadata comes from sys_attachment (the app's read privilege on it); the bytes from
// GlideSysAttachment.getContentStream, written with the response's stream writer after status, content type and
// headers, which cannot change once the first byte is written (RESTAPIResponseStream - Scoped).
import { contentDisposition, downloadContentType } from '../core/downloadHeaders';
import { ApiError, badRequest, notFound } from './apiError';
import { INCIDENT_TABLE } from '../core/tables';

var ATTACHMENT_TABLE = 'sys_attachment';
var SYS_ID = /^[0-9a-fA-F]{32}$/;

/** GlideSysAttachment - Scoped, the part used here (c_GlideSysAttachmentScopedAPI.md) */
interface AttachmentContent {
  getContentStream(sysId: string): any;
}
declare var GlideSysAttachment: { new (): AttachmentContent };

export interface IncidentAttachment {
  sysId: string;
  file_name: string;
  content_type: string;
}

/** The 400 for an {attachment_id} that is not a sys_id, or null; checked before any query, like the incident's id. */
export function invalidAttachmentId(id: string): ApiError | null {
  if (SYS_ID.test(String(id === undefined || id === null ? '' : id))) return null;
  return badRequest('Invalid attachment id', 'Give the sys_id of one of the incident\'s attachments (32 hexadecimal characters), as listed in its attachments');
}

/** The attachment with that sys_id among the incident's own, or the 404 (also for another record's attachment). */
export function findIncidentAttachment(incident: GlideRecord, attachmentId: string): { attachment?: IncidentAttachment; error?: ApiError } {
  var sysId = String(attachmentId).toLowerCase();
  var gr = new GlideRecord(ATTACHMENT_TABLE);
  gr.addQuery('sys_id', sysId);
  gr.addQuery('table_name', INCIDENT_TABLE);
  gr.addQuery('table_sys_id', incident.getUniqueValue());
  gr.setLimit(1);
  gr.query();
  if (!gr.next()) return { error: notFound('No attachment ' + sysId + ' on incident ' + incident.getValue('number')) };
  return { attachment: { sysId: gr.getUniqueValue(), file_name: gr.getValue('file_name') || '', content_type: gr.getValue('content_type') || '' } };
}

/** Sends the attachment's bytes: 200, its stored content type, a Content-Disposition with its name. The content is
 * opened first, so a file whose bytes cannot be read is still a 404 in the error JSON (nothing written yet). */
export function sendAttachment(response: RESTAPIResponse, attachment: IncidentAttachment): ApiError | null {
  var stream = new GlideSysAttachment().getContentStream(attachment.sysId);
  if (!stream) return notFound('The content of attachment ' + attachment.sysId + ' cannot be read');
  response.setStatus(200);
  response.setContentType(downloadContentType(attachment.content_type));
  response.setHeader('Content-Disposition', contentDisposition(attachment.file_name));
  // the stored type is the uploader's word: a client must not sniff a "text/plain" file into HTML
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.getStreamWriter().writeStream(stream);
  return null;
}
