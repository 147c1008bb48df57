// The inbox (x_incb_bridge_inbox) as the receiver writes it and the processor works it off. A row is the event as
// received (raw payload), stored before anything is applied, so the receiver answers fast and nothing accepted is
// lost. Rows move received -> processing -> processed | ignored | failed; failed rows are retried by the sweep until
// MAX_ATTEMPTS, and an admin may set any row back to received.
//
// Claims work as the outbox's, on the shared queue mechanism (workQueue.ts), one row at a time: the conditional
// update names the state and attempt count the claimer read. The inbox has no claim column, so the token is written
// to last_error ("Processing (claim ...)"), which is also what an admin looking at a row in progress should read.
// sys_updated_on tells when a claim was taken.
import { parseIsoDateTime } from '../core/isoDate';
import { parseJsonOrNull } from '../core/jsonNesting';
import { INBOX_TABLE } from '../core/tables';
import { addMs, nowValue } from '../platform/clock';
import { INBOX_RECEIVED_EVENT } from './inboxEvent';
import { claimExpired, claimWhere, distinctPairs, holds, intValue, QueueTable, updateHeld } from './workQueue';

/** payload is a string(65000) column; a larger payload is kept whole as this attachment of the row. */
export var PAYLOAD_COLUMN_MAX = 65000;
export var PAYLOAD_ATTACHMENT_NAME = 'payload.json';
/** Processing attempts of a row before it stays failed for an admin to look at. */
export var MAX_ATTEMPTS = 5;
/** A row still processing this long after its claim belongs to a worker that died; it is taken back. */
export var PROCESSING_TIMEOUT_MS = 10 * 60 * 1000;

export interface NewInboxRow {
  connection: string;
  eventType: string;
  eventId: string;
  remoteId: string;
  remoteRev: number;
  payload: string;
}

export interface InboxRow {
  sysId: string;
  connection: string;
  eventType: string;
  eventId: string;
  remoteId: string;
  remoteRev: number;
  state: string;
  attempts: number;
  /** sys_created_on */
  receivedAt: string;
  /** sys_updated_on: for a processing row, when it was claimed */
  updatedAt: string;
  /** when Azure DevOps raised the event (the envelope's createdDate), '' when unknown */
  raisedAt: string;
}

interface AttachmentApi {
  write(record: GlideRecord, fileName: string, contentType: string, content: string): string | null;
  getContent(attachment: GlideRecord): string | null;
}
declare var GlideSysAttachment: { new (): AttachmentApi };

/** The inbox as a work queue: pairs of (connection, remote id); a held row is processing, its token in last_error. */
export var INBOX_QUEUE: QueueTable = {
  table: INBOX_TABLE,
  pairColumns: ['connection', 'remote_id'],
  heldState: 'processing',
  tokenColumn: 'last_error',
  claimedAtColumn: 'sys_updated_on',
  tokenText: function (token: string): string {
    return 'Processing (claim ' + token + ')';
  },
};

/** Unique per connection and event: a redelivery of the same envelope has the same key. (128-character column:
 * 32 + 17 + 80 + separators fits.) */
export function dedupeKeyOf(connectionSysId: string, eventType: string, eventId: string): string {
  return connectionSysId + ':' + eventType + ':' + eventId;
}

function rowOf(gr: GlideRecord): InboxRow {
  return {
    sysId: gr.getUniqueValue(),
    connection: gr.getValue('connection') || '',
    eventType: gr.getValue('event_type') || '',
    eventId: gr.getValue('event_id') || '',
    remoteId: gr.getValue('remote_id') || '',
    remoteRev: intValue(gr, 'remote_rev'),
    state: gr.getValue('state') || 'received',
    attempts: intValue(gr, 'attempts'),
    receivedAt: gr.getValue('sys_created_on') || '',
    updatedAt: gr.getValue('sys_updated_on') || '',
    raisedAt: raisedAt(gr.getValue('payload') || ''),
  };
}

/** The envelope's createdDate, from a payload kept in the column ('' for catch-up rows, which have none, and for a
 * payload too large for the column). */
function raisedAt(payload: string): string {
  if (payload === '') return '';
  var data = parseJsonOrNull(payload);
  return data && typeof data.createdDate === 'string' ? data.createdDate : '';
}

/** Revision order; events of the SAME revision (a delete and a restore carry the work item's last revision) in the
 * order Azure DevOps raised them when both say, else in the order they arrived. A stable insertion sort: the rows
 * come from the query already ordered by revision and arrival, and are few. */
function sortOpen(rows: InboxRow[]): InboxRow[] {
  for (var i = 1; i < rows.length; i++) {
    var row = rows[i];
    var j = i - 1;
    while (j >= 0 && comesBefore(row, rows[j])) {
      rows[j + 1] = rows[j];
      j--;
    }
    rows[j + 1] = row;
  }
  return rows;
}

/** Negative when `a` was raised first, 0 when either is unknown or they are the same instant. */
function raisedOrder(a: string, b: string): number {
  var first = parseIsoDateTime(a);
  var second = parseIsoDateTime(b);
  if (first === null || second === null) return 0;
  if (first !== second) return first - second;
  // Within one millisecond: the sub-millisecond digits, in the same format from the same server, compare as text.
  return a < b ? -1 : a > b ? 1 : 0;
}

function comesBefore(a: InboxRow, b: InboxRow): boolean {
  if (a.remoteRev !== b.remoteRev) return a.remoteRev < b.remoteRev;
  var raised = raisedOrder(a.raisedAt, b.raisedAt);
  if (raised !== 0) return raised < 0;
  return a.receivedAt < b.receivedAt;
}

/** sys_id of the row with this dedupe key, '' when there is none. One query. */
export function findByDedupeKey(dedupeKey: string): string {
  var gr = new GlideRecord(INBOX_TABLE);
  gr.addQuery('dedupe_key', dedupeKey);
  gr.setLimit(1);
  gr.query();
  return gr.next() ? gr.getUniqueValue() : '';
}

/** Stores the event (state received) and queues x_incb_bridge.inbox.received for it; returns the row's sys_id
 * ('' if the insert was refused). Bookkeeping: no business rules run on the insert. */
export function insertInboxRow(row: NewInboxRow): string {
  var gr = new GlideRecord(INBOX_TABLE);
  gr.initialize();
  gr.setValue('connection', row.connection);
  gr.setValue('event_type', row.eventType);
  gr.setValue('event_id', row.eventId);
  gr.setValue('dedupe_key', dedupeKeyOf(row.connection, row.eventType, row.eventId));
  gr.setValue('remote_id', row.remoteId);
  gr.setValue('remote_rev', row.remoteRev);
  gr.setValue('state', 'received');
  gr.setValue('attempts', 0);
  var oversized = row.payload.length > PAYLOAD_COLUMN_MAX;
  gr.setValue('payload', oversized ? '' : row.payload);
  gr.setWorkflow(false);
  var sysId = gr.insert() || '';
  if (!sysId) return '';
  if (oversized) new GlideSysAttachment().write(gr, PAYLOAD_ATTACHMENT_NAME, 'application/json', row.payload);
  gs.eventQueue(INBOX_RECEIVED_EVENT, gr, row.connection, row.remoteId);
  return sysId;
}

/** The raw payload of a row: the column, or the payload attachment when it did not fit ('' when neither exists). */
export function readPayload(inboxSysId: string): string {
  var gr = new GlideRecord(INBOX_TABLE);
  if (!gr.get(inboxSysId)) return '';
  var payload = gr.getValue('payload') || '';
  if (payload !== '') return payload;
  var attachment = new GlideRecord('sys_attachment');
  attachment.addQuery('table_name', INBOX_TABLE);
  attachment.addQuery('table_sys_id', inboxSysId);
  attachment.addQuery('file_name', PAYLOAD_ATTACHMENT_NAME);
  // the first one: a downloaded file of the same name may sit beside it while the row is processed
  attachment.orderBy('sys_created_on');
  attachment.setLimit(1);
  attachment.query();
  return attachment.next() ? String(new GlideSysAttachment().getContent(attachment) || '') : '';
}

/** Rows of one work item through one connection that still need work (received, processing, failed with attempts
 * left), in revision order, oldest received first within a revision. One query. */
export function openRows(connectionSysId: string, remoteId: string): InboxRow[] {
  var pair = 'connection=' + connectionSysId + '^remote_id=' + remoteId;
  var gr = new GlideRecord(INBOX_TABLE);
  // One encoded query, the pair repeated in each ^NQ group: how a separate addQuery combines with ^NQ is undocumented.
  gr.addEncodedQuery(pair + '^stateINreceived,processing^NQ' + pair + '^state=failed^attempts<' + MAX_ATTEMPTS);
  gr.orderBy('remote_rev');
  gr.orderBy('sys_created_on');
  gr.query();
  var rows: InboxRow[] = [];
  while (gr.next()) rows.push(rowOf(gr));
  return sortOpen(rows);
}

/** Pairs (connection, work item) with rows the sweep should look at: received, failed with attempts left, or
 * processing past the time-out. At most `limit` rows read, longest-waiting first. One query. */
export function pairsNeedingWork(now: string, limit: number): Array<{ connection: string; remoteId: string }> {
  var stuckBefore = addMs(now, -PROCESSING_TIMEOUT_MS);
  var gr = new GlideRecord(INBOX_TABLE);
  gr.addEncodedQuery('state=received^NQstate=failed^attempts<' + MAX_ATTEMPTS + '^NQstate=processing^sys_updated_on<' + stuckBefore);
  gr.orderBy('sys_updated_on');
  gr.setLimit(limit);
  var found = distinctPairs(INBOX_QUEUE, gr);
  var pairs: Array<{ connection: string; remoteId: string }> = [];
  for (var i = 0; i < found.length; i++) pairs.push({ connection: found[i].connection, remoteId: found[i].subject });
  return pairs;
}

/** Whether a processing row's claim is older than the processing time-out (its worker died). */
export function isStuck(row: InboxRow, now: string): boolean {
  return row.state === 'processing' && claimExpired(row.updatedAt, addMs(now, -PROCESSING_TIMEOUT_MS));
}

/** Takes the row for processing if it is still in the state and attempt count the caller read: one conditional
 * updateMultiple, then a read-back of the token. True when this caller holds the claim. */
export function claimRow(row: InboxRow, token: string): boolean {
  var gr = new GlideRecord(INBOX_TABLE);
  gr.addQuery('sys_id', row.sysId);
  gr.addQuery('state', row.state);
  gr.addQuery('attempts', row.attempts);
  claimWhere(INBOX_QUEUE, gr, token, { attempts: String(row.attempts + 1) });
  var check = new GlideRecord(INBOX_TABLE);
  return check.get(row.sysId) && holds(INBOX_QUEUE, check, token);
}

/** Settles a claimed row: processed, ignored (with the reason) or failed (with the error, retried while attempts
 * remain). Only while this claim still holds it. */
export function finishRow(sysId: string, token: string, state: 'processed' | 'ignored' | 'failed', message: string): void {
  var values: { [field: string]: string } = { state: state, last_error: message };
  if (state !== 'failed') values.processed_at = nowValue();
  updateHeld(INBOX_QUEUE, token, values, sysId);
}

/** Whether another row already applied this revision of the work item (state processed): its comment and
 * attachments are then in the incident already. One query. */
export function revisionApplied(connectionSysId: string, remoteId: string, rev: number, exceptSysId: string): boolean {
  var gr = new GlideRecord(INBOX_TABLE);
  gr.addQuery('connection', connectionSysId);
  gr.addQuery('remote_id', remoteId);
  gr.addQuery('remote_rev', rev);
  gr.addQuery('state', 'processed');
  gr.addQuery('sys_id', '!=', exceptSysId);
  gr.setLimit(1);
  gr.query();
  return gr.hasNext();
}

/** Revisions of the work item that already have a row, whatever its state (the catch-up poll adds none for them). */
export function revisionsWithRows(connectionSysId: string, remoteId: string): { [rev: string]: boolean } {
  var gr = new GlideRecord(INBOX_TABLE);
  gr.addQuery('connection', connectionSysId);
  gr.addQuery('remote_id', remoteId);
  gr.addQuery('event_type', 'IN', 'workitem.created,workitem.updated,workitem.commented');
  gr.query();
  var revs: { [rev: string]: boolean } = {};
  while (gr.next()) revs[String(intValue(gr, 'remote_rev'))] = true;
  return revs;
}

/** The event type of the last processed delete or restore of the work item ('' when none): a link that a delete
 * unlinked is relinked by a restore; one an admin unlinked is not. processed_at has one-second resolution, so rows
 * processed in the same second (a delete and a restore applied in one pass) are told apart by the order the
 * processor applies them in (revision, when Azure DevOps raised them, arrival: comesBefore), never by whichever the
 * database returns first. Reads only the rows of the latest second. */
export function lastDeleteOrRestore(connectionSysId: string, remoteId: string): string {
  var gr = new GlideRecord(INBOX_TABLE);
  gr.addQuery('connection', connectionSysId);
  gr.addQuery('remote_id', remoteId);
  gr.addQuery('event_type', 'IN', 'workitem.deleted,workitem.restored');
  gr.addQuery('state', 'processed');
  gr.orderByDesc('processed_at');
  gr.query();
  var last: InboxRow | null = null;
  var second = '';
  while (gr.next()) {
    var processedAt = gr.getValue('processed_at') || '';
    if (last && processedAt !== second) break;
    second = processedAt;
    var row = rowOf(gr);
    if (!last || comesBefore(last, row)) last = row;
  }
  return last ? last.eventType : '';
}
