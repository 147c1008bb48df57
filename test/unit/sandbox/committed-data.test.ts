// The sandbox's copy of its committed database follows a session call by call (the changes each call returns) and
// is, after any mix of writes, exactly what a full dump of the session gives: inserts, updates, deletes, journal
// entries, attachments, events, the sys_number counters and the jobs' bookkeeping.
import path from 'node:path';
import type { InstanceHttpRequest } from '@incb/glide-emulator';
import { createSession } from '@incb/glide-emulator';
import { CommittedData } from '../../../sandbox/committed-data';
import { DEFAULT_USERS } from '../../../sandbox/sandbox-users';
import { readBaseData } from '../../../sandbox/seed-data';
import { appWithExtras } from './appWithExtras';

const ROOT = path.resolve(__dirname, '../../..');
const app = appWithExtras({ jobs: [{ name: 'test: note', script: "var gr = new GlideRecord('incident'); gr.query(); gr.next(); gr.work_notes = 'from a job'; gr.update();" }] });
let now = Date.UTC(2026, 10, 22, 10, 0, 0);

function request(method: string, route: string, body?: unknown, user = 'admin'): InstanceHttpRequest {
  const [pathPart, query = ''] = route.split('?');
  const params: { [name: string]: string[] } = {};
  for (const [name, value] of new URLSearchParams(query)) (params[name] = params[name] || []).push(value);
  return { method, path: pathPart, query: params, headers: { 'content-type': 'application/json' }, body: body === undefined ? '' : JSON.stringify(body), user };
}

test('a session followed call by call through its changes equals its full dump', () => {
  const session = createSession(app, { clock: () => now });
  session.start({ users: DEFAULT_USERS.map((u) => ({ ...u })), seed: readBaseData(ROOT) });
  session.changes();
  const data = new CommittedData(session.dump());
  const follow = () => {
    const changes = session.changes();
    return changes ? data.apply(changes) : null;
  };

  const created = session.http(request('POST', '/api/now/table/incident', { short_description: 'Printer on fire', impact: '1', urgency: '1', work_notes: 'first' }));
  expect(created.status).toBe(201);
  const id = JSON.parse(created.body).result.sys_id;
  expect(follow()!.tables).toMatchObject({ task: { inserted: 1 }, sys_journal_field: { inserted: 1 } });
  expect(session.http(request('PATCH', `/api/now/table/incident/${id}`, { state: '2', comments: 'on it' })).status).toBe(200);
  expect(follow()!.tables.task).toEqual({ inserted: 0, updated: 1, deleted: 0 });
  // a read changes nothing
  expect(session.http(request('GET', `/api/now/table/incident/${id}`)).status).toBe(200);
  expect(follow()).toBeNull();
  const upload = session.http({ ...request('POST', `/api/now/attachment/file?table_name=incident&table_sys_id=${id}&file_name=log.txt`), headers: { 'content-type': 'text/plain' }, body: 'log line' });
  expect(upload.status).toBe(201);
  follow();
  now += 3600 * 1000;
  session.tick(now);
  follow();
  expect(session.runJob('test: note')).toMatchObject({ ok: true });
  follow();
  const doomed = JSON.parse(session.http(request('POST', '/api/now/table/incident', { short_description: 'Short lived' })).body).result.sys_id;
  follow();
  expect(session.http(request('DELETE', `/api/now/table/incident/${doomed}`)).status).toBe(204);
  expect(follow()!.tables.task).toEqual({ inserted: 0, updated: 0, deleted: 1 });
  session.drain();
  follow();

  expect(data.snapshot()).toEqual(session.dump());
  // and a database restored from it dumps the same again
  const restored = createSession(app, { clock: () => now });
  restored.start({ users: DEFAULT_USERS.map((u) => ({ ...u })), snapshot: data.snapshot() });
  expect(restored.dump().database.tables.task).toEqual(session.dump().database.tables.task);
});
