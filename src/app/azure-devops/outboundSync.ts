// One delivery of an incident's changes to its Azure DevOps work item, in this order: create the work item (first
// sync) or PATCH the changed fields, then the journal entries not yet sent as comments, then the attachments not
// yet uploaded. Every step that Azure DevOps accepted is recorded on the link right away, so a retry after a failure
// (or a crash) resumes where this one stopped and never sends a thing twice.
import IntegrationLogWriter from '../logging/IntegrationLogWriter';
import { adoErrorMessage } from '../core/adoError';
import { classifyStatus, parseRetryAfter } from '../core/delivery';
import { fingerprint } from '../core/fingerprint';
import { journalCommentHtml } from '../core/journalComment';
import { JsonPatchOp, patchOp } from '../core/jsonPatch';
import { OutboxPayload } from '../core/outboxPayload';
import { buildCreatePatch, buildUpdatePatch, SkippedField } from '../core/workItemPatch';
import { HttpResult } from '../platform/http';
import { mappedValues } from '../platform/mappedValues';
import { AzureDevOpsClient, parseJson } from './AzureDevOpsClient';
import { AzureDevOpsConnection } from './AzureDevOpsConnection';
import { IncidentLink, insertLink, saveLink } from './incidentLink';
import { journalEntryId, pendingAttachments, pendingJournalEntries, snapshotOf } from './incidentSource';
import { attachmentMaxBytes, MAX_REV_TRIES } from './syncSettings';
import { withSyncedId } from './syncedIds';
import { SyncResult } from './syncResult';

/** A failed request as a SyncResult: retryable statuses retry (honouring Retry-After), the rest fail with Azure
 * DevOps' own message; a request held back by the connection's pause defers the delivery. */
export function resultOfFailure(result: HttpResult): SyncResult {
  if (result.pausedMs) return { outcome: 'deferred', httpStatus: 0, retryAfterMs: result.pausedMs, error: result.errorMessage };
  var error = result.status === 0 ? 'No response: ' + (result.errorMessage || 'transport error') : adoErrorMessage(result.status, result.body);
  if (classifyStatus(result.status) !== 'retry') return { outcome: 'failed', httpStatus: result.status, error: error };
  var retry: SyncResult = { outcome: 'retry', httpStatus: result.status, error: error };
  var retryAfter = result.headers['retry-after'];
  if (retryAfter) {
    var delay = parseRetryAfter(retryAfter, new GlideDateTime().getNumericValue());
    if (delay !== null) retry.retryAfterMs = delay;
  }
  return retry;
}

/** Logs each mapped value that has no value map entry: it was left out of the request, never sent raw. */
export function logSkippedFields(log: IntegrationLogWriter, connectionSysId: string, incidentSysId: string, skipped: SkippedField[], dryRun?: boolean): void {
  for (var i = 0; i < skipped.length; i++) {
    log.write({
      direction: 'internal',
      outcome: dryRun ? 'dry_run' : 'skipped',
      dryRun: dryRun === true,
      connection: connectionSysId,
      incident: incidentSysId,
      error: 'Field ' + skipped[i].field + ' (value ' + JSON.stringify(skipped[i].value) + ') not sent: ' + skipped[i].reason,
    });
  }
}

export class OutboundSync {
  private connection: AzureDevOpsConnection;
  private incident: GlideRecord;
  private client: AzureDevOpsClient;
  private log: IntegrationLogWriter;
  private link: IncidentLink | null;
  private sent = false;
  private lastStatus = 0;

  constructor(connection: AzureDevOpsConnection, incident: GlideRecord, link: IncidentLink | null, client: AzureDevOpsClient, log: IntegrationLogWriter) {
    this.connection = connection;
    this.incident = incident;
    this.link = link;
    this.client = client;
    this.log = log;
  }

  run(payload: OutboxPayload): SyncResult {
    var created = false;
    var failure: SyncResult | null;
    var values = mappedValues(this.incident);
    if (!this.link) {
      failure = this.create(fingerprint(values));
      if (failure) return failure;
      created = true;
    } else {
      failure = this.update(payload.changedFields, fingerprint(values));
      if (failure) return failure;
    }
    // A new work item also gets what the incident already had; later syncs send what the payload says is new.
    if (created || payload.journal) {
      failure = this.sendJournal();
      if (failure) return failure;
    }
    failure = this.sendAttachments(created ? null : payload.attachments);
    if (failure) return failure;
    if (!this.sent) return { outcome: 'skipped', error: 'Nothing to send: Azure DevOps already has these values, entries and attachments' };
    return { outcome: 'sent', httpStatus: this.lastStatus };
  }

  private incidentId(): string {
    return this.incident.getUniqueValue();
  }

  private create(valuesFingerprint: string): SyncResult | null {
    var build = buildCreatePatch(snapshotOf(this.incident), this.connection.valueMap);
    logSkippedFields(this.log, this.connection.sysId, this.incidentId(), build.skipped);
    var result = this.client.createWorkItem(build.ops);
    if (classifyStatus(result.status) !== 'ok') return resultOfFailure(result);
    var item = parseJson(result.body);
    if (!item || item.id === undefined || item.id === null) {
      return { outcome: 'failed', httpStatus: result.status, error: 'Azure DevOps answered the create without a work item id' };
    }
    this.accepted(result);
    var links = item._links;
    var link: IncidentLink = {
      sysId: '',
      state: 'linked',
      remoteId: String(item.id),
      remoteUrl: links && links.html && links.html.href ? String(links.html.href) : String(item.url || ''),
      remoteRev: Number(item.rev) || 0,
      lastFingerprint: valuesFingerprint,
      journal: { through: '', ids: [] },
      attachments: { through: '', ids: [] },
    };
    // The link first: should anything below fail, the next try updates this work item instead of creating another.
    insertLink(this.incidentId(), this.connection.sysId, link);
    this.link = link;
    this.writeBack(link);
    return null;
  }

  /** correlation_id, correlation_display and a work note in one update that runs no business rules (so the capture
   * rule does not see our own write); the note is then recorded as synced so it never becomes a comment. */
  private writeBack(link: IncidentLink): void {
    var note = 'Linked to Azure DevOps work item ' + link.remoteId + ': ' + link.remoteUrl;
    this.incident.setValue('correlation_id', link.remoteId);
    this.incident.setValue('correlation_display', this.connection.displayLabel);
    this.incident.setValue('work_notes', note);
    this.incident.setWorkflow(false);
    this.incident.update();
    var noteId = journalEntryId(this.incidentId(), 'work_notes', note);
    if (!noteId) return;
    link.journal = withSyncedId(link.journal, noteId);
    saveLink(link, ['synced_journal_ids']);
  }

  private update(changedFields: string[], valuesFingerprint: string): SyncResult | null {
    var link = this.link as IncidentLink;
    // Azure DevOps already has exactly these values (sent before, or they came from it): nothing to PATCH.
    if (changedFields.length === 0 || valuesFingerprint === link.lastFingerprint) return null;
    var snapshot = snapshotOf(this.incident);
    var valueMap = this.connection.valueMap;
    var skippedLogged = false;
    var log = this.log;
    var connectionSysId = this.connection.sysId;
    var failure = this.patchWithRev(function (rev: number): JsonPatchOp[] {
      var build = buildUpdatePatch(snapshot, changedFields, rev, valueMap);
      if (!skippedLogged) logSkippedFields(log, connectionSysId, snapshot.sys_id, build.skipped);
      skippedLogged = true;
      return build.ops;
    });
    if (failure) return failure;
    link.lastFingerprint = valuesFingerprint;
    saveLink(link, ['remote_rev', 'last_fingerprint']);
    return null;
  }

  /** PATCHes the ops `opsFor(rev)` builds; on 412 (someone changed the work item since our rev) re-reads the rev and
   * tries again, at most MAX_REV_TRIES times. Updates link.remoteRev (not saved). Empty ops: nothing is sent. */
  private patchWithRev(opsFor: (rev: number) => JsonPatchOp[]): SyncResult | null {
    var link = this.link as IncidentLink;
    for (var attempt = 1; attempt <= MAX_REV_TRIES; attempt++) {
      var ops = opsFor(link.remoteRev);
      if (ops.length === 0) return null;
      var result = this.client.updateWorkItem(link.remoteId, ops);
      var kind = classifyStatus(result.status);
      if (kind === 'ok') {
        this.accepted(result);
        var item = parseJson(result.body);
        if (item && item.rev !== undefined) link.remoteRev = Number(item.rev) || link.remoteRev;
        return null;
      }
      if (kind !== 'conflict') return resultOfFailure(result);
      var current = this.client.getWorkItem(link.remoteId);
      if (classifyStatus(current.status) !== 'ok') return resultOfFailure(current);
      var fresh = parseJson(current.body);
      if (!fresh || fresh.rev === undefined) return { outcome: 'retry', httpStatus: current.status, error: 'Azure DevOps answered the re-read without a rev' };
      link.remoteRev = Number(fresh.rev) || link.remoteRev;
    }
    return { outcome: 'retry', httpStatus: 412, error: 'The work item kept changing: its rev was stale ' + MAX_REV_TRIES + ' times in a row' };
  }

  private sendJournal(): SyncResult | null {
    var link = this.link as IncidentLink;
    var entries = pendingJournalEntries(this.incidentId(), this.connection.journalFields, link.journal);
    for (var i = 0; i < entries.length; i++) {
      var result = this.client.addComment(link.remoteId, journalCommentHtml(entries[i]));
      if (classifyStatus(result.status) !== 'ok') return resultOfFailure(result);
      this.accepted(result);
      // Recorded at once: a crash before the next comment must not send this one again.
      link.journal = withSyncedId(link.journal, entries[i].sysId, entries[i].createdOn);
      saveLink(link, ['synced_journal_ids']);
    }
    return null;
  }

  /** Uploads each attachment and links it as AttachedFile (with `test /rev`); `onlyIds` null = all of the incident's. */
  private sendAttachments(onlyIds: string[] | null): SyncResult | null {
    var link = this.link as IncidentLink;
    var pending = pendingAttachments(this.incidentId(), onlyIds, link.attachments);
    var maxBytes = pending.length ? attachmentMaxBytes() : 0;
    for (var i = 0; i < pending.length; i++) {
      var attachment = pending[i];
      if (attachment.sizeBytes > maxBytes) {
        this.log.write({
          direction: 'internal',
          outcome: 'skipped',
          connection: this.connection.sysId,
          incident: this.incidentId(),
          remoteId: link.remoteId,
          error: 'Attachment ' + attachment.fileName + ' (' + attachment.sizeBytes + ' bytes) not uploaded: larger than x_incb_bridge.attachment.max_bytes (' + maxBytes + ')',
        });
        continue;
      }
      var upload = this.client.uploadAttachment(attachment.fileName, attachment.sysId);
      if (classifyStatus(upload.status) !== 'ok') return resultOfFailure(upload);
      var uploaded = parseJson(upload.body);
      if (!uploaded || !uploaded.url) return { outcome: 'failed', httpStatus: upload.status, error: 'Azure DevOps answered the upload of ' + attachment.fileName + ' without a URL' };
      var relation = { rel: 'AttachedFile', url: String(uploaded.url), attributes: { comment: attachment.fileName } };
      var failure = this.patchWithRev(function (rev: number): JsonPatchOp[] {
        return [patchOp('test', '/rev', rev), patchOp('add', '/relations/-', relation)];
      });
      if (failure) return failure;
      link.attachments = withSyncedId(link.attachments, attachment.sysId);
      saveLink(link, ['synced_attachment_ids', 'remote_rev']);
    }
    return null;
  }

  private accepted(result: HttpResult): void {
    this.sent = true;
    this.lastStatus = result.status;
  }
}
