// Signed push, received as a customer's web hook receiver would: a local HTTP server verifies each delivery with the
// very code docs/push-signing.md gives receivers (its Node.js block, read from the Markdown: HMAC-SHA256 over
// "<timestamp>.<raw body>", keyed with the connection's signing key, compared in constant time, timestamp within
// five minutes, a replayed delivery id acknowledged without processing), and the request the page shows is checked
// against what arrives. The
// webhook connection and an active response plan targeting it are written through a --records file (the Table API is
// closed to the app's tables); an incident matching the plan is pushed when the drain runs the outbox.
import crypto from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { client } from './support/http-client';
import { SandboxProcess, startE2eSandbox } from './support/e2e-sandbox';
import { recordsArgs } from './support/records-file';
import { docExample } from '../support/doc-examples';

const SIGNING_KEY = crypto.randomBytes(24).toString('hex');
const CONNECTION_ID = 'e2e0c0de00000000000000000000c001';
const PLAN_ID = 'e2e0c0de00000000000000000000b001';

type Verify = (req: { get(name: string): string | undefined; body: Buffer }, signingKey: string, seenDeliveries: Set<string>) => number;
/** docs/push-signing.md's verification function, as a receiver would paste it */
const verifyIncidentBridge = new Function('require', `${docExample('push-signing/verify').text}\nreturn verifyIncidentBridge;`)(require) as Verify;

interface Received {
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** what the receiver answered */
  status: number;
}

/** The customer's receiver: verifies, rejects replays (answering 200 without processing), records everything. */
function startReceiver(): Promise<{ url: string; received: Received[]; processed: any[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const processed: any[] = [];
  const seen = new Set<string>();
  const verify = (headers: http.IncomingHttpHeaders, body: Buffer): number => {
    const get = (name: string) => {
      const value = headers[name.toLowerCase()];
      return Array.isArray(value) ? value[0] : value;
    };
    const status = verifyIncidentBridge({ get, body }, SIGNING_KEY, seen);
    if (status !== 0) return status;
    processed.push(JSON.parse(body.toString('utf8')));
    return 202;
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const status = verify(req.headers, body);
      received.push({ headers: req.headers, body, status });
      res.writeHead(status).end();
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/servicenow`;
      resolve({ url, received, processed, close: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}

let receiver: Awaited<ReturnType<typeof startReceiver>>;
let sandbox: SandboxProcess;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  receiver = await startReceiver();
  sandbox = await startE2eSandbox(
    recordsArgs([
      { table: 'x_incb_bridge_connection', sys_id: CONNECTION_ID, fields: { name: 'E2E receiver', type: 'webhook', active: 'true', base_url: receiver.url, auth_type: 'none', signing_key: SIGNING_KEY } },
      { table: 'x_incb_bridge_response_plan', sys_id: PLAN_ID, fields: { name: 'E2E push', active: 'true', condition: 'short_descriptionSTARTSWITHe2e push:^EQ', autonomy: 'review', target_connection: CONNECTION_ID } },
    ])
  );
  api = client(sandbox.url);
}, 180000);
afterAll(async () => {
  await sandbox?.stop();
  await receiver?.close();
});

async function drain(): Promise<void> {
  const reply = await api('POST', '/sandbox/v1/drain', { as: 'admin' });
  expect(reply.status).toBe(200);
  expect(reply.json.settled).toBe(true);
}

/** sends a captured request to the receiver again, as an attacker replaying it would */
async function replay(request: Received, body: Buffer = request.body): Promise<number> {
  const headers: { [name: string]: string } = { 'Content-Type': 'application/json' };
  for (const name of ['x-incident-bridge-event', 'x-incident-bridge-timestamp', 'x-incident-bridge-signature', 'x-incident-bridge-delivery']) headers[name] = String(request.headers[name]);
  return (await fetch(receiver.url, { method: 'POST', headers, body })).status;
}

describe('a push to a web hook receiver', () => {
  let incident: { sys_id: string; number: string };

  test('an incident matching the plan arrives signed, verifies, and carries the incident', async () => {
    const created = await api('POST', '/api/now/table/incident', { as: 'itil.user', json: { short_description: 'e2e push: disk full on db-3', impact: '2', urgency: '1' } });
    expect(created.status).toBe(201);
    incident = created.json.result;
    await api('POST', '/api/now/table/incident', { as: 'itil.user', json: { short_description: 'not for the plan', impact: '3', urgency: '3' } });
    expect(receiver.received).toHaveLength(0);
    await drain();
    expect(receiver.received.map((r) => r.status)).toEqual([202]);
    const [first] = receiver.received;
    expect(first.headers['x-incident-bridge-event']).toBe('incident.matched');
    expect(receiver.processed[0]).toMatchObject({ event: 'incident.matched', plan: { name: 'E2E push', autonomy: 'review' }, incident: { sys_id: incident.sys_id, number: incident.number } });
    expect(receiver.processed[0].incident.links.ui).toBe(`${sandbox.url}/incident.do?sys_id=${incident.sys_id}`);
  });

  test('looks as docs/push-signing.md shows it: the same headers and the same body members', () => {
    const shown = docExample('push-signing/request').text;
    const [head, body] = shown.split('\n\n');
    const shownHeaders = head.split('\n').slice(1).map((line) => line.slice(0, line.indexOf(':')).toLowerCase());
    const [first] = receiver.received;
    for (const name of shownHeaders) expect(first.headers[name]).toBeDefined();
    expect(String(first.headers['x-incident-bridge-signature'])).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(String(first.headers['x-incident-bridge-delivery'])).toMatch(/^[0-9a-f]{32}$/);
    // the body as shown, with its elisions ("...", {...}) made valid: its members, and the incident's
    const members = (text: string): string[] => Array.from(text.matchAll(/"([a-z_]+)":/g), (m) => m[1]);
    const shownMembers = new Set(members(body));
    const sentMembers = new Set(members(first.body.toString('utf8')));
    expect([...shownMembers].filter((name) => !sentMembers.has(name))).toEqual([]);
    expect(Object.keys(receiver.processed[0]).sort()).toEqual(['event', 'incident', 'occurred_at', 'plan']);
  });

  test('a replay of the captured delivery is acknowledged without being processed again; a tampered body is refused', async () => {
    const [captured] = receiver.received;
    expect(await replay(captured)).toBe(200);
    expect(receiver.processed).toHaveLength(1);
    const tampered = Buffer.from(captured.body.toString('utf8').replace('disk full', 'all fine'));
    expect(await replay(captured, tampered)).toBe(401);
    expect(receiver.processed).toHaveLength(1);
  });

  test('resolving the incident pushes incident.resolved as a new delivery', async () => {
    const before = receiver.received.length;
    const resolved = await api('PATCH', `/api/now/table/incident/${incident.sys_id}`, { as: 'itil.user', json: { state: '6', close_code: 'Solution provided', close_notes: 'e2e push: cleaned up logs' } });
    expect(resolved.status).toBe(200);
    await drain();
    const pushed = receiver.received.slice(before);
    expect(pushed.map((r) => [r.status, r.headers['x-incident-bridge-event']])).toEqual([[202, 'incident.resolved']]);
    expect(receiver.processed[1]).toMatchObject({ event: 'incident.resolved', incident: { sys_id: incident.sys_id, state: { value: '6' } } });
    expect(pushed[0].headers['x-incident-bridge-delivery']).not.toBe(receiver.received[0].headers['x-incident-bridge-delivery']);
  });
});
