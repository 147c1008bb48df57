// What AzureDevOpsSync answers: the dispatcher marks the claimed outbox entries from a SyncResult, the dry-run route
// returns a DryRunResult. Types only, in their own module because a script include module exports only its class.

export type SyncOutcome = 'sent' | 'retry' | 'failed' | 'skipped' | 'deferred';

export interface SyncResult {
  /** sent: Azure DevOps has the changes; retry: try again later; failed: retrying cannot help; skipped: nothing to send;
   * deferred: not attempted (or stopped before a request) because the connection is paused: not an attempt */
  outcome: SyncOutcome;
  /** status of the request that decided the outcome (0: no HTTP answer) */
  httpStatus?: number;
  /** why, for retry/failed/skipped: Azure DevOps' own message when it gave one */
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

/** One request exactly as the sync would send it. Values only known after sending (a new work item's id, an uploaded
 * attachment's URL, the rev after an earlier request) appear as placeholders in braces: {id}, {attachmentUrl}, {rev}. */
export interface DryRunRequest {
  method: string;
  url: string;
  headers: { [name: string]: string };
  body: string;
}

export interface DryRunResponse {
  /** index into `requests` */
  request: number;
  status: number;
  body: string;
}

export interface DryRunResult {
  /** incident field -> the work item field it goes to and comes back from through this connection (the
   * description's depends on the work item type), shown even when the incident leaves a field empty */
  fields?: { [snField: string]: string };
  requests: DryRunRequest[];
  /** only with validateOnly: Azure DevOps' answers to the create or update sent with validateOnly=true */
  responses?: DryRunResponse[];
  /** fields left out because their value has no value map entry */
  skipped: Array<{ field: string; value: string; reason: string }>;
  /** set when no dry run was possible (unknown incident or connection, connection misconfigured) */
  error?: string;
}
