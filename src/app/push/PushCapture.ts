// Script include called by the after insert/update rule on incident ("Incident Bridge: push to response plans"). It
// runs inside the user's transaction, so it only RECORDS what the agents' webhooks must receive, as outbox entries
// (operation push) that the dispatcher signs and sends later; the save never waits for a webhook.
//
// Per target webhook connection of the active response plans:
// - no link yet: the incident is checked against each plan targeting the connection (by plan name; the first that
//   matches wins). A match is a newly matched incident (created so, or updated into the plan): it is linked
//   (x_incb_bridge_link: incident + connection, state linked) and incident.matched is queued;
// - linked: every later save queues incident.updated, or incident.resolved when it moved the incident into Resolved,
//   Closed or Canceled; whether it still matches does not matter while it stays linked;
// - unlinked (an admin stopped it): nothing.
// An incident that already matched when a plan was activated counts as newly matched at its next save.
import IntegrationLogWriter from '../logging/IntegrationLogWriter';
import { INCIDENT_TABLE } from '../core/tables';
import { activeConnections } from '../model/connection';
import { isoUtc } from '../agent/utcTime';
import { isOwnWrite } from '../platform/ownWrites';
import { insertLink, linksByConnection, newLink } from '../model/link';
import { enqueueEntry } from '../queue/outboxEntries';
import { checkTrigger } from '../outbox/triggerCondition';
import { PushEntryPayload, PushEvent } from './pushPayload';
import { ResponsePlan, pushingPlans } from './responsePlans';
import { WEBHOOK_TYPE } from './webhookConnection';

/** Resolved, Closed, Canceled */
var ENDED_STATES = ['6', '7', '8'];

/** Plans by target connection, keeping the order of `plans` (by name). */
function plansByConnection(plans: ResponsePlan[]): { order: string[]; plans: { [connection: string]: ResponsePlan[] } } {
  var order: string[] = [];
  var grouped: { [connection: string]: ResponsePlan[] } = {};
  for (var i = 0; i < plans.length; i++) {
    var connection = plans[i].target_connection;
    if (!grouped[connection]) {
      grouped[connection] = [];
      order.push(connection);
    }
    grouped[connection].push(plans[i]);
  }
  return { order: order, plans: grouped };
}

/** The active webhook connections among `ids`, in one query. */
function activeWebhooks(ids: string[]): { [sysId: string]: boolean } {
  var out: { [sysId: string]: boolean } = {};
  var connections = activeConnections({ types: [WEBHOOK_TYPE], use: 'any', among: ids });
  for (var i = 0; i < connections.length; i++) out[connections[i].sysId] = true;
  return out;
}

/** Whether this save moved the incident into an ended state (from an open one). */
function endedBySave(current: GlideRecord, previous: GlideRecord | null): boolean {
  var state = current.getValue('state') || '';
  if (ENDED_STATES.indexOf(state) < 0) return false;
  return !previous || ENDED_STATES.indexOf(previous.getValue('state') || '') < 0;
}

export default class PushCapture {
  captureIncident(current: GlideRecord, previous: GlideRecord | null): void {
    // The app's own writes (a tracker's change applied, the work item write-back) are not news for the agents'
    // webhooks: only what people and other systems do to the incident is pushed (platform/ownWrites.ts).
    if (isOwnWrite(current.getUniqueValue())) return;
    var plans = pushingPlans();
    if (plans.length === 0) return;
    var grouped = plansByConnection(plans);
    var webhooks = activeWebhooks(grouped.order);
    var incidentId = current.getUniqueValue();
    var links = linksByConnection(incidentId);
    var inserted = !previous || current.operation() === 'insert';
    for (var i = 0; i < grouped.order.length; i++) {
      var connection = grouped.order[i];
      if (!webhooks[connection]) continue;
      var candidates = grouped.plans[connection];
      var link = links[connection];
      if (link) {
        if (link.state !== 'linked' || inserted) continue;
        var event: PushEvent = endedBySave(current, previous) ? 'incident.resolved' : 'incident.updated';
        this.enqueue(connection, current, event, this.matchingPlan(candidates, incidentId, false) || candidates[0]);
        continue;
      }
      var plan = this.matchingPlan(candidates, incidentId, true);
      if (!plan) continue;
      // No link, no push: without it the next save would count as newly matched and push incident.matched again.
      if (!insertLink(newLink(incidentId, connection), [])) {
        new IntegrationLogWriter().write({ direction: 'internal', outcome: 'failure', connection: connection, incident: incidentId, error: 'Response plan "' + plan.name + '" matched, but its link could not be written: nothing is pushed until a later save' });
        continue;
      }
      this.enqueue(connection, current, 'incident.matched', plan);
    }
  }

  /** The first plan whose condition the incident matches; invalid conditions match nothing (logged when `report`). */
  private matchingPlan(plans: ResponsePlan[], incidentId: string, report: boolean): ResponsePlan | null {
    for (var i = 0; i < plans.length; i++) {
      var result = checkTrigger(INCIDENT_TABLE, incidentId, plans[i].condition);
      if (result === 'match') return plans[i];
      if (result === 'invalid' && report) {
        new IntegrationLogWriter().write({
          direction: 'internal',
          outcome: 'skipped',
          connection: plans[i].target_connection,
          incident: incidentId,
          error: 'Response plan "' + plans[i].name + '" has a condition that is not a valid encoded query over incident, so it matches no incident until it is fixed: ' + plans[i].condition,
        });
      }
    }
    return null;
  }

  private enqueue(connection: string, current: GlideRecord, event: PushEvent, plan: ResponsePlan): void {
    var payload: PushEntryPayload = {
      reason: 'push',
      incident: current.getUniqueValue(),
      number: current.getValue('number') || '',
      event: event,
      plan: { sys_id: plan.sysId, name: plan.name, autonomy: plan.autonomy },
      occurred_at: isoUtc(current.getValue('sys_updated_on')),
    };
    // enqueueEntry stores any payload as JSON with payload.reason as the operation ('push'), and reads only
    // `incident` and `reason` from it; its parameter is typed for the Azure DevOps payload.
    enqueueEntry(connection, payload, INCIDENT_TABLE, payload.incident);
  }
}
