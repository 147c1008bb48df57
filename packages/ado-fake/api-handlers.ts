// The Azure DevOps WIT operations the fake serves, keyed by the spec's operationId (the validator routes each
// request to one). Handlers read the validated request and the store, and return a JSON (or bytes) response or
// throw AdoHttpError with Azure DevOps's error body.
import { adoErrors } from './ado-errors';
import { AdoProcessDefinition, findWorkItemType, typeHasField } from './ado-processes';
import { AdoFieldRegistry } from './ado-fields';
import { AdoIdentity } from './ado-identities';
import { AdoClock } from './ado-timestamps';
import { AdoUrls } from './ado-urls';
import { AttachmentStore } from './attachment-store';
import { parseWiql, runWiql } from './wiql';
import { commentJson, updateJson, workItemJson, WorkItemJsonOptions } from './work-item-json';
import { PatchOperation, StoredWorkItem } from './work-item-model';
import { WorkItemStore } from './work-item-store';

export interface ApiCall {
  pathParams: { [name: string]: string };
  query: URLSearchParams;
  body: unknown;
  actor: AdoIdentity;
}

export interface ApiResponse {
  status: number;
  json?: unknown;
  bytes?: Buffer;
}

export interface ApiContext {
  store: WorkItemStore;
  attachments: AttachmentStore;
  fields: AdoFieldRegistry;
  urls: AdoUrls;
  clock: AdoClock;
  projectName: string;
  process: AdoProcessDefinition;
}

type Handler = (call: ApiCall, ctx: ApiContext) => ApiResponse;

const ok = (json: unknown): ApiResponse => ({ status: 200, json });

function idParam(call: ApiCall, name = 'id'): number {
  return parseInt(call.pathParams[name], 10);
}

function flag(query: URLSearchParams, name: string): boolean {
  return (query.get(name) || '').toLowerCase() === 'true';
}

/** $expand and fields= as Azure DevOps reads them (they may not be combined). */
function readOptions(expandParam: string | null, fieldsParam: string[] | undefined, ctx: ApiContext, single: boolean): WorkItemJsonOptions {
  const expand = (expandParam || 'none').toLowerCase();
  if (fieldsParam && expand !== 'none') {
    throw adoErrors.conflictingParameters('The expand parameter can not be used with the fields parameter.');
  }
  const fields = fieldsParam?.map((name) => {
    const field = ctx.fields.find(name.trim());
    if (!field) throw adoErrors.unknownField(name.trim());
    return field.referenceName;
  });
  return {
    identities: 'object',
    relations: expand === 'relations' || expand === 'all',
    links: single || expand === 'links' || expand === 'all',
    fields,
  };
}

function splitList(value: string | null): string[] | undefined {
  return value === null ? undefined : value.split(',').filter((v) => v.trim() !== '');
}

function workItems(ids: number[], errorPolicy: string, options: WorkItemJsonOptions, ctx: ApiContext): ApiResponse {
  const value = ids.map((id) => {
    const item = ctx.store.find(id);
    if (!item && errorPolicy !== 'omit') throw adoErrors.workItemNotFound(id);
    return item ? workItemJson(item, options, ctx.urls) : null;
  });
  return ok({ count: value.length, value });
}

function deletedJson(item: StoredWorkItem, ctx: ApiContext, withResource: boolean): { [key: string]: unknown } {
  return {
    id: item.id,
    code: 200,
    type: item.fields['System.WorkItemType'],
    name: item.fields['System.Title'],
    project: ctx.projectName,
    deletedDate: item.deleted?.date,
    deletedBy: item.deleted ? `${item.deleted.by.displayName} <${item.deleted.by.uniqueName}>` : undefined,
    url: ctx.urls.recycleBin(item.id),
    ...(withResource ? { resource: workItemJson(item, { identities: 'object', relations: true, links: true }, ctx.urls) } : {}),
  };
}

/** The state category Azure DevOps shows for a state of a type: the first is Proposed, Removed is Removed, the last
 * other one Completed, the rest In Progress (the inherited processes' defaults). */
function stateCategory(states: string[], index: number): string {
  if (states[index] === 'Removed') return 'Removed';
  if (index === 0) return 'Proposed';
  const last = states[states.length - 1] === 'Removed' ? states.length - 2 : states.length - 1;
  return index === last ? 'Completed' : 'InProgress';
}

export const API_HANDLERS: { [operationId: string]: Handler } = {
  // A cheap read of the project's configuration: what a connection health check calls.
  'Work Item Types_Get': (call, ctx) => {
    const found = findWorkItemType(ctx.process, call.pathParams.type);
    if (!found) throw adoErrors.workItemTypeNotFound(call.pathParams.type, ctx.projectName);
    const states = found.definition.states;
    return ok({
      name: found.name,
      referenceName: 'Microsoft.VSTS.WorkItemTypes.' + found.name.replace(/\s+/g, ''),
      description: '',
      color: '009CCC',
      isDisabled: false,
      states: states.map((name, i) => ({ name, color: 'b2b2b2', category: stateCategory(states, i) })),
      // "The fields that exist on the work item type" (WorkItemType.fields in Microsoft's spec).
      fields: ctx.fields
        .all()
        .filter((f) => typeHasField(found.definition, f.referenceName, ctx.fields))
        .map((f) => ({ alwaysRequired: f.referenceName === 'System.Title', referenceName: f.referenceName, name: f.name, url: ctx.urls.field(f.referenceName) })),
      url: ctx.urls.workItemType(found.name),
    });
  },
  'Work Items_Create': (call, ctx) => {
    const item = ctx.store.create(call.pathParams.type, call.body as PatchOperation[], call.actor, flag(call.query, 'validateOnly'));
    return ok(workItemJson(item, { identities: 'object', relations: true, links: true }, ctx.urls));
  },
  'Work Items_Update': (call, ctx) => {
    const item = ctx.store.update(idParam(call), call.body as PatchOperation[], call.actor, flag(call.query, 'validateOnly'));
    return ok(workItemJson(item, { identities: 'object', relations: true, links: true }, ctx.urls));
  },
  'Work Items_Get Work Item': (call, ctx) => {
    const options = readOptions(call.query.get('$expand'), splitList(call.query.get('fields')), ctx, true);
    return ok(workItemJson(ctx.store.get(idParam(call)), options, ctx.urls));
  },
  'Work Items_List': (call, ctx) => {
    const ids = (splitList(call.query.get('ids')) || []).map((id) => parseInt(id, 10));
    const options = readOptions(call.query.get('$expand'), splitList(call.query.get('fields')), ctx, false);
    return workItems(ids, (call.query.get('errorPolicy') || 'fail').toLowerCase(), options, ctx);
  },
  'Work Items_Get Work Items Batch': (call, ctx) => {
    const body = call.body as { ids?: number[]; fields?: string[]; $expand?: string; errorPolicy?: string };
    const options = readOptions(body.$expand || null, body.fields, ctx, false);
    return workItems(body.ids || [], (body.errorPolicy || 'fail').toLowerCase(), options, ctx);
  },
  'Work Items_Delete': (call, ctx) => {
    const destroy = flag(call.query, 'destroy');
    const item = ctx.store.delete(idParam(call), call.actor, destroy);
    return destroy ? { status: 204 } : ok(deletedJson(item, ctx, false));
  },
  'Updates_List': (call, ctx) => {
    const value = ctx.store.get(idParam(call)).updates.map((u) => updateJson(u, 'object', ctx.urls));
    return ok({ count: value.length, value });
  },
  'Revisions_List': (call, ctx) => {
    const value = ctx.store.get(idParam(call)).revisions.map((r) => workItemJson(r, { identities: 'object', relations: true, links: false }, ctx.urls));
    return ok({ count: value.length, value });
  },
  'Comments_Add Comment': (call, ctx) => {
    const text = (call.body as { text?: unknown }).text;
    if (typeof text !== 'string' || text.trim() === '') throw adoErrors.invalidArgument('The comment text must not be empty.');
    return ok(commentJson(ctx.store.addComment(idParam(call, 'workItemId'), text, call.actor), ctx.urls));
  },
  'Comments_Get Comments': (call, ctx) => {
    const item = ctx.store.get(idParam(call, 'workItemId'));
    const all = item.comments.filter((c) => !c.isDeleted || flag(call.query, 'includeDeleted'));
    const ordered = (call.query.get('order') || 'desc') === 'asc' ? all : all.slice().reverse();
    const skip = parseInt(call.query.get('continuationToken') || '0', 10) || 0;
    const top = parseInt(call.query.get('$top') || '', 10) || 200;
    const page = ordered.slice(skip, skip + top);
    const more = skip + page.length < ordered.length;
    return ok({
      totalCount: ordered.length,
      count: page.length,
      comments: page.map((c) => commentJson(c, ctx.urls)),
      ...(more ? { continuationToken: String(skip + page.length), nextPage: `${ctx.urls.workItemComments(item.id)}?continuationToken=${skip + page.length}` } : {}),
      url: ctx.urls.workItemComments(item.id),
    });
  },
  'Comments_Get Comments Batch': (call, ctx) => {
    const item = ctx.store.get(idParam(call, 'workItemId'));
    const ids = (splitList(call.query.get('ids')) || []).map((id) => parseInt(id, 10));
    const comments = item.comments.filter((c) => ids.indexOf(c.id) >= 0).map((c) => commentJson(c, ctx.urls));
    return ok({ totalCount: comments.length, count: comments.length, comments, url: ctx.urls.workItemComments(item.id) });
  },
  'Attachments_Create': (call, ctx) => {
    const bytes = Buffer.isBuffer(call.body) ? call.body : Buffer.alloc(0);
    const fileName = call.query.get('fileName') || 'attachment';
    const attachment = ctx.attachments.add(fileName, bytes, call.actor, ctx.clock.next());
    return { status: 201, json: { id: attachment.id, url: ctx.urls.attachment(attachment.id, fileName) } };
  },
  'Attachments_Get': (call, ctx) => {
    const attachment = ctx.attachments.get(call.pathParams.id);
    if (!attachment) throw adoErrors.attachmentNotFound(call.pathParams.id);
    return { status: 200, bytes: attachment.bytes };
  },
  'Wiql_Query By Wiql': (call, ctx) => {
    const source = (call.body as { query?: unknown }).query;
    if (typeof source !== 'string') throw adoErrors.wiqlSyntax('Expecting a query', '');
    const query = parseWiql(source, ctx.fields);
    const timePrecision = flag(call.query, 'timePrecision');
    let ids = runWiql(query, ctx.store.live(), { project: ctx.projectName, me: call.actor, nowMs: ctx.clock.nowMs(), timePrecision });
    const top = call.query.get('$top');
    if (top !== null) ids = ids.slice(0, parseInt(top, 10));
    const reference = (f: { referenceName: string; name: string }) => ({ referenceName: f.referenceName, name: f.name, url: ctx.urls.field(f.referenceName) });
    return ok({
      queryType: 'flat',
      queryResultType: 'workItem',
      asOf: ctx.clock.next(),
      columns: query.columns.map(reference),
      sortColumns: query.orderBy.map((o) => ({ field: reference(o.field), descending: o.descending })),
      workItems: ids.map((id) => ({ id, url: ctx.urls.workItem(id) })),
    });
  },
  'Recyclebin_Get Deleted Work Item Shallow References': (_call, ctx) => {
    const value = ctx.store.recycled().map((i) => ({ id: i.id, url: ctx.urls.recycleBin(i.id) }));
    return ok({ count: value.length, value });
  },
  'Recyclebin_Get': (call, ctx) => ok(deletedJson(ctx.store.recycledItem(idParam(call)), ctx, true)),
  'Recyclebin_Restore Work Item': (call, ctx) => {
    const body = call.body as { [key: string]: unknown };
    const key = Object.keys(body).find((k) => k.toLowerCase() === 'isdeleted');
    if (!key || body[key] !== false) throw adoErrors.invalidArgument('A restore request must set "isDeleted" to false.');
    return ok(deletedJson(ctx.store.restore(idParam(call), call.actor), ctx, true));
  },
  'Recyclebin_Destroy Work Item': (call, ctx) => {
    ctx.store.destroy(idParam(call));
    return { status: 204 };
  },
};
