// Service hook payloads for work item events, shaped like Microsoft's samples (samples/service-hook-samples/, from the
// "Service hooks events" reference): envelope id, eventType, publisherId "tfs", scope, message/detailedMessage
// (text, html, markdown), resource, resourceVersion "1.0", resourceContainers, createdDate. For workitem.updated the
// resource is the update (id = update number, workItemId, rev, fields {oldValue,newValue}, revision = the work item);
// the other events carry the work item itself (deleted: with recycle bin urls).
import { randomUUID } from 'crypto';
import { AdoUrls } from './ado-urls';
import { IdentityFormat, updateJson, workItemJson } from './work-item-json';
import { snapshotOf } from './work-item-model';
import { WorkItemEvent } from './work-item-store';

export type HookEventType = WorkItemEvent['eventType'];
export const HOOK_EVENT_TYPES: HookEventType[] = ['workitem.created', 'workitem.updated', 'workitem.commented', 'workitem.deleted', 'workitem.restored'];

export interface HookMessage {
  text: string;
  html: string;
  markdown: string;
}

export interface HookPayload {
  subscriptionId?: string;
  notificationId?: number;
  id: string;
  eventType: HookEventType;
  publisherId: 'tfs';
  scope: 'all';
  message: HookMessage;
  detailedMessage: HookMessage;
  resource: { [key: string]: unknown };
  resourceVersion: '1.0';
  resourceContainers: { [name: string]: { id: string; baseUrl: string } };
  createdDate: string;
}

export interface HookPayloadContext {
  urls: AdoUrls;
  collectionId: string;
  identities: IdentityFormat;
  createdDate: string;
}

const VERBS: { [type in HookEventType]: string } = {
  'workitem.created': 'created',
  'workitem.updated': 'updated',
  'workitem.commented': 'commented on',
  'workitem.deleted': 'deleted',
  'workitem.restored': 'restored',
};

/** The payload for one event, built at once from a snapshot (later changes must not alter a queued delivery). */
export function buildHookPayload(event: WorkItemEvent, ctx: HookPayloadContext): HookPayload {
  const { urls } = ctx;
  const item = snapshotOf(event.item);
  const id = event.item.id;
  const jsonOptions = { identities: ctx.identities, relations: true, links: true };
  let resource: { [key: string]: unknown };
  if (event.eventType === 'workitem.updated') {
    resource = {
      ...updateJson(JSON.parse(JSON.stringify(event.update)), ctx.identities, urls),
      revision: { ...workItemJson(item, { ...jsonOptions, links: false }, urls), url: urls.workItemRevision(id, item.rev) },
    };
  } else {
    resource = workItemJson(item, { ...jsonOptions, recycled: event.eventType === 'workitem.deleted' }, urls);
  }
  const title = String(item.fields['System.Title'] || '');
  const label = `${item.fields['System.WorkItemType']} #${id}`;
  const html = urls.workItemHtml(id);
  const summary = `(${title}) ${VERBS[event.eventType]} by ${event.actor.displayName}.`;
  const details = [`State: ${item.fields['System.State']}`, `Area: ${item.fields['System.AreaPath']}`];
  const comment = event.eventType === 'workitem.commented' ? event.comment : undefined;
  const base = { text: `${label} ${summary}\r\n(${html})`, html: `<a href="${html}">${label}</a> ${escapeHtml(summary)}`, markdown: `[${label}](${html}) ${summary}` };
  const server = { id: ctx.collectionId, baseUrl: `${urls.baseUrl}/${urls.organization}/` };
  return {
    id: randomUUID(),
    eventType: event.eventType,
    publisherId: 'tfs',
    scope: 'all',
    message: base,
    detailedMessage: {
      text: base.text + (comment !== undefined ? `\r\n${comment}` : '\r\n\r\n' + details.map((d) => `- ${d}\r\n`).join('')),
      html: base.html + (comment !== undefined ? `<br/>${comment}` : '<ul>\r\n' + details.map((d) => `<li>${escapeHtml(d)}</li>`).join('\r\n') + '</ul>'),
      markdown: base.markdown + (comment !== undefined ? `\r\n${comment}` : '\r\n\r\n' + details.map((d) => `* ${d}\r\n`).join('')),
    },
    resource,
    resourceVersion: '1.0',
    resourceContainers: { collection: server, account: server, project: { id: urls.projectId, baseUrl: server.baseUrl } },
    createdDate: ctx.createdDate,
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
