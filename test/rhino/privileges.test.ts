// Each cross-scope privilege is what one flow needs: removed from a built copy of dist/app (its sys_scope_privilege
// XML deleted, the package loaded from the copy), exactly the flow that needs it fails in Rhino, with the platform's
// refusal in the log, while the flows that do not need it still work. On an instance the app is installed on, that
// is what a missing privilege does (packages/glide-emulator/glide/access/scoped-access.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeInRhino, runInRhino, ScriptResult } from './rhinoClient';
import { DIST_APP } from '../support/builtApp';
import { loadApp, LoadedApp } from '@incb/glide-emulator/loader';
import { AdoFake } from '@incb/ado-fake';
import { INCIDENT, records, preamble, Scenario, startInboundScenario } from './inboundScenario';

let fake: AdoFake;
let scenario: Scenario;
const copies: string[] = [];

beforeAll(async () => {
  ({ fake, scenario } = await startInboundScenario());
});
afterAll(() => {
  for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
  return fake && fake.stop();
});

/** The package from a copy of dist/app without the privilege for `table` and `operation` (null: the whole package). */
function packageWithout(table: string | null, operation?: string): LoadedApp {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'incb-dist-app-'));
  copies.push(copy);
  fs.cpSync(DIST_APP, copy, { recursive: true });
  if (table) {
    const update = path.join(copy, 'update');
    const files = fs.readdirSync(update).filter((f) => f.startsWith('sys_scope_privilege_'));
    const target = files.filter((f) => {
      const xml = fs.readFileSync(path.join(update, f), 'utf8');
      return xml.includes(`<target_name>${table}</target_name>`) && xml.includes(`<operation>${operation}</operation>`);
    });
    if (target.length !== 1) throw new Error(`expected one privilege ${table} ${operation} in dist/app, found ${target.length}`);
    fs.rmSync(path.join(update, target[0]));
  }
  return loadApp(copy);
}

/** Three inbound flows, each through the built hook route and the inbox script action of the package given:
 *  fields   Jamal's edit of the linked work item's title, description and priority
 *  resolve  the work item closed: the incident is resolved with the connection's close code
 *  create   a work item Jamal raised becomes a new incident */
function flows(app: LoadedApp): Promise<ScriptResult> {
  return runInRhino({
    app,
    withoutRules: true,
    records: records(scenario, { create_incidents_from_remote: 'true' }),
    code:
      preamble(scenario) +
      `
      deliver(HOOKS.fields);
      process();
      var afterFields = incident();
      deliver(HOOKS.done);
      process();
      var afterResolve = incident();
      deliver(HOOKS.foreignCreate);
      process();
      return {
        fields: afterFields.short_description === 'Mail is down in Berlin' && afterFields.priority === '1',
        resolve: afterResolve.state === '6' && afterResolve.close_code === 'Solution provided',
        create: instance.db.rows('incident', 'correlation_id=' + JSON.parse(HOOKS.foreignCreate).resource.id).length === 1,
        refusals: instance.logs.filter(function (l) { return l.level === 'error' && l.message.indexOf('Security restricted') === 0; }).map(function (l) { return l.message; })
      };
    `,
  });
}

function outcome(result: ScriptResult) {
  expect(result.error).toBeUndefined();
  expect(result.ok).toBe(true);
  return result.value as { fields: boolean; resolve: boolean; create: boolean; refusals: string[] };
}

const refusal = (operation: string, table: string) =>
  `Security restricted: ${operation} operation on table '${table}' from scope 'Incident Bridge' was denied. The application 'Incident Bridge' must declare a cross scope access privilege. Please contact the application author to update their privilege requests.`;

describeInRhino('each cross-scope privilege is what one flow needs (Rhino, built package copies)', () => {
  test('with every privilege the package ships, all three flows work and nothing is refused', async () => {
    expect(outcome(await flows(packageWithout(null)))).toEqual({ fields: true, resolve: true, create: true, refusals: [] });
  });

  test('without create on incident: only the incident raised in Azure DevOps is not created', async () => {
    const v = outcome(await flows(packageWithout('incident', 'create')));
    expect([v.fields, v.resolve, v.create]).toEqual([true, true, false]);
    expect([...new Set(v.refusals)]).toEqual([refusal('Create', 'incident')]);
  });

  test('without read on sys_choice: only the resolve (which checks the close code is offered) does not happen', async () => {
    const v = outcome(await flows(packageWithout('sys_choice', 'read')));
    expect([v.fields, v.resolve, v.create]).toEqual([true, false, true]);
    expect([...new Set(v.refusals)]).toEqual([refusal('Read', 'sys_choice')]);
  });

  test('without write on incident: no change from Azure DevOps reaches an existing incident; a new one is still created', async () => {
    const v = outcome(await flows(packageWithout('incident', 'write')));
    expect([v.fields, v.resolve, v.create]).toEqual([false, false, true]);
    expect([...new Set(v.refusals)]).toEqual([refusal('Write', 'incident')]);
  });
});
