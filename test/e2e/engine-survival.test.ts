// The sandbox program on Rhino, over HTTP only, against what used to kill its script engine and what still can.
// 1. A body nested 200,000 levels deep (under the size cap) is a 4xx on every route that reads a body, with a wrong
//    secret included: the hook route once logged such a refusal by JSON.parse'ing the body for redaction, Rhino died
//    of a java.lang.StackOverflowError no script catch sees, and every later request on every route got a 503.
// 2. When the engine does die (here its process is killed), the request that finds it dead gets a 500 in
//    ServiceNow's error JSON, the next ones a 503 with Retry-After, and within 30 s every route serves again with
//    everything committed before the death.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { hookSample } from '@incb/ado-fake/test-client';
import { client, platformError } from './support/http-client';
import { SandboxProcess, startE2eSandbox } from './support/e2e-sandbox';
import { recordsArgs } from './support/records-file';

const CONNECTION = 'e2e0c0de00000000000000000000d001';
const SECRET = 'e2e-inbound-secret-51x';
const DEEP = '['.repeat(200000) + ']'.repeat(200000);
const HOOK = '/api/x_incb_bridge/v1/hooks/azure-devops/Fabrikam%20ADO';

let sandbox: SandboxProcess;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  sandbox = await startE2eSandbox(
    recordsArgs([
      { table: 'x_incb_bridge_connection', sys_id: CONNECTION, fields: { name: 'Fabrikam ADO', type: 'azure_devops', active: 'true', sync_direction: 'both', base_url: 'http://127.0.0.1:9', ado_organization: 'fabrikam', ado_project: 'Ops', auth_type: 'none', inbound_secret: SECRET } },
    ])
  );
  api = client(sandbox.url);
}, 180000);
afterAll(() => sandbox?.stop());

const json = { 'Content-Type': 'application/json' };

async function createIncident(text: string): Promise<{ sys_id: string; number: string }> {
  const created = await api('POST', '/api/now/table/incident', { as: 'itil.user', json: { short_description: text, impact: '2', urgency: '2' } });
  expect(created.status).toBe(201);
  return created.json.result;
}

/** Every route, each with a request it answers 2xx, and the incidents' rows as committed. */
async function everyRouteServes(incidents: Array<{ sys_id: string; number: string }>): Promise<void> {
  for (const incident of incidents) {
    const read = await api('GET', `/api/now/table/incident/${incident.sys_id}?sysparm_fields=number`, { as: 'itil.user' });
    expect([read.status, read.json.result.number]).toEqual([200, incident.number]);
    expect((await api('GET', `/api/x_incb_bridge/v1/agent/incidents/${incident.number}`, { as: 'agent' })).status).toBe(200);
  }
  expect((await api('GET', '/api/x_incb_bridge/v1/health', { as: 'agent' })).status).toBe(200);
  expect((await api('GET', '/api/x_incb_bridge/v1/agent/health', { as: 'agent' })).status).toBe(200);
  expect((await api('GET', '/api/x_incb_bridge/v1/agent/incidents?limit=1', { as: 'agent' })).status).toBe(200);
  const hook = await api('POST', HOOK, { as: 'ado.hook', json: hookSample('workitem.created'), headers: { 'X-Incident-Bridge-Secret': SECRET } });
  expect(hook.status).toBe(200);
  expect((await api('POST', '/sandbox/v1/drain', { as: 'admin' })).status).toBe(200);
}

test('a body nested 200,000 levels deep is a 4xx on every route that reads a body, and the engine lives on', async () => {
  const before = await createIncident('e2e: committed before the deep bodies');
  const deep = (route: string, as: string, headers: { [name: string]: string } = {}) => api('POST', route, { as, body: DEEP, headers: { ...json, ...headers } });
  const answers = [
    await deep(HOOK, 'ado.hook', { 'X-Incident-Bridge-Secret': 'wrong-secret-value' }),
    await deep(HOOK, 'ado.hook'),
    await deep(HOOK, 'ado.hook', { 'X-Incident-Bridge-Secret': SECRET }),
    await deep('/api/x_incb_bridge/v1/hooks/azure-devops/' + 'f'.repeat(32), 'ado.hook'),
    await deep(`/api/x_incb_bridge/v1/agent/incidents/${before.sys_id}/work_notes`, 'agent'),
    await deep('/api/x_incb_bridge/v1/admin/dry-run', 'admin'),
    await deep('/api/now/table/incident', 'itil.user'),
  ];
  expect(answers.map((a) => a.status)).toEqual([401, 401, 400, 404, 400, 400, 400]);
  for (const answer of answers) expect(answer.json).toEqual(platformError());
  expect((await api('GET', '/sandbox/v1/info', { as: 'admin' })).json.result).toMatchObject({ engineState: 'serving', engineRestarts: 0 });
  await everyRouteServes([before]);
  expect(sandbox.output.join('\n')).not.toMatch(/SANDBOX ENGINE FAILURE/);
});

/** The sandbox's Rhino process: a child of the sandbox program. */
function rhinoProcess(): number {
  const pids = execFileSync('pgrep', ['-P', String(sandbox.pid), '-x', 'java'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  expect(pids).toHaveLength(1);
  return Number(pids[0]);
}

test('when the engine process dies: a 500, then 503 with Retry-After, then every route serves the committed data', async () => {
  if (sandbox.engine !== 'rhino') return console.warn('engine death: the sandbox runs the node engine, no Rhino process to kill');
  const first = await createIncident('e2e: committed before the death');
  const second = await createIncident('e2e: also committed before the death');
  expect((await api('PATCH', `/api/now/table/incident/${second.sys_id}`, { as: 'itil.user', json: { work_notes: 'e2e: a note before the death' } })).status).toBe(200);

  const java = rhinoProcess();
  process.kill(java, 'SIGKILL');
  for (let waited = 0; fs.existsSync(`/proc/${java}`) && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));

  const found = await api('GET', `/api/now/table/incident/${first.sys_id}`, { as: 'itil.user' });
  expect(found.status).toBe(500);
  expect(found.json).toEqual(platformError('Internal sandbox error'));
  expect(found.json.error.detail).toMatch(/^the sandbox's script engine died while answering \(SessionLostError/);

  const restarting = await api('GET', `/api/now/table/incident/${first.sys_id}`, { as: 'itil.user' });
  expect(restarting.status).toBe(503);
  expect(Number(restarting.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  expect(restarting.json).toEqual(platformError('Service Unavailable'));

  const started = Date.now();
  let again = restarting;
  while (again.status === 503 && Date.now() - started < 30000) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(1000, Number(again.headers.get('retry-after') || 1) * 250)));
    again = await api('GET', `/api/now/table/incident/${second.sys_id}?sysparm_fields=work_notes&sysparm_display_value=true`, { as: 'itil.user' });
  }
  expect(again.status).toBe(200);
  expect(again.json.result.work_notes).toContain('e2e: a note before the death');
  expect(rhinoProcess()).not.toBe(java);
  expect((await api('GET', '/sandbox/v1/info', { as: 'admin' })).json.result).toMatchObject({ engineState: 'serving', engineRestarts: 1 });
  await everyRouteServes([first, second]);
  expect(sandbox.output.join('\n')).toMatch(/SANDBOX ENGINE FAILURE \(SessionLostError\)[\s\S]*Sandbox engine restarted in \d+ ms on the committed data \(restart 1\)/);
});
