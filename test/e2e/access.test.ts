// Who gets in and what they may do, over HTTP against the running sandbox program: the app's health route and its
// roles, basic authentication, the Table API's role checks (our connection table is closed to web services; an
// agent has no write on incidents), the sandbox's admin-only drain and stats, and bad input (malformed JSON,
// unknown table, unknown route, a body over the 10 MB limit), each answered with the platform's status and error JSON.
import { loadBuiltApp } from '../support/builtApp';
import { client, platformError } from './support/http-client';
import { SandboxProcess, startE2eSandbox } from './support/e2e-sandbox';

const HEALTH = '/api/x_incb_bridge/v1/health';
const CONNECTIONS = '/api/now/table/x_incb_bridge_connection';

let sandbox: SandboxProcess;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  sandbox = await startE2eSandbox();
  api = client(sandbox.url);
}, 180000);
afterAll(() => sandbox?.stop());

describe('the health route', () => {
  test('answers the agent with the version of the app in dist/app', async () => {
    const reply = await api('GET', HEALTH, { as: 'agent' });
    expect(reply.status).toBe(200);
    expect(reply.json.result.app.version).toBe(loadBuiltApp().app.version);
    expect(sandbox.appVersion).toBe(loadBuiltApp().app.version);
  });

  test('refuses itil.user, who lacks the agent and admin roles, with 403', async () => {
    const reply = await api('GET', HEALTH, { as: 'itil.user' });
    expect(reply.status).toBe(403);
    expect(reply.json).toEqual(platformError());
  });

  test('asks a caller without credentials to sign in (401 with the Basic challenge)', async () => {
    const reply = await api('GET', HEALTH);
    expect(reply.status).toBe(401);
    expect(reply.headers.get('www-authenticate')).toBe('Basic realm="Service-now"');
    expect(reply.json).toEqual(platformError());
  });

  test('refuses a wrong password and an unknown user with 401', async () => {
    for (const options of [{ as: 'agent', password: 'not-the-password' }, { as: 'nobody.here' }]) {
      const reply = await api('GET', HEALTH, options);
      expect(reply.status).toBe(401);
      expect(reply.headers.get('www-authenticate')).toBe('Basic realm="Service-now"');
    }
  });
});

describe('Table API refusals', () => {
  test('the connection table is closed to web services: itil.user can neither read nor create, nor can an admin', async () => {
    for (const user of ['itil.user', 'admin']) {
      const read = await api('GET', CONNECTIONS, { as: user });
      expect(read.status).toBe(403);
      expect(read.json).toEqual(platformError());
      const created = await api('POST', CONNECTIONS, { as: user, json: { name: 'sneaked in', type: 'webhook' } });
      expect(created.status).toBe(403);
    }
  });

  test('an agent may not create, change or delete incidents, and a refused change leaves the record as it was', async () => {
    const incident = (await api('POST', '/api/now/table/incident', { as: 'itil.user', json: { short_description: 'e2e access: agent refusals' } })).json.result;
    const created = await api('POST', '/api/now/table/incident', { as: 'agent', json: { short_description: 'agent-made' } });
    expect(created.status).toBe(403);
    expect(created.json).toEqual(platformError());
    // The agent may not even read incidents, so for it the record does not exist (the platform does not tell the
    // two apart): 404 "No Record found".
    const patched = await api('PATCH', `/api/now/table/incident/${incident.sys_id}`, { as: 'agent', json: { short_description: 'changed by the agent' } });
    expect(patched.status).toBe(404);
    expect(patched.json).toEqual(platformError('No Record found'));
    expect((await api('DELETE', `/api/now/table/incident/${incident.sys_id}`, { as: 'agent' })).status).toBe(404);
    const after = await api('GET', `/api/now/table/incident/${incident.sys_id}?sysparm_fields=short_description`, { as: 'admin' });
    expect(after.json.result.short_description).toBe('e2e access: agent refusals');
    const agentMade = await api('GET', '/api/now/table/incident?sysparm_query=short_description=agent-made', { as: 'admin' });
    expect(agentMade.json.result).toEqual([]);
  });
});

describe('POST /sandbox/v1/drain', () => {
  test('runs for an admin and reports a settled drain', async () => {
    const reply = await api('POST', '/sandbox/v1/drain', { as: 'admin' });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ ran: { events: expect.any(Number), asyncRules: expect.any(Number), jobs: expect.any(Array) }, settled: true });
  });

  test('is refused to every other user (403) and to the unauthenticated (401)', async () => {
    for (const user of ['agent', 'itil.user', 'ado.hook']) {
      const reply = await api('POST', '/sandbox/v1/drain', { as: user });
      expect(reply.status).toBe(403);
      expect(reply.json).toEqual(platformError());
    }
    expect((await api('POST', '/sandbox/v1/drain')).status).toBe(401);
  });
});

describe('GET /sandbox/v1/stats', () => {
  test('gives an admin counters that a Table API write moves', async () => {
    const before = await api('GET', '/sandbox/v1/stats', { as: 'admin' });
    expect(before.status).toBe(200);
    expect(before.json.result).toEqual({ db: { queries: expect.any(Number), inserts: expect.any(Number), updates: expect.any(Number), deletes: expect.any(Number) }, outboundRequests: expect.any(Number) });
    await api('POST', '/api/now/table/incident', { as: 'itil.user', json: { short_description: 'e2e access: counted' } });
    const after = (await api('GET', '/sandbox/v1/stats', { as: 'admin' })).json.result;
    expect(after.db.inserts).toBeGreaterThan(before.json.result.db.inserts);
    expect(after.db.queries).toBeGreaterThan(before.json.result.db.queries);
  });

  test('is refused to other users (403)', async () => {
    for (const user of ['agent', 'itil.user']) expect((await api('GET', '/sandbox/v1/stats', { as: user })).status).toBe(403);
  });
});

describe('bad input', () => {
  test('a malformed JSON body is 400 with the platform error JSON, and creates nothing', async () => {
    const reply = await api('POST', '/api/now/table/incident', { as: 'itil.user', headers: { 'Content-Type': 'application/json' }, body: '{"short_description": "e2e malformed' });
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(platformError());
    const created = await api('GET', '/api/now/table/incident?sysparm_query=short_descriptionLIKEe2e malformed', { as: 'admin' });
    expect(created.json.result).toEqual([]);
  });

  test('an unknown table is 400 "Invalid table"', async () => {
    const reply = await api('GET', '/api/now/table/u_no_such_table', { as: 'admin' });
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(platformError(expect.stringContaining('Invalid table')));
  });

  test('an /api path no API serves is 400 in the platform error JSON; a path outside /api and /sandbox is 404', async () => {
    const unknownApi = await api('GET', '/api/now/no_such_api/thing', { as: 'admin' });
    expect(unknownApi.status).toBe(400);
    expect(unknownApi.json).toEqual(platformError());
    const outside = await api('GET', '/nav_to.do', { as: 'admin' });
    expect(outside.status).toBe(404);
    expect(outside.json).toEqual(platformError());
  });

  test('a body over 10 MB is refused with 413 before it reaches the instance', async () => {
    const body = JSON.stringify({ short_description: 'e2e oversized', description: 'x'.repeat(10 * 1024 * 1024) });
    const reply = await api('POST', '/api/now/table/incident', { as: 'itil.user', headers: { 'Content-Type': 'application/json' }, body });
    expect(reply.status).toBe(413);
    expect(reply.json).toEqual(platformError());
    const created = await api('GET', '/api/now/table/incident?sysparm_query=short_description=e2e oversized', { as: 'admin' });
    expect(created.json.result).toEqual([]);
  });
});
