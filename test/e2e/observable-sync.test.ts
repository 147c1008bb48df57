// What a sandbox user sees of the sync, in Rhino, over HTTP and on the console (`--demo`, not quiet): a line per
// exchange (a create, a hook coming back and its processing, a person's change applied, a refused delivery, a dead
// letter), the connection's health after the first sync (through the app's own health route), and the app's log,
// outbox and inbox through the sandbox's admin routes: access, filters, 400s, and no secret in what they show.
// The demo connection gives up after one attempt here (--records), so a single 503 makes a dead letter.
import { DEMO_CONNECTION_ID } from '../../sandbox/demo';
import { docExample } from '../support/doc-examples';
import { printedAgain } from '../support/exchange-line-reader';
import { basicAuth, client, platformError } from './support/http-client';
import { SandboxProcess, startE2eSandbox } from './support/e2e-sandbox';
import { recordsArgs } from './support/records-file';

type Row = { [field: string]: string };

let sandbox: SandboxProcess;
let api: ReturnType<typeof client>;
let fake: { url: string; organizationUrl: string; project: string };
let pat: string;
let personPat: string;

beforeAll(async () => {
  sandbox = await startE2eSandbox(['--demo', ...recordsArgs([{ table: 'x_incb_bridge_connection', sys_id: DEMO_CONNECTION_ID, fields: { max_attempts: '1' } }])], { quiet: false });
  api = client(sandbox.url);
  fake = (await api('GET', '/sandbox/v1/info', { as: 'admin' })).json.result.demo;
  pat = /PAT "([^"]*)"/.exec(await sandbox.waitForLine(/^Azure DevOps fake: /))![1];
  personPat = /PAT "([^"]*)"/.exec(await sandbox.waitForLine(/^Azure DevOps fake person/))![1];
}, 180000);
afterAll(() => sandbox?.stop());

const DEMO = 'Azure DevOps \\(demo fake\\)';

async function drain(): Promise<void> {
  const reply = await api('POST', '/sandbox/v1/drain', { as: 'admin' });
  expect(reply.status).toBe(200);
  expect(reply.json.settled).toBe(true);
}

/** the exchange lines printed so far that match `pattern`; each must be exactly what the printer makes of it */
function exchangeLines(pattern: RegExp): string[] {
  const lines = sandbox.output.filter((line) => pattern.test(line));
  for (const line of lines) expect(printedAgain(line)).toBe(line);
  return lines;
}

async function createIncident(shortDescription: string): Promise<Row> {
  const created = await api('POST', '/api/now/table/incident', { as: 'itil.user', json: { short_description: shortDescription, impact: '1', urgency: '1' } });
  expect(created.status).toBe(201);
  return created.json.result;
}

async function demoHealth(): Promise<{ status: string; checked_at: string; error: string }> {
  const reply = await api('GET', '/api/x_incb_bridge/v1/health', { as: 'agent' });
  expect(reply.status).toBe(200);
  return reply.json.result.connections.find((c: Row) => c.sys_id === DEMO_CONNECTION_ID).health;
}

async function rows(route: string, as = 'admin'): Promise<Row[]> {
  const reply = await api('GET', route, { as });
  expect([route, reply.status]).toEqual([route, 200]);
  return reply.json.result;
}

let incident: Row;
let workItem: string;
let dead: Row;

describe('the console, a line per exchange', () => {
  test('a create: the outbound line names incident, work item, operation, status and duration; the connection turns healthy', async () => {
    expect((await demoHealth()).status).toBe('unknown');
    incident = await createIncident('e2e observable: checkout is down');
    await drain();
    workItem = (await api('GET', `/api/now/table/incident/${incident.sys_id}?sysparm_fields=correlation_id`, { as: 'admin' })).json.result.correlation_id;
    expect(workItem).toMatch(/^\d+$/);
    const line = await sandbox.waitForLine(new RegExp(`^outbound +${DEMO} +${incident.number} -> work item ${workItem} +create +20\\d +\\d+ ms$`));
    expect(exchangeLines(/^outbound /)).toContain(line);
    expect(await demoHealth()).toMatchObject({ status: 'healthy', error: '' });
  });

  test('a person\'s change: the hook delivery accepted, then, after the drain, applied to the incident', async () => {
    const changed = await fetch(`${fake.organizationUrl}/${fake.project}/_apis/wit/workitems/${workItem}?api-version=7.1`, {
      method: 'PATCH',
      headers: { Authorization: basicAuth('', personPat), 'Content-Type': 'application/json-patch+json' },
      body: JSON.stringify([{ op: 'add', path: '/fields/System.Title', value: 'e2e observable: checkout is back' }]),
    });
    expect(changed.status).toBe(200);
    const subject = `${incident.number} <- work item ${workItem}`;
    await sandbox.waitForLine(new RegExp(`^inbound +${DEMO} +${subject} +workitem\\.updated +200 accepted +\\d+ ms$`), 20000);
    await drain();
    await sandbox.waitForLine(new RegExp(`^inbound +${DEMO} +${subject} +workitem\\.updated +applied$`));
    expect(exchangeLines(/^inbound /).length).toBeGreaterThanOrEqual(2);
    const title = (await api('GET', `/api/now/table/incident/${incident.sys_id}?sysparm_fields=short_description`, { as: 'admin' })).json.result.short_description;
    expect(title).toBe('e2e observable: checkout is back');
  });

  test('refusals: a wrong secret and an unknown connection each get a line with the app\'s reason', async () => {
    const hook = (connection: string) => api('POST', `/api/x_incb_bridge/v1/hooks/azure-devops/${encodeURIComponent(connection)}`, { as: 'ado.hook', json: {}, headers: { 'X-Incident-Bridge-Secret': 'not-the-secret-42' } });
    expect((await hook(DEMO_CONNECTION_ID)).status).toBe(401);
    await sandbox.waitForLine(new RegExp(`^refused +${DEMO} +401 +\\d+ ms  Missing or wrong X-Incident-Bridge-Secret header`));
    expect((await hook('No such connection')).status).toBe(404);
    await sandbox.waitForLine(/^refused +\(no connection\) +404 +\d+ ms {2}No connection "No such connection"/);
    expect(exchangeLines(/^refused /)).toHaveLength(2);
  });

  test('a dead letter: a create that met a 503 on a connection that gives up after one attempt', async () => {
    const fault = await fetch(`${fake.url}/_fake/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ mode: 'status', status: 503, count: 1, pathContains: '/_apis/wit/workitems/$' }) });
    expect(fault.status).toBe(201);
    dead = await createIncident('e2e observable: doomed');
    await drain();
    await sandbox.waitForLine(new RegExp(`^outbound +${DEMO} +${dead.number} -> +create +503 retry +\\d+ ms  HTTP 503`));
    await sandbox.waitForLine(new RegExp(`^DEAD LETTER +${DEMO} +${dead.number} -> +503 +Outbox entries dead after 1 attempts: HTTP 503`));
    expect(exchangeLines(/^DEAD LETTER /)).toHaveLength(1);
  });
});

describe('GET /sandbox/v1/log, /outbox and /inbox', () => {
  const ROUTES = ['/sandbox/v1/log', '/sandbox/v1/outbox', '/sandbox/v1/inbox'];

  test('admin only: 401 without credentials, 403 for other users, in ServiceNow\'s error JSON', async () => {
    for (const route of ROUTES) {
      const anonymous = await api('GET', route);
      expect([route, anonymous.status, anonymous.json]).toEqual([route, 401, platformError()]);
      for (const user of ['agent', 'itil.user', 'ado.hook']) {
        const refused = await api('GET', route, { as: user });
        expect([route, user, refused.status, refused.json]).toEqual([route, user, 403, platformError()]);
      }
    }
  });

  test('rows as stored, newest first; limit takes the newest', async () => {
    for (const route of ROUTES) {
      const all = await rows(`${route}?limit=1000`);
      expect(all.length).toBeGreaterThan(0);
      const created = all.map((r) => r.sys_created_on);
      expect(created).toEqual([...created].sort().reverse());
      expect(await rows(`${route}?limit=1`)).toEqual(all.slice(0, 1));
    }
  });

  test('filters: connection by name or sys_id, incident by number or sys_id, the table\'s own columns, since', async () => {
    const byName = await rows(`/sandbox/v1/log?connection=${encodeURIComponent('Azure DevOps (demo fake)')}&direction=outbound&limit=1000`);
    expect(byName.length).toBeGreaterThan(0);
    expect(byName.every((r) => r.connection === DEMO_CONNECTION_ID && r.direction === 'outbound')).toBe(true);
    expect(await rows(`/sandbox/v1/log?connection=${DEMO_CONNECTION_ID}&direction=outbound&limit=1000`)).toEqual(byName);

    const forIncident = await rows(`/sandbox/v1/log?incident=${incident.number}`);
    expect(forIncident.map((r) => r.operation)).toContain('create');
    expect(forIncident.every((r) => r.incident === incident.sys_id)).toBe(true);
    expect(await rows(`/sandbox/v1/log?incident=${incident.sys_id}`)).toEqual(forIncident);

    const refusals = await rows('/sandbox/v1/log?outcome=rejected');
    expect(refusals.map((r) => r.http_status).sort()).toEqual(['401', '404']);
    expect((await rows('/sandbox/v1/log?operation=dead_letter')).map((r) => r.incident)).toEqual([dead.sys_id]);

    expect((await rows('/sandbox/v1/outbox?state=dead')).map((r) => [r.incident, r.operation])).toEqual([[dead.sys_id, 'create']]);
    expect((await rows(`/sandbox/v1/outbox?incident=${incident.number}&state=sent,skipped`)).length).toBeGreaterThan(0);

    // the inbox has no incident column: its events are the ones of the work item linked to the incident
    const events = await rows(`/sandbox/v1/inbox?incident=${incident.number}`);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((r) => r.remote_id === workItem && r.connection === DEMO_CONNECTION_ID)).toBe(true);
    expect((await rows(`/sandbox/v1/inbox?incident=${incident.number}&state=processed&event_type=workitem.updated`)).length).toBe(1);
    expect(await rows(`/sandbox/v1/inbox?incident=${dead.number}`)).toEqual([]);

    const newest = (await rows('/sandbox/v1/log?limit=1'))[0].sys_created_on;
    const since = (await rows(`/sandbox/v1/log?since=${encodeURIComponent(newest)}&limit=1000`)).map((r) => r.sys_created_on);
    expect(since.length).toBeGreaterThan(0);
    expect(since.every((at) => at >= newest)).toBe(true);
    expect(await rows(`/sandbox/v1/log?since=${new Date(Date.now() + 3600000).toISOString()}`)).toEqual([]);
  });

  test('a filter that cannot be applied is a 400 in ServiceNow\'s error JSON', async () => {
    const cases: Array<[string, string]> = [
      ['/sandbox/v1/log?level=error', 'Unknown parameter level'],
      ['/sandbox/v1/log?sysparm_query=direction%3Dinbound', 'Unknown parameter sysparm_query'],
      ['/sandbox/v1/outbox?direction=inbound', 'Unknown parameter direction'],
      ['/sandbox/v1/outbox?state=lost', 'Invalid state'],
      ['/sandbox/v1/log?direction=inbound&direction=outbound', 'Invalid direction'],
      ['/sandbox/v1/log?since=yesterday', 'Invalid since'],
      ['/sandbox/v1/log?limit=0', 'Invalid limit'],
      ['/sandbox/v1/log?limit=1001', 'Invalid limit'],
      ['/sandbox/v1/inbox?connection=No%20such%20connection', 'Invalid connection'],
      ['/sandbox/v1/log?incident=INC9999999', 'Invalid incident'],
      ['/sandbox/v1/log?incident=INC0010001%5EORactive%3Dtrue', 'Invalid incident'],
    ];
    for (const [route, message] of cases) {
      const reply = await api('GET', route, { as: 'admin' });
      expect([route, reply.status, reply.json]).toEqual([route, 400, platformError(message)]);
    }
  });

  test('no secret: neither the demo PAT nor a presented or stored hook secret, and no password2 column', async () => {
    const forms = [pat, Buffer.from(`:${pat}`).toString('base64'), 'not-the-secret-42'];
    for (const route of ROUTES) {
      const reply = await api('GET', `${route}?limit=1000`, { as: 'admin' });
      for (const form of forms) expect([route, reply.text.includes(form)]).toEqual([route, false]);
      for (const row of reply.json.result as Row[]) {
        for (const column of ['inbound_secret', 'signing_key', 'password']) expect(Object.keys(row)).not.toContain(column);
      }
    }
    // the secret every demo hook presents is stored redacted (this test cannot know it: it is new at every start)
    const hooks = await rows('/sandbox/v1/log?direction=inbound&outcome=success,skipped&limit=1000');
    expect(hooks.length).toBeGreaterThan(0);
    for (const row of hooks) expect(row.request_headers).toMatch(/x-incident-bridge-secret: \[REDACTED\]/i);
  });

  test('the request in sandbox/README.md answers as it says', async () => {
    const text = docExample('sandbox/log-route').text;
    const [, user, password] = /-u (\S+):(\S+) /.exec(text)!;
    const [, path] = /'http:\/\/127\.0\.0\.1:8080(\/sandbox\/v1\/log\?[^']+)'/.exec(text)!;
    const reply = await api('GET', path, { as: user, password });
    expect(reply.status).toBe(200);
    const query = new URL(path, 'http://x').searchParams;
    const limit = Number(query.get('limit'));
    expect(reply.json.result.length).toBeGreaterThan(0);
    expect(reply.json.result.length).toBeLessThanOrEqual(limit);
    for (const row of reply.json.result as Row[]) {
      expect(row.connection).toBe(DEMO_CONNECTION_ID);
      expect(query.get('direction')!.split(',')).toContain(row.direction);
    }
  });
});
