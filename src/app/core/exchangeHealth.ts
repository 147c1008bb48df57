// The health a connection shows after a real exchange with it, between scheduled health checks: without this a new
// connection reads `unknown` after any number of successful syncs, and one whose credential was fixed reads `down`
// until the next check. What an exchange proves is narrower than what the check tests, so it changes the stored
// health only where it proves something:
// - a delivery Azure DevOps (or a webhook receiver) accepted proves endpoint, credential and permission: `unknown`
//   and `down` become `healthy`; `degraded` only when this delivery closed the circuit (its degradation was the
//   outage), since the other reasons for it (dead entries waiting, a state the type lacks, a refresh token about to
//   expire) are not disproved by one success; an answered probe ends the outage even when it refused the request;
// - a credential or permission refusal (401, 403) is `down` with the check's own words for it;
// - an outage is the circuit breaker's to judge (it degrades the connection after enough of them in a row): a single
//   5xx or time-out says nothing lasting; other 4xx answers are about the one request (a stale rev, a bad value);
// - an inbound delivery accepted with the connection's secret proves that side only: it turns `unknown` into
//   `healthy` and changes nothing else (an outbound credential may still be wrong).
// The answer is the health the exchange shows, or null when it shows nothing that changes the stored one; the caller
// compares it with what is stored (after redacting its error as stored) and writes only a difference.
import { diagnoseCall, Diagnosis } from './healthCheck';

/** health_status and health_error as stored on the connection. */
export interface StoredHealth {
  status: string;
  error: string;
}

export interface OutboundExchange {
  direction: 'outbound';
  /** the delivery got what it sent accepted (SyncResult outcome `sent`) */
  delivered: boolean;
  /** status of the request that decided the delivery (undefined when nothing was sent) */
  httpStatus?: number;
  /** the delivery's error: the remote side's own message for a refusal */
  error?: string;
  /** the connection's auth_type (none, basic, pat, oauth2): the words for a credential refusal depend on it */
  authType: string;
  /** this delivery was the probe of an open circuit, and the remote side answered it: the circuit closed */
  circuitClosed: boolean;
}

export interface InboundExchange {
  direction: 'inbound';
}

export type Exchange = OutboundExchange | InboundExchange;

var HEALTHY: Diagnosis = { status: 'healthy', error: '' };

export function healthAfterExchange(stored: StoredHealth, exchange: Exchange): Diagnosis | null {
  if (exchange.direction === 'inbound') return stored.status === 'unknown' || stored.status === '' ? HEALTHY : null;
  var status = exchange.httpStatus;
  if (!exchange.delivered && (status === 401 || status === 403)) {
    return diagnoseCall({ status: status, message: exchange.error || '', authType: exchange.authType });
  }
  if (exchange.delivered) return stored.status !== 'degraded' || exchange.circuitClosed ? HEALTHY : null;
  // Any answer to the probe ends the outage that degraded the connection, even a refusal of this one request.
  return exchange.circuitClosed && stored.status === 'degraded' ? HEALTHY : null;
}
