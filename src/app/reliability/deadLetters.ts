// What happens when a delivery gives up (its entries become dead after the last attempt): the event
// x_incb_bridge.outbox.dead is queued for the oldest of the delivery's entries, which sends the email notification
// "Incident Bridge: outbox entry dead" to the connection's support group, and the connection's health turns degraded
// with the error (unless it is already down: a failed health check says more). The entries stay in the outbox until
// an admin retries or discards them (OutboxAdmin, UI actions on the outbox).
import { OUTBOX_TABLE } from '../core/tables';
import { findConnectionRow, storedHealthOf, updateConnectionRow } from '../model/connection';
import { degradedHealthValues } from './connectionHealth';

export var OUTBOX_DEAD_EVENT = 'x_incb_bridge.outbox.dead';


/** The oldest dead entry still carrying the delivery's claim token, or null. */
function oldestDeadEntry(token: string): GlideRecord | null {
  var gr = new GlideRecord(OUTBOX_TABLE);
  gr.addQuery('claim_token', token);
  gr.addQuery('state', 'dead');
  gr.orderBy('sequence');
  gr.setLimit(1);
  gr.query();
  return gr.next() ? gr : null;
}

/** Called once per delivery whose entries just became dead (they carry claim token `token`). */
export function reportDeadDelivery(token: string, connectionSysId: string, incidentSysId: string, attempts: number, error: string): void {
  var entry = oldestDeadEntry(token);
  if (entry) gs.eventQueue(OUTBOX_DEAD_EVENT, entry, connectionSysId, incidentSysId);
  var connection = findConnectionRow(connectionSysId);
  if (!connection) return;
  var number = entry ? entry.getDisplayValue('incident') : incidentSysId;
  var reason = 'Delivery of ' + number + ' gave up after ' + attempts + ' attempts (outbox entry dead): ' + error;
  updateConnectionRow(connection, degradedHealthValues(storedHealthOf(connection), reason), 'the connection\'s health after a dead delivery');
}
