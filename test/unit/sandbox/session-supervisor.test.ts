// The sandbox's session supervision against a fake engine that dies when told to: the call that meets the death fails
// with the engine's error, a new engine is opened on exactly the data the finished calls committed, calls meanwhile
// are refused with a Retry-After, a script error is no death, and a restart that keeps failing is given up.
import type { InstanceHttpRequest, InstanceHttpResponse } from '@incb/glide-emulator';
import type { SessionChanges, SessionSnapshot } from '@incb/glide-emulator';
import { EngineSession, EngineStartInfo, ScriptEngine, ScriptResult, SessionCallError, SessionReply, SessionSpec } from '@incb/glide-emulator/runtime';
import { EngineRestartingError, openSupervisedSession } from '../../../sandbox/session-supervisor';
import { loadBuiltApp } from '../../support/builtApp';

type Row = { [field: string]: string };

/** An engine session over one table `x`: POST /write/{id} inserts a row, /die kills the engine (after writing, as a
 * transaction cut short would), /fail throws a script error after writing. */
class FakeSession implements EngineSession {
  readonly engine = 'node' as const;
  readonly opened = { app: { scope: 'x', name: 'x', version: '1', runtimeAccessTracking: 'enforcing' }, accessTracking: 'enforcing' as const, now: 0, counts: {}, jobs: [] };
  private rows: Row[];
  private dead = false;

  constructor(snapshot?: SessionSnapshot) {
    this.rows = snapshot ? snapshot.database.tables.x || [] : [{ sys_id: 'seed' }];
  }

  private reply<T>(value: T, changes?: SessionChanges): Promise<SessionReply<T>> {
    return this.dead ? Promise.reject(new SessionCallError('SessionLostError', 'the fake engine is dead')) : Promise.resolve({ value, logs: [], changes });
  }

  private write(id: string): SessionChanges {
    const row = { sys_id: id };
    this.rows = [...this.rows, row];
    return { database: { tables: { x: { [id]: row } }, numbers: {} }, schedules: {}, savedAt: '2026-11-22 10:00:00' };
  }

  async http(request: InstanceHttpRequest): Promise<SessionReply<InstanceHttpResponse>> {
    const ok: InstanceHttpResponse = { status: 200, headers: {}, body: '' };
    const [, action, id] = request.path.split('/');
    if (action === 'die') {
      this.write(id);
      this.dead = true;
      throw new SessionCallError('EngineError', 'the fake engine exited (code 3)');
    }
    if (action === 'fail') throw new SessionCallError('TypeError', 'a script error', [], undefined, this.write(id));
    return this.reply(ok, action === 'write' ? this.write(id) : undefined);
  }
  tick = () => this.reply({ events: 0, asyncRules: 0, jobs: [] });
  drain = () => this.reply({ events: 0, asyncRules: 0, jobs: [], rounds: 1, settled: true });
  dump = () =>
    this.reply<SessionSnapshot>({ format: 'incident-bridge-sandbox', version: 1, savedAt: '2026-11-22 10:00:00', app: { scope: 'x', version: '1' }, database: { tables: { x: this.rows }, numbers: {} }, schedules: {} });
  runJob = () => this.reply(null);
  info = () => this.reply(this.opened);
  stats = () => this.reply({ db: { queries: 0, inserts: 0, updates: 0, deletes: 0 }, outboundRequests: 0 });
  records = () => this.reply(this.rows);
  isAlive = () => !this.dead;
  atfBegin = () => this.reply({ enabled: false });
  atfStep = (): never => {
    throw new Error('the fake engine runs no ATF step');
  };
  atfBasicAuth = () => this.reply({ found: false, username: '', password: '' });
  atfEnd = () => this.reply({ touched: [], left: [] });
  close = async () => undefined;
}

class FakeEngine implements ScriptEngine {
  readonly kind = 'node' as const;
  readonly opened: SessionSpec[] = [];
  /** openings that fail before one succeeds */
  failures = 0;
  /** holds every opening until released */
  hold: Promise<void> = Promise.resolve();
  async start(): Promise<EngineStartInfo> {
    return { engine: 'node', startupMs: 0, includes: [], removed: [], undeletable: [] };
  }
  async run(): Promise<ScriptResult> {
    return { ok: true, logs: [], filesRun: [] };
  }
  async openSession(spec: SessionSpec): Promise<EngineSession> {
    this.opened.push(spec);
    await this.hold;
    if (this.failures > 0) {
      this.failures--;
      throw new Error('the fake engine did not start');
    }
    return new FakeSession(spec.snapshot);
  }
  async close(): Promise<void> {}
}

const app = loadBuiltApp();
const spec: SessionSpec = { app, users: [], upserts: [{ table: 'x', fields: { a: '1' } }] };
const call = (path: string): InstanceHttpRequest => ({ method: 'POST', path, query: {}, headers: {}, body: '', user: 'admin' });
const ids = (snapshot: SessionSnapshot) => snapshot.database.tables.x.map((r) => r.sys_id);

async function failure(promise: Promise<unknown>): Promise<SessionCallError> {
  try {
    await promise;
  } catch (error) {
    return error as SessionCallError;
  }
  throw new Error('expected the call to fail');
}

test('the call that kills the engine fails with its error; a new engine opens on what the finished calls committed', async () => {
  const engine = new FakeEngine();
  const lines: string[] = [];
  const session = await openSupervisedSession({ engine, spec, log: (line) => lines.push(line) });
  await session.http(call('/write/a'));
  await session.http(call('/write/b'));
  let release!: () => void;
  engine.hold = new Promise((resolve) => (release = resolve));

  const killed = await failure(session.http(call('/die/c')));
  expect([killed.name, killed.message]).toEqual(['EngineError', 'the fake engine exited (code 3)']);
  expect(session.state()).toBe('restarting');
  const refused = await failure(session.http(call('/write/d')));
  expect(refused).toBeInstanceOf(EngineRestartingError);
  expect((refused as EngineRestartingError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
  expect(refused.message).toMatch(/restarting after it died \(EngineError: the fake engine exited/);

  release();
  await session.serving();
  expect(session.state()).toBe('serving');
  expect(session.restarts()).toBe(1);
  // the committed data, without what the killing call wrote, and nothing written again over it
  const reopened = engine.opened[1];
  expect(ids(reopened.snapshot!)).toEqual(['seed', 'a', 'b']);
  expect([reopened.seed, reopened.upserts]).toEqual([undefined, undefined]);
  await session.http(call('/write/e'));
  expect(ids((await session.dump()).value)).toEqual(['seed', 'a', 'b', 'e']);
  expect(ids(session.committed())).toEqual(['seed', 'a', 'b', 'e']);
  expect(lines.join('\n')).toMatch(/SANDBOX ENGINE FAILURE \(EngineError\)[\s\S]*restarted in \d+ ms on the committed data \(restart 1\)/);
});

test('calls queued behind the killing one are refused as restarting, and start no second restart', async () => {
  const engine = new FakeEngine();
  const session = await openSupervisedSession({ engine, spec, log: () => undefined });
  const [killing, queued] = await Promise.all([failure(session.http(call('/die/a'))), failure(session.tick())]);
  expect(killing.name).toBe('EngineError');
  expect(queued).toBeInstanceOf(EngineRestartingError);
  await session.serving();
  expect(engine.opened).toHaveLength(2);
});

test('a script error is not a death: the engine runs on and what the call wrote stays committed', async () => {
  const engine = new FakeEngine();
  const session = await openSupervisedSession({ engine, spec, log: () => undefined });
  expect((await failure(session.http(call('/fail/a')))).name).toBe('TypeError');
  expect(session.state()).toBe('serving');
  expect(engine.opened).toHaveLength(1);
  expect(ids(session.committed())).toEqual(['seed', 'a']);
});

test('a restart that keeps failing is given up: calls are refused without a Retry-After', async () => {
  const engine = new FakeEngine();
  const lines: string[] = [];
  const session = await openSupervisedSession({ engine, spec, log: (line) => lines.push(line), maxRestartAttempts: 2, retryDelayMs: 1 });
  engine.failures = 2;
  await failure(session.http(call('/die/a')));
  await expect(session.serving()).rejects.toBeInstanceOf(EngineRestartingError);
  expect(session.state()).toBe('failed');
  const refused = (await failure(session.http(call('/write/b')))) as EngineRestartingError;
  expect(refused.retryAfterSeconds).toBeNull();
  expect(refused.message).toMatch(/could not be restarted .*restart the sandbox/);
  expect(engine.opened).toHaveLength(3);
  expect(lines.filter((line) => /Restarting the sandbox engine failed \(attempt \d of 2\)/.test(line))).toHaveLength(2);
  // what a --data save writes then
  expect(ids(session.committed())).toEqual(['seed']);
});
