// The circuit breaker of a connection: after `threshold` deliveries in a row failed because Azure DevOps was not
// available (no answer, 408, 5xx), the connection pauses for a cool-down (open); when it ends, ONE delivery goes
// out as a probe (half-open): if Azure DevOps answers, the circuit closes, otherwise it opens for another cool-down.
// A 4xx answer is not an outage: the server is there and said no, so it counts as available.

export type CircuitPosition = 'closed' | 'open' | 'half_open';

/** What a delivery said about the remote side's availability. */
export type Availability = 'available' | 'unavailable' | 'untested';

/** `openUntilMs` null: no cool-down recorded (never opened, or cleared by an admin to resume now). */
export function circuitPosition(consecutiveFailures: number, openUntilMs: number | null, nowMs: number, threshold: number): CircuitPosition {
  if (!(consecutiveFailures >= threshold) || threshold <= 0) return 'closed';
  if (openUntilMs !== null && nowMs < openUntilMs) return 'open';
  return 'half_open';
}

/** An outage answer: nothing came back, the request timed out, or the server failed. Rate limiting (429) is not an
 * outage: its own pause handles it. */
export function isOutageStatus(status: number): boolean {
  return status === 0 || status === 408 || (status >= 500 && status <= 599);
}

/**
 * @param finalStatus status of the request that ended the delivery (undefined when it sent nothing)
 * @param retrying the delivery ended asking for a retry
 * @param answered responses the delivery received that show Azure DevOps is there (anything but an outage or 429)
 */
export function deliveryAvailability(finalStatus: number | undefined, retrying: boolean, answered: number): Availability {
  if (retrying && finalStatus !== undefined && isOutageStatus(finalStatus)) return 'unavailable';
  return answered > 0 ? 'available' : 'untested';
}
