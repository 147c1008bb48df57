// Script include: the catch-up poll, for what service hooks did not deliver (Azure DevOps does not re-send a failed
// delivery, and restricts, then disables, a subscription that keeps failing). Run by the scheduled job every 15
// minutes for each active Azure DevOps connection that takes inbound events:
//   1. WIQL (timePrecision=true): work items of the project with [System.ChangedDate] after the connection's
//      catchup_watermark, oldest change first, a page at a time;
//   2. their System.ChangedDate (one list request per page), to advance the watermark past every item seen;
//   3. for each LINKED one, its update history (GET .../updates): every revision with no inbox row yet becomes an
//      inbox row (event id catch-up/{id}/{rev}, the update as payload), unless it is our own change or an old revision
//      with nothing left to apply (no comment, no files, and every field it set changed again later); the rows are then processed like hook deliveries, in revision order;
//   4. the watermark moves to the newest ChangedDate seen (second resolution, rounded down: an item changed within
//      that second is read again next time, which the inbox rows make harmless), only as far as every item before it
//      was handled, so a failed request never skips anything.
// An empty watermark starts the poll from now (move it back on the connection to fetch older changes).
import IntegrationLogWriter from '../logging/IntegrationLogWriter';
import { classifyStatus } from '../core/delivery';
import { parseIsoDateTime } from '../core/isoDate';
import { linkedByRemoteId } from '../model/link';
import { floorValue, nowValue } from '../platform/clock';
import { AzureDevOpsClient } from '../azure-devops/AzureDevOpsClient';
import { parseJsonOrNull } from '../core/jsonNesting';
import { API_VERSION, AZURE_DEVOPS_TYPE, AzureDevOpsConnection, configurationProblem, loadConnection, witUrl } from '../azure-devops/AzureDevOpsConnection';
import { activeConnections, updateConnection } from '../model/connection';
import InboxProcessor from './InboxProcessor';
import { ownIdentityOf } from './inboundConnection';
import { AdoIdentity, isSameIdentity } from './adoIdentity';
import { insertInboxRow, revisionsWithRows } from '../queue/inboxRows';
import { RemoteRevision, revisionFromUpdate } from './remoteRevision';
import { fieldsChangedAfter, readUpdateHistory } from './updateHistory';
import { FieldMapping, inboundFields } from '../core/fieldMap';

/** Work items per WIQL page, and pages per run (a bigger backlog continues at the next run). */
var PAGE = 200;
var MAX_PAGES = 5;

/** Event ids of the rows the poll writes; a hook's envelope id (a GUID) never looks like this. */
var CATCH_UP_EVENT_PREFIX = 'catch-up/';

/** 'yyyy-MM-dd HH:mm:ss' (UTC) as a WIQL date-time literal. */
function wiqlDate(value: string): string {
  return value.replace(' ', 'T') + 'Z';
}

function epochMs(columnDateTime: string): number {
  return new GlideDateTime(columnDateTime).getNumericValue();
}

/** Whether the revision set a field of the connection's `fieldMap` that no later revision in `updates` changed again. */
function changesCurrentValues(revision: RemoteRevision, updates: any[], fieldMap: FieldMapping[]): boolean {
  var later = fieldsChangedAfter(updates, revision.workItemId, revision.rev);
  var mappings = inboundFields(fieldMap);
  for (var i = 0; i < mappings.length; i++) {
    var name = mappings[i].remote;
    if (Object.prototype.hasOwnProperty.call(revision.fields, name) && !later[name]) return true;
  }
  return false;
}

interface PollState {
  connection: AzureDevOpsConnection;
  /** who our credential acts as: its own changes are not missed events */
  ownIdentity: AdoIdentity | null;
  client: AzureDevOpsClient;
  log: IntegrationLogWriter;
  /** applies the rows written, sharing its connection context across the poll's work items */
  processor: InboxProcessor;
  /** rows written this run */
  missed: number;
}

export default class AzureDevOpsCatchUp {
  /** Scheduled entry: every active Azure DevOps connection that takes inbound events. */
  pollAll(): void {
    var connections = activeConnections({ types: [AZURE_DEVOPS_TYPE], use: 'inbound' });
    var ids: string[] = [];
    for (var c = 0; c < connections.length; c++) ids.push(connections[c].sysId);
    for (var i = 0; i < ids.length; i++) {
      try {
        this.poll(ids[i]);
      } catch (e) {
        new IntegrationLogWriter().write({ direction: 'internal', outcome: 'failure', connection: ids[i], error: 'The catch-up poll stopped with an error: ' + String(e) });
      }
    }
  }

  /** One connection's poll; returns how many missed revisions it stored (and processed). */
  poll(connectionSysId: string): number {
    var connection = loadConnection(connectionSysId);
    if (!connection) return 0;
    var log = new IntegrationLogWriter();
    var problem = configurationProblem(connection);
    if (problem) {
      log.write({ direction: 'internal', outcome: 'skipped', connection: connectionSysId, error: 'Catch-up poll not run: ' + problem });
      return 0;
    }
    if (!connection.inbound.catchupWatermark) {
      this.saveWatermark(connectionSysId, nowValue());
      return 0;
    }
    var state: PollState = { connection: connection, ownIdentity: ownIdentityOf(connection), client: new AzureDevOpsClient(connection, {}, log), log: log, processor: new InboxProcessor(), missed: 0 };
    var watermark = connection.inbound.catchupWatermark;
    for (var page = 0; page < MAX_PAGES; page++) {
      var result = this.pollPage(state, watermark);
      if (result.newest > epochMs(watermark)) {
        watermark = floorValue(result.newest);
        this.saveWatermark(connectionSysId, watermark);
      }
      if (!result.complete || result.count < PAGE) break;
    }
    if (state.missed > 0) {
      log.write({ direction: 'inbound', outcome: 'success', connection: connectionSysId, error: 'Catch-up poll found ' + state.missed + ' revision(s) the service hooks had not delivered; they were applied through the inbox' });
    }
    return state.missed;
  }

  /** One WIQL page from `watermark`: how many ids it had, the newest ChangedDate handled (epoch ms; 0 = none), and
   * whether every item of the page was handled. */
  private pollPage(state: PollState, watermark: string): { count: number; newest: number; complete: boolean } {
    var outcome = { count: 0, newest: 0, complete: false };
    var ids = this.changedIds(state, watermark);
    if (ids === null) return outcome;
    outcome.count = ids.length;
    if (ids.length === 0) {
      outcome.complete = true;
      return outcome;
    }
    var changed = this.changedDates(state, ids);
    if (changed === null) return outcome;
    // Only LINKED work items are caught up (unlinked or unknown ones are not followed).
    var links = linkedByRemoteId(state.connection.sysId, ids);
    for (var i = 0; i < ids.length; i++) {
      var id = ids[i];
      if (Object.prototype.hasOwnProperty.call(links, id) && !this.catchUpItem(state, id, links[id].lastInboundRev)) {
        // An item may have changed again since the query, so a handled one can be newer than one not handled yet:
        // the watermark stays below every item left.
        for (var j = i; j < ids.length; j++) {
          if (changed[ids[j]] && changed[ids[j]] - 1 < outcome.newest) outcome.newest = changed[ids[j]] - 1;
        }
        return outcome;
      }
      if (changed[id] && changed[id] > outcome.newest) outcome.newest = changed[id];
    }
    outcome.complete = true;
    return outcome;
  }

  /** Ids of the project's work items changed after the watermark, oldest change first; null when the query failed. */
  private changedIds(state: PollState, watermark: string): string[] | null {
    var query =
      'SELECT [System.Id], [System.ChangedDate] FROM WorkItems WHERE [System.TeamProject] = @project AND [System.ChangedDate] > \'' +
      wiqlDate(watermark) + '\' ORDER BY [System.ChangedDate] ASC';
    var answer = state.client.send(
      {
        operation: 'poll',
        method: 'POST',
        url: witUrl(state.connection) + '/wiql?api-version=' + API_VERSION + '&timePrecision=true&$top=' + PAGE,
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: query }),
      },
      ''
    );
    var data = classifyStatus(answer.status) === 'ok' ? parseJsonOrNull(answer.body) : null;
    if (!data || Object.prototype.toString.call(data.workItems) !== '[object Array]') return null;
    var ids: string[] = [];
    for (var i = 0; i < data.workItems.length; i++) {
      var item = data.workItems[i];
      if (item && typeof item.id === 'number' && item.id > 0) ids.push(String(item.id));
    }
    return ids;
  }

  /** System.ChangedDate (epoch ms) of each id, in one list request; null when it failed. */
  private changedDates(state: PollState, ids: string[]): { [id: string]: number } | null {
    var answer = state.client.send(
      {
        operation: 'poll_dates',
        method: 'GET',
        url: witUrl(state.connection) + '/workitems?ids=' + ids.join(',') + '&fields=System.ChangedDate&errorPolicy=omit&api-version=' + API_VERSION,
        headers: { Accept: 'application/json' },
      },
      ''
    );
    var data = classifyStatus(answer.status) === 'ok' ? parseJsonOrNull(answer.body) : null;
    if (!data || Object.prototype.toString.call(data.value) !== '[object Array]') return null;
    var dates: { [id: string]: number } = {};
    for (var i = 0; i < data.value.length; i++) {
      var item = data.value[i];
      if (!item || typeof item.id !== 'number' || !item.fields) continue;
      var ms = parseIsoDateTime(item.fields['System.ChangedDate']);
      if (ms !== null) dates[String(item.id)] = ms;
    }
    return dates;
  }

  /** Stores the revisions of one work item that have no inbox row and still matter, then processes the work item's
   * rows; false when its history could not be read. */
  private catchUpItem(state: PollState, id: string, lastInboundRev: number): boolean {
    var updates = readUpdateHistory(state.client, state.connection, id);
    if (updates === null) return false;
    var known = revisionsWithRows(state.connection.sysId, id);
    var stored = 0;
    for (var i = 0; i < updates.length; i++) {
      var revision = revisionFromUpdate(updates[i], parseInt(id, 10));
      if (!revision || known[String(revision.rev)]) continue;
      if (isSameIdentity(revision.author, state.ownIdentity)) continue;
      // An older revision matters still if it brings a comment or files, or changed a field no later revision
      // changed again (its hook was lost, and a newer one applied: its value is still the work item's).
      if (revision.rev <= lastInboundRev && revision.comment === null && revision.attachments.length === 0 && !changesCurrentValues(revision, updates, state.connection.fieldMap)) continue;
      var inbox = insertInboxRow({
        connection: state.connection.sysId,
        eventType: 'workitem.updated',
        eventId: CATCH_UP_EVENT_PREFIX + id + '/' + revision.rev,
        remoteId: id,
        remoteRev: revision.rev,
        payload: JSON.stringify(updates[i]),
      });
      if (inbox) stored++;
    }
    state.missed += stored;
    if (stored > 0) state.processor.processWorkItem(state.connection.sysId, id);
    return true;
  }

  private saveWatermark(connectionSysId: string, value: string): void {
    updateConnection(connectionSysId, { catchup_watermark: value }, 'the catch-up watermark');
  }
}
