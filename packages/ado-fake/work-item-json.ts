// Serialises stored work items, updates and comments into Azure DevOps's JSON shapes. REST responses (7.1) carry
// identities as IdentityRef objects; service hook payloads (resourceVersion 1.0) as "Name <mail>" strings.
// System.Id and System.Rev are stored (WIQL queries them) but, as in Microsoft's samples, only appear in `fields`
// when a client asks for them with `fields=`.
import { AdoIdentity, identityRef, identityString } from './ado-identities';
import { AdoUrls } from './ado-urls';
import { AdoRelation, FieldValue, Fields, isIdentity, StoredComment, WorkItemSnapshot, WorkItemUpdate } from './work-item-model';

export type IdentityFormat = 'object' | 'string';

export interface WorkItemJsonOptions {
  identities: IdentityFormat;
  relations: boolean;
  links: boolean;
  /** reference names to return (canonical casing); all but System.Id/System.Rev when absent */
  fields?: string[];
  /** the recycle bin's urls (a deleted work item's hook payload points there) */
  recycled?: boolean;
}

const HIDDEN_UNLESS_ASKED = ['System.Id', 'System.Rev'];

export function identityJson(identity: AdoIdentity, format: IdentityFormat, urls: AdoUrls): unknown {
  return format === 'string' ? identityString(identity) : identityRef(identity, urls.baseUrl, urls.organization);
}

function valueJson(value: FieldValue | undefined, format: IdentityFormat, urls: AdoUrls): unknown {
  return isIdentity(value) ? identityJson(value, format, urls) : value;
}

export function fieldsJson(fields: Fields, format: IdentityFormat, urls: AdoUrls, only?: string[]): { [ref: string]: unknown } {
  const out: { [ref: string]: unknown } = {};
  for (const ref of only || Object.keys(fields).filter((r) => HIDDEN_UNLESS_ASKED.indexOf(r) < 0)) {
    if (fields[ref] !== undefined) out[ref] = valueJson(fields[ref], format, urls);
  }
  return out;
}

export function workItemJson(item: WorkItemSnapshot, options: WorkItemJsonOptions, urls: AdoUrls): { [key: string]: unknown } {
  const json: { [key: string]: unknown } = {};
  if (item.id !== undefined) json.id = item.id;
  json.rev = item.rev;
  json.fields = fieldsJson(item.fields, options.identities, urls, options.fields);
  if (options.relations && item.relations.length > 0) json.relations = item.relations.map(relationJson);
  if (item.id === undefined) return json;
  const self = options.recycled ? urls.recycleBin(item.id) : urls.workItem(item.id);
  if (options.links) {
    json._links = options.recycled
      ? { self: { href: self }, workItemType: { href: urls.workItemType(String(item.fields['System.WorkItemType'])) }, fields: { href: urls.fields() } }
      : {
          self: { href: self },
          workItemUpdates: { href: urls.workItemUpdates(item.id) },
          workItemRevisions: { href: urls.workItemRevisions(item.id) },
          workItemComments: { href: urls.workItemComments(item.id) },
          html: { href: urls.workItemHtml(item.id) },
          workItemType: { href: urls.workItemType(String(item.fields['System.WorkItemType'])) },
          fields: { href: urls.fields() },
        };
  }
  json.url = self;
  return json;
}

export function relationJson(relation: AdoRelation): AdoRelation {
  return { rel: relation.rel, url: relation.url, attributes: { ...relation.attributes } };
}

export function updateJson(update: WorkItemUpdate, format: IdentityFormat, urls: AdoUrls): { [key: string]: unknown } {
  const fields: { [ref: string]: { oldValue?: unknown; newValue?: unknown } } = {};
  for (const ref of Object.keys(update.fields)) {
    const change = update.fields[ref];
    const out: { oldValue?: unknown; newValue?: unknown } = {};
    if ('oldValue' in change) out.oldValue = valueJson(change.oldValue, format, urls);
    if ('newValue' in change) out.newValue = valueJson(change.newValue, format, urls);
    fields[ref] = out;
  }
  const json: { [key: string]: unknown } = {
    id: update.id,
    workItemId: update.workItemId,
    rev: update.rev,
    revisedBy: { ...identityRef(update.revisedBy, urls.baseUrl, urls.organization), name: identityString(update.revisedBy) },
    revisedDate: update.revisedDate,
    fields,
  };
  if (update.relations) {
    json.relations = {
      ...(update.relations.added ? { added: update.relations.added.map(relationJson) } : {}),
      ...(update.relations.removed ? { removed: update.relations.removed.map(relationJson) } : {}),
    };
  }
  json._links = {
    self: { href: urls.workItemUpdate(update.workItemId, update.id) },
    workItemUpdates: { href: urls.workItemUpdates(update.workItemId) },
    parent: { href: urls.workItem(update.workItemId) },
  };
  json.url = urls.workItemUpdate(update.workItemId, update.id);
  return json;
}

export function commentJson(comment: StoredComment, urls: AdoUrls): { [key: string]: unknown } {
  return {
    workItemId: comment.workItemId,
    id: comment.id,
    version: comment.version,
    text: comment.text,
    createdBy: identityJson(comment.createdBy, 'object', urls),
    createdDate: comment.createdDate,
    modifiedBy: identityJson(comment.modifiedBy, 'object', urls),
    modifiedDate: comment.modifiedDate,
    isDeleted: comment.isDeleted,
    url: urls.workItemComment(comment.workItemId, comment.id),
  };
}
