// The link (x_incb_bridge_link): which remote record an incident is synchronized with through one connection, and
// what the app last saw of it. One model and one set of reads and writes for everyone who uses the row (the sender,
// the capture rules, the inbound applier, the catch-up poll, the push capture, the agent API), so its columns are
// read one way and "which link counts" is decided in one place. A save writes only the columns it names: the sender
// and the inbound side advance different columns of one row, each from its own read, and neither may put back what
// the other wrote meanwhile.
import { LINK_TABLE } from '../core/tables';
import { deleteOrThrow, insertRow, saveOrThrow } from '../platform/records';
import { formatSyncedIds, parseSyncedIds, SyncedIds } from './syncedIds';

export type LinkColumn =
  | 'state'
  | 'remote_id'
  | 'remote_url'
  | 'remote_rev'
  | 'last_inbound_rev'
  | 'last_fingerprint'
  | 'synced_journal_ids'
  | 'synced_attachment_ids';

export interface Link {
  /** '' until inserted */
  sysId: string;
  incident: string;
  connection: string;
  /** linked, or unlinked (an admin, or the remote record's deletion, stopped synchronization) */
  state: string;
  /** '' while pending: a create was sent and its answer is not known yet */
  remoteId: string;
  remoteUrl: string;
  /** the remote record's revision as last known: the sender's next conditional write starts from it */
  remoteRev: number;
  /** the last remote revision applied to the incident */
  lastInboundRev: number;
  /** fingerprint of the mapped values last sent or applied ('' = none yet) */
  lastFingerprint: string;
  /** journal entries and attachments that crossed over already, either way */
  journal: SyncedIds;
  attachments: SyncedIds;
}

/** A link not yet stored: linked, no remote record known yet. */
export function newLink(incidentSysId: string, connectionSysId: string): Link {
  return {
    sysId: '',
    incident: incidentSysId,
    connection: connectionSysId,
    state: 'linked',
    remoteId: '',
    remoteUrl: '',
    remoteRev: 0,
    lastInboundRev: 0,
    lastFingerprint: '',
    journal: { through: '', ids: [] },
    attachments: { through: '', ids: [] },
  };
}

function intValue(gr: GlideRecord, field: string): number {
  var value = parseInt(gr.getValue(field) || '', 10);
  return isNaN(value) ? 0 : value;
}

function linkOf(gr: GlideRecord): Link {
  return {
    sysId: gr.getUniqueValue(),
    incident: gr.getValue('incident') || '',
    connection: gr.getValue('connection') || '',
    state: gr.getValue('state') || 'linked',
    remoteId: gr.getValue('remote_id') || '',
    remoteUrl: gr.getValue('remote_url') || '',
    remoteRev: intValue(gr, 'remote_rev'),
    lastInboundRev: intValue(gr, 'last_inbound_rev'),
    lastFingerprint: gr.getValue('last_fingerprint') || '',
    journal: parseSyncedIds(gr.getValue('synced_journal_ids')),
    attachments: parseSyncedIds(gr.getValue('synced_attachment_ids')),
  };
}

/** Whether a link counts before others: a linked one (pending included: linked, no remote id yet) before an unlinked
 * one. */
function countsFirst(link: Link): boolean {
  return link.state === 'linked';
}

/** Of two links for one pair (incident and connection, or connection and remote record), the one that counts: a
 * linked one before an unlinked one, else the first read. The app writes one link per pair; a second one can only
 * come from someone copying rows, and must not stop a linked pair from syncing. */
function preferred(found: Link | null | undefined, candidate: Link): Link {
  return !found || (!countsFirst(found) && countsFirst(candidate)) ? candidate : found;
}

/** The link that counts among the rows of a query that was set up but not run. */
function preferredOf(gr: GlideRecord): Link | null {
  gr.query();
  var found: Link | null = null;
  while (gr.next()) found = preferred(found, linkOf(gr));
  return found;
}

/** The incident's link through the connection, or null. One query. */
export function findLink(incidentSysId: string, connectionSysId: string): Link | null {
  var gr = new GlideRecord(LINK_TABLE);
  gr.addQuery('incident', incidentSysId);
  gr.addQuery('connection', connectionSysId);
  return preferredOf(gr);
}

/** The remote record's link through the connection, or null. One query. */
export function findLinkByRemoteId(connectionSysId: string, remoteId: string): Link | null {
  var gr = new GlideRecord(LINK_TABLE);
  gr.addQuery('connection', connectionSysId);
  gr.addQuery('remote_id', remoteId);
  return preferredOf(gr);
}

/** The incident's links through every connection, at most `limit` of them (the oldest): linked ones before unlinked
 * ones, each group oldest first (sys_id breaks a tie), so the first link of a connection, or of a set of connections,
 * is the one that counts. One query. */
export function incidentLinks(incidentSysId: string, limit: number): Link[] {
  var first: Link[] = [];
  var rest: Link[] = [];
  var gr = new GlideRecord(LINK_TABLE);
  gr.addQuery('incident', incidentSysId);
  gr.orderBy('sys_created_on');
  gr.orderBy('sys_id');
  gr.setLimit(limit);
  gr.query();
  while (gr.next()) {
    var link = linkOf(gr);
    (countsFirst(link) ? first : rest).push(link);
  }
  return first.concat(rest);
}

/** The incident's links by connection sys_id. One query for all connections. */
export function linksByConnection(incidentSysId: string): { [connectionSysId: string]: Link } {
  var links: { [connectionSysId: string]: Link } = {};
  var gr = new GlideRecord(LINK_TABLE);
  gr.addQuery('incident', incidentSysId);
  gr.query();
  while (gr.next()) {
    var link = linkOf(gr);
    links[link.connection] = preferred(links[link.connection], link);
  }
  return links;
}

/** The linked links of some of the connection's remote records, by remote id (unlinked ones are left out). One
 * query. */
export function linkedByRemoteId(connectionSysId: string, remoteIds: string[]): { [remoteId: string]: Link } {
  var links: { [remoteId: string]: Link } = {};
  var gr = new GlideRecord(LINK_TABLE);
  gr.addQuery('connection', connectionSysId);
  gr.addQuery('state', 'linked');
  gr.addQuery('remote_id', 'IN', remoteIds.join(','));
  gr.query();
  while (gr.next()) {
    var link = linkOf(gr);
    links[link.remoteId] = preferred(links[link.remoteId], link);
  }
  return links;
}

function columnValue(link: Link, column: LinkColumn): string {
  if (column === 'state') return link.state;
  if (column === 'remote_id') return link.remoteId;
  if (column === 'remote_url') return link.remoteUrl;
  if (column === 'remote_rev') return String(link.remoteRev);
  if (column === 'last_inbound_rev') return String(link.lastInboundRev);
  if (column === 'last_fingerprint') return link.lastFingerprint;
  if (column === 'synced_journal_ids') return formatSyncedIds(link.journal);
  return formatSyncedIds(link.attachments);
}

/** Stores a new link with its incident, connection, state and the named columns (the others stay empty); bookkeeping,
 * so no business rules run. Sets and returns its sys_id, '' when the insert was refused. */
export function insertLink(link: Link, columns: LinkColumn[]): string {
  var values: { [column: string]: string } = { incident: link.incident, connection: link.connection, state: link.state };
  for (var i = 0; i < columns.length; i++) values[columns[i]] = columnValue(link, columns[i]);
  link.sysId = insertRow(LINK_TABLE, values);
  return link.sysId;
}

/** Writes the named columns from `link` and only those (one update, no business rules); throws when the update is
 * refused. A link that is gone is left gone. */
export function saveLink(link: Link, columns: LinkColumn[]): void {
  var gr = new GlideRecord(LINK_TABLE);
  if (!gr.get(link.sysId)) return;
  for (var i = 0; i < columns.length; i++) gr.setValue(columns[i], columnValue(link, columns[i]));
  saveOrThrow(gr, 'the link (' + columns.join(', ') + ')');
}

/** Removes a link whose reason to exist is gone (`what` says which, for the error); no business rules. */
export function deleteLink(link: Link, what: string): void {
  var gr = new GlideRecord(LINK_TABLE);
  if (!gr.get(link.sysId)) return;
  deleteOrThrow(gr, what);
}
