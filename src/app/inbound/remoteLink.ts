// The link (x_incb_bridge_link) of a work item, found from the remote side (connection + remote_id), with what the
// inbound side reads and advances: the last revision applied, the fingerprint of the values last exchanged, and the
// journal entries and attachments that came from Azure DevOps (recorded so the sender never sends them back).
import { fingerprint } from '../core/fingerprint';
import { LINK_TABLE } from '../core/tables';
import { deleteOrThrow, insertRow, saveOrThrow } from '../platform/records';
import { formatSyncedIds, parseSyncedIds, SyncedIds } from '../model/syncedIds';

export interface RemoteLink {
  sysId: string;
  incident: string;
  /** linked, or unlinked */
  state: string;
  remoteId: string;
  remoteRev: number;
  lastInboundRev: number;
  lastFingerprint: string;
  journal: SyncedIds;
  attachments: SyncedIds;
}

function intValue(gr: GlideRecord, field: string): number {
  var value = parseInt(gr.getValue(field) || '', 10);
  return isNaN(value) ? 0 : value;
}

/** The work item's link through the connection (a linked one first, should there be several), or null. One query. */
export function findRemoteLink(connectionSysId: string, remoteId: string): RemoteLink | null {
  var gr = new GlideRecord(LINK_TABLE);
  gr.addQuery('connection', connectionSysId);
  gr.addQuery('remote_id', remoteId);
  gr.query();
  var found: RemoteLink | null = null;
  while (gr.next()) {
    var link: RemoteLink = {
      sysId: gr.getUniqueValue(),
      incident: gr.getValue('incident') || '',
      state: gr.getValue('state') || 'linked',
      remoteId: gr.getValue('remote_id') || '',
      remoteRev: intValue(gr, 'remote_rev'),
      lastInboundRev: intValue(gr, 'last_inbound_rev'),
      lastFingerprint: gr.getValue('last_fingerprint') || '',
      journal: parseSyncedIds(gr.getValue('synced_journal_ids')),
      attachments: parseSyncedIds(gr.getValue('synced_attachment_ids')),
    };
    if (!found || (found.state !== 'linked' && link.state === 'linked')) found = link;
  }
  return found;
}

/** A new linked row for an incident created from a work item; bookkeeping, so no business rules run. */
export function insertRemoteLink(incidentSysId: string, connectionSysId: string, remoteId: string, remoteUrl: string, rev: number, values: { [snField: string]: string }): string {
  return insertRow(LINK_TABLE, {
    incident: incidentSysId,
    connection: connectionSysId,
    state: 'linked',
    remote_id: remoteId,
    remote_url: remoteUrl,
    remote_rev: String(rev),
    last_inbound_rev: String(rev),
    last_fingerprint: fingerprint(values),
  });
}

/** Writes the named columns of the link from `link` (one update, no business rules). Only those: the sender may
 * have advanced the others meanwhile. */
export function saveRemoteLink(link: RemoteLink, columns: string[]): void {
  var gr = new GlideRecord(LINK_TABLE);
  if (!gr.get(link.sysId)) return;
  var values: { [column: string]: string } = {
    state: link.state,
    remote_rev: String(link.remoteRev),
    last_inbound_rev: String(link.lastInboundRev),
    last_fingerprint: link.lastFingerprint,
    synced_journal_ids: formatSyncedIds(link.journal),
    synced_attachment_ids: formatSyncedIds(link.attachments),
  };
  for (var i = 0; i < columns.length; i++) {
    if (Object.prototype.hasOwnProperty.call(values, columns[i])) gr.setValue(columns[i], values[columns[i]]);
  }
  saveOrThrow(gr, 'the work item\'s link (' + columns.join(', ') + ')');
}

export function deleteRemoteLink(sysId: string): void {
  var gr = new GlideRecord(LINK_TABLE);
  if (!gr.get(sysId)) return;
  deleteOrThrow(gr, 'the link of an incident that could not be inserted');
}
