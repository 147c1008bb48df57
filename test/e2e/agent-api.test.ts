// An SRE agent's session over HTTP, as the `agent` user: health check, the incidents of the Quickstart response plan
// (activated the way an admin would, through a --records file, since the Table API is closed to the app's tables),
// one incident with its journal, then a work note, acknowledge, a priority change and resolve; and the incident's
// files, which the agent downloads through the agent API because the Attachment API refuses it. Every answer is
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

/** the agent's call, its answer checked against the OpenAPI document (an answer that is not JSON as its bytes) */
async function agent(method: string, route: string, json?: unknown, headers?: { [name: string]: string }): Promise<Reply> {
  const reply = await api(method, BASE + route, { as: 'agent', json, headers });
  const received: { [name: string]: string } = {};
  reply.headers.forEach((value, name) => (received[name] = value));
  const bodyBase64 = reply.json === undefined && reply.bytes.length > 0 ? reply.bytes.toString('base64') : undefined;
  expect(openapi.problems(method, BASE + route, { status: reply.status, headers: received, body: reply.text, bodyBase64 })).toEqual([]);
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

describe("an SRE agent and an incident's files", () => {
  // every byte value, and bytes that are no UTF-8: a text decoding anywhere (Node, the engine, the store, the stream)
  // would change some
  const BYTES = Buffer.concat([Buffer.from(Array.from({ length: 1024 }, (_, i) => (i * 131 + 7) % 256)), Buffer.from([0xc3, 0x28, 0xed, 0xa0, 0x80])]);
  let incident: { sys_id: string; number: string };
  let other: { sys_id: string; number: string };
  let file: string;
  let otherFile: string;

  /** attaches as the incident's caller-side user would, through the Attachment API */
  async function upload(incidentSysId: string, fileName: string, contentType: string, body: Buffer): Promise<string> {
    const route = `/api/now/attachment/file?table_name=incident&table_sys_id=${incidentSysId}&file_name=${encodeURIComponent(fileName)}`;
    const uploaded = await api('POST', route, { as: 'itil.user', body, headers: { 'Content-Type': contentType } });
    expect(uploaded.status).toBe(201);
    return uploaded.json.result.sys_id;
  }

  beforeAll(async () => {
    incident = (await api('POST', '/api/now/table/incident', { as: 'itil.user', json: { short_description: 'e2e agent: heap dump attached' } })).json.result;
    other = (await api('POST', '/api/now/table/incident', { as: 'itil.user', json: { short_description: 'e2e agent: someone else\'s incident' } })).json.result;
    file = await upload(incident.sys_id, 'heap dump 2026-11-22.hprof', 'application/octet-stream', BYTES);
    otherFile = await upload(other.sys_id, 'private.txt', 'text/plain', Buffer.from('not for this incident'));
  });

  test('follows download_path from the incident detail and gets the exact bytes, type and name', async () => {
    const detail = await agent('GET', `/incidents/${incident.number}`);
    const listed = detail.json.result.attachments;
    expect(listed.map((a: { sys_id: string; file_name: string }) => [a.sys_id, a.file_name])).toEqual([[file, 'heap dump 2026-11-22.hprof']]);
    expect(listed[0].download_path).toBe(`${BASE}/incidents/${incident.sys_id}/attachments/${file}`);
    const download = await agent('GET', listed[0].download_path.substring(BASE.length), undefined, { Accept: 'application/octet-stream' });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/octet-stream');
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="heap dump 2026-11-22.hprof"');
    expect(download.bytes.equals(BYTES)).toBe(true);
  });

  test('a file with a name outside ASCII comes back with its exact name (filename*) and its text type', async () => {
    const text = Buffer.from('Grüße aus dem Rechenzentrum: 東京 ✓\n', 'utf8');
    const notes = await upload(incident.sys_id, 'Störung Köln.txt', 'text/plain', text);
    const download = await agent('GET', `/incidents/${incident.sys_id}/attachments/${notes}`, undefined, { Accept: '*/*' });
    expect([download.status, download.headers.get('content-type')]).toEqual([200, 'text/plain']);
    const disposition = download.headers.get('content-disposition') || '';
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1])).toBe('Störung Köln.txt');
    expect(download.bytes.equals(text)).toBe(true);
  });

  test('is refused the same file by the Attachment API (no read access to incidents): why the agent route exists', async () => {
    const refused = await api('GET', `/api/now/attachment/${file}/file`, { as: 'agent', headers: { Accept: '*/*' } });
    expect(refused.status).toBe(404);
    expect(refused.bytes.equals(BYTES)).toBe(false);
    // the same request as the user who attached it works: the file is there
    expect((await api('GET', `/api/now/attachment/${file}/file`, { as: 'itil.user', headers: { Accept: '*/*' } })).bytes.equals(BYTES)).toBe(true);
  });

  test("gets a 404 for another incident's file, and a 400 for an id that is not a sys_id", async () => {
    const notMine = await agent('GET', `/incidents/${incident.sys_id}/attachments/${otherFile}`);
    expect(notMine.status).toBe(404);
    expect(notMine.json).toEqual({ error: { message: `No attachment ${otherFile} on incident ${incident.number}`, detail: '' }, status: 'failure' });
    expect(notMine.text).not.toContain('not for this incident');
    const malformed = await agent('GET', `/incidents/${incident.sys_id}/attachments/${encodeURIComponent(file + '^ORtable_name=incident')}`);
    expect([malformed.status, malformed.json.error.message]).toEqual([400, 'Invalid attachment id']);
    // under its own incident the other file is found
    expect((await agent('GET', `/incidents/${other.sys_id}/attachments/${otherFile}`)).text).toBe('not for this incident');
  });

  test('a user without the agent role is refused by the route (403)', async () => {
    const refused = await api('GET', `${BASE}/incidents/${incident.sys_id}/attachments/${file}`, { as: 'itil.user', headers: { Accept: '*/*' } });
    expect(refused.status).toBe(403);
    expect(refused.json.error.message).toBe('User Not Authorized');
  });
});
