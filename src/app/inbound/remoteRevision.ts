// One revision of a work item as the inbound side applies it, whichever way it arrived: a service hook envelope, or
// an entry of the work item's update history (GET .../updates, which the catch-up poll reads; same shape as a
// workitem.updated resource without `revision`). What it carries: who made it, the field values it set, the comment
// it added (System.History, HTML), and the files it attached (AttachedFile relations). Glide-free.
import { AdoIdentity, parseAdoIdentity } from './adoIdentity';
import { HookEnvelope } from './hookEnvelope';
import { parseIsoDateTime } from '../core/isoDate';

export type RevisionKind = 'created' | 'updated' | 'commented' | 'deleted' | 'restored';

export interface RemoteAttachment {
  /** the attachment's URL (…/_apis/wit/attachments/{guid}?fileName=…) */
  url: string;
  fileName: string;
  /** from the relation's resourceSize attribute; null when not given */
  sizeBytes: number | null;
}

export interface RemoteRevision {
  kind: RevisionKind;
  workItemId: number;
  rev: number;
  /** who made the revision; null when the source does not say */
  author: AdoIdentity | null;
  /** field values the revision set, by reference name; null = the field was cleared. An update lists what changed,
   * the other events the whole work item. */
  fields: { [referenceName: string]: any };
  /** the comment added in this revision (HTML), or null */
  comment: string | null;
  attachments: RemoteAttachment[];
  /** System.ChangedDate in epoch ms, or null */
  changedAt: number | null;
}

export var HISTORY_FIELD = 'System.History';
export var CHANGED_BY_FIELD = 'System.ChangedBy';
export var CHANGED_DATE_FIELD = 'System.ChangedDate';

function isObject(value: any): boolean {
  return value !== null && typeof value === 'object' && Object.prototype.toString.call(value) !== '[object Array]';
}

function asList(value: any): any[] {
  return Object.prototype.toString.call(value) === '[object Array]' ? value : [];
}

/** The AttachedFile relations of a list, with a file name from the relation or, failing that, the URL. */
function attachedFiles(relations: any[]): RemoteAttachment[] {
  var out: RemoteAttachment[] = [];
  for (var i = 0; i < relations.length; i++) {
    var relation = relations[i];
    if (!isObject(relation) || relation.rel !== 'AttachedFile' || typeof relation.url !== 'string' || relation.url === '') continue;
    var attributes = isObject(relation.attributes) ? relation.attributes : {};
    var fromUrl = /[?&]fileName=([^&#]+)/.exec(relation.url);
    var fileName = typeof attributes.name === 'string' && attributes.name !== '' ? attributes.name : fromUrl ? decodeQueryValue(fromUrl[1]) : 'attachment';
    var size = attributes.resourceSize;
    out.push({ url: relation.url, fileName: fileName, sizeBytes: typeof size === 'number' && size >= 0 ? size : null });
  }
  return out;
}

function decodeQueryValue(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch (e) {
    return value;
  }
}

function commentOf(value: any): string | null {
  return typeof value === 'string' && value.replace(/\s+/g, '') !== '' ? value : null;
}

function dateOf(value: any): number | null {
  return typeof value === 'string' ? parseIsoDateTime(value) : null;
}

/** An update (hook resource or update history entry): the changed fields' new values. */
function fromUpdate(update: any, workItemId: number, rev: number, revision: any): RemoteRevision {
  var fields: { [referenceName: string]: any } = {};
  var changes = isObject(update.fields) ? update.fields : {};
  for (var ref in changes) {
    if (!Object.prototype.hasOwnProperty.call(changes, ref) || !isObject(changes[ref])) continue;
    fields[ref] = Object.prototype.hasOwnProperty.call(changes[ref], 'newValue') ? changes[ref].newValue : null;
  }
  var revisionFields = isObject(revision) && isObject(revision.fields) ? revision.fields : {};
  var author = parseAdoIdentity(update.revisedBy) || parseAdoIdentity(fields[CHANGED_BY_FIELD]) || parseAdoIdentity(revisionFields[CHANGED_BY_FIELD]);
  var relations = isObject(update.relations) ? asList(update.relations.added) : [];
  return {
    kind: 'updated',
    workItemId: workItemId,
    rev: rev,
    author: author,
    fields: fields,
    comment: commentOf(fields[HISTORY_FIELD]),
    attachments: attachedFiles(relations),
    changedAt: dateOf(fields[CHANGED_DATE_FIELD]) || dateOf(revisionFields[CHANGED_DATE_FIELD]),
  };
}

/** A whole work item (created, commented, deleted, restored): every field as it is at this revision. */
function fromWorkItem(kind: RevisionKind, item: any, workItemId: number, rev: number): RemoteRevision {
  var fields: { [referenceName: string]: any } = {};
  var source = isObject(item.fields) ? item.fields : {};
  for (var ref in source) {
    if (Object.prototype.hasOwnProperty.call(source, ref)) fields[ref] = source[ref];
  }
  return {
    kind: kind,
    workItemId: workItemId,
    rev: rev,
    author: parseAdoIdentity(fields[CHANGED_BY_FIELD]),
    fields: fields,
    // A commented event's work item carries the new comment; a created one carries the comment it was created with.
    comment: kind === 'created' || kind === 'commented' ? commentOf(fields[HISTORY_FIELD]) : null,
    attachments: kind === 'created' ? attachedFiles(asList(item.relations)) : [],
    changedAt: dateOf(fields[CHANGED_DATE_FIELD]),
  };
}

export function revisionFromEnvelope(envelope: HookEnvelope): RemoteRevision {
  var kind = envelope.eventType.substring('workitem.'.length) as RevisionKind;
  if (kind === 'updated') return fromUpdate(envelope.resource, envelope.workItemId, envelope.rev, envelope.resource.revision);
  return fromWorkItem(kind, envelope.resource, envelope.workItemId, envelope.rev);
}

/** An entry of GET .../workItems/{id}/updates, or null when it does not name a revision. */
export function revisionFromUpdate(update: any, workItemId: number): RemoteRevision | null {
  if (!isObject(update) || typeof update.rev !== 'number' || update.rev < 1 || Math.floor(update.rev) !== update.rev) return null;
  return fromUpdate(update, workItemId, update.rev, null);
}
