// Writing an outbox entry: the next sequence number of its (connection, incident), the row (state queued, due now),
// and the event that wakes the dispatcher. Three database writes-or-reads; no HTTP.
import { OUTBOX_TABLE } from '../core/tables';
import { nowValue } from '../platform/clock';
import { OUTBOX_QUEUED_EVENT } from './outboxEvent';

/** One more than the highest sequence of the (connection, incident); 1 for the first entry. */
function nextSequence(connectionSysId: string, incidentSysId: string): number {
  var gr = new GlideRecord(OUTBOX_TABLE);
  gr.addQuery('connection', connectionSysId);
  gr.addQuery('incident', incidentSysId);
  gr.orderByDesc('sequence');
  gr.setLimit(1);
  gr.query();
  if (!gr.next()) return 1;
  var last = parseInt(gr.getValue('sequence') || '0', 10);
  return (isNaN(last) ? 0 : last) + 1;
}

/** Inserts a queued entry and queues x_incb_bridge.outbox.queued for it; returns its sys_id ('' if refused). */
/** What every outbox payload carries: the Azure DevOps sync payload (OutboxPayload) and the push payload both do. */
export interface QueuedPayload {
  incident: string;
  reason: string;
}

export function enqueueEntry(connectionSysId: string, payload: QueuedPayload, sourceTable: string, sourceId: string): string {
  var entry = new GlideRecord(OUTBOX_TABLE);
  entry.initialize();
  entry.setValue('connection', connectionSysId);
  entry.setValue('incident', payload.incident);
  entry.setValue('operation', payload.reason);
  entry.setValue('payload', JSON.stringify(payload));
  entry.setValue('state', 'queued');
  entry.setValue('attempts', 0);
  entry.setValue('sequence', nextSequence(connectionSysId, payload.incident));
  entry.setValue('next_attempt_at', nowValue());
  entry.setValue('source_table', sourceTable);
  entry.setValue('source_id', sourceId);
  // Bookkeeping: nothing in the app reacts to an outbox insert, and nothing else should.
  entry.setWorkflow(false);
  var id = entry.insert();
  if (!id) {
    // Inside a user's save there is nobody to answer: the system log says what was not recorded.
    gs.error('Incident Bridge: the outbox entry for incident ' + payload.incident + ' (connection ' + connectionSysId + ', ' + payload.reason + ') could not be inserted: ' + (entry.getLastErrorMessage() || 'the insert was refused'));
    return '';
  }
  gs.eventQueue(OUTBOX_QUEUED_EVENT, entry, connectionSysId, payload.incident);
  return id;
}
