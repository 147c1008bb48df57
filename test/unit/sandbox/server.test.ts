// The sandbox over HTTP on 127.0.0.1 (node engine, port 0, no background ticks): basic auth, the app's REST API
// with its role settings, the Table API, the sandbox's own routes, the body limit, --data, --demo, and the program
// started as a child process the way the end-to-end tier will start it.
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { Sandbox, startSandbox } from '../../../sandbox/server';
import { DEMO_CONNECTION_ID } from '../../../sandbox/demo';

const ROOT = path.resolve(__dirname, '../../..');
const basic = (user: string, password = user) => ({ Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` });

async function call(sandbox: Sandbox, route: string, init: RequestInit & { as?: string } = {}): Promise<{ status: number; headers: Headers; body: any }> {
  const { as, ...rest } = init;
  const response = await fetch(sandbox.url + route, { ...rest, headers: { ...(as ? basic(as) : {}), ...(rest.headers as object) } });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text.startsWith('{') ? JSON.parse(text) : text };
}

describe('the sandbox server', () => {
  let sandbox: Sandbox;
  const lines: string[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({ engine: 'node', port: 0, tickMs: 0, maxBodyBytes: 64 * 1024, log: (line) => lines.push(line) });
  }, 60000);
  afterAll(() => sandbox.stop());

  test('listens on 127.0.0.1 on the port it picked', () => {
    expect(sandbox.url).toBe(`http://127.0.0.1:${sandbox.port}`);
    expect(sandbox.port).toBeGreaterThan(0);
    expect(sandbox).toMatchObject({ engine: 'node', data: 'seeded', defaultUsers: true });
  });

  test('the health route answers the agent, refuses itil.user and asks the unauthenticated to sign in', async () => {
    const agent = await call(sandbox, '/api/x_incb_bridge/v1/health', { as: 'agent' });
    expect(agent.status).toBe(200);
    expect(agent.body.result.app.version).toBe(sandbox.app.version);
    expect((await call(sandbox, '/api/x_incb_bridge/v1/health', { as: 'itil.user' })).status).toBe(403);
    const anonymous = await call(sandbox, '/api/x_incb_bridge/v1/health');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Basic realm="Service-now"');
    expect(anonymous.body).toEqual({ error: { message: expect.any(String), detail: expect.any(String) }, status: 'failure' });
  });

  test('query parameters named like Object members are parameters: the agent list refuses them as unknown (400)', async () => {
    for (const name of ['constructor', '__proto__', 'hasOwnProperty']) {
      const reply = await call(sandbox, `/api/x_incb_bridge/v1/agent/incidents?${name}=1`, { as: 'agent' });
      expect([name, reply.status]).toEqual([name, 400]);
      expect(reply.body.status).toBe('failure');
    }
  });

  test('a wrong password or an unknown user is 401 before the instance sees the request', async () => {
    for (const headers of [basic('agent', 'wrong'), basic('nobody', 'nobody'), { Authorization: 'Bearer x' }]) {
      const reply = await call(sandbox, '/api/x_incb_bridge/v1/health', { headers });
      expect(reply.status).toBe(401);
      expect(reply.headers.get('www-authenticate')).toBe('Basic realm="Service-now"');
    }
  });

  test('the Table API reads the seeded incidents with display values and links back to the sandbox', async () => {
    const reply = await call(sandbox, '/api/now/table/incident?sysparm_display_value=true&sysparm_fields=number,caller_id,state&sysparm_limit=2', { as: 'itil.user' });
    expect(reply.status).toBe(200);
    expect(reply.body.result).toHaveLength(2);
    expect(reply.body.result[0].number).toMatch(/^INC\d{7}$/);
    expect(reply.body.result[0].caller_id.link.startsWith(`${sandbox.url}/api/now/table/sys_user/`)).toBe(true);
  });

  test('POST /sandbox/v1/drain is for admins and reports what ran', async () => {
    expect((await call(sandbox, '/sandbox/v1/drain', { method: 'POST', as: 'agent' })).status).toBe(403);
    expect((await call(sandbox, '/sandbox/v1/drain', { method: 'POST' })).status).toBe(401);
    const drained = await call(sandbox, '/sandbox/v1/drain', { method: 'POST', as: 'admin' });
    expect(drained.status).toBe(200);
    expect(drained.body).toMatchObject({ ran: { events: expect.any(Number), asyncRules: expect.any(Number), jobs: expect.any(Array) }, settled: true, durationMs: expect.any(Number) });
  });

  test('GET /sandbox/v1/info tells engine, app, users and port to any signed-in user', async () => {
    const info = await call(sandbox, '/sandbox/v1/info', { as: 'itil.user' });
    expect(info.body.result).toMatchObject({ engine: 'node', port: sandbox.port, app: sandbox.app, demo: null, tickMs: 0, accessTracking: 'enforcing' });
    expect(info.body.result.app.runtimeAccessTracking).toBe('enforcing');
    expect(info.body.result.users.map((u: any) => u.user_name)).toEqual(['admin', 'agent', 'ado.hook', 'itil.user']);
  });

  test('a body over the limit is refused with 413; requests outside /api and /sandbox are 404', async () => {
    const big = await call(sandbox, '/api/now/table/incident', { method: 'POST', as: 'admin', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ short_description: 'x'.repeat(70 * 1024) }) });
    expect(big.status).toBe(413);
    expect((await call(sandbox, '/index.html')).status).toBe(404);
  });

  test('requests are logged with their user and status', () => {
    expect(lines).toContainEqual(expect.stringMatching(/^GET \/api\/x_incb_bridge\/v1\/health as itil\.user -> 403$/));
  });
});

describe('--data', () => {
  test('saves the database on stop and restores it at the next start', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'incb-sandbox-data-'));
    const dataFile = path.join(dir, 'sandbox.json');
    try {
      const first = await startSandbox({ engine: 'node', port: 0, tickMs: 0, quiet: true, dataFile });
      const created = await call(first, '/api/now/table/incident', { method: 'POST', as: 'itil.user', headers: { 'Content-Type': 'application/json' }, body: '{"short_description":"kept across restarts"}' });
      await first.stop();
      expect(fs.existsSync(dataFile)).toBe(true);

      const second = await startSandbox({ engine: 'node', port: 0, tickMs: 0, quiet: true, dataFile, seed: false });
      try {
        expect(second.data).toBe('restored');
        const again = await call(second, `/api/now/table/incident/${created.body.result.sys_id}`, { as: 'admin' });
        expect(again.body.result).toMatchObject({ number: created.body.result.number, short_description: 'kept across restarts' });
        const next = await call(second, '/api/now/table/incident', { method: 'POST', as: 'admin', headers: { 'Content-Type': 'application/json' }, body: '{"short_description":"after"}' });
        expect(Number(next.body.result.number.slice(3))).toBe(Number(created.body.result.number.slice(3)) + 1);
      } finally {
        await second.stop();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60000);
});

describe('--access-tracking tracking (the app\'s development instance)', () => {
  test('a cross-scope operation the package declares no privilege for is recorded as requested and refused (the app\'s setting is Enforcing)', async () => {
    const sandbox = await startSandbox({ engine: 'node', port: 0, tickMs: 0, quiet: true, accessTracking: 'tracking' });
    try {
      expect((await call(sandbox, '/sandbox/v1/info', { as: 'admin' })).body.result.accessTracking).toBe('tracking');
      // an admin deletes the app's privilege to read its own application record...
      const privileges = await call(sandbox, '/api/now/table/sys_scope_privilege?sysparm_query=target_name=sys_app&sysparm_fields=sys_id', { as: 'admin' });
      expect(privileges.body.result).toHaveLength(1);
      expect((await call(sandbox, `/api/now/table/sys_scope_privilege/${privileges.body.result[0].sys_id}`, { method: 'DELETE', as: 'admin' })).status).toBe(204);
      // ...so the health route's read of sys_app is requested again, and refused until an admin allows it
      const health = await call(sandbox, '/api/x_incb_bridge/v1/health', { as: 'agent' });
      expect(health.status).toBe(200);
      expect(health.body.result.app.version).toBe('');
      const requested = await call(sandbox, '/api/now/table/sys_scope_privilege?sysparm_query=target_name=sys_app&sysparm_fields=operation,status', { as: 'admin' });
      expect(requested.body.result).toEqual([{ operation: 'read', status: 'requested' }]);
    } finally {
      await sandbox.stop();
    }
  }, 60000);
});

describe('background processing', () => {
  test('runs due events every tickMs without a drain', async () => {
    const sandbox = await startSandbox({ engine: 'node', port: 0, tickMs: 100, quiet: true, seed: false });
    try {
      const queued = await call(sandbox, '/api/now/table/sysevent', { method: 'POST', as: 'admin', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'x_test.nothing', state: 'ready', process_on: '2000-01-01 00:00:00' }) });
      expect(queued.status).toBe(201);
      const state = async () => (await call(sandbox, `/api/now/table/sysevent/${queued.body.result.sys_id}?sysparm_fields=state`, { as: 'admin' })).body.result.state;
      const deadline = Date.now() + 5000;
      while ((await state()) !== 'processed' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await state()).toBe('processed');
    } finally {
      await sandbox.stop();
    }
  }, 60000);
});

describe('engine choice', () => {
  test('asked for Rhino without a usable Java, the sandbox runs the node engine and says why', async () => {
    const sandbox = await startSandbox({ engine: 'rhino', rhino: { java: '/nonexistent/java' }, port: 0, tickMs: 0, quiet: true, seed: false });
    try {
      expect(sandbox.engine).toBe('node');
      expect(sandbox.engineFallback).toMatch(/Java/);
      expect((await call(sandbox, '/api/x_incb_bridge/v1/health', { as: 'agent' })).status).toBe(200);
    } finally {
      await sandbox.stop();
    }
  }, 60000);
});

describe('--demo', () => {
  test('starts the Azure DevOps fake, seeds a PAT connection to it, and a new incident makes the round trip', async () => {
    const sandbox = await startSandbox({ engine: 'node', port: 0, tickMs: 0, quiet: true, demo: true, seed: false });
    try {
      expect(sandbox.demo!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      // The connection table is closed to web services (by the app's design): read the rows from the database.
      const tables = (await sandbox.session.dump()).value.database.tables;
      const connection = tables.x_incb_bridge_connection.find((row) => row.sys_id === DEMO_CONNECTION_ID)!;
      expect(connection).toMatchObject({ base_url: sandbox.demo!.url, ado_organization: sandbox.demo!.organizationUrl.split('/').pop(), ado_project: sandbox.demo!.project, auth_type: 'pat', type: 'azure_devops' });
      const profile = tables.sys_auth_profile_basic.find((row) => row.sys_id === connection.basic_auth_profile)!;
      expect(profile).toMatchObject({ username: '', password: sandbox.demo!.pat });
      const health = await call(sandbox, '/api/x_incb_bridge/v1/health', { as: 'agent' });
      expect(health.body.result.connections.map((c: any) => c.sys_id)).toContain(DEMO_CONNECTION_ID);
      // the round trip a new user sees: an incident goes out to the fake and comes back linked
      const created = await call(sandbox, '/api/now/table/incident', { method: 'POST', as: 'itil.user', headers: { 'Content-Type': 'application/json' }, body: '{"short_description":"demo round trip"}' });
      expect((await call(sandbox, '/sandbox/v1/drain', { method: 'POST', as: 'admin' })).body.settled).toBe(true);
      const state = await (await fetch(`${sandbox.demo!.url}/_fake/state`)).json();
      expect(state).toMatchObject({ workItems: 1, validationFailures: [] });
      const linked = await call(sandbox, `/api/now/table/incident/${created.body.result.sys_id}?sysparm_fields=correlation_id`, { as: 'admin' });
      expect(linked.body.result.correlation_id).toMatch(/^\d+$/);
    } finally {
      await sandbox.stop();
    }
  }, 60000);
});

describe('the program (node dist/node/sandbox/cli.js)', () => {
  let child: ChildProcess | undefined;
  afterEach(() => child?.kill('SIGKILL'));

  test('prints the start-up line with the real port, serves, and stops on SIGTERM', async () => {
    child = spawn(process.execPath, [path.join(ROOT, 'dist/node/sandbox/cli.js'), '--port', '0', '--tick-ms', '0', '--engine', 'node', '--quiet'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout = readline.createInterface({ input: child.stdout! });
    const output: string[] = [];
    const first = await new Promise<string>((resolve, reject) => {
      stdout.on('line', (line) => {
        output.push(line);
        if (output.length === 1) resolve(line);
      });
      child!.once('exit', (code) => reject(new Error(`exited with ${code} before the start-up line`)));
    });
    const match = /^Incident Bridge sandbox listening on (http:\/\/127\.0\.0\.1:(\d+)) \(engine: node, app (\S+)\)$/.exec(first);
    expect(match).not.toBeNull();
    const health = await fetch(`${match![1]}/api/x_incb_bridge/v1/health`, { headers: basic('agent') });
    expect(health.status).toBe(200);
    expect(output).toContainEqual(expect.stringMatching(/^ {2}agent +x_incb_bridge\.agent$/));
    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60000);
});
