// The outbox rows of one (connection, incident) as the dispatcher sees them: whether it may deliver now, claiming
// the queued rows, reading the claim back, and giving it up, on the shared queue mechanism (workQueue.ts). A claim is
// state sending + claim_token + claimed_at over every queued row of the pair at once (a delivery sends them
// together). Claims older than the claim timeout belong to a dispatcher that died mid-send and are put back in the
// queue.
import { OUTBOX_TABLE } from '../core/tables';
import { setForUpdateMultiple } from '../platform/records';
import { claimExpired, claimWhere, distinctPairs, holds, intValue, pairQuery, QueueTable, updateHeld } from './workQueue';

/** The outbox as a work queue: pairs of (connection, incident); a held row is sending under claim_token. */
export var OUTBOX_QUEUE: QueueTable = {
  table: OUTBOX_TABLE,
  pairColumns: ['connection', 'incident'],
  heldState: 'sending',
  tokenColumn: 'claim_token',
  claimedAtColumn: 'claimed_at',
  tokenText: function (token: string): string {
    return token;
  },
};

export interface ClaimedEntry {
  sysId: string;
  sequence: number;
  payload: string;
  attempts: number;
}

export interface Claim {
  /** rows carrying this claim's token, in sequence order */
  entries: ClaimedEntry[];
  /** another live claim holds an older entry of the same incident: this one must wait for it (order) */
  behindOlderClaim: boolean;
}

/** A sending row whose claim is older than `claimExpiry` (or has no claim time at all) was abandoned. */
function isAbandoned(gr: GlideRecord, claimExpiry: string): boolean {
  return claimExpired(gr.getValue('claimed_at') || '', claimExpiry);
}

/** Deliver now? Only when no entry of the pair is sending under a live claim and its OLDEST waiting entry (queued,
 * or abandoned mid-send) is due: a retry scheduled for later holds back every newer entry, so changes of one
 * incident never overtake each other. Abandoned claims of the pair are requeued on the way. */
export function isDue(connectionSysId: string, incidentSysId: string, now: string, claimExpiry: string): boolean {
  var gr = pairQuery(OUTBOX_QUEUE, connectionSysId, incidentSysId);
  gr.addQuery('state', 'IN', 'queued,sending');
  gr.orderBy('sequence');
  gr.query();
  var oldestDue: boolean | null = null;
  var abandoned = false;
  while (gr.next()) {
    if (gr.getValue('state') === 'sending') {
      if (!isAbandoned(gr, claimExpiry)) return false;
      abandoned = true;
    }
    if (oldestDue === null) {
      var nextAttempt = gr.getValue('next_attempt_at') || '';
      oldestDue = nextAttempt === '' || nextAttempt <= now;
    }
  }
  if (abandoned) requeueAbandoned(claimExpiry, connectionSysId, incidentSysId);
  return oldestDue === true;
}

/** Claims every queued row of the pair (due or not: the newer ones ride along with the oldest). */
export function claimQueued(connectionSysId: string, incidentSysId: string, token: string, now: string): void {
  var gr = pairQuery(OUTBOX_QUEUE, connectionSysId, incidentSysId);
  gr.addQuery('state', 'queued');
  claimWhere(OUTBOX_QUEUE, gr, token, { claimed_at: now });
}

/** The rows this claim won, and whether an older live claim of the pair exists (a dispatcher that claimed between
 * our readiness check and our claim); one query over the pair's sending rows. */
export function readClaim(connectionSysId: string, incidentSysId: string, token: string, claimExpiry: string): Claim {
  var gr = pairQuery(OUTBOX_QUEUE, connectionSysId, incidentSysId);
  gr.addQuery('state', 'sending');
  gr.orderBy('sequence');
  gr.query();
  var entries: ClaimedEntry[] = [];
  var oldestOther = -1;
  while (gr.next()) {
    var sequence = intValue(gr, 'sequence');
    if (holds(OUTBOX_QUEUE, gr, token)) {
      entries.push({ sysId: gr.getUniqueValue(), sequence: sequence, payload: gr.getValue('payload') || '', attempts: intValue(gr, 'attempts') });
    } else if (oldestOther < 0 && !isAbandoned(gr, claimExpiry)) {
      oldestOther = sequence;
    }
  }
  return { entries: entries, behindOlderClaim: entries.length > 0 && oldestOther >= 0 && oldestOther < entries[0].sequence };
}

/** Sets `values` on the rows still held by the claim (a claim requeued as abandoned is no longer ours to mark). */
export function updateClaimed(token: string, values: { [field: string]: string }): void {
  updateHeld(OUTBOX_QUEUE, token, values);
}

/** Puts the claim's rows back in the queue untouched, for whoever delivers the older entries to pick up. */
export function releaseClaim(token: string): void {
  updateClaimed(token, { state: 'queued', claim_token: '', claimed_at: '' });
}

/** Requeues sending rows whose claim is older than `claimExpiry`; all of them, or those of one pair. */
export function requeueAbandoned(claimExpiry: string, connectionSysId?: string, incidentSysId?: string): void {
  var gr = connectionSysId && incidentSysId ? pairQuery(OUTBOX_QUEUE, connectionSysId, incidentSysId) : new GlideRecord(OUTBOX_TABLE);
  gr.addQuery('state', 'sending');
  gr.addEncodedQuery('claimed_at<' + claimExpiry + '^ORclaimed_atISEMPTY');
  gr.setValue('state', 'queued');
  setForUpdateMultiple(gr, 'claim_token', '');
  setForUpdateMultiple(gr, 'claimed_at', '');
  gr.setWorkflow(false);
  gr.updateMultiple();
}

/** Distinct (connection, incident) pairs with a due queued entry, the longest-waiting first, at most `limit` rows read;
 * of all connections, or of one. */
export function duePairs(now: string, limit: number, connectionSysId?: string): Array<{ connection: string; incident: string }> {
  var gr = new GlideRecord(OUTBOX_TABLE);
  if (connectionSysId) gr.addQuery('connection', connectionSysId);
  gr.addQuery('state', 'queued');
  gr.addEncodedQuery('next_attempt_at<=' + now + '^ORnext_attempt_atISEMPTY');
  gr.orderBy('next_attempt_at');
  gr.setLimit(limit);
  var found = distinctPairs(OUTBOX_QUEUE, gr);
  var pairs: Array<{ connection: string; incident: string }> = [];
  for (var i = 0; i < found.length; i++) pairs.push({ connection: found[i].connection, incident: found[i].subject });
  return pairs;
}
