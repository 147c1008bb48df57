// The one place that decides what a connection's health columns (health_status, health_error, health_checked_at)
// become: after a health check, after a real exchange (core/exchangeHealth.ts: nothing when the row already says it,
// so a steady stream of successful deliveries writes nothing at all), when deliveries pause or give up. Every error
// is redacted and cut as every stored health error is. The row itself is written through model/connection.ts, by the
// caller that decided to write (the gate writes health together with its circuit columns, in one update).
import { Exchange, healthAfterExchange, StoredHealth } from '../core/exchangeHealth';
import { redactText } from '../core/redact';
import { updateConnection } from '../model/connection';
import { truncate } from '../core/truncate';
import { nowValue } from '../platform/clock';

/** health_error is a string(1000) column. */
var HEALTH_ERROR_MAX = 1000;

/** A connection's health_error as stored: redacted, then cut to the column's length. Every writer of the column uses it. */
export function healthErrorText(text: string): string {
  return truncate(redactText(text), HEALTH_ERROR_MAX);
}

/** The columns a health check writes: what it found, and when. */
export function checkedHealthValues(found: StoredHealth): { [column: string]: string } {
  return { health_status: found.status, health_error: healthErrorText(found.error), health_checked_at: nowValue() };
}

/** The columns that say deliveries are in trouble (paused, or given up): degraded with the reason, unless `stored`
 * says down (a failed health check says more; null: whatever is stored). */
export function degradedHealthValues(stored: StoredHealth | null, error: string): { [column: string]: string } {
  var values: { [column: string]: string } = { health_error: healthErrorText(error) };
  if (!stored || stored.status !== 'down') values.health_status = 'degraded';
  return values;
}

/** health_status, health_error and health_checked_at to write, or null when `stored` already shows what the
 * exchange does. */
export function exchangeHealthValues(stored: StoredHealth, exchange: Exchange): { [field: string]: string } | null {
  var next = healthAfterExchange(stored, exchange);
  if (!next) return null;
  var error = healthErrorText(next.error);
  if (next.status === stored.status && error === stored.error) return null;
  return { health_status: next.status, health_error: error, health_checked_at: nowValue() };
}

/** Writes what exchangeHealthValues() finds, when it finds anything (no business rules: bookkeeping). Best effort,
 * never throwing: its callers have delivered or stored the exchange already, and failing them now would only make
 * the exchange happen again (a push sent twice, a hook delivered again). */
export function recordExchangeHealth(connectionSysId: string, stored: StoredHealth, exchange: Exchange): void {
  var values = exchangeHealthValues(stored, exchange);
  if (!values) return;
  try {
    updateConnection(connectionSysId, values, 'the connection\'s health');
  } catch (e) {
    gs.error('Incident Bridge: could not record the health of the connection ' + connectionSysId + ': ' + String(e));
  }
}
