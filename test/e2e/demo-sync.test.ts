// `--demo`: the outbound sync round trip as users and Azure DevOps see it, over HTTP only. An incident created with
// the Table API costs no HTTP call in the user's save; POST /sandbox/v1/drain (the background processing) turns it
// into a work item in the Azure DevOps fake, read back through the fake's REST API with its PAT; the incident gets
// the work item id in correlation_id; that write-back does not sync again; a later change and a work note reach the
// work item as an update and a comment.
import { basicAuth, client } from './support/http-client';
import { SandboxProcess, startE2eSandbox } from './support/e2e-sandbox';

interface FakeState {
  workItems: number;
  requests: number;
  validationFailures: unknown[];
  deliveries: Array<{ state: string }>;
}

let sandbox: SandboxProcess;
let api: ReturnType<typeof client>;
let fake: { url: string; organizationUrl: string; project: string };
let pat: string;

beforeAll(async () => {
  sandbox = await startE2eSandbox(['--demo']);
  api = client(sandbox.url);
  fake = (await api('GET', '/sandbox/v1/info', { as: 'admin' })).json.result.demo;
  pat = /PAT "([^"]*)"/.exec(await sandbox.waitForLine(/^Azure DevOps fake: /))![1];
}, 180000);
afterAll(() => sandbox?.stop());

const fakeState = async (): Promise<FakeState> => (await (await fetch(`${fake.url}/_fake/state`)).json()) as FakeState;
/** waits until the fake has sent every service hook it queued (to the sandbox's own hook route) */
async function hooksSettled(): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if ((await fakeState()).deliveries.every((d) => d.state !== 'queued')) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('hook deliveries still queued after 20 s');
}
const sandboxStats = async () => (await api('GET', '/sandbox/v1/stats', { as: 'admin' })).json.result;

/** Azure DevOps REST on the fake, signed in with the PAT as Azure DevOps takes one (Basic, empty user name) */
async function ado(route: string): Promise<any> {
  const response = await fetch(`${fake.organizationUrl}/${fake.project}/_apis/wit/${route}`, { headers: { Authorization: basicAuth('', pat), Accept: 'application/json' } });
  expect(response.status).toBe(200);
  return response.json();
}

async function drain(): Promise<{ ran: { events: number; asyncRules: number; jobs: unknown[] }; settled: boolean }> {
  const reply = await api('POST', '/sandbox/v1/drain', { as: 'admin' });
  expect(reply.status).toBe(200);
  expect(reply.json.settled).toBe(true);
  return reply.json;
}

describe('an incident created over the Table API', () => {
  let incident: { sys_id: string; number: string };
  let workItemId: number;
  let rev: number;

  test('is saved without any HTTP call to Azure DevOps', async () => {
    await drain();
    const fakeBefore = await fakeState();
    const statsBefore = await sandboxStats();
    const created = await api('POST', '/api/now/table/incident', { as: 'itil.user', json: { short_description: 'e2e demo: checkout is down', description: 'Customers get a 502 at checkout.', impact: '1', urgency: '2' } });
    expect(created.status).toBe(201);
    incident = created.json.result;
    expect((await fakeState()).requests).toBe(fakeBefore.requests);
    expect((await sandboxStats()).outboundRequests).toBe(statsBefore.outboundRequests);
  });

  test('becomes a work item after the drain, valid by the Azure DevOps spec, and the incident carries its id', async () => {
    const before = await fakeState();
    const drained = await drain();
    expect(drained.ran.events).toBeGreaterThan(0);
    const after = await fakeState();
    expect(after.workItems).toBe(before.workItems + 1);
    expect(after.validationFailures).toEqual([]);

    const linked = (await api('GET', `/api/now/table/incident/${incident.sys_id}?sysparm_fields=correlation_id,correlation_display`, { as: 'itil.user' })).json.result;
    expect(linked.correlation_id).toMatch(/^\d+$/);
    expect(linked.correlation_display).toBe('Azure DevOps');
    workItemId = Number(linked.correlation_id);

    const workItem = await ado(`workitems/${workItemId}?api-version=7.1`);
    expect(workItem.id).toBe(workItemId);
    expect(workItem.fields['System.Title']).toContain(incident.number);
    expect(workItem.fields['System.Title']).toContain('e2e demo: checkout is down');
    expect(workItem.fields['System.Description']).toContain('Customers get a 502 at checkout.');
    // One request, the create, and the work item at its first revision: the write-back of correlation_id (within
    // the same drain) sent nothing after it.
    expect(after.requests - before.requests).toBe(1);
    expect(workItem.rev).toBe(1);
    rev = workItem.rev;
  });

  test('has nothing left to send: further drains leave the work item alone and then run nothing', async () => {
    // The create's service hook comes back to the sandbox (the demo subscribes it): the echo of our own change,
    // which the next drain processes without sending anything.
    await hooksSettled();
    const before = await fakeState();
    await drain();
    expect((await drain()).ran.events).toBe(0);
    expect((await fakeState()).requests).toBe(before.requests);
    expect((await ado(`workitems/${workItemId}?api-version=7.1`)).rev).toBe(rev);
  });

  test('sends a later change as an update of the same work item and a work note as a comment', async () => {
    const patched = await api('PATCH', `/api/now/table/incident/${incident.sys_id}`, { as: 'itil.user', json: { short_description: 'e2e demo: checkout is slow', work_notes: 'e2e demo: rolled back the release' } });
    expect(patched.status).toBe(200);
    const before = await fakeState();
    await drain();
    const after = await fakeState();
    expect(after.workItems).toBe(before.workItems);
    expect(after.validationFailures).toEqual([]);
    const workItem = await ado(`workitems/${workItemId}?api-version=7.1`);
    expect(workItem.rev).toBeGreaterThan(rev);
    expect(workItem.fields['System.Title']).toContain('e2e demo: checkout is slow');
    const comments = await ado(`workItems/${workItemId}/comments?api-version=7.1-preview.4`);
    expect(comments.comments.map((c: any) => c.text).join('\n')).toContain('e2e demo: rolled back the release');
  });
});
