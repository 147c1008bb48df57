// The x_incb_bridge_link row of one incident and connection, as the sender reads and advances it: the work item it
// is linked to, the rev last seen, the fingerprint of the values last sent, and what has been sent once already.
import { LINK_TABLE } from '../core/tables';
import { deleteOrThrow, insertRow, saveOrThrow } from '../platform/records';
import { formatSyncedIds, parseSyncedIds, SyncedIds } from '../model/syncedIds';

export interface IncidentLink {
  sysId: string;
  /** linked, or unlinked (an admin stopped synchronization) */
  state: string;
  remoteId: string;
  remoteUrl: string;
  remoteRev: number;
  lastFingerprint: string;
  journal: SyncedIds;
  attachments: SyncedIds;
}

/** The incident's link for the connection (a linked one first, should there be several), or null. One query. */
export function findLink(incidentSysId: string, connectionSysId: string): IncidentLink | null {
  var gr = new GlideRecord(LINK_TABLE);
  gr.addQuery('incident', incidentSysId);
  gr.addQuery('connection', connectionSysId);
  gr.query();
  var found: IncidentLink | null = null;
  while (gr.next()) {
    var rev = parseInt(gr.getValue('remote_rev') || '', 10);
    var link: IncidentLink = {
      sysId: gr.getUniqueValue(),
      state: gr.getValue('state') || 'linked',
      remoteId: gr.getValue('remote_id') || '',
      remoteUrl: gr.getValue('remote_url') || '',
      remoteRev: isNaN(rev) ? 0 : rev,
      lastFingerprint: gr.getValue('last_fingerprint') || '',
      journal: parseSyncedIds(gr.getValue('synced_journal_ids')),
      attachments: parseSyncedIds(gr.getValue('synced_attachment_ids')),
    };
    if (!found || (found.state !== 'linked' && link.state === 'linked')) found = link;
  }
  return found;
}

/** A new linked row; bookkeeping, so no business rules run. A refused insert throws: the pending link is what makes
 * a lost create's retry look for the work item instead of creating a second one, so no create goes out without it. */
export function insertLink(incidentSysId: string, connectionSysId: string, link: IncidentLink): string {
  link.sysId = insertRow(LINK_TABLE, {
    incident: incidentSysId,
    connection: connectionSysId,
    state: 'linked',
    remote_id: link.remoteId,
    remote_url: link.remoteUrl,
    remote_rev: String(link.remoteRev),
    last_fingerprint: link.lastFingerprint,
    synced_journal_ids: formatSyncedIds(link.journal),
    synced_attachment_ids: formatSyncedIds(link.attachments),
  });
  if (!link.sysId) throw new Error('Could not insert the link of incident ' + incidentSysId + ' (the insert was refused)');
  return link.sysId;
}

/** Writes the named link columns from `link` (one update, no business rules). */
export function saveLink(link: IncidentLink, columns: string[]): void {
  var gr = new GlideRecord(LINK_TABLE);
  if (!gr.get(link.sysId)) return;
  for (var i = 0; i < columns.length; i++) {
    var column = columns[i];
    if (column === 'remote_id') gr.setValue(column, link.remoteId);
    else if (column === 'remote_url') gr.setValue(column, link.remoteUrl);
    else if (column === 'remote_rev') gr.setValue(column, String(link.remoteRev));
    else if (column === 'last_fingerprint') gr.setValue(column, link.lastFingerprint);
    else if (column === 'synced_journal_ids') gr.setValue(column, formatSyncedIds(link.journal));
    else if (column === 'synced_attachment_ids') gr.setValue(column, formatSyncedIds(link.attachments));
  }
  saveOrThrow(gr, 'the incident\'s link (' + columns.join(', ') + ')');
}

/** Removes a pending link whose create was refused (no work item exists); bookkeeping, no business rules. */
export function deleteLink(link: IncidentLink): void {
  var gr = new GlideRecord(LINK_TABLE);
  if (!gr.get(link.sysId)) return;
  deleteOrThrow(gr, 'the pending link of a refused create');
}
