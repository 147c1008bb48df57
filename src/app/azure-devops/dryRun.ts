// A dry run ("test run") for one incident and connection: the exact requests a sync would send now, built from the
// current state, logged with dry_run=true and returned; nothing on the instance changes except those log rows.
// With validateOnly the create or update goes to Azure DevOps with validateOnly=true (it checks, stores nothing)
// and its answer is returned too; comments and uploads have no such mode and are never sent.
// A linked incident's dry run updates every mapped field (there is no change set outside a save), at the link's rev.
import IntegrationLogWriter from '../logging/IntegrationLogWriter';
import { outboundFieldNames } from '../core/fieldMap';
import { journalCommentHtml } from '../core/journalComment';
import { patchOp } from '../core/jsonPatch';
import { buildCreatePatch, buildUpdatePatch, PatchBuild } from '../core/workItemPatch';
import { AdoRequest, AzureDevOpsClient } from './AzureDevOpsClient';
import { AzureDevOpsConnection } from './AzureDevOpsConnection';
import { Link } from '../model/link';
import { pendingAttachments, pendingJournalEntries, snapshotOf } from '../sync/incidentSource';
import { logSkippedFields } from './outboundSync';
import { attachmentMaxBytes } from '../sync/settings';
import { DryRunResult } from '../sync/dryRunResult';

/** Stand-ins for values only known once earlier requests were sent. */
export var NEW_WORK_ITEM_ID = '{id}';
export var UPLOADED_ATTACHMENT_URL = '{attachmentUrl}';
export var CURRENT_REV = '{rev}';

export function buildDryRun(connection: AzureDevOpsConnection, incident: GlideRecord, link: Link | null, validateOnly: boolean, client: AzureDevOpsClient, log: IntegrationLogWriter): DryRunResult {
  var snapshot = snapshotOf(incident);
  var fields: { [snField: string]: string } = {};
  for (var m = 0; m < connection.fieldMap.length; m++) fields[connection.fieldMap[m].sn] = connection.fieldMap[m].remote;
  var result: DryRunResult = { fields: fields, requests: [], skipped: [] };
  if (validateOnly) result.responses = [];

  function add(request: AdoRequest, remoteId: string, validate: boolean) {
    var index = result.requests.length;
    result.requests.push({ method: request.method, url: request.url, headers: request.headers, body: request.body !== undefined ? request.body : request.bodyDescription || '' });
    if (!validate) {
      client.logUnsent(request, remoteId);
      return;
    }
    var response = client.send(request, remoteId, true);
    result.responses!.push({ request: index, status: response.status, body: response.status === 0 ? response.errorMessage || '' : response.body });
  }

  var build: PatchBuild;
  var remoteId = link ? link.remoteId : NEW_WORK_ITEM_ID;
  if (!link) {
    build = buildCreatePatch(snapshot, connection.valueMap, connection.fieldMap);
    add(client.createRequest(build.ops, validateOnly), '', validateOnly);
  } else {
    build = buildUpdatePatch(snapshot, outboundFieldNames(), link.remoteRev, connection.valueMap, connection.fieldMap);
    if (build.ops.length > 0) add(client.updateRequest(link.remoteId, build.ops, validateOnly), link.remoteId, validateOnly);
  }
  result.skipped = build.skipped;
  logSkippedFields(log, connection.sysId, snapshot.sysId, build.skipped, true);

  var synced = link ? link.journal : { through: '', ids: [] };
  var entries = pendingJournalEntries(snapshot.sysId, connection.journalFields, synced);
  for (var i = 0; i < entries.length; i++) add(client.commentRequest(remoteId, journalCommentHtml(entries[i])), remoteId, false);

  var attachments = pendingAttachments(snapshot.sysId, null, link ? link.attachments : { through: '', ids: [] });
  var maxBytes = attachmentMaxBytes();
  for (var j = 0; j < attachments.length; j++) {
    if (attachments[j].sizeBytes > maxBytes) continue;
    add(client.uploadRequest(attachments[j].fileName, attachments[j].sysId), '', false);
    var linkOps = [patchOp('test', '/rev', CURRENT_REV), patchOp('add', '/relations/-', { rel: 'AttachedFile', url: UPLOADED_ATTACHMENT_URL, attributes: { comment: attachments[j].fileName } })];
    add(client.updateRequest(remoteId, linkOps), remoteId, false);
  }
  return result;
}
