// Limits of the retry policy that an admin tunes without a code change: system properties (declared with the same
// defaults in src/fluent/reliability), read when needed so a change applies to the next delivery. A connection's own
// max_attempts and request_timeout_ms override the outbox's and the client's defaults; these apply to every
// connection.
import { integerProperty } from '../platform/properties';

/** x_incb_bridge.rate_limit.slow_down_below: with fewer TSTUs left than this (X-RateLimit-Remaining), requests to
 * the connection are spaced out. */
export var DEFAULT_SLOW_DOWN_BELOW = 20;
/** x_incb_bridge.rate_limit.default_pause_seconds: the window of a 429 that names none. */
export var DEFAULT_RATE_LIMIT_PAUSE_SECONDS = 60;
/** x_incb_bridge.circuit.failure_threshold: deliveries failing in a row (outages) before the circuit opens. */
export var DEFAULT_CIRCUIT_FAILURE_THRESHOLD = 5;
/** x_incb_bridge.circuit.cooldown_seconds: how long an open circuit pauses the connection before one probe. */
export var DEFAULT_CIRCUIT_COOLDOWN_SECONDS = 300;
/** x_incb_bridge.log.retention_days: days log rows and finished outbox/inbox entries are kept. */
export var DEFAULT_RETENTION_DAYS = 30;
/** x_incb_bridge.retention.batch_size: rows the retention job deletes per table and run at most. */
export var DEFAULT_RETENTION_BATCH_SIZE = 1000;
/** x_incb_bridge.health.refresh_token_warning_days: a connection whose OAuth refresh token expires within this many
 * days is reported degraded by the health check. */
export var DEFAULT_REFRESH_TOKEN_WARNING_DAYS = 14;

/** A property that must not be negative (0 is allowed and turns the slow-down off), else its default. */
function notNegative(name: string, defaultValue: number): number {
  var value = integerProperty(name, defaultValue);
  return value >= 0 ? value : defaultValue;
}

function positive(name: string, defaultValue: number): number {
  var value = integerProperty(name, defaultValue);
  return value > 0 ? value : defaultValue;
}

export function slowDownBelow(): number {
  return notNegative('rate_limit.slow_down_below', DEFAULT_SLOW_DOWN_BELOW);
}

export function defaultRateLimitPauseMs(): number {
  return positive('rate_limit.default_pause_seconds', DEFAULT_RATE_LIMIT_PAUSE_SECONDS) * 1000;
}

export function circuitFailureThreshold(): number {
  return positive('circuit.failure_threshold', DEFAULT_CIRCUIT_FAILURE_THRESHOLD);
}

export function circuitCooldownMs(): number {
  return positive('circuit.cooldown_seconds', DEFAULT_CIRCUIT_COOLDOWN_SECONDS) * 1000;
}

export function refreshTokenWarningDays(): number {
  return notNegative('health.refresh_token_warning_days', DEFAULT_REFRESH_TOKEN_WARNING_DAYS);
}

export function retentionDays(): number {
  return positive('log.retention_days', DEFAULT_RETENTION_DAYS);
}

export function retentionBatchSize(): number {
  return positive('retention.batch_size', DEFAULT_RETENTION_BATCH_SIZE);
}
