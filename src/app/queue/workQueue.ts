// The one claim/attempt/sweep mechanism under the app's two queues: the outbox (changes waiting to be sent) and the
// inbox (remote events waiting to be applied). Work is grouped in pairs (a connection and the incident or remote
// record it concerns) and done in order within a pair, by one worker at a time:
// - a claim is ONE updateMultiple() whose query names the state the claimer read (on an instance a single
//   UPDATE ... WHERE, so of two workers racing for the same rows each row goes to exactly one), writing a token that
//   the claimer then reads back: holding the token is holding the row;
// - later writes of a held row are conditional on the token too, so a claim that was taken back (its worker looked
//   dead) is no longer its old holder's to settle;
// - a claim older than the queue's time-out belongs to a worker that died and is taken back;
// - the sweep finds pairs with waiting work in one bounded query, the longest-waiting first.
// The queues differ where their work does: the outbox claims every queued row of a pair at once (a delivery sends
// them together) and keeps its token in claim_token; the inbox claims one row at a time, conditional on its attempt
// count too, and keeps its token in last_error as "Processing (claim ...)", which is what an admin looking at a row
// in progress should read. Both are described by a QueueTable.
import { setForUpdateMultiple } from '../platform/records';

export interface QueueTable {
  table: string;
  /** the columns of a pair: the connection, and the record the work concerns */
  pairColumns: [string, string];
  /** the state of a row a worker holds */
  heldState: string;
  /** the column that carries the holder's token */
  tokenColumn: string;
  /** the column that tells when the row was claimed */
  claimedAtColumn: string;
  /** the token as written in tokenColumn */
  tokenText(token: string): string;
}

/** One pair with waiting work: the connection and the record (incident, remote id) the work concerns. */
export interface QueuePair {
  connection: string;
  subject: string;
}

/** An integer column ('' and garbage read as 0). */
export function intValue(gr: GlideRecord, field: string): number {
  var value = parseInt(gr.getValue(field) || '0', 10);
  return isNaN(value) ? 0 : value;
}

/** A query over the rows of one pair. */
export function pairQuery(queue: QueueTable, connectionSysId: string, subject: string): GlideRecord {
  var gr = new GlideRecord(queue.table);
  gr.addQuery(queue.pairColumns[0], connectionSysId);
  gr.addQuery(queue.pairColumns[1], subject);
  return gr;
}

/** Whether a claim taken at `claimedAt` is older than `claimExpiry` (or has no time at all): its worker died. */
export function claimExpired(claimedAt: string, claimExpiry: string): boolean {
  return claimedAt === '' || claimedAt < claimExpiry;
}

/** Whether the row read in `gr` is held under `token`. */
export function holds(queue: QueueTable, gr: GlideRecord, token: string): boolean {
  return gr.getValue('state') === queue.heldState && gr.getValue(queue.tokenColumn) === queue.tokenText(token);
}

function setAll(gr: GlideRecord, values: { [field: string]: string }): void {
  for (var field in values) {
    if (Object.prototype.hasOwnProperty.call(values, field)) setForUpdateMultiple(gr, field, values[field]);
  }
}

/** Claims the rows `gr` selects (its conditions include the state the claimer read): held state, token and `values`
 * in one conditional update, without business rules (bookkeeping). */
export function claimWhere(queue: QueueTable, gr: GlideRecord, token: string, values: { [field: string]: string }): void {
  gr.setValue('state', queue.heldState);
  gr.setValue(queue.tokenColumn, queue.tokenText(token));
  setAll(gr, values);
  gr.setWorkflow(false);
  gr.updateMultiple();
}

/** Sets `values` on the rows still held under `token` (of one row, when `sysId` is given): a claim taken back is no
 * longer its old holder's to settle. One conditional update. */
export function updateHeld(queue: QueueTable, token: string, values: { [field: string]: string }, sysId?: string): void {
  var gr = new GlideRecord(queue.table);
  if (sysId) gr.addQuery('sys_id', sysId);
  gr.addQuery('state', queue.heldState);
  gr.addQuery(queue.tokenColumn, queue.tokenText(token));
  setAll(gr, values);
  gr.setWorkflow(false);
  gr.updateMultiple();
}

/** The distinct pairs of the rows `gr` selects, in its order (the caller bounds and orders the query). */
export function distinctPairs(queue: QueueTable, gr: GlideRecord): QueuePair[] {
  gr.query();
  var seen: { [key: string]: boolean } = {};
  var pairs: QueuePair[] = [];
  while (gr.next()) {
    var connection = gr.getValue(queue.pairColumns[0]) || '';
    var subject = gr.getValue(queue.pairColumns[1]) || '';
    var key = connection + ':' + subject;
    if (seen[key] || !connection || !subject) continue;
    seen[key] = true;
    pairs.push({ connection: connection, subject: subject });
  }
  return pairs;
}
