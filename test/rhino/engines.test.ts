// The two script engines behind one protocol: VmEngine (Node vm) answers jobs as RhinoEngine does, and both
// survive a runaway job. The shared Rhino engine of the tier answers through runInRhino; the time-out and restart
// cases need an engine of their own, with a short time-out.
import fs from 'node:fs';
import path from 'node:path';
import { RhinoEngine, ScriptEngine, ScriptJob, VmEngine, createScriptEngine, rhinoAvailability } from '@incb/glide-emulator/runtime';
import { APP_SCOPE, ROOT } from '../support/builtApp';
import { describeInRhino, runInRhino } from './rhinoClient';

const profile = JSON.parse(fs.readFileSync(path.join(__dirname, '../../packages/glide-emulator/runtime/servicenow-es5-profile.json'), 'utf8'));

const PARITY_JOBS: Array<[string, ScriptJob]> = [
  ['profile', { code: 'return [typeof [].find, typeof Object.assign, typeof Map, typeof Promise, typeof globalThis, typeof JSON.parse];' }],
  ['error', { code: "throw new TypeError('bad input');" }],
  ['records and queries', {
    records: [{ table: 'incident', values: { short_description: 'one', priority: '1' } }, { table: 'incident', values: { short_description: 'two', priority: '3' } }],
    code: "var gr = new GlideRecord('incident'); gr.addQuery('priority', '1'); gr.query(); var out = []; while (gr.next()) out.push(gr.getValue('short_description')); return out;",
  }],
  ['print and gs logs', { code: "print('a', 1); gs.info('b'); return null;" }],
];

/** What must agree between engines: not stacks or engine messages, which legitimately differ. */
function comparable(result: { ok: boolean; value?: unknown; error?: { name?: string; message: string }; logs: Array<{ level: string; message: string }> }) {
  return { ok: result.ok, value: result.value, error: result.error && { name: result.error.name, message: result.error.message }, logs: result.logs.map((l) => [l.level, l.message]) };
}

describe('VmEngine', () => {
  let engine: VmEngine;
  beforeAll(() => {
    engine = new VmEngine({ root: ROOT, scope: APP_SCOPE, jobTimeoutMs: 500 });
  });
  afterAll(() => engine.close());

  test('reports its start-up: includes found, profile applied, the documented undeletable built-ins', async () => {
    const info = await engine.start();
    expect(info.engine).toBe('node');
    expect(info.includes.length).toBeGreaterThan(0);
    expect(info.removed).toEqual(expect.arrayContaining(['Array.prototype.find', 'Object.assign', 'Map']));
    expect(info.undeletable.sort()).toEqual([...profile.knownUndeletable.both].sort());
  });

  describeInRhino('answers as Rhino does', () => {
    test.each(PARITY_JOBS)('%s', async (_name, job) => {
      const [vm, rhino] = await Promise.all([engine.run(job), runInRhino(job)]);
      expect(comparable(vm)).toEqual(comparable(rhino));
    });
  });

  test('a runaway job times out; the next job runs in a fresh context', async () => {
    expect(await engine.run({ code: 'leaked = 1; for (;;) {}' })).toMatchObject({ ok: false, error: { name: 'TimeoutError' } });
    expect(await engine.run({ code: 'return typeof leaked;' })).toMatchObject({ ok: true, value: 'undefined' });
  });
});

describeInRhino('RhinoEngine of its own', () => {
  let engine: ScriptEngine;
  beforeAll(() => {
    engine = new RhinoEngine({ root: ROOT, scope: APP_SCOPE, jobTimeoutMs: 2000 });
  });
  afterAll(() => engine.close());

  test('reports its start-up like VmEngine', async () => {
    const info = await engine.start();
    expect(info.engine).toBe('rhino');
    expect(info.includes).toEqual((await new VmEngine({ root: ROOT, scope: APP_SCOPE }).start()).includes);
    expect(info.undeletable.sort()).toEqual([...profile.knownUndeletable.both].sort());
  }, 30000);

  test('a runaway job times out, the process is replaced and later jobs run', async () => {
    const [runaway, next] = await Promise.all([engine.run({ code: 'for (;;) {}' }), engine.run({ code: 'return 6 * 7;' })]);
    expect(runaway).toMatchObject({ ok: false, error: { name: 'TimeoutError' } });
    expect(next).toMatchObject({ ok: true, value: 42 });
  }, 30000);

  test('a StackOverflowError no script catch sees ends the process: the job reports a dead engine, later jobs run', async () => {
    const [deep, next] = await Promise.all([
      engine.run({ code: "try { JSON.parse(new Array(200001).join('[')); } catch (e) { return 'caught'; }" }),
      engine.run({ code: 'return 6 * 7;' }),
    ]);
    expect(deep).toMatchObject({ ok: false, error: { name: 'EngineError', message: expect.stringMatching(/^Rhino exited \(code 3\).*StackOverflowError/s) } });
    expect(next).toMatchObject({ ok: true, value: 42 });
  }, 30000);

  test('close() stops it; the next run starts it again', async () => {
    await engine.close();
    expect(await engine.run({ code: "return 'again';" })).toMatchObject({ ok: true, value: 'again' });
  }, 30000);
});

describeInRhino('RhinoEngine with a small heap', () => {
  // no script catch sees a java.lang.Error: the driver ends, and with it (and -XX:+ExitOnOutOfMemoryError for the
  // other threads) the process
  const engine = new RhinoEngine({ root: ROOT, scope: APP_SCOPE, jobTimeoutMs: 20000, jvmFlags: ['-Xmx128m', '-XX:TieredStopAtLevel=1'] });
  afterAll(() => engine.close());

  test('an OutOfMemoryError ends the process: the job reports a dead engine, later jobs run', async () => {
    const hog = "var kept = []; try { for (;;) kept.push(new Array(100001).join('x') + kept.length); } catch (e) { return 'caught ' + e; }";
    const [oom, next] = await Promise.all([engine.run({ code: hog }), engine.run({ code: 'return 6 * 7;' })]);
    expect(oom).toMatchObject({ ok: false, error: { name: 'EngineError', message: expect.stringMatching(/^Rhino exited \(code 3\).*OutOfMemoryError/s) } });
    expect(next).toMatchObject({ ok: true, value: 42 });
  }, 60000);
});

describe('rhinoAvailability', () => {
  test('says what is missing instead of failing later', () => {
    expect(rhinoAvailability({ rhinoJar: '/nonexistent/rhino.jar' })).toEqual({ available: false, reason: expect.stringMatching(/rhino\.jar/) });
    expect(rhinoAvailability({ java: '/nonexistent/java' })).toEqual({ available: false, reason: expect.stringMatching(/Java/) });
  });
});

describe('RhinoEngine without a usable Java', () => {
  test('run() resolves with an EngineError for every job instead of hanging or throwing', async () => {
    const engine = new RhinoEngine({ root: ROOT, scope: APP_SCOPE, java: '/nonexistent/java' });
    await expect(engine.start()).rejects.toThrow(/ENOENT/);
    const results = await Promise.all([engine.run({ code: 'return 1;' }), engine.run({ code: 'return 2;' })]);
    for (const result of results) expect(result).toMatchObject({ ok: false, error: { name: 'EngineError', message: expect.stringMatching(/ENOENT/) } });
    await engine.close();
  });
});

describe('createScriptEngine', () => {
  test('picks the engine the sandbox names', () => {
    expect(createScriptEngine('rhino', { root: ROOT, scope: APP_SCOPE })).toBeInstanceOf(RhinoEngine);
    expect(createScriptEngine('node', { root: ROOT, scope: APP_SCOPE })).toBeInstanceOf(VmEngine);
  });
});
