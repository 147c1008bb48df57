// What the sender reads from the instance about an incident, at send time: its current values (so coalesced entries
// go out with the latest ones), the journal entries and attachments not yet sent, and the URL that links back to it.
import { IncidentSnapshot } from '../core/incidentSnapshot';
import { INCIDENT_TABLE } from '../core/tables';
import { JournalEntryForComment } from '../core/journalComment';
import { recordUrl } from '../platform/instanceUrl';
import { mappedValues } from '../platform/mappedValues';
import { isSynced, SyncedIds } from '../model/syncedIds';

export interface PendingJournalEntry extends JournalEntryForComment {
  /** sys_journal_field sys_id */
  sysId: string;
}

export interface PendingAttachment {
  sysId: string;
  fileName: string;
  sizeBytes: number;
}

export function readIncident(sysId: string): GlideRecord | null {
  var gr = new GlideRecord(INCIDENT_TABLE);
  return sysId && gr.get(sysId) ? gr : null;
}

/** The incident's form on this instance. */
export function incidentUrl(sysId: string): string {
  return recordUrl(INCIDENT_TABLE, sysId);
}

export function snapshotOf(incident: GlideRecord): IncidentSnapshot {
  var sysId = incident.getUniqueValue();
  return { sysId: sysId, number: incident.getValue('number') || '', fieldValues: mappedValues(incident), url: incidentUrl(sysId) };
}

/** Entries of the given journal fields not yet synced, oldest first, with their authors' names. */
export function pendingJournalEntries(incidentSysId: string, journalFields: string[], synced: SyncedIds): PendingJournalEntry[] {
  var out: PendingJournalEntry[] = [];
  if (journalFields.length === 0) return out;
  var gr = new GlideRecord('sys_journal_field');
  gr.addQuery('element_id', incidentSysId);
  gr.addQuery('name', INCIDENT_TABLE);
  gr.addQuery('element', 'IN', journalFields.join(','));
  gr.orderBy('sys_created_on');
  gr.query();
  var authors: { [userName: string]: string } = {};
  while (gr.next()) {
    var createdOn = gr.getValue('sys_created_on') || '';
    if (isSynced(synced, gr.getUniqueValue(), createdOn)) continue;
    var userName = gr.getValue('sys_created_by') || '';
    if (!Object.prototype.hasOwnProperty.call(authors, userName)) authors[userName] = userDisplayName(userName);
    out.push({ sysId: gr.getUniqueValue(), element: gr.getValue('element') || '', value: gr.getValue('value') || '', authorName: authors[userName], createdOn: createdOn });
  }
  return out;
}

function userDisplayName(userName: string): string {
  if (!userName) return '';
  var user = new GlideRecord('sys_user');
  return user.get('user_name', userName) ? user.getValue('name') || userName : userName;
}

/** The incident's attachments not yet synced, oldest first: all of them, or only `onlyIds` when given. */
export function pendingAttachments(incidentSysId: string, onlyIds: string[] | null, synced: SyncedIds): PendingAttachment[] {
  var out: PendingAttachment[] = [];
  if (onlyIds !== null && onlyIds.length === 0) return out;
  var gr = new GlideRecord('sys_attachment');
  gr.addQuery('table_name', INCIDENT_TABLE);
  gr.addQuery('table_sys_id', incidentSysId);
  if (onlyIds !== null) gr.addQuery('sys_id', 'IN', onlyIds.join(','));
  gr.orderBy('sys_created_on');
  gr.query();
  while (gr.next()) {
    if (isSynced(synced, gr.getUniqueValue())) continue;
    var size = parseInt(gr.getValue('size_bytes') || '0', 10);
    out.push({ sysId: gr.getUniqueValue(), fileName: gr.getValue('file_name') || 'attachment', sizeBytes: isNaN(size) ? 0 : size });
  }
  return out;
}
