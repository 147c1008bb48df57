// The outbox's tunable limits: system properties (declared with the same defaults in src/fluent/outbox), read at
// the moment they are needed so an admin's change applies to the next delivery without a restart.
import { integerProperty } from '../platform/properties';

/** x_incb_bridge.outbox.claim_timeout_seconds: a claim older than this belongs to a dispatcher that died mid-send. */
export var DEFAULT_CLAIM_TIMEOUT_SECONDS = 300;
/** x_incb_bridge.outbox.max_attempts: attempts before an entry goes dead (a connection's max_attempts overrides). */
export var DEFAULT_MAX_ATTEMPTS = 8;
/** x_incb_bridge.outbox.backoff_base_seconds / backoff_max_seconds: the retry delay ceiling starts at the base and
 * doubles per attempt up to the maximum; the delay itself is drawn at random below the ceiling (full jitter). */
export var DEFAULT_BACKOFF_BASE_SECONDS = 30;
export var DEFAULT_BACKOFF_MAX_SECONDS = 3600;

/** A positive integer property, else its default (zero or a negative number would disable the limit by accident). */
function positive(name: string, defaultValue: number): number {
  var value = integerProperty(name, defaultValue);
  return value > 0 ? value : defaultValue;
}

export function claimTimeoutMs(): number {
  return positive('outbox.claim_timeout_seconds', DEFAULT_CLAIM_TIMEOUT_SECONDS) * 1000;
}

/** The connection's own limit when it has one (connection.max_attempts, '' or null when unset), else the property. */
export function maxAttempts(connectionLimit: string | null): number {
  var own = parseInt(String(connectionLimit || ''), 10);
  return own > 0 ? own : positive('outbox.max_attempts', DEFAULT_MAX_ATTEMPTS);
}

export function backoffBaseMs(): number {
  return positive('outbox.backoff_base_seconds', DEFAULT_BACKOFF_BASE_SECONDS) * 1000;
}

export function backoffMaxMs(): number {
  return positive('outbox.backoff_max_seconds', DEFAULT_BACKOFF_MAX_SECONDS) * 1000;
}
