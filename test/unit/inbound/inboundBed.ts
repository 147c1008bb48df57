// A test bed for the inbound side: the outbound bed (built app in an emulated instance, the Azure DevOps fake behind
// its HTTP transport, a connection with Basic-process value maps) plus
// - a second Azure DevOps user, Jamal, whose changes are "someone else's" (the connection's PAT acts as the fake's
//   default user, Incident Bridge Service);
// - the fake's service hooks subscribed and held (paused), so every change's real hook envelope can be taken and
//   delivered to the receiver by the test, in any order, any number of times;
// - deliver(): the receiver's handler called as the route does; process(): the instance's event queue run, which
//   runs the installed script action (dist/app) that hands each row to InboxProcessor, here its TypeScript source
//   (the Rhino tier runs the built one).
import AzureDevOpsHookReceiver from '../../../src/app/inbound/AzureDevOpsHookReceiver';
import InboxProcessor from '../../../src/app/inbound/InboxProcessor';
import AzureDevOpsSync from '../../../src/app/azure-devops/AzureDevOpsSync';
import { DEFAULT_FAKE_USER, HookPayload } from '@incb/ado-fake';
import { INBOX_TABLE, LINK_TABLE, LOG_TABLE, OUTBOX_TABLE } from '../../../src/app/core/tables';
import { BedOptions, insertIncident, payloadFor, startBed, SyncBed } from '../azure-devops/adoSyncFixture';

export const JAMAL = { displayName: 'Jamal Hartnett', uniqueName: 'jamal@fabrikam.example', pat: 'jamal-pat' };
export const HOOK_EVENT_TYPES = ['workitem.created', 'workitem.updated', 'workitem.commented', 'workitem.deleted', 'workitem.restored'] as const;

export interface Delivered {
  status: number;
  body: string;
  json: any;
}

export interface InboundBed extends SyncBed {
  /** hook envelopes raised since the last call, in the order Azure DevOps raised them */
  takeHooks(): HookPayload[];
  deliver(payload: unknown, options?: { headers?: { [name: string]: string }; connection?: string; rawBody?: string }): Delivered;
  /** runs due events (the installed script actions); returns how many ran */
  process(): number;
  /** Azure DevOps as Jamal */
  jamal: RemoteUser;
  /** Azure DevOps as the connection's own identity (what our sender does) */
  ourselves: RemoteUser;
  rows(table: string, query?: string): Array<{ [field: string]: string }>;
}

export interface RemoteUser {
  create(fields: { [ref: string]: unknown }, type?: string): any;
  update(id: number, fields: { [ref: string]: unknown }): any;
  patch(id: number, operations: unknown[]): any;
  comment(id: number, html: string): any;
  /** uploads `content` and links it as an AttachedFile; returns the attachment URL */
  attach(id: number, fileName: string, content: string): string;
  remove(id: number): any;
  restore(id: number): any;
}

function remoteUser(bed: SyncBed, pat: string): RemoteUser {
  const auth = 'Basic ' + Buffer.from(':' + pat).toString('base64');
  const base = `${bed.fake.organizationUrl}/${bed.fake.project}/_apis/wit`;
  const send = (method: string, url: string, body?: unknown, contentType = 'application/json', bodyBase64?: string) => {
    const answer = bed.fake.handleSync({ method, url, headers: { Authorization: auth, 'Content-Type': contentType }, body: body === undefined ? undefined : JSON.stringify(body), bodyBase64 });
    if (answer.status >= 300) throw new Error(`${method} ${url} answered ${answer.status}: ${answer.body}`);
    return answer.body ? JSON.parse(answer.body) : undefined;
  };
  const ops = (fields: { [ref: string]: unknown }) => Object.keys(fields).map((ref) => ({ op: 'add', path: `/fields/${ref}`, value: fields[ref] }));
  const user: RemoteUser = {
    create: (fields, type = 'Task') => send('POST', `${base}/workitems/$${type}?api-version=7.1`, ops(fields), 'application/json-patch+json'),
    update: (id, fields) => user.patch(id, ops(fields)),
    patch: (id, operations) => send('PATCH', `${base}/workitems/${id}?api-version=7.1`, operations, 'application/json-patch+json'),
    comment: (id, html) => send('POST', `${base}/workItems/${id}/comments?api-version=7.1-preview.4`, { text: html }),
    attach: (id, fileName, content) => {
      const uploaded = send('POST', `${base}/attachments?fileName=${encodeURIComponent(fileName)}&api-version=7.1`, undefined, 'application/octet-stream', Buffer.from(content).toString('base64'));
      user.patch(id, [{ op: 'add', path: '/relations/-', value: { rel: 'AttachedFile', url: uploaded.url } }]);
      return uploaded.url;
    },
    remove: (id) => send('DELETE', `${base}/workitems/${id}?api-version=7.1`),
    restore: (id) => send('PATCH', `${base}/recyclebin/${id}?api-version=7.1`, { isDeleted: false }),
  };
  return user;
}

export async function startInboundBed(options: BedOptions = {}): Promise<InboundBed> {
  const bed = await startBed({ ...options, fake: { users: [DEFAULT_FAKE_USER, JAMAL], ...options.fake } });
  bed.instance.replaceScriptInclude('InboxProcessor', InboxProcessor);
  // Held, never sent: the tests take each envelope and deliver it themselves.
  bed.fake.subscribe({ url: 'http://127.0.0.1:9/held', eventTypes: HOOK_EVENT_TYPES.slice() });
  bed.fake.pauseHooks();
  let taken = 0;
  return {
    ...bed,
    takeHooks() {
      const fresh = bed.fake.deliveries.slice(taken).map((d) => d.payload);
      taken = bed.fake.deliveries.length;
      return fresh;
    },
    deliver(payload, options = {}) {
      const connection = options.connection === undefined ? bed.connection : options.connection;
      const body = options.rawBody !== undefined ? options.rawBody : JSON.stringify(payload);
      const request = bed.instance.rest.request({
        method: 'POST',
        uri: `/api/x_incb_bridge/v1/hooks/azure-devops/${encodeURIComponent(connection)}`,
        pathParams: { connection },
        headers: { 'Content-Type': 'application/json; charset=utf-8', ...options.headers },
        body,
      });
      const response = bed.instance.rest.response();
      new AzureDevOpsHookReceiver().post(request, response);
      const result = response.result();
      let json: any;
      try {
        json = JSON.parse(result.body);
      } catch (e) {
        json = undefined;
      }
      return { status: result.status, body: result.body, json };
    },
    process: () => bed.instance.processEvents(),
    jamal: remoteUser(bed, JAMAL.pat),
    ourselves: remoteUser(bed, DEFAULT_FAKE_USER.pat!),
    rows: (table, query) => bed.instance.db.rows(table, query),
  };
}

/** An incident synced out through the connection (so it is linked to a new work item our identity created, and the
 * connection knows that identity); the creation's own hooks are taken and returned. */
export function linkedIncident(bed: InboundBed, values: { [field: string]: string } = {}): { incident: string; workItem: number; hooks: HookPayload[] } {
  const incident = insertIncident({ short_description: 'Mail is down', state: '2', priority: '2', ...values });
  const number = bed.instance.db.get('incident', incident)!.number;
  const result = new AzureDevOpsSync(bed.connection).syncIncident(payloadFor(incident, number, { reason: 'create', changedFields: ['short_description', 'state', 'priority'] }));
  if (result.outcome !== 'sent') throw new Error('outbound create failed: ' + JSON.stringify(result));
  // The capture rule queued an entry for the insert: its dispatch finds Azure DevOps up to date and sends nothing.
  bed.process();
  const link = bed.instance.db.rows(LINK_TABLE, `incident=${incident}^connection=${bed.connection}`)[0];
  return { incident, workItem: Number(link.remote_id), hooks: bed.takeHooks() };
}

/** Outbox entries, oldest first. */
export function outboxRows(bed: InboundBed): Array<{ [field: string]: string }> {
  return bed.rows(OUTBOX_TABLE, 'ORDERBYsys_created_on');
}

export function inboxRows(bed: InboundBed): Array<{ [field: string]: string }> {
  return bed.rows(INBOX_TABLE, 'ORDERBYsys_created_on');
}

export function logRows(bed: InboundBed, query = ''): Array<{ [field: string]: string }> {
  return bed.rows(LOG_TABLE, query);
}

export function linkRow(bed: InboundBed, incident: string): { [field: string]: string } {
  return bed.rows(LINK_TABLE, `incident=${incident}`)[0];
}

/** The database as a worker that died mid-way left it: the inbox row still claimed by it (processing, one attempt)
 * and the link's `column` back at `value`, what it held before the worker recorded anything there. */
export function asIfWorkerDied(bed: InboundBed, inboxSysId: string, incident: string, column: string, value: string): void {
  const g = global as any;
  const claimed = new g.GlideRecord(INBOX_TABLE);
  claimed.get(inboxSysId);
  claimed.setValue('state', 'processing');
  claimed.setValue('attempts', '1');
  claimed.setValue('last_error', 'Processing (claim dead-worker)');
  claimed.setWorkflow(false);
  claimed.update();
  const link = new g.GlideRecord(LINK_TABLE);
  link.get(linkRow(bed, incident).sys_id);
  link.setValue(column, value);
  link.setWorkflow(false);
  link.update();
}
