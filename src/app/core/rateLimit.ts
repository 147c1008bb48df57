// What one Azure DevOps response says about the connection's rate limit, and how long to send nothing more.
// Azure DevOps (Microsoft "Rate and usage limits") meters each identity in TSTUs: near the limit its responses carry
// X-RateLimit-Remaining (TSTUs left), X-RateLimit-Limit and X-RateLimit-Reset (Unix time at which usage would be back
// to zero); past it, requests are blocked with 429 and Retry-After. A 503 may carry Retry-After too.
//
// Two kinds of pause follow:
// - a window: 429 (or 503) with Retry-After (delta-seconds or HTTP-date) = send NOTHING before it ends; a 429
//   without one falls back to X-RateLimit-Delay, then to the caller's default;
// - a slow-down: fewer TSTUs left than the caller's threshold = space requests so the budget is no longer drawn
//   down. The spacing is the time to the reset divided by the TSTUs in use (the rate at which they come back), so
//   the connection then sends exactly as fast as the limit refills; without those headers, X-RateLimit-Delay, then
//   one second.
import { parseRetryAfter } from './delivery';

export type PauseReason = 'retry_after' | 'slow_down' | '';

export interface RateLimitReading {
  /** X-RateLimit-Remaining, or null when the response did not carry it */
  remaining: number | null;
  /** milliseconds during which nothing more may be sent to the connection (0: no pause) */
  pauseMs: number;
  reason: PauseReason;
}

/** A pause longer than this comes from a broken header, not from a real limit: it is cut to this. */
export var MAX_PAUSE_MS = 24 * 3600 * 1000;
/** Spacing when the remaining budget is low and nothing says how fast it comes back. */
export var FALLBACK_SPACING_MS = 1000;

/** A header holding a non-negative number (decimals allowed), or null. Names are lower case (HttpResult). */
function numberHeader(headers: { [name: string]: string }, name: string): number | null {
  var raw = headers[name];
  if (raw === undefined || raw === null) return null;
  var text = String(raw).trim();
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  return parseFloat(text);
}

function capped(ms: number): number {
  return Math.min(MAX_PAUSE_MS, Math.max(0, Math.ceil(ms)));
}

/** The spacing that keeps the remaining budget where it is: time to reset / TSTUs in use, else the other hints. */
function spacingMs(headers: { [name: string]: string }, remaining: number, nowMs: number): number {
  var resetSeconds = numberHeader(headers, 'x-ratelimit-reset');
  var limit = numberHeader(headers, 'x-ratelimit-limit');
  if (resetSeconds !== null && limit !== null && limit > remaining) {
    var untilReset = resetSeconds * 1000 - nowMs;
    if (untilReset > 0) return untilReset / (limit - remaining);
  }
  var delaySeconds = numberHeader(headers, 'x-ratelimit-delay');
  if (delaySeconds !== null && delaySeconds > 0) return delaySeconds * 1000;
  return FALLBACK_SPACING_MS;
}

/**
 * @param headers response headers, lower-case names
 * @param slowDownBelow remaining TSTUs under which requests are spaced (0 turns the slow-down off)
 * @param default429PauseMs window of a 429 that names none (neither Retry-After nor X-RateLimit-Delay)
 */
export function readRateLimit(status: number, headers: { [name: string]: string }, nowMs: number, slowDownBelow: number, default429PauseMs: number): RateLimitReading {
  var remainingValue = numberHeader(headers, 'x-ratelimit-remaining');
  var remaining = remainingValue === null ? null : Math.floor(remainingValue);
  if (status === 429 || status === 503) {
    var retryAfter = headers['retry-after'] ? parseRetryAfter(headers['retry-after'], nowMs) : null;
    if (retryAfter !== null) return { remaining: remaining, pauseMs: capped(retryAfter), reason: 'retry_after' };
    if (status === 429) {
      var delaySeconds = numberHeader(headers, 'x-ratelimit-delay');
      var pause = delaySeconds !== null && delaySeconds > 0 ? delaySeconds * 1000 : default429PauseMs;
      return { remaining: remaining, pauseMs: capped(pause), reason: 'retry_after' };
    }
    // A 503 without Retry-After is an outage, not a limit: the circuit breaker deals with those.
  }
  if (remaining !== null && remaining < slowDownBelow) {
    return { remaining: remaining, pauseMs: capped(spacingMs(headers, remaining, nowMs)), reason: 'slow_down' };
  }
  return { remaining: remaining, pauseMs: 0, reason: '' };
}
