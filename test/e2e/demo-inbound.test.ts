// `--demo`, inbound: a change made in Azure DevOps comes back as real service hook deliveries. The sandbox subscribes
// the fake's web hooks to its own hook route for the demo connection (basic auth as ado.hook, the connection's
// inbound secret in its header); the receiver only stores each delivery, and the drain (background processing)
// applies it. Closing the work item resolves the incident with the connection's close code and notes, its comment
// becomes a work note; a redelivery of the same hook changes nothing, and nothing is echoed back to Azure DevOps.
import { basicAuth, client } from './support/http-client';
import { SandboxProcess, startE2eSandbox } from './support/e2e-sandbox';

interface Delivery {
  id: string;
  eventType: string;
  state: 'queued' | 'delivered' | 'failed';
  status?: number;
}

let sandbox: SandboxProcess;
let api: ReturnType<typeof client>;
let fake: { url: string; organizationUrl: string; project: string };
let pat: string;

beforeAll(async () => {
  sandbox = await startE2eSandbox(['--demo']);
  api = client(sandbox.url);
  fake = (await api('GET', '/sandbox/v1/info', { as: 'admin' })).json.result.demo;
  // changes are made as a person of the organization: the app ignores its own credential's changes (its echo)
  pat = /PAT "([^"]*)"/.exec(await sandbox.waitForLine(/^Azure DevOps fake person/))![1];
}, 180000);
afterAll(() => sandbox?.stop());

const fakeRequests = async (): Promise<number> => ((await (await fetch(`${fake.url}/_fake/state`)).json()) as { requests: number }).requests;

async function drain(): Promise<void> {
  const reply = await api('POST', '/sandbox/v1/drain', { as: 'admin' });
  expect(reply.status).toBe(200);
  expect(reply.json.settled).toBe(true);
}

/** Azure DevOps REST on the fake with the person's PAT (Basic, empty user name) */
async function ado(method: string, route: string, body?: unknown, contentType = 'application/json'): Promise<any> {
  const response = await fetch(`${fake.organizationUrl}/${fake.project}/_apis/wit/${route}`, {
    method,
    headers: { Authorization: basicAuth('', pat), Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': contentType }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.status).toBeLessThan(300);
  return response.json();
}

/** the fake's deliveries once none is queued (the fake sends them in the background) */
async function settledDeliveries(): Promise<Delivery[]> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const deliveries = (await (await fetch(`${fake.url}/_fake/deliveries`)).json()) as Delivery[];
    if (deliveries.every((d) => d.state !== 'queued')) return deliveries;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('hook deliveries still queued after 20 s');
}

const incidentFields = 'state,close_code,close_notes,sys_mod_count,sys_updated_on,correlation_id';
const readIncident = async (sysId: string) => (await api('GET', `/api/now/table/incident/${sysId}?sysparm_fields=${incidentFields}`, { as: 'admin' })).json.result;
const journalOf = async (sysId: string): Promise<Array<{ type: string; text: string }>> => (await api('GET', `/api/x_incb_bridge/v1/agent/incidents/${sysId}`, { as: 'agent' })).json.result.journal;

describe('a work item closed and commented in Azure DevOps', () => {
  let incident: string;
  let workItemId: number;
  let before: number;

  test('starts as an incident synced out over the Table API and the drain', async () => {
    const created = await api('POST', '/api/now/table/incident', { as: 'itil.user', json: { short_description: 'e2e inbound: VPN drops every hour', impact: '2', urgency: '2' } });
    expect(created.status).toBe(201);
    incident = created.json.result.sys_id;
    await drain();
    workItemId = Number((await readIncident(incident)).correlation_id);
    expect(workItemId).toBeGreaterThan(0);
    // the create's own hook (workitem.created) reached the sandbox and was accepted
    const deliveries = await settledDeliveries();
    expect(deliveries.filter((d) => d.eventType === 'workitem.created').map((d) => [d.state, d.status])).toEqual([['delivered', 200]]);
    await drain();
    expect((await readIncident(incident)).state).toBe('1');
  });

  test('resolves the incident with the connection\'s close code and notes and adds the comment as a work note', async () => {
    before = (await settledDeliveries()).length;
    await ado('PATCH', `workitems/${workItemId}?api-version=7.1`, [{ op: 'add', path: '/fields/System.State', value: 'Done' }], 'application/json-patch+json');
    await ado('POST', `workItems/${workItemId}/comments?api-version=7.1-preview.4`, { text: 'e2e inbound: replaced the VPN concentrator' });
    const deliveries = (await settledDeliveries()).slice(before);
    // the state change is an update; a comment is both a new revision (updated) and commented, as in Azure DevOps
    expect(deliveries.map((d) => d.eventType)).toEqual(expect.arrayContaining(['workitem.updated', 'workitem.commented']));
    for (const delivery of deliveries) expect([delivery.state, delivery.status]).toEqual(['delivered', 200]);

    await drain();
    const resolved = await readIncident(incident);
    expect(resolved).toMatchObject({ state: '6', close_code: 'Solution provided', close_notes: 'Closed in Azure DevOps (sandbox demo)' });
    const notes = (await journalOf(incident)).filter((e) => e.type === 'work_notes').map((e) => e.text);
    expect(notes.filter((text) => text.includes('e2e inbound: replaced the VPN concentrator'))).toHaveLength(1);
  });

  test('sends nothing back to Azure DevOps (no echo of the inbound change)', async () => {
    const requests = await fakeRequests();
    const rev = (await ado('GET', `workitems/${workItemId}?api-version=7.1`)).rev;
    await drain();
    // the GET above is one request; the drain adds none
    expect(await fakeRequests()).toBe(requests + 1);
    expect((await ado('GET', `workitems/${workItemId}?api-version=7.1`)).rev).toBe(rev);
  });

  test('a redelivery of the same hook is accepted and changes nothing', async () => {
    const incidentBefore = await readIncident(incident);
    const journalBefore = await journalOf(incident);
    const updated = (await settledDeliveries()).slice(before).filter((d) => d.eventType === 'workitem.updated')[0];
    const redelivery = await fetch(`${fake.url}/_fake/deliveries/${updated.id}/redeliver`, { method: 'POST' });
    expect(redelivery.status).toBe(201);
    const replayed = (await settledDeliveries()).slice(-1)[0];
    expect([replayed.eventType, replayed.state, replayed.status]).toEqual(['workitem.updated', 'delivered', 200]);
    const requests = await fakeRequests();
    await drain();
    expect(await readIncident(incident)).toEqual(incidentBefore);
    expect(await journalOf(incident)).toEqual(journalBefore);
    expect(await fakeRequests()).toBe(requests);
  });
});
