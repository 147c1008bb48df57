// The demo sandbox in process (node engine): the log, outbox and inbox routes never carry the demo's PAT or the demo
// connection's inbound secret (only an in-process caller knows the latter), and --quiet keeps the exchange lines off
// the console. The lines themselves and the routes' filters are exercised over HTTP in Rhino by the end-to-end tier
// (test/e2e/observable-sync.test.ts).
import { Sandbox, startSandbox } from '../../../sandbox/server';
import { DEMO_CONNECTION_ID } from '../../../sandbox/demo';

const basic = (user: string) => `Basic ${Buffer.from(`${user}:${user}`).toString('base64')}`;

async function call(sandbox: Sandbox, method: string, route: string, user: string, headers: { [name: string]: string } = {}, body?: unknown): Promise<{ status: number; text: string }> {
  const response = await fetch(sandbox.url + route, { method, headers: { Authorization: basic(user), 'Content-Type': 'application/json', Accept: 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, text: await response.text() };
}

async function hooksSettled(sandbox: Sandbox): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const state = (await (await fetch(`${sandbox.demo!.url}/_fake/state`)).json()) as { deliveries: Array<{ state: string }> };
    if (state.deliveries.every((d) => d.state !== 'queued')) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('hook deliveries still queued');
}

/** a create synced out, its hooks delivered and processed, and a delivery with a wrong secret */
async function someTraffic(sandbox: Sandbox): Promise<void> {
  expect((await call(sandbox, 'POST', '/api/now/table/incident', 'itil.user', {}, { short_description: 'Checkout is down', impact: '1', urgency: '1' })).status).toBe(201);
  expect((await call(sandbox, 'POST', '/sandbox/v1/drain', 'admin')).status).toBe(200);
  await hooksSettled(sandbox);
  expect((await call(sandbox, 'POST', '/sandbox/v1/drain', 'admin')).status).toBe(200);
  const refused = await call(sandbox, 'POST', `/api/x_incb_bridge/v1/hooks/azure-devops/${DEMO_CONNECTION_ID}`, 'ado.hook', { 'X-Incident-Bridge-Secret': `${sandbox.demo!.inboundSecret}-wrong` }, {});
  expect(refused.status).toBe(401);
}

describe('the demo sandbox', () => {
  let sandbox: Sandbox;
  const lines: string[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({ engine: 'node', port: 0, tickMs: 0, demo: true, log: (line) => lines.push(line) });
    await someTraffic(sandbox);
  }, 120000);
  afterAll(() => sandbox?.stop());

  test('prints a line per exchange: the create, the hooks it raised, their processing and the refusal', () => {
    expect(lines.filter((l) => /^outbound .* create +20\d /.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /^inbound .* workitem\.created +200 accepted /.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /^inbound .* workitem\.created +ignored /.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /^refused +Azure DevOps \(demo fake\) +401 /.test(l))).toHaveLength(1);
  });

  test('the routes show the rows, and neither the PAT nor the inbound secret, in any form', async () => {
    const secrets = [sandbox.demo!.pat, sandbox.demo!.inboundSecret, `${sandbox.demo!.inboundSecret}-wrong`];
    expect(secrets.every((s) => s.length >= 8)).toBe(true);
    const forms = secrets.flatMap((s) => [s, encodeURIComponent(s), Buffer.from(`:${s}`).toString('base64')]);
    for (const route of ['/sandbox/v1/log', '/sandbox/v1/outbox', '/sandbox/v1/inbox']) {
      const reply = await call(sandbox, 'GET', `${route}?limit=1000`, 'admin');
      expect([route, reply.status]).toEqual([route, 200]);
      expect(JSON.parse(reply.text).result.length).toBeGreaterThan(0);
      for (const form of forms) expect([route, reply.text.includes(form)]).toEqual([route, false]);
    }
    const log = JSON.parse((await call(sandbox, 'GET', '/sandbox/v1/log?direction=inbound&limit=1000', 'admin')).text).result;
    expect(log.map((r: { request_headers: string }) => /x-incident-bridge-secret: \[REDACTED\]/i.test(r.request_headers))).not.toContain(false);
  });
});

test('--quiet: no exchange line (nor request or background line) reaches the console', async () => {
  const lines: string[] = [];
  const quiet = await startSandbox({ engine: 'node', port: 0, tickMs: 0, demo: true, quiet: true, log: (line) => lines.push(line) });
  try {
    await someTraffic(quiet);
    expect(JSON.parse((await call(quiet, 'GET', '/sandbox/v1/log?direction=outbound', 'admin')).text).result.length).toBeGreaterThan(0);
    expect(lines).toEqual([]);
  } finally {
    await quiet.stop();
  }
}, 120000);
