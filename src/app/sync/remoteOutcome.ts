// An HTTP answer as the port's Outcome failure (docs/connectors.md "Error semantics"): what every connector hands the
// engine for a request that did not succeed, decided the way the Azure DevOps sender and the push sender decide it
// today (core/delivery.ts classifyStatus, Retry-After through parseRetryAfter, a paused connection deferred).
import { classifyStatus, parseRetryAfter } from '../core/delivery';
import { HttpResult } from '../platform/http';
import { RemoteFailure } from './connectorPort';

/** `message`: the remote side's words for an HTTP answer (Connector.errorMessage); status 0 gets the transport's. */
export function failureOf(result: HttpResult, message: string): RemoteFailure {
  if (result.pausedMs) return { kind: 'deferred', doubtful: false, httpStatus: 0, message: result.errorMessage || 'Not sent: the connection is paused', retryAfterMs: result.pausedMs };
  var text = result.status === 0 ? 'No response: ' + (result.errorMessage || 'transport error') : message;
  var kind = classifyStatus(result.status);
  if (kind === 'conflict') return { kind: 'conflict', doubtful: false, httpStatus: result.status, message: text };
  if (kind === 'fail') return { kind: 'failed', doubtful: false, httpStatus: result.status, message: text };
  // No answer, 408, 425, 5xx: it may have been carried out. 429: refused before it was.
  var failure: RemoteFailure = { kind: 'retry', doubtful: result.status !== 429, httpStatus: result.status, message: text };
  var retryAfter = result.headers['retry-after'];
  if (retryAfter) {
    var delay = parseRetryAfter(retryAfter, new GlideDateTime().getNumericValue());
    if (delay !== null) failure.retryAfterMs = delay;
  }
  return failure;
}

/** A 2xx the connector could not read: it may have been carried out. */
export function unreadable(result: HttpResult, message: string): RemoteFailure {
  return { kind: 'retry', doubtful: true, httpStatus: result.status, message: message };
}
