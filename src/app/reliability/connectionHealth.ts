// What an exchange shows about a connection's health (core/exchangeHealth.ts), as the values to write on its row:
// nothing when the row already says it, so a steady stream of successful deliveries writes nothing at all. The error
// is redacted and cut as every stored health error is, before it is compared with the stored one.
import { Exchange, healthAfterExchange, StoredHealth } from '../core/exchangeHealth';
import { redactText } from '../core/redact';
import { CONNECTION_TABLE } from '../core/tables';
import { truncate } from '../core/truncate';
import { nowValue } from '../platform/clock';

/** health_error is a string(1000) column. */
var HEALTH_ERROR_MAX = 1000;

/** A connection's health_error as stored: redacted, then cut to the column's length. Every writer of the column uses it. */
export function healthErrorText(text: string): string {
  return truncate(redactText(text), HEALTH_ERROR_MAX);
}

/** The health a connection row read earlier shows (the caller has read it anyway: no query of its own). */
export function storedHealthOf(connection: GlideRecord): StoredHealth {
  return { status: connection.getValue('health_status') || '', error: connection.getValue('health_error') || '' };
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
    var gr = new GlideRecord(CONNECTION_TABLE);
    if (!gr.get(connectionSysId)) return;
    for (var field in values) {
      if (Object.prototype.hasOwnProperty.call(values, field)) gr.setValue(field, values[field]);
    }
    gr.setWorkflow(false);
    if (!gr.update()) gs.error('Incident Bridge: the connection ' + connectionSysId + ' refused its health: ' + (gr.getLastErrorMessage() || 'the update was refused'));
  } catch (e) {
    gs.error('Incident Bridge: could not record the health of the connection ' + connectionSysId + ': ' + String(e));
  }
}
