// One connection row (x_incb_bridge_connection) as the engine reads it: the columns every connection shares, whatever
// its type. A connector reads its own columns (a project, a signing key) from the same record, so a transaction reads
// the row once and every part of it sees the same values. Read afresh per transaction, never cached, so an admin's
// edit applies at once. The sync's reads of a connection go through here (one active-connections query for every
// caller), and so do plain writes of its bookkeeping columns (health, circuit, watermark, identity); the gate's
// conditional updates (claiming a circuit probe, extending a rate-limit pause) are its own, because their condition is
// the point. Reports that list connections as they are (the health API, the agent API) read the table themselves.
import { SyncDirection } from '../core/valueMap';
import { CONNECTION_TABLE } from '../core/tables';
import { StoredHealth } from '../core/exchangeHealth';
import { ConnectionAuth } from '../platform/http';
import { isTrue } from '../platform/booleanField';
import { saveOrThrow } from '../platform/records';
import { syncedJournalFields } from '../platform/syncedJournals';

/** Built-in default of request_timeout_ms (empty on the record). */
export var DEFAULT_TIMEOUT_MS = 30000;

var SYS_ID = /^[0-9a-f]{32}$/;

/** What the inbound side of a connection does with what arrives (the same columns for every tracker). */
export interface InboundOptions {
  /** work_notes (default) or comments: where remote comments land */
  journalField: string;
  closeCode: string;
  /** close_notes as stored ('' when empty: the connector's wording applies) */
  closeNotes: string;
  createIncidents: boolean;
  /** sys_id of the group incidents created from remote are assigned to ('' = none) */
  supportGroup: string;
  /** catchup_watermark ('yyyy-MM-dd HH:mm:ss' UTC, '' when never set) */
  catchupWatermark: string;
}

export interface Connection {
  sysId: string;
  name: string;
  /** correlation_display of linked incidents: the label, else the name */
  displayLabel: string;
  /** the connector's key (azure_devops, webhook, ...) */
  type: string;
  active: boolean;
  /** both, outbound or inbound ('' reads as the dictionary default, both) */
  syncDirection: SyncDirection;
  /** base_url as stored */
  baseUrl: string;
  auth: ConnectionAuth;
  timeoutMs: number;
  /** encoded query over incident; '' = no incident is synced until it is linked */
  trigger: string;
  /** journal fields whose entries travel out as comments: work_notes and/or comments */
  journalFields: string[];
  /** max_attempts as stored ('' when unset: the property decides) */
  maxAttempts: string;
  inbound: InboundOptions;
  /** remote_identity as stored: who our credential acts as on the remote side, in the connector's own notation */
  remoteIdentity: string;
  /** health_status and health_error as read */
  health: StoredHealth;
}

/** Which side of the sync a query is for: a connection syncing both ways counts for either. */
export type ConnectionUse = 'outbound' | 'inbound' | 'any';

function authOf(gr: GlideRecord): ConnectionAuth {
  var type = gr.getValue('auth_type') || 'none';
  if (type === 'basic' || type === 'pat') return { type: type, profileSysId: gr.getValue('basic_auth_profile') || '' };
  if (type === 'oauth2') return { type: 'oauth2', profileSysId: gr.getValue('oauth_profile') || '' };
  return { type: 'none' };
}

/** health_status and health_error of a row read earlier. */
export function storedHealthOf(gr: GlideRecord): StoredHealth {
  return { status: gr.getValue('health_status') || '', error: gr.getValue('health_error') || '' };
}

/** The shared columns of a connection row read earlier (no query of its own). */
export function connectionOf(gr: GlideRecord): Connection {
  var timeout = parseInt(gr.getValue('request_timeout_ms') || '', 10);
  var name = gr.getValue('name') || '';
  return {
    sysId: gr.getUniqueValue(),
    name: name,
    displayLabel: gr.getValue('label') || name,
    type: gr.getValue('type') || '',
    active: isTrue(gr.getValue('active')),
    syncDirection: (gr.getValue('sync_direction') || 'both') as SyncDirection,
    baseUrl: gr.getValue('base_url') || '',
    auth: authOf(gr),
    timeoutMs: timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS,
    trigger: gr.getValue('trigger_condition') || '',
    journalFields: syncedJournalFields(gr),
    maxAttempts: gr.getValue('max_attempts') || '',
    inbound: {
      journalField: gr.getValue('inbound_journal') === 'comments' ? 'comments' : 'work_notes',
      closeCode: gr.getValue('close_code') || '',
      closeNotes: gr.getValue('close_notes') || '',
      createIncidents: isTrue(gr.getValue('create_incidents_from_remote')),
      supportGroup: gr.getValue('support_group') || '',
      catchupWatermark: gr.getValue('catchup_watermark') || '',
    },
    remoteIdentity: gr.getValue('remote_identity') || '',
    health: storedHealthOf(gr),
  };
}

/** The MID server a sender calls through ('' = from the instance). Apart from connectionOf() because it costs a
 * lookup of the MID server's record, which only a sender needs: setMIDServer takes the MID server's name, which is
 * ecc_agent's display value. */
export function midServerOf(gr: GlideRecord): string {
  return gr.getValue('mid_server') ? gr.getDisplayValue('mid_server') : '';
}

/** The connection row, or null when there is none. One query. */
export function findConnectionRow(connectionSysId: string): GlideRecord | null {
  var gr = new GlideRecord(CONNECTION_TABLE);
  return connectionSysId && gr.get(connectionSysId) ? gr : null;
}

/** The connection, or null when there is none. One query. */
export function findConnection(connectionSysId: string): Connection | null {
  var gr = findConnectionRow(connectionSysId);
  return gr ? connectionOf(gr) : null;
}

/** The connection named in a URL: by sys_id, else by name; null when there is none. One or two queries. */
export function findConnectionRowByKey(nameOrSysId: string): GlideRecord | null {
  var key = String(nameOrSysId || '');
  if (key === '') return null;
  var gr = new GlideRecord(CONNECTION_TABLE);
  if (SYS_ID.test(key) && gr.get(key)) return gr;
  gr = new GlideRecord(CONNECTION_TABLE);
  return gr.get('name', key) ? gr : null;
}

/** The clear inbound shared secret of a row read earlier ('' = none configured): read only where a delivery is
 * checked, so the secret is in no other model. */
export function inboundSecretOf(gr: GlideRecord): string {
  var element = gr.inbound_secret as { getDecryptedValue(): string } | undefined;
  return element && gr.getValue('inbound_secret') ? String(element.getDecryptedValue() || '') : '';
}

export interface ConnectionQuery {
  /** the connectors' keys */
  types: string[];
  use: ConnectionUse;
  /** only these sys_ids (absent: all) */
  among?: string[];
}

/** The encoded query of the directions that serve `use` (an empty direction is the dictionary default, both). */
function directionQuery(use: ConnectionUse): string {
  if (use === 'outbound') return 'sync_directionINboth,outbound^ORsync_directionISEMPTY';
  if (use === 'inbound') return 'sync_directionINboth,inbound^ORsync_directionISEMPTY';
  return '';
}

/** The active connections of these types that serve `use`, in one query. */
export function activeConnections(query: ConnectionQuery): Connection[] {
  var out: Connection[] = [];
  var gr = new GlideRecord(CONNECTION_TABLE);
  if (query.among) gr.addQuery('sys_id', 'IN', query.among.join(','));
  gr.addQuery('type', 'IN', query.types.join(','));
  gr.addQuery('active', true);
  var directions = directionQuery(query.use);
  if (directions) gr.addEncodedQuery(directions);
  gr.query();
  while (gr.next()) out.push(connectionOf(gr));
  return out;
}

/** Whether ServiceNow changes travel out through this connection. */
export function sendsOutbound(connection: Connection): boolean {
  return connection.active && (connection.syncDirection === 'both' || connection.syncDirection === 'outbound');
}

/** Whether remote changes come in through this connection. */
export function takesInbound(connection: Connection): boolean {
  return connection.active && connection.syncDirection !== 'outbound';
}

/** Writes engine bookkeeping columns on a row read earlier (no business rules; throws when refused: see saveOrThrow). */
export function updateConnectionRow(gr: GlideRecord, values: { [column: string]: string }, what: string): void {
  for (var column in values) {
    if (Object.prototype.hasOwnProperty.call(values, column)) gr.setValue(column, values[column]);
  }
  saveOrThrow(gr, what);
}

/** Reads the row and writes `values` on it; false when there is no such connection. Two operations. */
export function updateConnection(connectionSysId: string, values: { [column: string]: string }, what: string): boolean {
  var gr = findConnectionRow(connectionSysId);
  if (!gr) return false;
  updateConnectionRow(gr, values, what);
  return true;
}
