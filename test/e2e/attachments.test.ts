// The Attachment API over HTTP against the running sandbox program: a binary file uploaded to an incident with
// POST /api/now/attachment/file comes back byte for byte, is listed for its record, follows the record's access
// (an agent, who may not read incidents, neither sees nor adds attachments), and is gone after DELETE.
import { client } from './support/http-client';
import { SandboxProcess, startE2eSandbox } from './support/e2e-sandbox';

let sandbox: SandboxProcess;
let api: ReturnType<typeof client>;
let incident: { sys_id: string; number: string };

// every byte value, so a text decoding anywhere on the way (Node, the engine, the store) would show
const BYTES = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7 + 3) % 256));

beforeAll(async () => {
  sandbox = await startE2eSandbox();
  api = client(sandbox.url);
  incident = (await api('POST', '/api/now/table/incident', { as: 'itil.user', json: { short_description: 'e2e attachments' } })).json.result;
}, 180000);
afterAll(() => sandbox?.stop());

const upload = (as: string, fileName: string, body: Buffer, contentType: string) =>
  api('POST', `/api/now/attachment/file?table_name=incident&table_sys_id=${incident.sys_id}&file_name=${encodeURIComponent(fileName)}`, {
    as,
    body,
    headers: { 'Content-Type': contentType },
  });

test('an uploaded binary file is listed for its incident and downloads with the same bytes and type', async () => {
  const uploaded = await upload('itil.user', 'dump e2e.bin', BYTES, 'application/octet-stream');
  expect(uploaded.status).toBe(201);
  const meta = uploaded.json.result;
  expect(meta).toMatchObject({ file_name: 'dump e2e.bin', table_name: 'incident', table_sys_id: incident.sys_id, size_bytes: String(BYTES.length), content_type: 'application/octet-stream', sys_created_by: 'itil.user' });
  expect(meta.download_link).toBe(`${sandbox.url}/api/now/attachment/${meta.sys_id}/file`);

  const listed = await api('GET', `/api/now/attachment?sysparm_query=${encodeURIComponent(`table_sys_id=${incident.sys_id}`)}`, { as: 'itil.user' });
  expect(listed.status).toBe(200);
  expect(listed.json.result.map((a: any) => [a.sys_id, a.file_name])).toEqual([[meta.sys_id, 'dump e2e.bin']]);

  const download = await api('GET', `/api/now/attachment/${meta.sys_id}/file`, { as: 'itil.user', headers: { Accept: '*/*' } });
  expect(download.status).toBe(200);
  expect(download.headers.get('content-type')).toMatch(/^application\/octet-stream/);
  expect(download.bytes.equals(BYTES)).toBe(true);
});

test('a UTF-8 text file keeps its characters', async () => {
  const text = Buffer.from('Grüße aus dem Rechenzentrum: 東京 ✓\n', 'utf8');
  const uploaded = await upload('itil.user', 'notes.txt', text, 'text/plain');
  expect(uploaded.status).toBe(201);
  const download = await api('GET', `/api/now/attachment/${uploaded.json.result.sys_id}/file`, { as: 'admin', headers: { Accept: '*/*' } });
  expect(download.bytes.equals(text)).toBe(true);
});

test('an agent, who may not read incidents, can neither list, download nor add attachments of one', async () => {
  const uploaded = await upload('itil.user', 'private.bin', BYTES, 'application/octet-stream');
  const id = uploaded.json.result.sys_id;
  const listed = await api('GET', `/api/now/attachment?sysparm_query=${encodeURIComponent(`table_sys_id=${incident.sys_id}`)}`, { as: 'agent' });
  expect(listed.json.result).toEqual([]);
  expect((await api('GET', `/api/now/attachment/${id}/file`, { as: 'agent', headers: { Accept: '*/*' } })).status).toBe(404);
  // for the agent the incident does not exist, so there is nothing to attach to
  expect((await upload('agent', 'agent.bin', BYTES, 'application/octet-stream')).status).toBe(404);
  const asAdmin = await api('GET', `/api/now/attachment?sysparm_query=${encodeURIComponent(`table_sys_id=${incident.sys_id}`)}`, { as: 'admin' });
  expect(asAdmin.json.result.map((a: any) => a.file_name)).toContain('private.bin');
  expect(asAdmin.json.result.map((a: any) => a.file_name)).not.toContain('agent.bin');
});

test('DELETE removes the attachment: 204, then 404 and no longer listed', async () => {
  const uploaded = await upload('itil.user', 'short-lived.bin', BYTES, 'application/octet-stream');
  const id = uploaded.json.result.sys_id;
  expect((await api('DELETE', `/api/now/attachment/${id}`, { as: 'itil.user' })).status).toBe(204);
  expect((await api('GET', `/api/now/attachment/${id}`, { as: 'itil.user' })).status).toBe(404);
  const listed = await api('GET', `/api/now/attachment?sysparm_query=${encodeURIComponent(`table_sys_id=${incident.sys_id}`)}`, { as: 'itil.user' });
  expect(listed.json.result.map((a: any) => a.sys_id)).not.toContain(id);
});
