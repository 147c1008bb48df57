// A work item's update history (GET .../workItems/{id}/updates): every revision, oldest first, with the fields it
// changed, whoever made it. The catch-up poll reads it for the revisions no hook delivered; the revision applier reads
// it when a revision arrives after a newer one, to tell which of its fields a later revision changed again (those are
// stale) and which still hold the work item's value (those apply).
import { classifyStatus } from '../core/delivery';
import { AzureDevOpsClient } from '../azure-devops/AzureDevOpsClient';
import { parseJsonOrNull } from '../core/jsonNesting';
import { API_VERSION, AzureDevOpsConnection, witUrl } from '../azure-devops/AzureDevOpsConnection';
import { revisionFromUpdate } from './remoteRevision';

/** Updates per page (the API's maximum), and pages read per work item. */
var PAGE = 200;
var MAX_PAGES = 10;

/** The work item's updates, oldest first; null when a request failed. */
export function readUpdateHistory(client: AzureDevOpsClient, connection: AzureDevOpsConnection, id: string): any[] | null {
  var all: any[] = [];
  for (var page = 0; page < MAX_PAGES; page++) {
    var answer = client.send(
      {
        operation: 'read_updates',
        method: 'GET',
        url: witUrl(connection) + '/workItems/' + id + '/updates?$top=' + PAGE + '&$skip=' + all.length + '&api-version=' + API_VERSION,
        headers: { Accept: 'application/json' },
      },
      id
    );
    var data = classifyStatus(answer.status) === 'ok' ? parseJsonOrNull(answer.body) : null;
    if (!data || Object.prototype.toString.call(data.value) !== '[object Array]') return null;
    all = all.concat(data.value);
    if (data.value.length < PAGE) break;
  }
  return all;
}

/** Reference names of the fields some revision after `rev` changed (by anyone: our own sends count too). */
export function fieldsChangedAfter(updates: any[], workItemId: number, rev: number): { [referenceName: string]: boolean } {
  var changed: { [referenceName: string]: boolean } = {};
  for (var i = 0; i < updates.length; i++) {
    var revision = revisionFromUpdate(updates[i], workItemId);
    if (!revision || revision.rev <= rev) continue;
    for (var name in revision.fields) {
      if (Object.prototype.hasOwnProperty.call(revision.fields, name)) changed[name] = true;
    }
  }
  return changed;
}
