// Files attached in Azure DevOps (AttachedFile relations) brought over to the incident. Downloaded first, onto the
// inbox row being processed: the network can fail, and nothing may have changed on the incident when it does (the
// row is retried as a whole). Once every download of a revision succeeded, each file is moved to the incident
// through the attachment API as the app's own write (moveToIncident), and the incident's attachment is recorded on
// the link so no sync sends it back.
//
// Only URLs under the connection's own organization are fetched: the download carries the connection's Azure
// DevOps credentials, and the URL comes from a request body.
import IntegrationLogWriter from '../logging/IntegrationLogWriter';
import { classifyStatus } from '../core/delivery';
import { adoErrorMessage } from '../core/adoError';
import { INBOX_TABLE, INCIDENT_TABLE } from '../core/tables';
import { AzureDevOpsClient } from '../azure-devops/AzureDevOpsClient';
import { API_VERSION, AzureDevOpsConnection } from '../azure-devops/AzureDevOpsConnection';
import { attachmentMaxBytes } from '../sync/settings';
import { isSynced, SyncedIds } from '../model/syncedIds';
import { PAYLOAD_ATTACHMENT_NAME } from '../queue/inboxRows';
import { RemoteAttachment } from './remoteRevision';
import { asOwnWrite } from '../platform/ownWrites';

export interface Download {
  /** sys_attachment on the inbox row, to be moved to the incident */
  attachmentSysId: string;
  fileName: string;
}

export interface DownloadResult {
  downloads: Download[];
  /** set when a download failed in a way a later attempt may fix: nothing was changed on the incident */
  retryError: string;
}

/** The attachment URL when it belongs to the connection's organization (…/{org}/…/_apis/wit/attachments/…), with
 * an api-version added; '' otherwise. */
export function downloadUrl(connection: AzureDevOpsConnection, url: string): string {
  var organizationRoot = (connection.baseUrl + '/' + encodeURIComponent(connection.organization) + '/').toLowerCase();
  if (url.toLowerCase().indexOf(organizationRoot) !== 0 || !/\/_apis\/wit\/attachments\/[^\/?#]+(\?|$)/i.test(url)) return '';
  return /[?&]api-version=/i.test(url) ? url : url + (url.indexOf('?') >= 0 ? '&' : '?') + 'api-version=' + API_VERSION;
}

/** Deletes what an earlier, failed attempt downloaded onto the inbox row. A payload too large for its column is the
 * row's first attachment (written when the event was received): it stays, even if a downloaded file has its name. */
export function clearDownloads(inboxSysId: string): void {
  var gr = new GlideRecord('sys_attachment');
  gr.addQuery('table_name', INBOX_TABLE);
  gr.addQuery('table_sys_id', inboxSysId);
  gr.orderBy('sys_created_on');
  gr.query();
  var first = true;
  while (gr.next()) {
    var payload = first && gr.getValue('file_name') === PAYLOAD_ATTACHMENT_NAME;
    first = false;
    if (!payload) new GlideSysAttachment().deleteAttachment(gr.getUniqueValue());
  }
}

/** GlideSysAttachment - Scoped, the parts used here (c_GlideSysAttachmentScopedAPI.md) */
interface AttachmentApi {
  deleteAttachment(sysId: string): void;
  getContentStream(sysId: string): any;
  writeContentStream(record: GlideRecord, fileName: string, contentType: string, stream: any): string | null;
}
declare var GlideSysAttachment: { new (): AttachmentApi };

/** size_bytes of a stored attachment (0 when unknown). */
function storedSize(attachmentSysId: string): number {
  var gr = new GlideRecord('sys_attachment');
  if (!gr.get(attachmentSysId)) return 0;
  var size = parseInt(gr.getValue('size_bytes') || '0', 10);
  return isNaN(size) ? 0 : size;
}

function skip(log: IntegrationLogWriter, connection: AzureDevOpsConnection, inboxSysId: string, incidentSysId: string, remoteId: string, message: string): void {
  log.write({ direction: 'inbound', outcome: 'skipped', connection: connection.sysId, inbox: inboxSysId, incident: incidentSysId || undefined, remoteId: remoteId, error: message });
}

/** Downloads the files onto the inbox row. Files that can never be fetched (foreign URL, too large, gone: 4xx) are
 * logged and skipped; a failure worth retrying (no answer, 408/429/5xx) stops at once with retryError set. */
export function downloadAttachments(
  client: AzureDevOpsClient,
  connection: AzureDevOpsConnection,
  files: RemoteAttachment[],
  inboxSysId: string,
  incidentSysId: string,
  remoteId: string,
  log: IntegrationLogWriter
): DownloadResult {
  var result: DownloadResult = { downloads: [], retryError: '' };
  if (files.length === 0) return result;
  clearDownloads(inboxSysId);
  var maxBytes = attachmentMaxBytes();
  for (var i = 0; i < files.length; i++) {
    var file = files[i];
    var url = downloadUrl(connection, file.url);
    if (!url) {
      skip(log, connection, inboxSysId, incidentSysId, remoteId, 'Attachment ' + file.fileName + ' not downloaded: its URL is not under the connection\'s organization (' + file.url + ')');
      continue;
    }
    if (file.sizeBytes !== null && file.sizeBytes > maxBytes) {
      skip(log, connection, inboxSysId, incidentSysId, remoteId, 'Attachment ' + file.fileName + ' (' + file.sizeBytes + ' bytes) not downloaded: larger than x_incb_bridge.attachment.max_bytes (' + maxBytes + ')');
      continue;
    }
    var answer = client.send({ operation: 'download', method: 'GET', url: url, headers: { Accept: 'application/octet-stream' }, saveResponseAs: { table: INBOX_TABLE, sysId: inboxSysId, fileName: file.fileName } }, remoteId);
    var kind = classifyStatus(answer.status);
    if (kind === 'retry' || kind === 'conflict') {
      result.retryError = 'Download of attachment ' + file.fileName + ' failed: ' + (answer.status === 0 ? 'No response: ' + (answer.errorMessage || 'transport error') : adoErrorMessage(answer.status, answer.body));
      return result;
    }
    if (kind !== 'ok' || !answer.attachmentSysId) {
      skip(log, connection, inboxSysId, incidentSysId, remoteId, 'Attachment ' + file.fileName + ' not downloaded: ' + adoErrorMessage(answer.status, answer.body));
      continue;
    }
    // The relation did not tell the size: the file is measured once stored, and dropped when too large.
    if (file.sizeBytes === null && storedSize(answer.attachmentSysId) > maxBytes) {
      new GlideSysAttachment().deleteAttachment(answer.attachmentSysId);
      skip(log, connection, inboxSysId, incidentSysId, remoteId, 'Attachment ' + file.fileName + ' not kept: larger than x_incb_bridge.attachment.max_bytes (' + maxBytes + ')');
      continue;
    }
    result.downloads.push({ attachmentSysId: answer.attachmentSysId, fileName: file.fileName });
  }
  return result;
}

/** Moves a downloaded file from the inbox row to the incident through the attachment API (a scoped app may not
 * write sys_attachment rows itself, and the instance's attachment rules must run): a copy attached to the incident
 * as the app's own write (so the app's attachment capture does not send it back), then the download deleted.
 * Returns the incident's new attachment, '' when it could not be made (the download stays for a retry). */
export function moveToIncident(attachmentSysId: string, incidentSysId: string): string {
  var source = new GlideRecord('sys_attachment');
  if (!source.get(attachmentSysId)) return '';
  var incident = new GlideRecord(INCIDENT_TABLE);
  if (!incident.get(incidentSysId)) return '';
  var api = new GlideSysAttachment();
  var fileName = source.getValue('file_name') || '';
  var contentType = source.getValue('content_type') || 'application/octet-stream';
  var copyId = asOwnWrite(incidentSysId, function () {
    return api.writeContentStream(incident, fileName, contentType, api.getContentStream(attachmentSysId));
  });
  if (!copyId) return '';
  api.deleteAttachment(attachmentSysId);
  return copyId;
}

export interface MovedBefore {
  /** the files still to download */
  remaining: RemoteAttachment[];
  /** incident attachments an earlier attempt moved there but did not record on the link */
  attachmentSysIds: string[];
}

/** On a retry: files an earlier attempt already moved to the incident (its worker died before the link recorded
 * them) are on the incident under their name, with their size, not synced, and attached since the row was received
 * (`since`: an earlier attempt moved nothing before it, so a person's older file of the same name and size is never
 * taken for the remote one); those are not downloaded again. A first attempt never asks, so a file a person attaches
 * twice arrives twice. */
export function movedBefore(files: RemoteAttachment[], incidentSysId: string, synced: SyncedIds, since: string): MovedBefore {
  var result: MovedBefore = { remaining: [], attachmentSysIds: [] };
  for (var i = 0; i < files.length; i++) {
    var gr = new GlideRecord('sys_attachment');
    gr.addQuery('table_name', INCIDENT_TABLE);
    gr.addQuery('table_sys_id', incidentSysId);
    gr.addQuery('file_name', files[i].fileName);
    if (files[i].sizeBytes !== null) gr.addQuery('size_bytes', String(files[i].sizeBytes));
    if (since) gr.addQuery('sys_created_on', '>=', since);
    gr.orderBy('sys_created_on');
    gr.orderBy('sys_id');
    gr.query();
    var found = '';
    while (!found && gr.next()) {
      var sysId = gr.getUniqueValue();
      if (!isSynced(synced, sysId) && result.attachmentSysIds.indexOf(sysId) < 0) found = sysId;
    }
    if (found) result.attachmentSysIds.push(found);
    else result.remaining.push(files[i]);
  }
  return result;
}
