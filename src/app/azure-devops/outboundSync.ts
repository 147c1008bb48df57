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
import { asOwnWrite } from '../platform/ownWrites';
import { AzureDevOpsClient } from './AzureDevOpsClient';
import { parseJsonOrNull } from '../core/jsonNesting';
import { AzureDevOpsConnection } from './AzureDevOpsConnection';
import { deleteLink, insertLink, Link, LinkColumn, newLink, saveLink } from '../model/link';
import { INCIDENT_TABLE } from '../core/tables';
import { pendingAttachments, pendingJournalEntries, PendingJournalEntry, snapshotOf } from '../sync/incidentSource';
import { beforeJournalWrite, writtenJournalEntry } from '../platform/journalWrites';
import { attachmentMaxBytes, MAX_REV_TRIES } from '../sync/settings';
import { isDoubtful, withDoubtfulId, withSyncedId } from '../model/syncedIds';
import { SyncResult } from '../sync/deliveryResult';
import { findCreatedWorkItem, readAttachedFileNames, readCommentTexts, webUrlOf } from './workItemLookup';
import { outboundFieldNames } from '../core/fieldMap';

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

/** A lookup for an earlier create that could not be completed: retry later (creating now could duplicate). */
function lookupFailure(result: HttpResult): SyncResult {
  if (classifyStatus(result.status) === 'ok') {
    return { outcome: 'retry', httpStatus: result.status, error: 'Azure DevOps answered the work item lookup with an unreadable body' };
  }
  return resultOfFailure(result);
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
  private link: Link | null;
  private sent = false;
  private lastStatus = 0;

  constructor(connection: AzureDevOpsConnection, incident: GlideRecord, link: Link | null, client: AzureDevOpsClient, log: IntegrationLogWriter) {
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
    if (!this.link || !this.link.remoteId) {
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

  /** The first sync: creates the work item, ONCE. A pending link (no remote id) is written before the POST; it
   * stays when the answer is lost (no answer, 5xx, a body without an id), so the next attempt looks the work item up
   * before it creates again (workItemLookup.ts), and adopts it when Azure DevOps made it after all. */
  private create(valuesFingerprint: string): SyncResult | null {
    var snapshot = snapshotOf(this.incident);
    if (this.link) {
      var found = findCreatedWorkItem(this.connection, this.client, snapshot.number, snapshot.url);
      if (found.failed) return lookupFailure(found.failed);
      if (found.item) return this.adopt(found.item);
    } else {
      // A refused insert throws: the pending link is what makes a lost create's retry look for the work item
      // instead of creating a second one, so no create goes out without it.
      this.link = newLink(this.incidentId(), this.connection.sysId);
      var pending: LinkColumn[] = ['remote_id', 'remote_url', 'remote_rev', 'last_fingerprint', 'synced_journal_ids', 'synced_attachment_ids'];
      if (!insertLink(this.link, pending)) throw new Error('Could not insert the link of incident ' + this.incidentId() + ' (the insert was refused)');
    }
    var build = buildCreatePatch(snapshot, this.connection.valueMap, this.connection.fieldMap);
    logSkippedFields(this.log, this.connection.sysId, this.incidentId(), build.skipped);
    var result = this.client.createWorkItem(build.ops);
    if (classifyStatus(result.status) !== 'ok') {
      // Refused (any 4xx, rate limiting included: Azure DevOps turned the request away before carrying it out) or
      // held back unsent: no work item can exist, so the next attempt need not look for one. No answer or a 5xx:
      // it may exist.
      if ((result.status >= 400 && result.status <= 499) || result.pausedMs) {
        deleteLink(this.link, 'the pending link of a refused create');
        this.link = null;
      }
      return resultOfFailure(result);
    }
    var item = parseJsonOrNull(result.body);
    if (!item || item.id === undefined || item.id === null) {
      return { outcome: 'retry', httpStatus: result.status, error: 'Azure DevOps answered the create without a work item id (it may have created one: the next attempt looks it up)' };
    }
    this.accepted(result);
    this.linkTo(item, valuesFingerprint);
    return null;
  }

  /** Takes over the work item an earlier, unanswered create made, then brings all its mapped fields up to date (what
   * it holds is what the incident had back then). */
  private adopt(item: any): SyncResult | null {
    this.linkTo(item, '');
    this.log.write({
      direction: 'internal',
      outcome: 'success',
      connection: this.connection.sysId,
      incident: this.incidentId(),
      remoteId: String(item.id),
      error: 'Adopted work item ' + item.id + ', created by an earlier attempt whose answer was lost, instead of creating another',
    });
    this.sent = true;
    this.lastStatus = 200;
    return this.update(outboundFieldNames(), fingerprint(mappedValues(this.incident)));
  }

  /** Completes the pending link with the work item and writes back to the incident. */
  private linkTo(item: any, valuesFingerprint: string): void {
    var link = this.link as Link;
    link.remoteId = String(item.id);
    link.remoteUrl = webUrlOf(item);
    link.remoteRev = Number(item.rev) || 0;
    link.lastFingerprint = valuesFingerprint;
    saveLink(link, ['remote_id', 'remote_url', 'remote_rev', 'last_fingerprint']);
    this.writeBack(link);
  }

  /** correlation_id, correlation_display and a work note in one update, with the instance's business rules running
   * as on any save; as the app's own write (ownWrites.ts), so the app's capture rules send nothing for it. The note
   * is then recorded as synced so it never becomes a comment. A refused update leaves the link as it is (the work
   * item is linked) and says so in the log. */
  private writeBack(link: Link): void {
    var note = 'Linked to Azure DevOps work item ' + link.remoteId + ': ' + link.remoteUrl;
    var incident = this.incident;
    incident.setValue('correlation_id', link.remoteId);
    incident.setValue('correlation_display', this.connection.displayLabel);
    // The note's own entry, found exactly: the same words may be on the incident already (a link made again).
    var write = beforeJournalWrite(INCIDENT_TABLE, this.incidentId(), 'work_notes', note);
    incident.setValue('work_notes', note);
    var saved = asOwnWrite(this.incidentId(), function () {
      return incident.update();
    });
    if (!saved) {
      this.log.write({
        direction: 'internal',
        outcome: 'failure',
        connection: this.connection.sysId,
        incident: this.incidentId(),
        remoteId: link.remoteId,
        error: 'Work item ' + link.remoteId + ' is linked, but the incident could not be updated with its correlation_id and work note: ' + (incident.getLastErrorMessage() || 'the update was refused (a business rule, an ACL or a cross-scope access rule)'),
      });
      return;
    }
    var noteId = writtenJournalEntry(write);
    if (!noteId) return;
    link.journal = withSyncedId(link.journal, noteId);
    saveLink(link, ['synced_journal_ids']);
  }

  private update(changedFields: string[], valuesFingerprint: string): SyncResult | null {
    var link = this.link as Link;
    // Azure DevOps already has exactly these values (sent before, or they came from it): nothing to PATCH.
    if (changedFields.length === 0 || valuesFingerprint === link.lastFingerprint) return null;
    var snapshot = snapshotOf(this.incident);
    var valueMap = this.connection.valueMap;
    var fieldMap = this.connection.fieldMap;
    var skippedLogged = false;
    var log = this.log;
    var connectionSysId = this.connection.sysId;
    var failure = this.patchWithRev(function (rev: number): JsonPatchOp[] {
      var build = buildUpdatePatch(snapshot, changedFields, rev, valueMap, fieldMap);
      if (!skippedLogged) logSkippedFields(log, connectionSysId, snapshot.sysId, build.skipped);
      skippedLogged = true;
      return build.ops;
    });
    if (failure) return failure;
    link.lastFingerprint = valuesFingerprint;
    saveLink(link, ['remote_rev', 'last_fingerprint']);
    return null;
  }

  /** PATCHes the ops `opsFor(rev)` builds; on 412 (someone changed the work item since our rev) re-reads the rev and
   * tries again, at most MAX_REV_TRIES times. Updates link.remoteRev (saved only after a re-read: the caller saves the
   * rev of a PATCH it accepted). Empty ops: nothing is sent. */
  private patchWithRev(opsFor: (rev: number) => JsonPatchOp[]): SyncResult | null {
    var link = this.link as Link;
    for (var attempt = 1; attempt <= MAX_REV_TRIES; attempt++) {
      var ops = opsFor(link.remoteRev);
      if (ops.length === 0) return null;
      var result = this.client.updateWorkItem(link.remoteId, ops);
      var kind = classifyStatus(result.status);
      if (kind === 'ok') {
        this.accepted(result);
        var item = parseJsonOrNull(result.body);
        if (item && item.rev !== undefined) link.remoteRev = Number(item.rev) || link.remoteRev;
        return null;
      }
      if (kind !== 'conflict') return resultOfFailure(result);
      var current = this.client.getWorkItem(link.remoteId);
      if (classifyStatus(current.status) !== 'ok') return resultOfFailure(current);
      var fresh = parseJsonOrNull(current.body);
      if (!fresh || fresh.rev === undefined) return { outcome: 'retry', httpStatus: current.status, error: 'Azure DevOps answered the re-read without a rev' };
      link.remoteRev = Number(fresh.rev) || link.remoteRev;
      // Kept at once: should the PATCH that follows fail (5xx, timeout), the next attempt starts from this rev
      // instead of meeting the same 412 again.
      saveLink(link, ['remote_rev']);
    }
    return { outcome: 'retry', httpStatus: 412, error: 'The work item kept changing: its rev was stale ' + MAX_REV_TRIES + ' times in a row' };
  }

  private sendJournal(): SyncResult | null {
    var link = this.link as Link;
    var entries = pendingJournalEntries(this.incidentId(), this.connection.journalFields, link.journal);
    var onAzureDevOps: string[] | null = null;
    for (var i = 0; i < entries.length; i++) {
      var html = journalCommentHtml(entries[i]);
      if (isDoubtful(link.journal, entries[i].sysId)) {
        // Sent before without a recorded answer: Azure DevOps may have it already.
        if (onAzureDevOps === null) {
          var read = readCommentTexts(this.connection, this.client, link.remoteId);
          if (read.failed) return lookupFailure(read.failed);
          onAzureDevOps = read.texts;
        }
        if (onAzureDevOps.indexOf(html) >= 0) {
          this.recordJournal(entries[i]);
          continue;
        }
      }
      // In doubt until its answer is recorded: a crash in between must not send it twice.
      var before = link.journal;
      if (!isDoubtful(before, entries[i].sysId)) {
        link.journal = withDoubtfulId(before, entries[i].sysId);
        saveLink(link, ['synced_journal_ids']);
      }
      var result = this.client.addComment(link.remoteId, html);
      if (classifyStatus(result.status) !== 'ok') {
        // Not sent (paused) or refused (4xx): Azure DevOps cannot have it, so there is nothing to look for later.
        if (result.pausedMs || (result.status >= 400 && result.status <= 499)) {
          link.journal = before;
          saveLink(link, ['synced_journal_ids']);
        }
        return resultOfFailure(result);
      }
      this.accepted(result);
      // The comment made one new revision of the work item (Microsoft's WIT 7.1 spec: a comment is "originally added"
      // in one work item revision, WorkItemCommentVersionRef.createdInRevision), but its answer is a Comment, which
      // carries no rev. Counting it keeps the next `test /rev` current instead of failing with 412 on our own write.
      if (link.remoteRev > 0) link.remoteRev++;
      this.recordJournal(entries[i]);
    }
    return null;
  }

  /** Recorded at once, with the rev a posted comment moved on: a crash before the next comment must not send this one
   * again, nor leave the next `test /rev` a revision behind. */
  private recordJournal(entry: PendingJournalEntry): void {
    var link = this.link as Link;
    link.journal = withSyncedId(link.journal, entry.sysId, entry.createdOn);
    saveLink(link, ['synced_journal_ids', 'remote_rev']);
  }

  /** Uploads each attachment and links it as AttachedFile (with `test /rev`); `onlyIds` null = all of the incident's. */
  private sendAttachments(onlyIds: string[] | null): SyncResult | null {
    var link = this.link as Link;
    var pending = pendingAttachments(this.incidentId(), onlyIds, link.attachments);
    var maxBytes = pending.length ? attachmentMaxBytes() : 0;
    var linkedFiles: string[] | null = null;
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
      if (isDoubtful(link.attachments, attachment.sysId)) {
        // Linked before without a recorded answer: the work item may carry it already (its AttachedFile relation
        // names the file in its comment).
        if (linkedFiles === null) {
          var read = readAttachedFileNames(this.connection, this.client, link.remoteId);
          if (read.failed) return lookupFailure(read.failed);
          linkedFiles = read.names;
        }
        if (linkedFiles.indexOf(attachment.fileName) >= 0) {
          link.attachments = withSyncedId(link.attachments, attachment.sysId);
          saveLink(link, ['synced_attachment_ids']);
          continue;
        }
      }
      var upload = this.client.uploadAttachment(attachment.fileName, attachment.sysId);
      if (classifyStatus(upload.status) !== 'ok') return resultOfFailure(upload);
      var uploaded = parseJsonOrNull(upload.body);
      // An unreadable answer: the upload may be stored, but unlinked it is invisible; the next attempt uploads again.
      if (!uploaded || !uploaded.url) return { outcome: 'retry', httpStatus: upload.status, error: 'Azure DevOps answered the upload of ' + attachment.fileName + ' without a URL' };
      var relation = { rel: 'AttachedFile', url: String(uploaded.url), attributes: { comment: attachment.fileName } };
      // In doubt until the relation's answer is recorded: a lost answer must not link the file twice.
      var before = link.attachments;
      link.attachments = withDoubtfulId(before, attachment.sysId);
      saveLink(link, ['synced_attachment_ids']);
      var failure = this.patchWithRev(function (rev: number): JsonPatchOp[] {
        return [patchOp('test', '/rev', rev), patchOp('add', '/relations/-', relation)];
      });
      if (failure) {
        if (failure.outcome === 'deferred' || failure.outcome === 'failed') {
          link.attachments = before;
          saveLink(link, ['synced_attachment_ids']);
        }
        return failure;
      }
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
