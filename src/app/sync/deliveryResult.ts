// What a delivery answers: the dispatcher marks the claimed outbox entries from a SyncResult (and the connection gate
// settles its circuit and health from it). Types only, in their own module because a script include module exports
// only its class.

export type SyncOutcome = 'sent' | 'retry' | 'failed' | 'skipped' | 'deferred';

export interface SyncResult {
  /** sent: the remote side has the changes; retry: try again later; failed: retrying cannot help; skipped: nothing to
   * send; deferred: not attempted (or stopped before a request) because the connection is paused: not an attempt */
  outcome: SyncOutcome;
  /** status of the request that decided the outcome (0: no HTTP answer) */
  httpStatus?: number;
  /** why, for retry/failed/skipped: the remote side's own message when it gave one */
  error?: string;
  /** the server's Retry-After, in ms, for a retry; for a deferral, how long the connection stays paused */
  retryAfterMs?: number;
  /** the connection accepts nothing before this time (epoch ms): deliver nothing more through it until then */
  pausedUntilMs?: number;
}

/** Where the sync was started from, for the integration log rows it writes. */
export interface SyncContext {
  /** sys_id of an outbox entry being delivered */
  outbox?: string;
  /** delivery attempt, from 1 */
  attempt?: number;
}
