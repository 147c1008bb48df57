// Script include: works off the inbox. processWorkItem() runs from the script action of x_incb_bridge.inbox.received
// (one event per row received); sweep() runs from the catch-up job for rows an event missed, rows left processing by
// a worker that died, and failed rows that still have attempts left.
//
// Per (connection, work item): the open rows in revision order, one at a time; a row still processing under a live
// claim, or a failed one waiting for its retry, holds back the newer ones, so a burst applies in order. Each row is
// claimed atomically (see inboxRows.ts), applied (RevisionApplier) and settled: processed, ignored with the reason,
// or failed with the error. An exception is a failed attempt, never a lost event.
import IntegrationLogWriter from '../logging/IntegrationLogWriter';
import { parseJsonOrNull } from '../core/jsonNesting';
import { nowValue } from '../platform/clock';
import { AzureDevOpsClient } from '../azure-devops/AzureDevOpsClient';
import { loadConnection } from '../azure-devops/AzureDevOpsConnection';
import { readEnvelope } from './hookEnvelope';
import { inboundRefusal, ownIdentityOf } from './inboundConnection';
import { claimRow, finishRow, InboxRow, isStuck, MAX_ATTEMPTS, openRows, pairsNeedingWork, readPayload } from '../queue/inboxRows';
import { ApplyContext, ApplyOutcome, RevisionApplier } from './revisionApplier';
import { RemoteRevision, revisionFromEnvelope, revisionFromUpdate } from './remoteRevision';

/** Pairs one sweep works on; a longer backlog is worked off by the following sweeps (and by its events). */
var SWEEP_PAIRS = 200;

/** What a stored payload is: a service hook envelope, or (rows the catch-up poll wrote) an update history entry. */
interface StoredEvent {
  revision: RemoteRevision;
  remoteUrl: string;
}

function storedEvent(row: InboxRow, payload: string): StoredEvent | null {
  var data = parseJsonOrNull(payload);
  if (data && typeof data.eventType === 'string') {
    var reading = readEnvelope(data);
    if (!reading.envelope) return null;
    var resource = reading.envelope.resource;
    var links = resource._links;
    var remoteUrl = links && links.html && typeof links.html.href === 'string' ? links.html.href : typeof resource.url === 'string' ? resource.url : '';
    return { revision: revisionFromEnvelope(reading.envelope), remoteUrl: remoteUrl };
  }
  var workItemId = parseInt(row.remoteId, 10);
  var revision = isNaN(workItemId) ? null : revisionFromUpdate(data, workItemId);
  return revision ? { revision: revision, remoteUrl: '' } : null;
}

export default class InboxProcessor {
  /** ApplyContext per connection, built once per call (connection, value map, own identity, client). */
  private contexts: { [connectionSysId: string]: ApplyContext | string } = {};
  private log = new IntegrationLogWriter();

  /** Script action entry: the open rows of one work item through one connection. Returns the rows settled. */
  processWorkItem(connectionSysId: string, remoteId: string): number {
    if (!connectionSysId || !remoteId) return 0;
    return this.processPair(connectionSysId, remoteId, false);
  }

  /** Scheduled entry: every pair with received rows, stuck claims or failed rows that may be retried. */
  sweep(): number {
    var pairs = pairsNeedingWork(nowValue(), SWEEP_PAIRS);
    var settled = 0;
    for (var i = 0; i < pairs.length; i++) settled += this.processPair(pairs[i].connection, pairs[i].remoteId, true);
    return settled;
  }

  private processPair(connectionSysId: string, remoteId: string, retryFailed: boolean): number {
    var rows = openRows(connectionSysId, remoteId);
    var settled = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var now = nowValue();
      // Order: a live claim, or a failed row not yet due for its retry, holds back every newer row of the work item.
      if (row.state === 'processing' && !isStuck(row, now)) break;
      if (row.state === 'failed' && !retryFailed) break;
      var token = gs.generateGUID();
      if (!claimRow(row, token)) break;
      var result: ApplyOutcome;
      if (row.state === 'processing' && row.attempts >= MAX_ATTEMPTS) {
        result = { state: 'failed', message: 'Given up after ' + row.attempts + ' attempts: processing never finished (the worker stopped each time)' };
      } else {
        result = this.process(row);
      }
      finishRow(row.sysId, token, result.state, result.state === 'processed' ? '' : result.message);
      if (result.state === 'failed') this.logFailure(row, result.message);
      settled++;
      // A failed row waits for its retry; the newer rows wait with it.
      if (result.state === 'failed') break;
    }
    return settled;
  }

  private process(row: InboxRow): ApplyOutcome {
    try {
      var event = storedEvent(row, readPayload(row.sysId));
      if (!event) return { state: 'failed', message: 'The stored payload is not a readable work item event' };
      var context = this.context(row.connection);
      if (typeof context === 'string') return { state: 'ignored', message: context };
      var rowContext: ApplyContext = {
        connection: context.connection,
        ownIdentity: context.ownIdentity,
        client: context.client,
        log: context.log,
        inboxSysId: row.sysId,
        retried: row.attempts > 0,
        receivedAt: row.receivedAt,
        remoteUrl: event.remoteUrl,
      };
      return new RevisionApplier(rowContext).apply(event.revision);
    } catch (e) {
      return { state: 'failed', message: 'Processing stopped with an error: ' + String(e) };
    }
  }

  /** The connection's context, or why its events are not applied (deleted, or no longer taking inbound events). */
  private context(connectionSysId: string): ApplyContext | string {
    if (Object.prototype.hasOwnProperty.call(this.contexts, connectionSysId)) return this.contexts[connectionSysId];
    var connection = loadConnection(connectionSysId);
    var context: ApplyContext | string;
    if (!connection) context = 'The connection ' + connectionSysId + ' no longer exists';
    else if (inboundRefusal(connection)) context = inboundRefusal(connection) + ': the event is not applied';
    else context = { connection: connection, ownIdentity: ownIdentityOf(connection), client: new AzureDevOpsClient(connection, {}, this.log), log: this.log, inboxSysId: '', retried: false, receivedAt: '', remoteUrl: '' };
    this.contexts[connectionSysId] = context;
    return context;
  }

  private logFailure(row: InboxRow, message: string): void {
    this.log.write({
      direction: 'inbound',
      outcome: row.attempts + 1 >= MAX_ATTEMPTS ? 'failure' : 'retry',
      connection: row.connection,
      remoteId: row.remoteId,
      operation: row.eventType,
      inbox: row.sysId,
      attempt: row.attempts + 1,
      error: 'Inbox event ' + row.eventType + ' ' + row.eventId + ' failed: ' + message,
    });
  }
}
