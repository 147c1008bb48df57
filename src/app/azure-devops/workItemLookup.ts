// Finding the work item an earlier create may have made. A create whose answer never arrived (timeout, reset, 5xx,
// a body without an id) may still have been carried out by Azure DevOps; sending it again would make a second work
// item. Such a create leaves a pending link (remote_id empty, written before the POST), and the next attempt first
// asks Azure DevOps with WIQL for work items in the connection's project tagged with the incident number, then reads
// each candidate's relations: the one whose Hyperlink points back at this incident is ours, and is adopted.
// (WIQL cannot filter on a hyperlink's URL, hence the second step; the tag narrows it down to a handful.)
// Comments and attachments work the same way: one in doubt (syncedIds.ts) is looked for on the work item first,
// among its comments or among its AttachedFile relations (by the file name their comment carries).
import { classifyStatus } from '../core/delivery';
import { HttpResult } from '../platform/http';
import { AdoRequest, JSON_CONTENT_TYPE, RequestSender } from './AzureDevOpsClient';
import { parseJsonOrNull } from '../core/jsonNesting';
import { API_VERSION, commentsUrl, WitLocation, witUrl } from './AzureDevOpsConnection';

/** Candidates read at most: more work items tagged with one incident number than this means something else is
 * tagging them, and the oldest ones are the likely match. */
var MAX_CANDIDATES = 5;

export interface LookupOutcome {
  /** the adopted work item as Azure DevOps returned it (id, rev, url, _links...), or null when there is none */
  item: any;
  /** the request that failed, when the lookup could not be completed (then nothing may be created) */
  failed: HttpResult | null;
}

/** A WIQL string literal: single quotes doubled. */
function wiqlString(text: string): string {
  return "'" + String(text).replace(/'/g, "''") + "'";
}

export function wiqlRequest(connection: WitLocation, incidentNumber: string): AdoRequest {
  var query =
    'SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @project AND [System.Tags] CONTAINS ' + wiqlString(incidentNumber) + ' ORDER BY [System.Id]';
  return {
    operation: 'find_created',
    method: 'POST',
    url: witUrl(connection) + '/wiql?$top=' + MAX_CANDIDATES + '&api-version=' + API_VERSION,
    headers: { Accept: JSON_CONTENT_TYPE, 'Content-Type': JSON_CONTENT_TYPE },
    body: JSON.stringify({ query: query }),
  };
}

export function workItemWithRelationsRequest(connection: WitLocation, id: string): AdoRequest {
  return { operation: 'read', method: 'GET', url: witUrl(connection) + '/workitems/' + id + '?$expand=relations&api-version=' + API_VERSION, headers: { Accept: JSON_CONTENT_TYPE } };
}

/** A work item's web page (its API URL when the answer has no html link). */
export function webUrlOf(item: any): string {
  var links = item._links;
  return links && links.html && links.html.href ? String(links.html.href) : String(item.url || '');
}

function linksBackTo(item: any, incidentUrl: string): boolean {
  var relations = item && item.relations;
  if (!relations || typeof relations.length !== 'number') return false;
  for (var i = 0; i < relations.length; i++) {
    if (relations[i] && relations[i].rel === 'Hyperlink' && relations[i].url === incidentUrl) return true;
  }
  return false;
}

/** The work item created for the incident earlier, if Azure DevOps has one. */
export function findCreatedWorkItem(connection: WitLocation, client: RequestSender, incidentNumber: string, incidentUrl: string): LookupOutcome {
  var answer = client.send(wiqlRequest(connection, incidentNumber), '');
  if (classifyStatus(answer.status) !== 'ok') return { item: null, failed: answer };
  var listed = parseJsonOrNull(answer.body);
  if (!listed || !listed.workItems || typeof listed.workItems.length !== 'number') return { item: null, failed: answer };
  for (var i = 0; i < listed.workItems.length && i < MAX_CANDIDATES; i++) {
    var id = String(listed.workItems[i].id);
    var read = client.send(workItemWithRelationsRequest(connection, id), id);
    if (classifyStatus(read.status) !== 'ok') return { item: null, failed: read };
    var item = parseJsonOrNull(read.body);
    if (linksBackTo(item, incidentUrl)) return { item: item, failed: null };
  }
  return { item: null, failed: null };
}

/** Comments read to find one in doubt: Azure DevOps lists the newest first, and the one in doubt is recent. */
var COMMENTS_READ = 200;

/** The texts of the work item's newest comments, as Azure DevOps stores them. */
export function readCommentTexts(connection: WitLocation, client: RequestSender, id: string): { texts: string[]; failed: HttpResult | null } {
  var answer = client.send({ operation: 'read_comments', method: 'GET', url: commentsUrl(connection, id) + '&$top=' + COMMENTS_READ, headers: { Accept: JSON_CONTENT_TYPE } }, id);
  if (classifyStatus(answer.status) !== 'ok') return { texts: [], failed: answer };
  var listed = parseJsonOrNull(answer.body);
  if (!listed || !listed.comments || typeof listed.comments.length !== 'number') return { texts: [], failed: answer };
  var texts: string[] = [];
  for (var i = 0; i < listed.comments.length; i++) texts.push(String(listed.comments[i].text));
  return { texts: texts, failed: null };
}

/** The file names of the work item's AttachedFile relations (the sender writes the name into each relation's comment). */
export function readAttachedFileNames(connection: WitLocation, client: RequestSender, id: string): { names: string[]; failed: HttpResult | null } {
  var answer = client.send(workItemWithRelationsRequest(connection, id), id);
  if (classifyStatus(answer.status) !== 'ok') return { names: [], failed: answer };
  var item = parseJsonOrNull(answer.body);
  if (!item) return { names: [], failed: answer };
  var names: string[] = [];
  var relations = item.relations || [];
  for (var i = 0; i < relations.length; i++) {
    if (relations[i] && relations[i].rel === 'AttachedFile' && relations[i].attributes) names.push(String(relations[i].attributes.comment));
  }
  return { names: names, failed: null };
}
