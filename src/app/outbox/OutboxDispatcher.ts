// Script include: delivers outbox entries, on the platform's own async machinery so the work spreads over the
// instance's worker nodes. dispatch() runs from the script action of x_incb_bridge.outbox.queued (one event per
// entry written); sweep() runs from the scheduled job every minute for retries that came due, claims abandoned by a
// dispatcher that died, and anything an event missed.
//
// Per (connection, incident): deliver only when the oldest waiting entry is due and no live claim exists (order),
// claim ALL its queued entries at once (atomic, see outboxClaims.ts), coalesce their payloads into one sync (a burst
// of saves = one request carrying the latest values, read at send time), then mark every claimed entry from the
// SyncResult: sent, skipped, failed, back to the queue with a backoff (dead after the maximum attempts), or back to
// the queue until the connection's pause ends (deferred: not an attempt). A paused connection (rate limit, circuit
// breaker) gets nothing more from a sweep or a resume run: its resume event picks up when the pause ends.
import AzureDevOpsSync from '../azure-devops/AzureDevOpsSync';
import IntegrationLogWriter from '../logging/IntegrationLogWriter';
import PushSender from '../push/PushSender';
import { parsePushPayload } from '../push/pushPayload';
import { backoffDelayMs } from '../core/delivery';
import { redactText } from '../core/redact';
import { truncate } from '../core/truncate';
import { OutboxPayload, coalesce, parsePayload } from '../core/outboxPayload';
import { OUTBOX_TABLE } from '../core/tables';
import { findConnectionRow } from '../model/connection';
import { SyncResult } from '../sync/deliveryResult';
import { addMs, nowValue } from '../platform/clock';
import { ClaimedEntry, claimQueued, duePairs, isDue, readClaim, releaseClaim, requeueAbandoned, updateClaimed } from '../queue/outboxClaims';
import { backoffBaseMs, backoffMaxMs, claimTimeoutMs, maxAttempts } from '../queue/outboxSettings';
import { reportDeadDelivery } from '../reliability/deadLetters';
import { saveOrThrow } from '../platform/records';

/** Deliveries of one (connection, incident) in one dispatch: entries that arrive while one is sent go out next. */
var MAX_ROUNDS = 5;
/** Due rows a sweep reads; a longer queue is worked off over the following minutes (and by its events). */
var SWEEP_ROWS = 500;
var UNREADABLE_PAYLOAD = 'The entry payload is not a valid outbox payload; it cannot be sent';
/** last_error is a string(4000) column. */
var LAST_ERROR_MAX = 4000;
/** The log row of a delivery given up says so in its operation, so it can be found without reading its error. */
var DEAD_LETTER_OPERATION = 'dead_letter';

/** What one claim-send-mark cycle came to: nothing (left) to deliver, a delivery, a delivery to try again later
 * (later means later: even a jittered delay under a second does not make this dispatch send it again at once), or a
 * delivery after which the connection is paused. */
type DeliveryStep = 'nothing' | 'delivered' | 'later' | 'paused';
var NOTHING: DeliveryStep = 'nothing';
var DELIVERED: DeliveryStep = 'delivered';
var LATER: DeliveryStep = 'later';
var PAUSED: DeliveryStep = 'paused';

export default class OutboxDispatcher {
  /** Delivers the incident's due entries; returns true when the connection turned out to be paused (rate limit or
   * circuit breaker), so a caller working through several incidents stops sending to it. */
  dispatch(connectionSysId: string, incidentSysId: string): boolean {
    if (!connectionSysId || !incidentSysId) return false;
    for (var round = 0; round < MAX_ROUNDS; round++) {
      var step = this.deliverOnce(connectionSysId, incidentSysId);
      if (step === PAUSED) return true;
      if (step === NOTHING || step === LATER) return false;
    }
    return false;
  }

  sweep(): void {
    var now = nowValue();
    requeueAbandoned(addMs(now, -claimTimeoutMs()));
    var pairs = duePairs(now, SWEEP_ROWS);
    var paused: { [connectionSysId: string]: boolean } = {};
    for (var i = 0; i < pairs.length; i++) {
      if (paused[pairs[i].connection]) continue;
      if (this.dispatch(pairs[i].connection, pairs[i].incident)) paused[pairs[i].connection] = true;
    }
  }

  /** A connection's pause ended (event x_incb_bridge.connection.resume): deliver its due entries, longest waiting
   * first, until it pauses again. */
  resume(connectionSysId: string): void {
    if (!connectionSysId) return;
    var pairs = duePairs(nowValue(), SWEEP_ROWS, connectionSysId);
    for (var i = 0; i < pairs.length; i++) {
      if (this.dispatch(pairs[i].connection, pairs[i].incident)) return;
    }
  }

  /** One claim-send-mark cycle. */
  private deliverOnce(connectionSysId: string, incidentSysId: string): DeliveryStep {
    var now = nowValue();
    var claimExpiry = addMs(now, -claimTimeoutMs());
    if (!isDue(connectionSysId, incidentSysId, now, claimExpiry)) return NOTHING;
    var token = gs.generateGUID();
    claimQueued(connectionSysId, incidentSysId, token, now);
    var claim = readClaim(connectionSysId, incidentSysId, token, claimExpiry);
    // Lost the race: another dispatcher claimed these rows first.
    if (claim.entries.length === 0) return NOTHING;
    // Another dispatcher claimed older entries of this incident between our check and our claim: sending ours now
    // could overtake them (or create a second work item). It delivers ours once it is done, or the sweep does.
    if (claim.behindOlderClaim) {
      releaseClaim(token);
      return NOTHING;
    }
    // Response-plan pushes to webhook connections (operation push) go to their own sender; the entries say which
    // kind they are, so routing costs no read of the connection.
    if (parsePushPayload(claim.entries[0].payload)) {
      var pushAttempt = this.attemptNumber(claim.entries);
      var pushed = this.push(connectionSysId, claim.entries, pushAttempt);
      this.settle(token, connectionSysId, incidentSysId, pushAttempt, pushed);
      return pushed.pausedUntilMs ? PAUSED : DELIVERED;
    }
    var payloads = this.readablePayloads(claim.entries);
    if (payloads.length === 0) return DELIVERED;
    var attempt = this.attemptNumber(claim.entries);
    var result = this.sync(connectionSysId, coalesce(payloads), claim.entries[0].sysId, attempt);
    this.settle(token, connectionSysId, incidentSysId, attempt, result);
    if (result.pausedUntilMs) return PAUSED;
    return result.outcome === 'retry' || result.outcome === 'deferred' ? LATER : DELIVERED;
  }

  /** Payloads in sequence order; entries whose payload cannot be read fail on their own, the rest go out. */
  private readablePayloads(entries: ClaimedEntry[]): OutboxPayload[] {
    var payloads: OutboxPayload[] = [];
    for (var i = 0; i < entries.length; i++) {
      var payload = parsePayload(entries[i].payload);
      if (payload) {
        payloads.push(payload);
        continue;
      }
      var gr = new GlideRecord(OUTBOX_TABLE);
      if (!gr.get(entries[i].sysId)) continue;
      gr.setValue('state', 'failed');
      gr.setValue('last_error', UNREADABLE_PAYLOAD);
      saveOrThrow(gr, 'an outbox entry whose payload cannot be read');
    }
    return payloads;
  }

  /** The claimed entries go out as one delivery, so they share one attempt count: the most any of them had, plus one. */
  private attemptNumber(entries: ClaimedEntry[]): number {
    var most = 0;
    for (var i = 0; i < entries.length; i++) most = Math.max(most, entries[i].attempts);
    return most + 1;
  }

  /** The sender's answer; an exception (a bug, the database) is a failed attempt to retry, never a lost entry. */
  private sync(connectionSysId: string, payload: OutboxPayload, outboxSysId: string, attempt: number): SyncResult {
    try {
      return new AzureDevOpsSync(connectionSysId).syncIncident(payload, { outbox: outboxSysId, attempt: attempt });
    } catch (e) {
      return { outcome: 'retry', error: 'The sync stopped with an error: ' + String(e) };
    }
  }

  /** The push sender's answer; an exception is a failed attempt to retry, as for a sync. */
  private push(connectionSysId: string, entries: ClaimedEntry[], attempt: number): SyncResult {
    try {
      return new PushSender().send(connectionSysId, entries, attempt);
    } catch (e) {
      return { outcome: 'retry', error: 'The push stopped with an error: ' + String(e) };
    }
  }

  private settle(token: string, connectionSysId: string, incidentSysId: string, attempt: number, result: SyncResult): void {
    var now = nowValue();
    // The error may quote what a remote system echoed (a proxy's error page with the request's credentials): it is
    // redacted like every log text before an admin can read it on the entry.
    var error = truncate(redactText(result.error || ''), LAST_ERROR_MAX);
    if (result.outcome === 'sent') {
      updateClaimed(token, { state: 'sent', sent_at: now, attempts: String(attempt) });
    } else if (result.outcome === 'skipped') {
      updateClaimed(token, { state: 'skipped', last_error: error });
    } else if (result.outcome === 'deferred') {
      // Held back by the connection's pause: not an attempt. Due again when the pause ends (its resume event, or
      // the sweep, delivers it then).
      updateClaimed(token, { state: 'queued', next_attempt_at: addMs(now, result.retryAfterMs || 0), claim_token: '', claimed_at: '', last_error: error });
    } else if (result.outcome === 'retry') {
      var limit = maxAttempts(this.connectionMaxAttempts(connectionSysId));
      if (attempt >= limit) {
        updateClaimed(token, { state: 'dead', attempts: String(attempt), last_error: error });
        new IntegrationLogWriter().write({
          direction: 'internal',
          outcome: 'failure',
          connection: connectionSysId,
          incident: incidentSysId,
          httpStatus: result.httpStatus,
          attempt: attempt,
          operation: DEAD_LETTER_OPERATION,
          error: 'Outbox entries dead after ' + attempt + ' attempts: ' + error,
        });
        reportDeadDelivery(token, connectionSysId, incidentSysId, attempt, error);
        return;
      }
      // Rate limited: the window says exactly when the request may go (the connection is paused until then anyway).
      // Any other failure: the jittered backoff, or the server's Retry-After when that is longer.
      var rateLimited = result.httpStatus === 429 && result.retryAfterMs !== undefined;
      var delay = rateLimited ? (result.retryAfterMs as number) : Math.max(backoffDelayMs(attempt, backoffBaseMs(), backoffMaxMs(), Math.random), result.retryAfterMs || 0);
      updateClaimed(token, { state: 'queued', attempts: String(attempt), next_attempt_at: addMs(now, delay), claim_token: '', claimed_at: '', last_error: error });
    } else {
      updateClaimed(token, { state: 'failed', attempts: String(attempt), last_error: error || 'The sync failed' });
    }
  }

  /** connection.max_attempts ('' when unset: the property decides). */
  private connectionMaxAttempts(connectionSysId: string): string {
    var gr = findConnectionRow(connectionSysId);
    return gr ? gr.getValue('max_attempts') || '' : '';
  }
}
