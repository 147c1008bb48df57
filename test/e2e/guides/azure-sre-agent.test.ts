// docs/guides/azure-sre-agent.md, followed in the sandbox: the agent's user from the guide, the Quickstart response
// plan activated and targeted as the guide's record file says, the push connection pointed at a local receiver (in
// place of the relay the guide describes) that verifies each delivery as docs/push-signing.md says, and the agent
// API called with the guide's curl commands in the guide's order. A user with itil but without the agent role is
// refused. Azure SRE Agent itself is not here: its side of the guide is Microsoft's.
import crypto from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { docExample } from '../../support/doc-examples';
import { loadBuiltApp } from '../../support/builtApp';
import { call } from '../support/http-client';
import { SandboxProcess, startE2eSandbox } from '../support/e2e-sandbox';
import { shippedSysId } from '../support/records-file';
import { fileArg, guideJson, parseCurl, recordProblems, RecordSpec, runCurl, SANDBOX_ADMIN, sandboxOps } from './support/guides';

const PASSWORD = 'Guide-agent-1';
const SIGNING_KEY = crypto.randomBytes(24).toString('hex');

interface Push {
  event: string;
  body: any;
  signatureOk: boolean;
}

function startReceiver(): Promise<{ url: string; pushes: Push[]; close(): Promise<void> }> {
  const pushes: Push[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const timestamp = String(req.headers['x-incident-bridge-timestamp'] || '');
      const expected = 'v1=' + crypto.createHmac('sha256', SIGNING_KEY).update(timestamp + '.').update(body).digest('hex');
      const given = String(req.headers['x-incident-bridge-signature'] || '');
      const signatureOk = given.length === expected.length && crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected));
      pushes.push({ event: String(req.headers['x-incident-bridge-event']), body: JSON.parse(body.toString('utf8')), signatureOk });
      res.writeHead(signatureOk ? 202 : 401).end();
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/incident-bridge`;
      resolve({ url, pushes, close: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}

let receiver: Awaited<ReturnType<typeof startReceiver>>;
let sandbox: SandboxProcess;
let ops: ReturnType<typeof sandboxOps>;
let incident: { sys_id: string; number: string };

beforeAll(async () => {
  receiver = await startReceiver();
  const records = [
    ...guideJson<RecordSpec[]>(docExample('guides/sre-agent/push-connection'), { '<your relay>': receiver.url.replace(/^http:\/\//, '').replace(/\/incident-bridge$/, ''), '<signing key>': SIGNING_KEY }).map((r) => ({
      ...r,
      fields: { ...r.fields, base_url: r.fields.base_url.replace(/^https:/, 'http:') },
    })),
    ...guideJson<RecordSpec[]>(docExample('guides/sre-agent/response-plan')),
  ];
  expect(recordProblems(records)).toEqual([]);
  const users = [
    SANDBOX_ADMIN,
    ...guideJson<object[]>(docExample('guides/sre-agent/user'), { '<password>': PASSWORD }),
    { user_name: 'itil.only', password: PASSWORD, roles: ['itil'] },
  ];
  sandbox = await startE2eSandbox([...fileArg('--records', records), ...fileArg('--users', users)]);
  ops = sandboxOps(sandbox.url);
}, 180000);
afterAll(async () => {
  await sandbox?.stop();
  await receiver?.close();
});

test('the plan record is the package\'s Quickstart plan, with the condition and autonomy it ships', () => {
  const [plan] = guideJson<RecordSpec[]>(docExample('guides/sre-agent/response-plan'));
  expect(plan.sys_id).toBe(shippedSysId('response-plan-quickstart'));
  const shipped = loadBuiltApp().records.x_incb_bridge_response_plan.find((r) => r.sys_id === plan.sys_id)!;
  expect(shipped).toMatchObject({ name: 'Quickstart', active: 'false', condition: plan.fields.condition, autonomy: plan.fields.autonomy });
});

test('a priority 2 incident matches the Quickstart plan and is pushed, signed, as incident.matched', async () => {
  incident = await ops.createIncident({ short_description: 'Guide agent: checkout returns 502', impact: '1', urgency: '2' });
  await ops.drain();
  expect(receiver.pushes.map((p) => [p.event, p.signatureOk])).toEqual([['incident.matched', true]]);
  expect(receiver.pushes[0].body).toMatchObject({ event: 'incident.matched', plan: { name: 'Quickstart', autonomy: 'autonomous' }, incident: { number: incident.number } });
});

describe('section 4: the agent API, as the guide calls it', () => {
  const values = () => ({ '<password>': PASSWORD, '<incident number>': incident.number });

  test('list by plan finds the incident', async () => {
    const reply = await runCurl(docExample('guides/sre-agent/list'), sandbox.url, values());
    expect(reply.status).toBe(200);
    expect(reply.json.result.incidents.map((i: { number: string }) => i.number)).toContain(incident.number);
  });

  test('read', async () => {
    const reply = await runCurl(docExample('guides/sre-agent/read'), sandbox.url, values());
    expect(reply.status).toBe(200);
    expect(reply.json.result.summary.number).toBe(incident.number);
  });

  test('acknowledge: New becomes In Progress, assigned to the agent', async () => {
    const reply = await runCurl(docExample('guides/sre-agent/acknowledge'), sandbox.url, values());
    expect(reply.status).toBe(200);
    expect(reply.json.result).toMatchObject({ number: incident.number, changed: true, state: { value: '2' } });
  });

  test('work note', async () => {
    const reply = await runCurl(docExample('guides/sre-agent/work-note'), sandbox.url, values());
    expect(reply.status).toBe(201);
    expect(reply.json.result.entry.text).toBe('Root cause: connection pool exhausted after deploy 2026.11.22-3.');
  });

  test('priority', async () => {
    const reply = await runCurl(docExample('guides/sre-agent/priority'), sandbox.url, values());
    expect(reply.status).toBe(200);
    expect(reply.json.result).toMatchObject({ changed: true, priority: { value: '1' } });
  });

  test('resolve', async () => {
    const reply = await runCurl(docExample('guides/sre-agent/resolve'), sandbox.url, values());
    expect(reply.status).toBe(200);
    expect(reply.json.result).toMatchObject({ state: { value: '6' }, close_code: { value: 'Solution provided' } });
  });

  test('a user with itil but not the agent role is refused on each of these routes', async () => {
    for (const id of ['list', 'read', 'acknowledge', 'work-note', 'priority', 'resolve']) {
      const request = parseCurl(docExample(`guides/sre-agent/${id}`).text);
      const route = request.url.replace('https://<instance>.service-now.com', '').replace('<incident number>', incident.number);
      const reply = await call(sandbox.url, request.method, route, { as: 'itil.only', password: PASSWORD, ...(request.data ? { json: JSON.parse(request.data) } : {}) });
      expect([id, reply.status]).toEqual([id, 403]);
    }
  });

  test('the agent\'s changes are pushed on: the last push says resolved', async () => {
    await ops.drain();
    const later = receiver.pushes.slice(1);
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((p) => p.signatureOk)).toBe(true);
    expect(later[later.length - 1].event).toBe('incident.resolved');
  });
});
