// An SRE agent's session over HTTP, as the `agent` user: health check, the incidents of the Quickstart response plan
// (activated the way an admin would, through a --records file, since the Table API is closed to the app's tables),
// one incident with its journal, then a work note, acknowledge, a priority change and resolve. Every answer is
// checked against docs/openapi.yaml.
import { OpenApiChecker, openApiChecker } from '../support/openapi';
import { Reply, client } from './support/http-client';
import { SandboxProcess, startE2eSandbox } from './support/e2e-sandbox';
import { recordsArgs, shippedSysId } from './support/records-file';

const BASE = '/api/x_incb_bridge/v1/agent';
let sandbox: SandboxProcess;
let api: ReturnType<typeof client>;
let openapi: OpenApiChecker;

beforeAll(async () => {
  openapi = await openApiChecker();
  sandbox = await startE2eSandbox(recordsArgs([{ table: 'x_incb_bridge_response_plan', sys_id: shippedSysId('response-plan-quickstart'), fields: { active: 'true' } }]));
  api = client(sandbox.url);
}, 180000);
afterAll(() => sandbox?.stop());

/** the agent's call, its answer checked against the OpenAPI document */
async function agent(method: string, route: string, json?: unknown): Promise<Reply> {
  const reply = await api(method, BASE + route, { as: 'agent', json });
  const headers: { [name: string]: string } = {};
  reply.headers.forEach((value, name) => (headers[name] = value));
  expect(openapi.problems(method, BASE + route, { status: reply.status, headers, body: reply.text })).toEqual([]);
  return reply;
}

describe('an SRE agent', () => {
  let sysId: string;

  test('is told it is connected', async () => {
    const health = await agent('GET', '/health');
    expect(health.status).toBe(200);
    expect(health.json.result.status).not.toBe('problem');
  });

  test('lists the incidents of the Quickstart plan: a new priority 2 incident is among them, a priority 4 one is not', async () => {
    const high = await api('POST', '/api/now/table/incident', { as: 'itil.user', json: { short_description: 'e2e agent: payments API latency', impact: '1', urgency: '2' } });
    const low = await api('POST', '/api/now/table/incident', { as: 'itil.user', json: { short_description: 'e2e agent: typo on the status page', impact: '2', urgency: '3' } });
    expect([high.status, low.status]).toEqual([201, 201]);
    sysId = high.json.result.sys_id;
    const page = await agent('GET', '/incidents?plan=Quickstart&limit=100');
    expect(page.status).toBe(200);
    expect(page.json.result.plan).toEqual({ name: 'Quickstart', autonomy: 'autonomous', active: true });
    const listed = page.json.result.incidents.map((i: { sys_id: string }) => i.sys_id);
    expect(listed).toContain(sysId);
    expect(listed).not.toContain(low.json.result.sys_id);
    for (const incident of page.json.result.incidents) expect(incident.priority.value).toBe('2');
  });

  test('reads the incident with its journal; its form link is absolute on this instance (glide.servlet.uri)', async () => {
    await api('PATCH', `/api/now/table/incident/${sysId}`, { as: 'itil.user', json: { comments: 'e2e agent: customers see timeouts' } });
    const detail = await agent('GET', `/incidents/${sysId}`);
    expect(detail.status).toBe(200);
    expect(detail.json.result.summary.links.ui).toBe(`${sandbox.url}/incident.do?sys_id=${sysId}`);
    expect(detail.json.result.journal.map((e: { type: string; text: string }) => [e.type, e.text])).toContainEqual(['comments', 'e2e agent: customers see timeouts']);
  });

  test('posts a work note, acknowledges, changes the priority and resolves', async () => {
    const note = await agent('POST', `/incidents/${sysId}/work_notes`, { text: 'e2e agent: pool exhausted after deploy' });
    expect(note.status).toBe(201);
    const ack = await agent('POST', `/incidents/${sysId}/acknowledge`, { note: 'e2e agent: on it' });
    expect(ack.status).toBe(200);
    expect(ack.json.result).toMatchObject({ changed: true, state: { value: '2' } });
    const priority = await agent('POST', `/incidents/${sysId}/priority`, { priority: 1, reason: 'e2e agent: all payments fail' });
    expect(priority.status).toBe(200);
    const resolved = await agent('POST', `/incidents/${sysId}/resolve`, { close_code: 'Solution provided', close_notes: 'e2e agent: rolled back' });
    expect(resolved.status).toBe(200);

    const after = (await api('GET', `/api/now/table/incident/${sysId}?sysparm_fields=state,priority,close_code,close_notes`, { as: 'itil.user' })).json.result;
    expect(after).toEqual({ state: '6', priority: '1', close_code: 'Solution provided', close_notes: 'e2e agent: rolled back' });
    const journal = (await agent('GET', `/incidents/${sysId}`)).json.result.journal.map((e: { type: string; text: string }) => e.text).join('\n');
    expect(journal).toContain('e2e agent: pool exhausted after deploy');
    expect(journal).toContain('e2e agent: on it');
    expect(journal).toContain('e2e agent: all payments fail');
  });
});
