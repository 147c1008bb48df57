// A sandbox session in the Node vm engine, driven directly (no HTTP server): the built app installed in ONE
// long-lived instance, the base data written through the emulator, background work run by tick/drain, scheduled
// jobs on their schedule, and dump/restore.
import path from 'node:path';
import type { InstanceHttpRequest } from '@incb/glide-emulator';
import type { SeedData } from '@incb/glide-emulator';
import { EngineSession, VmEngine } from '@incb/glide-emulator/runtime';
import { DEFAULT_USERS } from '../../../sandbox/sandbox-users';
import { readBaseData } from '../../../sandbox/seed-data';
import { appWithExtras, infoJson } from './appWithExtras';
import { APP_SCOPE } from '../../support/builtApp';

const ROOT = path.resolve(__dirname, '../../..');
const seed: SeedData = readBaseData(ROOT);
const incidentHistories = seed.histories!.filter((h) => h.table === 'incident');
const journalSteps = incidentHistories.flatMap((h) => h.steps).flatMap((s) => ['work_notes', 'comments'].filter((f) => s.fields?.[f]).map((f) => ({ field: f, as: s.as, text: s.fields![f] })));

const app = appWithExtras({
  rules: [{ name: 'test: queue ping', table: 'incident', when: 'async', insert: true, script: "gs.eventQueue('x_test.ping', current, current.getValue('number'), gs.getUserName());" }],
  actions: [{ name: 'test: answer ping', eventName: 'x_test.ping', script: "current.work_notes = 'pong ' + event.parm1 + ' for ' + event.parm2; current.update();" }],
  jobs: [
    { name: 'test: every minute', runType: 'periodically', runPeriodMs: 60000, runStart: '2020-01-01 00:00:00', script: "gs.info('{\"job\":\"every minute\"}');" },
    { name: 'test: on demand', script: "gs.info('{\"job\":\"on demand\",\"user\":\"' + gs.getUserName() + '\"}');" },
  ],
});

function get(path: string, user: string, query: { [name: string]: string } = {}): InstanceHttpRequest {
  return { method: 'GET', path, query: Object.fromEntries(Object.entries(query).map(([k, v]) => [k, [v]])), headers: {}, body: '', user };
}

async function table(session: EngineSession, name: string, query: { [name: string]: string } = {}): Promise<any[]> {
  const reply = await session.http(get(`/api/now/table/${name}`, 'admin', query));
  expect(reply.value.status).toBe(200);
  return JSON.parse(reply.value.body).result;
}

describe('a sandbox session in the Node vm engine', () => {
  const engine = new VmEngine({ root: ROOT, scope: APP_SCOPE });
  let session: EngineSession;

  beforeAll(async () => {
    session = await engine.openSession({ app, users: DEFAULT_USERS.map((u) => ({ ...u })), seed });
  }, 60000);
  afterAll(() => engine.close());

  test('start writes the base data through the emulator: numbered incidents, journal entries by their authors', async () => {
    expect(session.opened.counts.incident).toBe(incidentHistories.length);
    const incidents = await table(session, 'incident', { sysparm_fields: 'number', sysparm_query: 'ORDERBYnumber' });
    expect(incidents.map((i) => i.number)).toEqual(incidentHistories.map((_, i) => `INC00${10001 + i}`));
    const entries = await table(session, 'sys_journal_field', { sysparm_fields: 'element,value,sys_created_by,sys_created_on', sysparm_query: 'valueNOT LIKEpong' });
    expect(entries).toHaveLength(journalSteps.length);
    for (const step of journalSteps) {
      expect(entries).toContainEqual(expect.objectContaining({ element: step.field, value: step.text, sys_created_by: step.as }));
    }
    // different times: the entries are spread over the seed's offsets, not all stamped at start
    expect(new Set(entries.map((e) => e.sys_created_on)).size).toBe(entries.length);
  });

  test('the background work seeding queued ran while seeding, at the time of the write that queued it', async () => {
    const incidents = await table(session, 'incident', { sysparm_fields: 'sys_id,number,sys_created_on,sys_created_by' });
    for (const incident of incidents) {
      const pongs = await table(session, 'sys_journal_field', { sysparm_query: `element_id=${incident.sys_id}^valueSTARTSWITHpong`, sysparm_fields: 'value,sys_created_on' });
      expect(pongs).toEqual([{ value: `pong ${incident.number} for ${incident.sys_created_by}`, sys_created_on: incident.sys_created_on }]);
    }
  });

  test('the seeded incidents went through the platform rules: resolution and closure stamps, active flag', async () => {
    const rows = await table(session, 'incident', { sysparm_fields: 'number,state,active,resolved_at,resolved_by,closed_at,closed_by,sys_updated_on' });
    const resolved = rows.filter((r) => r.state === '6');
    const closed = rows.filter((r) => r.state === '7');
    expect(resolved.length).toBeGreaterThan(0);
    expect(closed.length).toBeGreaterThan(0);
    for (const r of resolved) expect(r).toMatchObject({ active: 'true', resolved_at: expect.stringMatching(/^\d{4}-/), resolved_by: { value: expect.any(String) } });
    for (const r of closed) expect(r).toMatchObject({ active: 'false', closed_at: r.sys_updated_on, closed_by: { value: expect.any(String) } });
    for (const r of rows.filter((x) => !['6', '7', '8'].includes(x.state))) expect(r).toMatchObject({ active: 'true', resolved_at: '', closed_at: '' });
  });

  test('queued work waits for a tick: an async rule queues an event whose script action answers; drain runs both', async () => {
    const created = await session.http({
      method: 'POST', path: '/api/now/table/incident', query: {}, headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ short_description: 'printer on fire', impact: '2', urgency: '3' }), user: 'itil.user',
    });
    expect(created.value.status).toBe(201);
    const incident = JSON.parse(created.value.body).result;
    expect(incident.priority).toBe('4');
    const notes = () => table(session, 'sys_journal_field', { sysparm_query: `element_id=${incident.sys_id}`, sysparm_fields: 'value,sys_created_by' });
    expect(await notes()).toEqual([]);

    const drained = await session.drain();
    expect(drained.value.settled).toBe(true);
    expect(drained.value.asyncRules).toBeGreaterThanOrEqual(1);
    expect(drained.value.events).toBeGreaterThanOrEqual(1);
    expect(drained.value.rounds).toBeGreaterThanOrEqual(3);
    expect(await notes()).toEqual([{ value: `pong ${incident.number} for itil.user`, sys_created_by: 'itil.user' }]);
    expect((await session.drain()).value).toMatchObject({ rounds: 1, events: 0, asyncRules: 0, jobs: [] });
  });

  test('tick(nowMs) runs a periodic job when due, moves the clock forward and never back', async () => {
    const now = (await session.info()).value.now;
    const job = (await session.info()).value.jobs.find((j) => j.name === 'test: every minute')!;
    expect(job.nextRunAt).toBeGreaterThanOrEqual(now - 60000);
    const later = job.nextRunAt! + 60000 * 5 + 1;
    const first = await session.tick(later);
    expect(first.value.jobs.filter((j) => j.name === 'test: every minute')).toEqual([expect.objectContaining({ ok: true })]);
    expect(infoJson(first.logs)).toContainEqual({ job: 'every minute' });
    const info = (await session.info()).value;
    expect(info.now).toBeGreaterThanOrEqual(later);
    expect(info.jobs.find((j) => j.name === 'test: every minute')!.nextRunAt).toBeGreaterThan(later);
    // a tick with the real time does not rewind the clock, and nothing is due again yet
    const second = await session.tick(Date.now());
    expect(second.value.jobs.filter((j) => j.name === 'test: every minute')).toEqual([]);
    expect((await session.info()).value.now).toBeGreaterThanOrEqual(later);
  });

  test('runJob runs an on-demand job as admin; an unknown job is null', async () => {
    const run = await session.runJob('test: on demand');
    expect(run.value).toMatchObject({ name: 'test: on demand', ok: true });
    expect(infoJson(run.logs)).toEqual([{ job: 'on demand', user: 'admin' }]);
    expect((await session.runJob('no such job')).value).toBeNull();
  });

  test('an error in a route or job comes back as data, and the session carries on', async () => {
    const broken = await session.http(get('/api/now/table/no_such_table', 'admin'));
    expect(broken.value.status).toBeGreaterThanOrEqual(400);
    expect((await session.http(get('/api/x_incb_bridge/v1/health', 'agent'))).value.status).toBe(200);
  });

  test('dump is the whole database; a new session restored from it carries on with the same rows and numbers', async () => {
    const dump = (await session.dump()).value;
    expect(dump).toMatchObject({ format: 'incident-bridge-sandbox', version: 1, app: { scope: 'x_incb_bridge', version: app.app.version } });
    const before = await table(session, 'incident', { sysparm_fields: 'sys_id,number', sysparm_query: 'ORDERBYnumber' });
    const restored = await engine.openSession({ app, users: DEFAULT_USERS.map((u) => ({ ...u })), seed, snapshot: JSON.parse(JSON.stringify(dump)) });
    try {
      expect(await table(restored, 'incident', { sysparm_fields: 'sys_id,number', sysparm_query: 'ORDERBYnumber' })).toEqual(before);
      const next = await restored.http({ method: 'POST', path: '/api/now/table/incident', query: {}, headers: { 'content-type': 'application/json' }, body: '{"short_description":"after restore"}', user: 'admin' });
      expect(JSON.parse(next.value.body).result.number).toBe(`INC00${10001 + before.length}`);
      const job = (await restored.info()).value.jobs.find((j) => j.name === 'test: every minute')!;
      expect(job.nextRunAt).toBe(dump.schedules[job.sysId].nextRunAt);
    } finally {
      await restored.close();
    }
  }, 60000);
});
