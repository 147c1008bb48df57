// `npm run atf` as a tier of `npm test`: every ATF test the built app ships (its demo data included) runs in a fresh
// sandbox on each engine and passes; every test of the package runs once; the tests leave the instance as they found
// it: no row that existed before is changed or deleted, and nothing of the app's own tables is left behind by them
// (ATF's rollback then removes the rest, as on an instance).
import { loadApp } from '@incb/glide-emulator/loader';
import { DIST_APP, loadBuiltApp } from '../support/builtApp';
import { AtfSandboxRun, runAtfInSandbox } from '../../sandbox/atf/sandbox-run';
import { allTests, runLines } from '../../sandbox/atf/report';
import { ENGINES } from './support';

const app = loadBuiltApp();

describe.each(ENGINES)('the app\'s ATF suites on the %s engine', (engine) => {
  let result: AtfSandboxRun;
  beforeAll(async () => {
    result = await runAtfInSandbox({ engine, demoData: true });
  });

  test('every suite and every test passes', () => {
    if (!result.run.ok) console.log(runLines(result.run).join('\n'));
    expect(result.engine).toBe(engine);
    expect(result.run.suites.map((s) => [s.name, s.status])).toEqual(
      expect.arrayContaining([
        ['Incident Bridge: install check', 'Success'],
        ['Incident Bridge: demo round trip', 'Success'],
      ])
    );
    expect(allTests(result.run).filter((t) => t.status !== 'Success').map((t) => t.name)).toEqual([]);
  });

  test('every test the package ships runs, once', () => {
    const shipped = loadApp(DIST_APP, { includeDemoData: true }).atf.tests.filter((t) => t.active).map((t) => t.name).sort();
    expect(allTests(result.run).map((t) => t.name).sort()).toEqual(shipped);
    expect(shipped.length).toBeGreaterThanOrEqual(5);
  });

  test('no test changes or deletes a row that existed before it', () => {
    expect(allTests(result.run).flatMap((t) => t.touched.map((row) => `${t.name}: ${row.table} ${row.sysId}${row.deleted ? ' (deleted)' : ''}`))).toEqual([]);
  });

  test('no test leaves rows of the app\'s tables behind', () => {
    // what the tests make is tracked (the incidents they save are left for the rollback, which removes them)
    expect(allTests(result.run).some((t) => t.left.some((row) => row.table === 'incident'))).toBe(true);
    expect(allTests(result.run).flatMap((t) => t.left.filter((row) => row.table.startsWith('x_incb_bridge_')).map((row) => `${t.name}: ${row.table} ${row.sysId}`))).toEqual([]);
  });
});

test('the package without demo data has the install check and no demo suite', () => {
  expect(app.atf.suites.map((s) => s.name)).toContain('Incident Bridge: install check');
  expect(app.atf.suites.map((s) => s.name)).not.toContain('Incident Bridge: demo round trip');
  expect(app.atf.tests.every((t) => !t.demo)).toBe(true);
});
