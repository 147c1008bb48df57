// `--data FILE` across two runs of the sandbox program: what the first run's clients wrote (an incident, its work
// note, an attachment) is there in the second run, which says it restored the file, and numbering carries on.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { client } from './support/http-client';
import { startE2eSandbox } from './support/e2e-sandbox';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'incb-e2e-data-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a second run restores what the first run saved on SIGTERM', async () => {
  const dataFile = path.join(dir, 'sandbox.json');
  const bytes = Buffer.from('kept across restarts\u0000\u00ff', 'latin1');

  const first = await startE2eSandbox(['--data', dataFile]);
  let created: any;
  let attachmentId: string;
  try {
    expect(await first.waitForLine(/^Data: /)).toBe(`Data: new, saved on exit to ${dataFile}`);
    const api = client(first.url);
    created = (await api('POST', '/api/now/table/incident', { as: 'itil.user', json: { short_description: 'e2e kept across restarts', impact: '2', urgency: '1' } })).json.result;
    await api('PATCH', `/api/now/table/incident/${created.sys_id}`, { as: 'itil.user', json: { work_notes: 'e2e: written before the restart' } });
    const uploaded = await api('POST', `/api/now/attachment/file?table_name=incident&table_sys_id=${created.sys_id}&file_name=kept.bin`, { as: 'itil.user', body: bytes, headers: { 'Content-Type': 'application/octet-stream' } });
    attachmentId = uploaded.json.result.sys_id;
  } finally {
    expect(await first.stop()).toBe(0);
  }
  expect(fs.existsSync(dataFile)).toBe(true);

  const second = await startE2eSandbox(['--data', dataFile]);
  try {
    expect(await second.waitForLine(/^Data: /)).toBe(`Data: restored from ${dataFile}`);
    const api = client(second.url);
    const again = await api('GET', `/api/now/table/incident/${created.sys_id}?sysparm_fields=number,short_description,priority,work_notes&sysparm_display_value=true`, { as: 'itil.user' });
    expect(again.status).toBe(200);
    expect(again.json.result).toMatchObject({ number: created.number, short_description: 'e2e kept across restarts', priority: '2 - High' });
    expect(again.json.result.work_notes).toContain('e2e: written before the restart');
    const file = await api('GET', `/api/now/attachment/${attachmentId!}/file`, { as: 'itil.user', headers: { Accept: '*/*' } });
    expect(file.bytes.equals(bytes)).toBe(true);
    const next = (await api('POST', '/api/now/table/incident', { as: 'itil.user', json: { short_description: 'e2e after the restart' } })).json.result;
    expect(Number(next.number.slice(3))).toBe(Number(created.number.slice(3)) + 1);
  } finally {
    expect(await second.stop()).toBe(0);
  }
}, 300000);
