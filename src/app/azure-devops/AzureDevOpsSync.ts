// Script include: sends an incident's changes to Azure DevOps through one connection (called by the outbox
// dispatcher with the coalesced payload of the entries it claimed) and builds dry runs. It reads the connection,
// the incident and the link afresh on every call and decides nothing about retries itself: it answers with a
// SyncResult and the dispatcher marks its outbox entries from it.
import IntegrationLogWriter from '../logging/IntegrationLogWriter';
import { OutboxPayload } from '../core/outboxPayload';
import { AzureDevOpsClient } from './AzureDevOpsClient';
import { AzureDevOpsConnection, configurationProblem, loadConnection, sendsOutbound } from './AzureDevOpsConnection';
import { buildDryRun } from './dryRun';
import { findLink } from '../model/link';
import { readIncident } from '../sync/incidentSource';
import { OutboundSync } from './outboundSync';
import { SyncContext, SyncResult } from '../sync/deliveryResult';
import { DryRunResult } from '../sync/dryRunResult';
import { Admission, ConnectionGate } from '../reliability/connectionGate';
import { nowMs } from '../platform/clock';

/** A delivery the connection's pause holds back: not an attempt; the entries wait for the pause to end. */
function deferral(admission: Admission): SyncResult {
  var until = admission.untilMs || nowMs();
  return { outcome: 'deferred', retryAfterMs: Math.max(0, until - nowMs()), pausedUntilMs: until, error: admission.reason };
}

export default class AzureDevOpsSync {
  private connectionSysId: string;

  constructor(connectionSysId: string) {
    this.connectionSysId = String(connectionSysId || '');
  }

  syncIncident(payload: OutboxPayload, context?: SyncContext): SyncResult {
    var log = new IntegrationLogWriter();
    var connection = loadConnection(this.connectionSysId);
    var result = this.refusal(connection, payload.incident);
    if (!result) {
      var gate = new ConnectionGate(this.connectionSysId);
      var admission = gate.admit();
      // While the connection is paused nothing is tried, so nothing is logged: the entries keep the reason.
      if (!admission.go) return deferral(admission);
      var incident = readIncident(payload.incident);
      var link = findLink(payload.incident, this.connectionSysId);
      if (!incident) result = { outcome: 'skipped', error: 'The incident ' + payload.incident + ' no longer exists' };
      else if (link && link.state !== 'linked') result = { outcome: 'skipped', error: 'Synchronization of this incident through this connection was stopped (link unlinked)' };
      else {
        var ctx = context || {};
        var client = new AzureDevOpsClient(connection as AzureDevOpsConnection, { incident: payload.incident, outbox: ctx.outbox, attempt: ctx.attempt }, log, gate);
        result = new OutboundSync(connection as AzureDevOpsConnection, incident, link, client, log).run(payload);
        gate.settle(result);
        return result;
      }
      gate.settle(result);
    }
    // Requests log themselves; a sync that sent nothing says why in one internal row.
    log.write({ direction: 'internal', outcome: result.outcome === 'failed' ? 'failure' : 'skipped', connection: connection ? connection.sysId : undefined, incident: payload.incident, outbox: context && context.outbox, error: result.error });
    return result;
  }

  /** The requests a sync of the incident would send now (see dryRun.ts); `validateOnly` asks Azure DevOps to check
   * the create or update without storing it. */
  dryRun(incidentSysId: string, validateOnly: boolean): DryRunResult {
    var connection = loadConnection(this.connectionSysId);
    if (!connection) return { requests: [], skipped: [], error: 'No connection ' + this.connectionSysId };
    var problem = configurationProblem(connection);
    if (problem) return { requests: [], skipped: [], error: problem };
    var incident = readIncident(incidentSysId);
    if (!incident) return { requests: [], skipped: [], error: 'No incident ' + incidentSysId };
    var link = findLink(incidentSysId, connection.sysId);
    if (link && link.state !== 'linked') return { requests: [], skipped: [], error: 'Synchronization of this incident through this connection was stopped (link unlinked)' };
    var log = new IntegrationLogWriter();
    // validateOnly requests are real requests: they wait out the connection's pause like any other.
    var client = new AzureDevOpsClient(connection, { incident: incidentSysId }, log, new ConnectionGate(connection.sysId));
    // A pending link (a create whose answer was lost) has no work item to update yet: the dry run shows a create.
    return buildDryRun(connection, incident, link && link.remoteId ? link : null, validateOnly === true, client, log);
  }

  /** Why this connection must not send at all (null when it may). */
  private refusal(connection: AzureDevOpsConnection | null, incidentSysId: string): SyncResult | null {
    if (!connection) return { outcome: 'failed', error: 'No connection ' + this.connectionSysId + ' (deleted?)' };
    if (!sendsOutbound(connection)) return { outcome: 'skipped', error: 'The connection is inactive or does not sync outbound' };
    var problem = configurationProblem(connection);
    if (problem) return { outcome: 'failed', error: problem };
    if (!incidentSysId) return { outcome: 'failed', error: 'The outbox payload names no incident' };
    return null;
  }
}
