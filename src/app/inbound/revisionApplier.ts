// Applies one remote revision of a work item to its incident, once, in order, without echoing it back:
// - our own changes coming back (the revision's author is the connection's remote_identity) are not applied;
// - field values apply from a revision newer than the link's last_inbound_rev; an older revision that arrives late
//   (or that the catch-up poll found after a newer one was applied) still brings the fields no later revision changed
//   again (the work item's update history tells), and its comment and files, unless another inbox row already
//   applied that revision;
// - a remote value equal to what we would send for the incident's current value changes nothing (see inboundChanges);
// - the incident is written with business rules ON (other rules must run; a scoped app may not turn them off on
//   incident), as the app's own write (platform/ownWrites.ts), and the link's last_fingerprint is set to the
//   fingerprint of the resulting mapped values first, so the outbound capture rule sees nothing to send;
// - comments and files are recorded on the link as synced, so the sender never sends them back;
// - downloads happen before any write, so a failed download changes nothing and the row is retried as a whole.
import IntegrationLogWriter from '../logging/IntegrationLogWriter';
import { inboundFields, outboundFieldNames } from '../core/fieldMap';
import { fingerprint } from '../core/fingerprint';
import { htmlToText } from '../core/html';
import { IncidentSnapshot } from '../core/incidentSnapshot';
import { nowValue } from '../platform/clock';
import { mappedValues } from '../platform/mappedValues';
import { asOwnWrite } from '../platform/ownWrites';
import { AzureDevOpsClient } from '../azure-devops/AzureDevOpsClient';
import { AzureDevOpsConnection } from '../azure-devops/AzureDevOpsConnection';
import { INCIDENT_TABLE } from '../core/tables';
import { readIncident } from '../sync/incidentSource';
import { beforeJournalWrite, writtenJournalEntry } from '../platform/journalWrites';
import { isSynced, SyncedIds, withSyncedId } from '../model/syncedIds';
import { isIncidentCloseCode } from '../platform/closeCodes';
import { impactUrgencyFor } from '../core/priorityLookup';
import { InboundPlan, planInboundChanges } from './inboundChanges';
import { closeNotesOf } from './inboundConnection';
import { AdoIdentity, formatAdoIdentity, isSameIdentity } from './adoIdentity';
import { lastDeleteOrRestore, revisionApplied } from '../queue/inboxRows';
import { Download, downloadAttachments, movedBefore, moveToIncident } from './remoteAttachments';
import { deleteLink, findLinkByRemoteId, insertLink, Link, LinkColumn, newLink, saveLink } from '../model/link';
import { RemoteRevision } from './remoteRevision';
import { fieldsChangedAfter, readUpdateHistory } from './updateHistory';

export type ApplyState = 'processed' | 'ignored' | 'failed';

export interface ApplyOutcome {
  state: ApplyState;
  /** what was applied, why nothing was, or what failed */
  message: string;
}

export interface ApplyContext {
  connection: AzureDevOpsConnection;
  /** who our credential acts as in Azure DevOps (the connection's remote_identity), null until known */
  ownIdentity: AdoIdentity | null;
  client: AzureDevOpsClient;
  log: IntegrationLogWriter;
  /** the inbox row being processed: downloads land on it, and the applied-revision check looks past it */
  inboxSysId: string;
  /** the row was attempted before (it failed, or its worker died): what that attempt wrote may already be there */
  retried: boolean;
  /** when the row was received (its sys_created_on): an earlier attempt wrote nothing before it */
  receivedAt: string;
  /** the work item's web or API URL, kept on a link created from Azure DevOps */
  remoteUrl: string;
}

export var COMMENT_PREFIX = 'Azure DevOps comment by ';

/** The journal entry a remote comment becomes: `Azure DevOps comment by Name:` then the comment as plain text. */
export function commentJournalText(authorName: string, html: string): string {
  return COMMENT_PREFIX + (authorName || 'an unknown user') + ':\n' + htmlToText(html);
}

function outcome(state: ApplyState, message: string): ApplyOutcome {
  return { state: state, message: message };
}

/** The stored values of every mapped field, '' when empty. */
function snapshotOf(incident: GlideRecord): IncidentSnapshot {
  var values: { [snField: string]: string } = {};
  var names = outboundFieldNames();
  for (var i = 0; i < names.length; i++) values[names[i]] = incident.getValue(names[i]) || '';
  return { sysId: incident.getUniqueValue() || '', number: incident.getValue('number') || '', fieldValues: values, url: '' };
}

/** Sets the planned values on the incident. A priority also sets the impact and urgency that give it under the
 * instance's priority lookup: the platform's rule derives priority from them on every insert (and whenever they
 * change), so a priority set alone would be recalculated, differ from the work item's, and go back to Azure DevOps. */
function setPlannedValues(incident: GlideRecord, plan: InboundPlan): void {
  for (var field in plan.changes) {
    if (!Object.prototype.hasOwnProperty.call(plan.changes, field)) continue;
    incident.setValue(field, plan.changes[field]);
    var pair = field === 'priority' ? impactUrgencyFor(plan.changes[field]) : null;
    if (pair) {
      incident.setValue('impact', pair.impact);
      incident.setValue('urgency', pair.urgency);
    }
  }
}

/** On a retry: the entry an earlier attempt of the row wrote and did not record on the link (its worker died, or a
 * later step failed): the same text in the field, written since the row was received and not synced. Never an entry
 * of another revision (recorded as synced when it was written) nor an older one with the same words ('' if none).
 * The writer is not compared: a retry may run as another user than the first attempt (the sweep's job). */
function unrecordedEntry(incidentSysId: string, element: string, text: string, since: string, synced: SyncedIds): string {
  var gr = new GlideRecord('sys_journal_field');
  gr.addQuery('element_id', incidentSysId);
  gr.addQuery('name', INCIDENT_TABLE);
  gr.addQuery('element', element);
  gr.addQuery('sys_created_on', '>=', since);
  gr.orderBy('sys_created_on');
  gr.orderBy('sys_id');
  gr.query();
  while (gr.next()) {
    if (gr.getValue('value') === text && !isSynced(synced, gr.getUniqueValue())) return gr.getUniqueValue();
  }
  return '';
}

function changedFieldNames(plan: InboundPlan): string[] {
  var names: string[] = [];
  for (var field in plan.changes) {
    if (Object.prototype.hasOwnProperty.call(plan.changes, field)) names.push(field);
  }
  return names;
}

export class RevisionApplier {
  private ctx: ApplyContext;

  constructor(ctx: ApplyContext) {
    this.ctx = ctx;
  }

  apply(revision: RemoteRevision): ApplyOutcome {
    var connection = this.ctx.connection;
    var remoteId = String(revision.workItemId);
    // A delete or restore is not a revision anyone authored (the payload names the last editor): never an echo.
    var own = revision.kind !== 'deleted' && revision.kind !== 'restored' && isSameIdentity(revision.author, this.ctx.ownIdentity);
    var link = findLinkByRemoteId(connection.sysId, remoteId);
    if (own) {
      this.ownRevision(link, revision.rev);
      return outcome('ignored', 'Revision ' + revision.rev + ' was made by ' + formatAdoIdentity(revision.author!) + ', the identity this connection acts as: our own change coming back');
    }
    if (!link) return this.withoutLink(revision);
    if (revision.kind === 'deleted') return this.deleted(link);
    if (revision.kind === 'restored') return this.restored(link);
    if (link.state !== 'linked') return outcome('ignored', 'Synchronization of work item ' + remoteId + ' was stopped (link unlinked)');
    var incident = readIncident(link.incident);
    if (!incident) return outcome('ignored', 'The linked incident ' + link.incident + ' no longer exists');
    return this.update(revision, link, incident);
  }

  private update(revision: RemoteRevision, link: Link, incident: GlideRecord): ApplyOutcome {
    var connection = this.ctx.connection;
    var remoteId = link.remoteId;
    var fresh = revision.rev > link.lastInboundRev;
    var bringsMore = revision.comment !== null || revision.attachments.length > 0;
    var repeated = bringsMore && revisionApplied(connection.sysId, remoteId, revision.rev, this.ctx.inboxSysId);
    var plan: InboundPlan = fresh ? planInboundChanges(revision.fields, snapshotOf(incident), this.ctx.connection.valueMap, this.ctx.connection.fieldMap) : { changes: {}, unmapped: [], resolve: false };
    if (!fresh && !repeated) {
      var late = this.latePlan(revision, incident);
      if (!late) return outcome('failed', 'The update history of work item ' + remoteId + ' could not be read (to tell which fields of late revision ' + revision.rev + ' are stale)');
      plan = late;
    }
    this.logUnmapped(plan, link.incident, remoteId);
    if (plan.resolve) this.checkCloseCode(plan, link.incident, remoteId);
    var comment = repeated ? null : revision.comment;
    var files = repeated ? [] : revision.attachments;
    var moved: string[] = [];
    if (this.ctx.retried && files.length > 0) {
      var earlier = movedBefore(files, link.incident, link.attachments, this.ctx.receivedAt);
      files = earlier.remaining;
      moved = earlier.attachmentSysIds;
    }
    var fields = changedFieldNames(plan);
    if (fields.length === 0 && comment === null && files.length === 0 && moved.length === 0) {
      if (fresh) this.advance(link, revision.rev, ['last_inbound_rev', 'remote_rev']);
      var why = fresh
        ? 'Nothing to change: the incident already has the values of revision ' + revision.rev
        : repeated
          ? 'Revision ' + revision.rev + ' was applied already'
          : 'Revision ' + revision.rev + ' is not newer than revision ' + link.lastInboundRev + ', applied already';
      return outcome('ignored', why);
    }
    var downloaded = downloadAttachments(this.ctx.client, this.ctx.connection, files, this.ctx.inboxSysId, link.incident, remoteId, this.ctx.log);
    if (downloaded.retryError) return outcome('failed', downloaded.retryError);

    var journalText = comment !== null ? commentJournalText(revision.author ? revision.author.displayName : '', comment) : '';
    // An earlier attempt of this row may have saved the incident and stopped before the comment was recorded on the
    // link (its worker died, or a later step failed): the entry is then on the incident already and is not written
    // twice. Only on a retry, so a person posting the same words twice still gets two entries.
    var entryId = journalText !== '' && this.ctx.retried ? unrecordedEntry(link.incident, connection.inbound.journalField, journalText, this.ctx.receivedAt, link.journal) : '';
    if (fields.length > 0 || (journalText && !entryId)) {
      var written = this.writeIncident(incident, link, plan, entryId ? '' : journalText, fresh ? revision.rev : 0);
      if (written.failure) return written.failure;
      if (!entryId) entryId = written.entryId;
    } else if (fresh) {
      this.advance(link, revision.rev, ['last_inbound_rev', 'remote_rev']);
    }
    var kept = this.keep(link, entryId, downloaded.downloads, moved);
    var applied: string[] = [];
    if (fields.length > 0) applied.push('fields ' + fields.join(', ') + (plan.resolve ? ' (resolved)' : ''));
    if (journalText) applied.push('a comment');
    if (kept > 0) applied.push(kept + ' attachment' + (kept === 1 ? '' : 's'));
    if (applied.length === 0) return outcome('ignored', 'Revision ' + revision.rev + ' brought nothing that could be kept');
    return outcome('processed', 'Applied revision ' + revision.rev + ': ' + applied.join('; '));
  }

  /** A revision older than the last one applied (its hook came late, or the catch-up poll found it after a newer
   * one): the fields it set that no later revision changed again still hold the work item's values, so they apply;
   * the others are stale. Asks Azure DevOps only when some field would change; null when the history could not be
   * read. */
  private latePlan(revision: RemoteRevision, incident: GlideRecord): InboundPlan | null {
    var plan = planInboundChanges(revision.fields, snapshotOf(incident), this.ctx.connection.valueMap, this.ctx.connection.fieldMap);
    // Unmapped values of a stale revision are no news to an admin: the fresh revision logged them.
    plan.unmapped = [];
    if (changedFieldNames(plan).length === 0) return plan;
    var updates = readUpdateHistory(this.ctx.client, this.ctx.connection, String(revision.workItemId));
    if (!updates) return null;
    var later = fieldsChangedAfter(updates, revision.workItemId, revision.rev);
    var mappings = inboundFields(this.ctx.connection.fieldMap);
    for (var i = 0; i < mappings.length; i++) {
      if (later[mappings[i].remote]) delete plan.changes[mappings[i].sn];
    }
    if (!Object.prototype.hasOwnProperty.call(plan.changes, 'state')) plan.resolve = false;
    return plan;
  }

  /** Sets the planned values (and the journal entry) and saves the incident with business rules on, the link's
   * fingerprint moved first; a refused save puts the link back. `rev` > 0: also advance last_inbound_rev. Answers
   * the failure, or the sys_id of the journal entry the save wrote ('' for none). */
  private writeIncident(incident: GlideRecord, link: Link, plan: InboundPlan, journalText: string, rev: number): { failure?: ApplyOutcome; entryId: string } {
    var connection = this.ctx.connection;
    setPlannedValues(incident, plan);
    if (plan.resolve) {
      incident.setValue('close_code', connection.inbound.closeCode);
      incident.setValue('close_notes', closeNotesOf(connection));
    }
    var write = journalText ? beforeJournalWrite(INCIDENT_TABLE, link.incident, connection.inbound.journalField, journalText) : null;
    if (journalText) incident.setValue(connection.inbound.journalField, journalText);
    var before = { fingerprint: link.lastFingerprint, inboundRev: link.lastInboundRev, remoteRev: link.remoteRev };
    link.lastFingerprint = fingerprint(mappedValues(incident));
    if (rev > 0) this.advanceInMemory(link, rev);
    saveLink(link, ['last_fingerprint', 'last_inbound_rev', 'remote_rev']);
    var saved = asOwnWrite(link.incident, function () {
      return incident.update();
    });
    if (saved) return { entryId: write ? writtenJournalEntry(write) : '' };
    link.lastFingerprint = before.fingerprint;
    link.lastInboundRev = before.inboundRev;
    link.remoteRev = before.remoteRev;
    saveLink(link, ['last_fingerprint', 'last_inbound_rev', 'remote_rev']);
    return { failure: outcome('failed', 'The incident ' + link.incident + ' could not be saved (a business rule refused the update)'), entryId: '' };
  }

  /** Records the journal entry the comment became (`entryId`, '' for none) and moves the downloaded files to the
   * incident, both marked synced on the link, with the files an earlier attempt moved (`moved`); returns how many
   * files were kept. */
  private keep(link: Link, entryId: string, downloads: Download[], moved: string[]): number {
    var columns: LinkColumn[] = [];
    if (entryId) {
      link.journal = withSyncedId(link.journal, entryId, nowValue());
      columns.push('synced_journal_ids');
    }
    var kept = 0;
    for (var m = 0; m < moved.length; m++) {
      link.attachments = withSyncedId(link.attachments, moved[m]);
      kept++;
    }
    for (var i = 0; i < downloads.length; i++) {
      var attached = moveToIncident(downloads[i].attachmentSysId, link.incident);
      if (!attached) continue;
      link.attachments = withSyncedId(link.attachments, attached);
      kept++;
    }
    if (kept > 0) columns.push('synced_attachment_ids');
    if (columns.length > 0) saveLink(link, columns);
    return kept;
  }

  /** Our own change coming back is not applied, but the work item is at least at its revision: the sender normally
   * knows that already (it counts every write it makes), except after a write whose answer was lost (a comment or
   * PATCH that timed out yet was carried out); then this saves its next `test /rev` a 412. last_inbound_rev stays:
   * nothing of this revision was applied. */
  private ownRevision(link: Link | null, rev: number): void {
    if (!link || link.state !== 'linked' || rev <= link.remoteRev) return;
    link.remoteRev = rev;
    saveLink(link, ['remote_rev']);
  }

  private advanceInMemory(link: Link, rev: number): void {
    link.lastInboundRev = Math.max(link.lastInboundRev, rev);
    // The work item is at least at this revision: the sender's next `test /rev` starts from it.
    link.remoteRev = Math.max(link.remoteRev, rev);
  }

  private advance(link: Link, rev: number, columns: LinkColumn[]): void {
    this.advanceInMemory(link, rev);
    saveLink(link, columns);
  }

  /** A remote close resolves the incident only with a close code the instance offers; otherwise the state stays and
   * the reason is logged for an admin (the other fields still apply). */
  private checkCloseCode(plan: InboundPlan, incidentSysId: string, remoteId: string): void {
    var code = this.ctx.connection.inbound.closeCode;
    if (isIncidentCloseCode(code)) return;
    delete plan.changes.state;
    plan.resolve = false;
    this.ctx.log.write({
      direction: 'inbound',
      outcome: 'failure',
      connection: this.ctx.connection.sysId,
      incident: incidentSysId || undefined,
      remoteId: remoteId,
      inbox: this.ctx.inboxSysId,
      error:
        'Work item ' + remoteId + ' was closed in Azure DevOps, but the incident was not resolved: the connection\'s close code ' +
        JSON.stringify(code) + ' is not an active incident close code on this instance. Set a valid close code on the connection.',
    });
  }

  private logUnmapped(plan: InboundPlan, incidentSysId: string, remoteId: string): void {
    for (var i = 0; i < plan.unmapped.length; i++) {
      this.ctx.log.write({
        direction: 'inbound',
        outcome: 'skipped',
        connection: this.ctx.connection.sysId,
        incident: incidentSysId || undefined,
        remoteId: remoteId,
        inbox: this.ctx.inboxSysId,
        error: 'Field ' + plan.unmapped[i].field + ' not changed to ' + JSON.stringify(plan.unmapped[i].value) + ': ' + plan.unmapped[i].reason,
      });
    }
  }

  /** A work item without a link: a created one becomes an incident when the connection says so; anything else is
   * acknowledged and logged (a work item we do not follow is not an error). */
  private withoutLink(revision: RemoteRevision): ApplyOutcome {
    var connection = this.ctx.connection;
    if (revision.kind === 'created' && connection.inbound.createIncidents) return this.createIncident(revision);
    var reason = 'Work item ' + revision.workItemId + ' is not linked to an incident through ' + connection.name;
    if (revision.kind === 'created') reason += ' (the connection does not create incidents from Azure DevOps)';
    this.ctx.log.write({ direction: 'inbound', outcome: 'skipped', connection: connection.sysId, remoteId: String(revision.workItemId), inbox: this.ctx.inboxSysId, error: reason });
    return outcome('ignored', reason);
  }

  /** First sync from the Azure DevOps side: a new incident with the work item's mapped values, linked to it. The link
   * is written first, with the fingerprint of the values the incident is inserted with, so the capture rule that
   * runs on the insert sees a linked incident with nothing new and sends nothing back. */
  private createIncident(revision: RemoteRevision): ApplyOutcome {
    var connection = this.ctx.connection;
    var remoteId = String(revision.workItemId);
    var incident = new GlideRecord(INCIDENT_TABLE);
    // newRecord(): the dictionary defaults and a sys_id, so the values (and the link) are what the insert stores.
    incident.newRecord();
    var plan = planInboundChanges(revision.fields, snapshotOf(incident), this.ctx.connection.valueMap, this.ctx.connection.fieldMap);
    this.logUnmapped(plan, '', remoteId);
    if (plan.resolve) this.checkCloseCode(plan, '', remoteId);
    var downloaded = downloadAttachments(this.ctx.client, this.ctx.connection, revision.attachments, this.ctx.inboxSysId, '', remoteId, this.ctx.log);
    if (downloaded.retryError) return outcome('failed', downloaded.retryError);
    setPlannedValues(incident, plan);
    if (plan.resolve) {
      incident.setValue('close_code', connection.inbound.closeCode);
      incident.setValue('close_notes', closeNotesOf(connection));
    }
    if (connection.inbound.supportGroup) incident.setValue('assignment_group', connection.inbound.supportGroup);
    incident.setValue('correlation_id', remoteId);
    incident.setValue('correlation_display', connection.displayLabel);
    var journalText = revision.comment !== null ? commentJournalText(revision.author ? revision.author.displayName : '', revision.comment) : '';
    var incidentSysId = incident.getUniqueValue();
    var write = journalText ? beforeJournalWrite(INCIDENT_TABLE, incidentSysId, connection.inbound.journalField, journalText) : null;
    if (journalText) incident.setValue(connection.inbound.journalField, journalText);
    var link = newLink(incidentSysId, connection.sysId);
    link.remoteId = remoteId;
    link.remoteUrl = this.ctx.remoteUrl;
    link.remoteRev = revision.rev;
    link.lastInboundRev = revision.rev;
    link.lastFingerprint = fingerprint(mappedValues(incident));
    if (!insertLink(link, ['remote_id', 'remote_url', 'remote_rev', 'last_inbound_rev', 'last_fingerprint'])) {
      return outcome('failed', 'The link for work item ' + remoteId + ' could not be inserted');
    }
    var inserted = asOwnWrite(incidentSysId, function () {
      return incident.insert();
    });
    if (!inserted) {
      deleteLink(link, 'the link of an incident that could not be inserted');
      return outcome('failed', 'The incident for work item ' + remoteId + ' could not be inserted (a business rule refused it)');
    }
    // The link as inserted is the one in hand (no one else links a work item that had no link), so it is not read
    // again before the synced comment and files are recorded on it.
    var kept = this.keep(link, write ? writtenJournalEntry(write) : '', downloaded.downloads, []);
    return outcome('processed', 'Created incident ' + (incident.getValue('number') || incidentSysId) + ' from work item ' + remoteId + (kept > 0 ? ' with ' + kept + ' attachment' + (kept === 1 ? '' : 's') : ''));
  }

  /** The work item went to the recycle bin: stop synchronizing, keep the incident, say so in a work note. */
  private deleted(link: Link): ApplyOutcome {
    if (link.state !== 'linked') return outcome('ignored', 'The link of work item ' + link.remoteId + ' is unlinked already');
    link.state = 'unlinked';
    saveLink(link, ['state']);
    // Written while unlinked, so the capture rule sends nothing for it.
    this.workNote(link, 'Azure DevOps work item ' + link.remoteId + ' was deleted. Synchronization stopped; the incident is kept. Restoring the work item resumes it.');
    saveLink(link, ['synced_journal_ids']);
    return outcome('processed', 'Unlinked: work item ' + link.remoteId + ' was deleted');
  }

  /** The work item came back from the recycle bin: resume synchronizing, if it was the deletion that stopped it (an
   * admin's unlink stays). */
  private restored(link: Link): ApplyOutcome {
    if (link.state === 'linked') return outcome('ignored', 'Work item ' + link.remoteId + ' is linked already');
    if (lastDeleteOrRestore(this.ctx.connection.sysId, link.remoteId) !== 'workitem.deleted') {
      return outcome('ignored', 'Work item ' + link.remoteId + ' was restored, but its link was unlinked by an admin, not by the deletion: it stays unlinked');
    }
    // The note first, while still unlinked (the capture rule sends nothing), then the link.
    this.workNote(link, 'Azure DevOps work item ' + link.remoteId + ' was restored. Synchronization resumed.');
    link.state = 'linked';
    saveLink(link, ['state', 'synced_journal_ids']);
    return outcome('processed', 'Relinked: work item ' + link.remoteId + ' was restored');
  }

  /** A work note on the link's incident (business rules on), recorded on `link` (not saved) as synced. */
  private workNote(link: Link, text: string): void {
    var incident = readIncident(link.incident);
    if (!incident) return;
    var write = beforeJournalWrite(INCIDENT_TABLE, link.incident, 'work_notes', text);
    incident.setValue('work_notes', text);
    var saved = asOwnWrite(link.incident, function () {
      return (incident as GlideRecord).update();
    });
    if (!saved) return;
    var entryId = writtenJournalEntry(write);
    if (entryId) link.journal = withSyncedId(link.journal, entryId, nowValue());
  }
}
