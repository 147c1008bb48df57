// loadApp on a real now-sdk build of ./fixture-app: every mapper, on the record kinds Incident Bridge does not
// declare yet, with the edge cases the SDK produces (split CDATA, wrapper elements, role names in attributes).
import fs from 'node:fs';
import path from 'node:path';
import { SchemaJson } from '@incb/glide-emulator';
import { LoadedApp, loadApp } from '@incb/glide-emulator/loader';
import { BuiltFixture, buildFixtureApp } from './buildFixtureApp';

// The platform columns the fixture's task child overrides: stands in for the emulator's base schema.
var baseSchema: SchemaJson = {
  tables: [
    {
      name: 'task',
      fields: {
        priority: { type: 'integer', label: 'Priority', defaultValue: '4', choices: [{ value: '1', label: '1 - Critical' }] },
      },
    },
  ],
};

var fixture: BuiltFixture;
var app: LoadedApp;

beforeAll(() => {
  fixture = buildFixtureApp();
  app = loadApp(fixture.distAppDir, { baseSchema });
}, 180000);

afterAll(() => {
  if (fixture) fixture.remove();
});

function byName<T extends { name: string }>(items: T[], name: string): T {
  var found = items.filter((i) => i.name === name);
  if (found.length !== 1) throw new Error(`expected one ${name}, found ${found.length}`);
  return found[0];
}

test('app info comes from the scope record and package.json', () => {
  // runtime access tracking: the fixture's now.config.json leaves the SDK's default, permissive (Tracking)
  expect(app.app).toEqual({ scope: 'x_incb_fixture', name: 'Loader fixture', version: '1.2.3', sysId: '0f1e2d3c4b5a69788796a5b4c3d2e1f0', jsLevel: 'helsinki_es5', runtimeAccessTracking: 'permissive' });
});

test('a table: parent, extensible, number prefix, display field, columns and choice order', () => {
  expect(app.schema.tables.map((t) => t.name)).toEqual(['x_incb_fixture_thing']);
  var thing = app.schema.tables[0];
  expect(thing).toMatchObject({ label: 'Thing', extends: 'task', extensible: true, numberPrefix: 'THG', displayField: 'code' });
  expect(thing.fields.code).toEqual({ type: 'string', label: 'Code', maxLength: 20, mandatory: true, defaultValue: 'abc' });
  expect(thing.fields.owner).toEqual({ type: 'string', label: 'Owner', maxLength: 40, readOnly: true });
  // ordered by sequence, not by declaration; the inactive choice keeps its label for existing values
  expect(thing.fields.kind.choices).toEqual([
    { value: 'a', label: 'Ay' },
    { value: 'b', label: 'Bee' },
    { value: 'z', label: 'Zed' },
  ]);
});

test('a dictionary override replaces the inherited column for the child only, on top of the base column', () => {
  expect(app.schema.tables[0].fields.priority).toEqual({
    type: 'integer',
    label: 'Priority',
    defaultValue: '2',
    mandatory: true,
    choices: [{ value: '1', label: '1 - Critical' }],
  });
  expect(baseSchema.tables[0].fields.priority.defaultValue).toBe('4');
});

test('an override of a column the loader cannot see fails loudly instead of being dropped', () => {
  expect(() => loadApp(fixture.distAppDir)).toThrow(/x_incb_fixture_thing\.priority/);
});

test('indexes come from the dictionary files', () => {
  expect(app.indexes).toEqual([{ table: 'x_incb_fixture_thing', name: 'x_incb_fixture_thing_code', unique: true, fields: ['code', 'kind'] }]);
});

test('business rules: each timing as the emulator names it, actions, order, conditions, active', () => {
  var before = byName(app.businessRules, 'Before insert or update');
  expect(before).toMatchObject({
    table: 'incident',
    when: 'before',
    insert: true,
    update: true,
    delete: false,
    query: false,
    order: 50,
    active: true,
    filterCondition: 'active=true^priority=1',
    condition: 'current.state != 7',
  });
  // the SDK splits the CDATA section around "]]>"; the script comes back whole, entities untouched
  expect(before.script).toBe('if (a[b[0]]>1 && c < d) { current.short_description = "x & y"; }');
  expect(byName(app.businessRules, 'Async after update')).toMatchObject({ when: 'async', update: true, insert: false, order: 100 });
  expect(byName(app.businessRules, 'Inactive display')).toMatchObject({ when: 'display', active: false });
  expect(byName(app.businessRules, 'After delete')).toMatchObject({ table: 'x_incb_fixture_thing', when: 'after', delete: true });
});

test('script actions, the events they listen to, and scheduled jobs', () => {
  expect(app.scriptActions).toEqual([
    expect.objectContaining({ name: 'On sync requested', eventName: 'x_incb_fixture.sync.requested', active: true, order: 10, script: 'gs.info(event.parm1);', conditionScript: 'event.parm1 != ""' }),
  ]);
  expect(app.events).toEqual([
    expect.objectContaining({ name: 'x_incb_fixture.sync.requested', table: 'incident', priority: 200, firedBy: 'Business Rule: Before insert or update' }),
  ]);
  expect(byName(app.scheduledJobs, 'Cleanup')).toMatchObject({ active: true, runType: 'periodically', runPeriodMs: (25 * 60 + 30) * 60000, runStart: '2026-01-01 00:00:00', script: 'gs.info("cleanup");' });
  var daily = byName(app.scheduledJobs, 'Daily');
  expect(daily).toMatchObject({ active: false, runType: 'daily', runTime: '02:15:00', timeZone: 'UTC' });
  expect(daily.runPeriodMs).toBeUndefined();
});

test('a script include keeps the included file byte for byte', () => {
  var script = fs.readFileSync(path.join(fixture.projectDir, 'scripts/FixtureHelper.js'), 'utf8');
  expect(app.scriptIncludes).toEqual([
    { sysId: expect.any(String), name: 'FixtureHelper', apiName: 'x_incb_fixture.FixtureHelper', script, accessibleFrom: 'public', scope: 'x_incb_fixture', active: true, clientCallable: false },
  ]);
});

test('roles with the roles they contain, by name (platform roles too)', () => {
  expect(byName(app.roles, 'x_incb_fixture.boss').containsRoles).toEqual(['itil', 'x_incb_fixture.reader']);
  expect(byName(app.roles, 'x_incb_fixture.reader')).toMatchObject({ description: 'Reads things', containsRoles: [] });
});

test('ACLs: record ACLs split into table and field, roles by name, condition and script kept', () => {
  var fieldAcl = app.acls.filter((a) => a.name === 'x_incb_fixture_thing.code')[0];
  expect(fieldAcl).toMatchObject({ type: 'record', table: 'x_incb_fixture_thing', field: 'code', operation: 'read', roles: ['x_incb_fixture.reader'], condition: 'active=true', adminOverrides: false, decisionType: 'allow' });
  var tableAcl = app.acls.filter((a) => a.name === 'x_incb_fixture_thing')[0];
  expect(tableAcl).toMatchObject({ table: 'x_incb_fixture_thing', operation: 'write', roles: [], script: 'answer = false;' });
  expect(tableAcl.field).toBeUndefined();
  // stored as the platform names the type, whatever spelling the Fluent source used
  var restAcl = app.acls.filter((a) => a.type === 'REST_Endpoint')[0];
  expect(restAcl).toMatchObject({ name: 'x_incb_fixture.api', operation: 'execute', roles: ['itil', 'x_incb_fixture.boss'] });
});

test('properties with their value, type and roles', () => {
  expect(app.properties).toEqual([
    expect.objectContaining({ name: 'x_incb_fixture.limit', value: '7', type: 'integer', readRoles: ['x_incb_fixture.reader'], writeRoles: ['x_incb_fixture.boss', 'admin'] }),
  ]);
});

test('REST: versions, paths with and without the default version, ACL roles, and routes left on the platform ACL', () => {
  var api = byName(app.restApis, 'Fixture API');
  expect(api).toMatchObject({ namespace: 'x_incb_fixture', apiId: 'things', baseUri: '/api/x_incb_fixture/things', acls: ['itil', 'x_incb_fixture.boss'] });
  expect(api.versions).toEqual([
    { id: 'v1', number: 1, isDefault: false, active: true, deprecated: true },
    { id: 'v2', number: 2, isDefault: true, active: true, deprecated: false },
  ]);
  var v1 = byName(api.routes, 'get thing v1');
  expect(v1).toMatchObject({ method: 'GET', version: 'v1', fullPaths: ['/api/x_incb_fixture/v1/things/items/{id}'], script: 'response.setBody({ v: 1 });' });
  expect(v1).toMatchObject({ requiresAuthentication: true, requiresAcl: true, acls: ['itil', 'x_incb_fixture.boss'], externalAclIds: [] });
  // a trailing slash on the relative path does not make a different URI
  expect(byName(api.routes, 'get thing v2').fullPaths).toEqual(['/api/x_incb_fixture/v2/things/items/{id}', '/api/x_incb_fixture/things/items/{id}']);
  var post = byName(api.routes, 'create thing');
  expect(post).toMatchObject({ method: 'POST', requiresAuthentication: false, requiresAcl: false, acls: [], requestContentTypes: ['application/json'], produces: ['application/json'] });
  // no enforceAcl on the route: the SDK writes the platform's default ACL, which the app does not define
  expect(post.externalAclIds).toHaveLength(1);
  var plain = byName(app.restApis, 'Plain');
  expect(plain.versions).toEqual([]);
  expect(plain.routes.map((r) => [r.version, r.relativePath, r.fullPaths])).toEqual([['', '/', ['/api/x_incb_fixture/plain']]]);
});

test('records: every installed row by table, raw values; demo data only on request', () => {
  expect(app.records.sys_choice.map((c) => c.value).sort()).toEqual(['a', 'b', 'z']);
  expect(app.records.sys_choice_set).toHaveLength(1);
  expect(app.records.sys_script.filter((r) => r.name === 'Inactive display')[0]).toMatchObject({ when: 'before_display', active: 'false' });
  expect(app.records.x_incb_fixture_thing).toBeUndefined();
  var withDemo = loadApp(fixture.distAppDir, { baseSchema, includeDemoData: true });
  expect(withDemo.records.x_incb_fixture_thing).toEqual([expect.objectContaining({ code: 'demo', short_description: 'Demo thing' })]);
});
