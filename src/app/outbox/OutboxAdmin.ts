// Script include behind the outbox's admin UI actions "Retry" and "Discard" (form button and list choice, role
// x_incb_bridge.admin, on dead and failed entries): once the cause is fixed an admin sends an entry again, or gives up
// on it. Both keep the entry (history stays complete; retention removes old rows) and say in last_error who did what.
import { OutboxPayload, parsePayload } from '../core/outboxPayload';
import { truncate } from '../core/truncate';
import { nowValue } from '../platform/clock';
import { OUTBOX_QUEUED_EVENT } from '../queue/outboxEvent';

/** last_error is a string(4000) column. */
var LAST_ERROR_MAX = 4000;

/** States an admin action applies to: entries the dispatcher gave up on. */
var GIVEN_UP = ['dead', 'failed'];

function note(action: string, entry: GlideRecord): string {
  var previous = entry.getValue('last_error') || '';
  return truncate(action + ' by ' + gs.getUserName() + ' at ' + nowValue() + ' UTC' + (previous ? '; the last error was: ' + previous : ''), LAST_ERROR_MAX);
}

export default class OutboxAdmin {
  /** Whether the entry is one an admin may retry or discard. */
  canAct(entry: GlideRecord): boolean {
    return GIVEN_UP.indexOf(entry.getValue('state') || '') >= 0;
  }

  /** Dead/failed -> queued with a fresh set of attempts, due now, and its dispatch event queued. */
  retry(entry: GlideRecord): boolean {
    if (!this.canAct(entry)) return false;
    entry.setValue('state', 'queued');
    entry.setValue('attempts', 0);
    entry.setValue('next_attempt_at', nowValue());
    entry.setValue('claim_token', '');
    entry.setValue('claimed_at', '');
    entry.setValue('last_error', note('Retried', entry));
    entry.setWorkflow(false);
    if (!entry.update()) return false;
    var payload: OutboxPayload | null = parsePayload(entry.getValue('payload') || '');
    gs.eventQueue(OUTBOX_QUEUED_EVENT, entry, entry.getValue('connection') || '', payload ? payload.incident : entry.getValue('incident') || '');
    return true;
  }

  /** Dead/failed -> skipped, with a note: it will never be sent. */
  discard(entry: GlideRecord): boolean {
    if (!this.canAct(entry)) return false;
    entry.setValue('state', 'skipped');
    entry.setValue('claim_token', '');
    entry.setValue('last_error', note('Discarded', entry));
    entry.setWorkflow(false);
    return !!entry.update();
  }
}
