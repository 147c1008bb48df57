// What a push outbox entry holds (x_incb_bridge_outbox.payload, operation push) and how the entries of one delivery
// combine. The incident's values are NOT stored: the sender reads the incident when it sends, so a burst of saves
// goes out once with the latest values (as the Azure DevOps sync does).
import { parseJsonOrNull } from '../core/jsonNesting';

export type PushEvent = 'incident.matched' | 'incident.updated' | 'incident.resolved';

var EVENTS: PushEvent[] = ['incident.matched', 'incident.updated', 'incident.resolved'];

export interface PushPlan {
  sys_id: string;
  name: string;
  autonomy: string;
}

export interface PushEntryPayload {
  /** the outbox operation: always push */
  reason: 'push';
  /** incident sys_id */
  incident: string;
  /** incident number, for log lines */
  number: string;
  event: PushEvent;
  plan: PushPlan;
  /** when the save happened, ISO 8601 UTC */
  occurred_at: string;
}

function isText(value: any): boolean {
  return typeof value === 'string';
}

/** The payload stored in an outbox row, or null when the text is not a push payload. */
export function parsePushPayload(text: string): PushEntryPayload | null {
  var data = parseJsonOrNull(text);
  if (data === null || typeof data !== 'object' || data.reason !== 'push') return null;
  if (!isText(data.incident) || data.incident === '' || EVENTS.indexOf(data.event) < 0 || !isText(data.occurred_at)) return null;
  var plan = data.plan;
  if (plan === null || typeof plan !== 'object' || !isText(plan.name) || !isText(plan.autonomy)) return null;
  return {
    reason: 'push',
    incident: data.incident,
    number: isText(data.number) ? data.number : '',
    event: data.event,
    plan: { sys_id: isText(plan.sys_id) ? plan.sys_id : '', name: plan.name, autonomy: plan.autonomy },
    occurred_at: data.occurred_at,
  };
}

/** One delivery for entries given in sequence order: the latest entry's plan and time, and its event, except that
 * a pending incident.matched wins (the receiver has not heard of the incident yet; the current values it gets tell
 * it whether the incident has since been resolved). */
export function coalescePush(payloads: PushEntryPayload[]): PushEntryPayload {
  if (payloads.length === 0) throw new Error('coalescePush: no payloads');
  var last = payloads[payloads.length - 1];
  var event = last.event;
  for (var i = 0; i < payloads.length; i++) {
    if (payloads[i].event === 'incident.matched') event = 'incident.matched';
  }
  return { reason: 'push', incident: last.incident, number: last.number, event: event, plan: last.plan, occurred_at: last.occurred_at };
}
