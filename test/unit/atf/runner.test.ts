// The sandbox's ATF runner on tests written for the purpose (hand-made sys_atf_test definitions added to the built
// package, run in one sandbox on the node engine): the documented semantics of each step kind it implements, and a
// loud failure for everything it does not.
import type { AtfStepDefinition, AtfTestDefinition, LoadedApp } from '@incb/glide-emulator/loader';
import { loadApp } from '@incb/glide-emulator/loader';
import { runAtfInSandbox } from '../../../sandbox/atf/sandbox-run';
import type { AtfRun, AtfTestResult } from '../../../sandbox/atf/runner';
import { allTests } from '../../../sandbox/atf/report';
import { stepCatalogue } from '../../../sandbox/atf/step-catalogue';
import { DIST_APP } from '../../support/builtApp';

jest.setTimeout(60000);

const APP_SCOPE = 'x_incb_bridge';
let counter = 0;
const newId = () => (++counter).toString(16).padStart(32, 'a');

/** A step of the given Fluent call with inputs by field name, as the SDK would store it. */
function step(call: string, inputs: { [field: string]: string }, extra: Partial<AtfStepDefinition> = {}): AtfStepDefinition {
  const config = Object.values(stepCatalogue()).find((c) => c.call === call);
  if (!config) throw new Error(`no step ${call}`);
  const byVariable: { [variable: string]: string } = {};
  for (const [field, value] of Object.entries(inputs)) {
    const variable = Object.entries(config.inputs).find(([, input]) => input.field === field);
    if (!variable) throw new Error(`${call} has no input ${field}`);
    byVariable[variable[0]] = value;
  }
  return { sysId: newId(), test: '', order: 0, active: true, stepConfig: config.sysId, displayName: config.name, description: '', table: '', timeoutSeconds: 0, scope: APP_SCOPE, inputs: byVariable, mappings: {}, ...extra };
}

const tests: AtfTestDefinition[] = [];
function atfTest(name: string, steps: AtfStepDefinition[]): AtfStepDefinition[] {
  const sysId = newId();
  steps.forEach((s, i) => {
    s.test = sysId;
    s.order = i + 1;
  });
  tests.push({ sysId, name, description: '', active: true, failOnServerError: true, scope: APP_SCOPE, demo: false, steps });
  return steps;
}
const script = (text: string, extra: Partial<AtfStepDefinition> = {}) => step('server.runServerSideScript', { script: text, jasmine_version: '3.1' }, extra);
const pill = (s: AtfStepDefinition, output: string) => `{{step['${s.sysId}'].${output}}}`;

// --- the tests ---
const unimplemented = atfTest('a form step', [step('form.openNewForm', { table: 'incident' }), step('server.log', { log: 'after the form step' })]);
atfTest('an unknown step configuration', [{ ...step('server.log', { log: 'x' }), stepConfig: 'ffffffffffffffffffffffffffffffff', inputs: {} }]);
atfTest('an assert with no request before it', [step('rest.assertStatusCode', { status_code: '200', response_operation: 'equals' })]);
const [restInsert] = atfTest('an assert separated from its request by a server step', [
  step('server.recordInsert', { table: 'incident', field_values: 'short_description=between^EQ', assert_type: 'record_successfully_inserted', enforce_security: '1' }),
  step('rest.sendRestRequest', { http_method: 'get', end_point: '/api/x_incb_bridge/v1/health', auth_type: '' }),
  step('server.log', { log: 'in between' }),
  step('rest.assertStatusCode', { status_code: '401', response_operation: 'equals' }),
]);
atfTest('a pill naming a step that has not run', [step('server.log', { log: `{{step['${'b'.repeat(32)}'].record_id}}` })]);
atfTest('an unknown field in field values', [step('server.recordInsert', { table: 'incident', field_values: 'no_such_field=1^EQ', assert_type: 'record_successfully_inserted', enforce_security: '1' })]);
atfTest('an unknown field in conditions', [step('server.recordQuery', { table: 'incident', field_values: 'no_such_field=1', assert_type: 'records_match_query', enforce_security: '0' })]);
const [inserted] = atfTest('insert, update, validate, query, delete', [
  step('server.recordInsert', { table: 'incident', field_values: 'short_description=Caret ^^ kept^impact=2^urgency=2^EQ', assert_type: 'record_successfully_inserted', enforce_security: '1' }),
]);
tests[tests.length - 1].steps.push(
  step('server.recordValidation', { table: 'incident', record_id: pill(inserted, 'record_id'), field_values: 'short_descriptionSTARTSWITHCaret^priority=3', assert_type: 'record_validated', enforce_security: '1' }, { test: tests[tests.length - 1].sysId, order: 2 }),
  step('server.recordUpdate', { table: 'incident', record_id: pill(inserted, 'record_id'), field_values: 'impact=1^urgency=1^EQ', assert_type: 'record_successfully_updated', enforce_security: '1' }, { test: tests[tests.length - 1].sysId, order: 3 }),
  step('server.recordValidation', { table: 'incident', record_id: pill(inserted, 'record_id'), field_values: 'priority=1', assert_type: 'record_validated', enforce_security: '1' }, { test: tests[tests.length - 1].sysId, order: 4 }),
  step('server.recordQuery', { table: 'incident', field_values: `sys_id=${pill(inserted, 'record_id')}^priority=2`, assert_type: 'no_records_match_query', enforce_security: '0' }, { test: tests[tests.length - 1].sysId, order: 5 }),
  // the app has no delete privilege on incident: from its scope the delete is refused
  step('server.recordDelete', { table: 'incident', record_id: pill(inserted, 'record_id'), assert_type: 'record_not_deleted', enforce_security: '1' }, { test: tests[tests.length - 1].sysId, order: 6 }),
  step('server.recordDelete', { table: 'incident', record_id: pill(inserted, 'record_id'), assert_type: 'record_successfully_deleted', enforce_security: '1' }, { test: tests[tests.length - 1].sysId, order: 7, scope: 'global' })
);
// a doubled caret in field values is one caret in the value
tests[tests.length - 1].steps.splice(
  1,
  0,
  script(`var gr = new GlideRecord('incident'); if (!gr.get(steps('${inserted.sysId}').record_id)) throw new Error('gone'); assertEqual({ name: 'caret', shouldbe: 'Caret ^ kept', value: gr.getValue('short_description') });`, { test: tests[tests.length - 1].sysId, order: 1 })
);
tests[tests.length - 1].steps.forEach((s, i) => (s.order = i + 1));
atfTest('a table the app may not create in', [step('server.recordInsert', { table: 'problem', field_values: 'short_description=x^EQ', assert_type: 'record_successfully_inserted', enforce_security: '0' })]);
atfTest('an ACL that refuses the user', [
  step('server.impersonate', { user: '' }),
]);
atfTest('a script that returns false', [script('(function () { return false; })();')]);
atfTest('a script that throws', [script("(function () { throw new Error('broken on purpose'); })();")]);
atfTest('assertEqual', [script("assertEqual({ name: 'one is two', shouldbe: 1, value: 2 });")]);
atfTest('assertEqual compares with ==', [script("assertEqual({ name: 'loose', shouldbe: 1, value: '1' }); stepResult.setOutputMessage('first'); stepResult.setOutputMessage('last');")]);
const [producer] = atfTest('outputs and steps()', [script("outputs.table = 'incident'; outputs.record_id = 'abc'; outputs.other = 'dropped';")]);
tests[tests.length - 1].steps.push(
  script(`var o = steps('${producer.sysId}'); assertEqual({ name: 'record_id', shouldbe: 'abc', value: o.record_id }); assertEqual({ name: 'other', shouldbe: 'undefined', value: typeof o.other });`, { test: tests[tests.length - 1].sysId, order: 2 }),
  step('server.log', { log: `made ${pill(producer, 'record_id')}` }, { test: tests[tests.length - 1].sysId, order: 3 })
);
atfTest('describe in a scoped step', [script("describe('x', function () { it('y', function () { expect(1).toBe(1); }); }); jasmine.getEnv().execute();")]);
atfTest('Jasmine in a global step, passing', [
  script("describe('sums', function () { it('adds', function () { expect(1 + 1).toBe(2); expect([1, 2]).toEqual([1, 2]); expect('abc').not.toContain('z'); }); }); jasmine.getEnv().execute();", { scope: 'global' }),
]);
atfTest('Jasmine in a global step, failing', [script("describe('sums', function () { it('adds wrong', function () { expect(1 + 1).toBe(3); }); }); jasmine.getEnv().execute();", { scope: 'global' })]);
atfTest('Jasmine specs never executed', [script("describe('s', function () { it('t', function () {}); });", { scope: 'global' })]);
atfTest('an unsupported Jasmine version', [{ ...script('1;'), inputs: { ...script('1;').inputs, [Object.entries(stepCatalogue()['41de4a935332120028bc29cac2dc349a'].inputs).find(([, i]) => i.field === 'jasmine_version')![0]]: '2.0' } }]);
atfTest('the instance serves its own scripts\' requests, with its own basic auth', [
  script(
    "var base = gs.getProperty('glide.servlet.uri').replace(/\\/$/, '');" +
      "function call(user, password) { var r = new sn_ws.RESTMessageV2(); r.setHttpMethod('get'); r.setEndpoint(base + '/api/x_incb_bridge/v1/health'); if (user) r.setBasicAuth(user, password); return r.execute().getStatusCode(); }" +
      "assertEqual({ name: 'wrong password', shouldbe: 401, value: call('agent', 'not-the-password') });" +
      "assertEqual({ name: 'no credentials', shouldbe: 401, value: call(null) });" +
      "assertEqual({ name: 'agent', shouldbe: 200, value: call('agent', 'agent') });" +
      "assertEqual({ name: 'itil user without the role', shouldbe: 403, value: call('itil.user', 'itil.user') });",
    { scope: 'global' }
  ),
]);
const [touch] = atfTest('rollback', [
  step('server.recordQuery', { table: 'sys_user', field_values: 'user_name=itil.user', assert_type: 'records_match_query', enforce_security: '0' }),
]);
tests[tests.length - 1].steps.push(
  step('server.recordUpdate', { table: 'sys_user', record_id: pill(touch, 'first_record'), field_values: 'title=Changed by a test^EQ', assert_type: 'record_successfully_updated', enforce_security: '0' }, { test: tests[tests.length - 1].sysId, order: 2, scope: 'global' }),
  step('server.recordInsert', { table: 'incident', field_values: 'short_description=rolled back^EQ', assert_type: 'record_successfully_inserted', enforce_security: '0' }, { test: tests[tests.length - 1].sysId, order: 3 })
);
const afterRollback = atfTest('after the rollback', [
  step('server.recordQuery', { table: 'sys_user', field_values: 'user_name=itil.user^title=Changed by a test', assert_type: 'no_records_match_query', enforce_security: '0' }),
  step('server.recordQuery', { table: 'incident', field_values: 'short_description=rolled back', assert_type: 'no_records_match_query', enforce_security: '0' }),
]);

// the impersonate test: a real user, then a step that user may not do under enforced security
tests.find((t) => t.name === 'an ACL that refuses the user')!.steps = [];
const [findItil] = atfTest('impersonation', [step('server.recordQuery', { table: 'sys_user', field_values: 'user_name=itil.user', assert_type: 'records_match_query', enforce_security: '0' })]);
const impersonation = tests[tests.length - 1];
impersonation.steps.push(
  step('server.impersonate', { user: pill(findItil, 'first_record') }, { test: impersonation.sysId, order: 2 }),
  step('server.recordInsert', { table: 'x_incb_bridge_connection', field_values: 'name=not for itil^EQ', assert_type: 'record_not_inserted', enforce_security: '1' }, { test: impersonation.sysId, order: 3 }),
  script("assertEqual({ name: 'user', shouldbe: 'itil.user', value: gs.getUserName() });", { test: impersonation.sysId, order: 4 })
);
tests.splice(tests.findIndex((t) => t.name === 'an ACL that refuses the user'), 1);

let run: AtfRun;
const result = (name: string): AtfTestResult => {
  const found = allTests(run).find((t) => t.name === name);
  if (!found) throw new Error(`no result for ${name}`);
  return found;
};
const failure = (name: string) => {
  const r = result(name);
  expect(r.status).toBe('Failure');
  return r.steps[r.steps.length - 1];
};

beforeAll(async () => {
  const built = loadApp(DIST_APP);
  const app: LoadedApp = { ...built, atf: { tests, suites: [] } };
  run = (await runAtfInSandbox({ app, engine: 'node' })).run;
});

test('a step kind the runner does not implement fails loudly, with its name, and the test stops there', () => {
  const r = result('a form step');
  expect(r.status).toBe('Failure');
  expect(r.steps).toHaveLength(1);
  expect(r.steps[0].summary).toBe("'Open a New Form' (atf.form.openNewForm) is not implemented by the sandbox ATF runner: the step fails rather than pass unrun");
  expect(r.notRun).toBe(1);
  expect(unimplemented).toHaveLength(2);
  expect(failure('an unknown step configuration').summary).toMatch(/^step configuration f{32} .* is not implemented/);
});

test('REST assert steps must follow a Send REST Request step with no other category between', () => {
  expect(failure('an assert with no request before it').summary).toMatch(/^Assert steps must immediately follow a Send REST Request - Inbound step/);
  const r = result('an assert separated from its request by a server step');
  expect(r.steps.map((s) => s.status)).toEqual(['Success', 'Success', 'Success', 'Failure']);
  expect(r.steps[1].summary).toMatch(/response code 401$/);
  expect(restInsert.test).toBe(r.sysId);
});

test('data pills, field values and conditions are checked', () => {
  expect(failure('a pill naming a step that has not run').summary).toMatch(/refers to step b{32}, which has not run/);
  expect(failure('an unknown field in field values').summary).toBe("'no_such_field' is not a field of incident");
  expect(failure('an unknown field in conditions').summary).toMatch(/^The conditions are not a valid query over 'incident'/);
});

test('record steps insert, update, validate, query and delete as documented, in the step\'s scope', () => {
  const r = result('insert, update, validate, query, delete');
  expect(r.steps.map((s) => [s.step, s.status])).toEqual([
    ['Record Insert', 'Success'],
    ['Run Server Side Script', 'Success'],
    ['Record Validation', 'Success'],
    ['Record Update', 'Success'],
    ['Record Validation', 'Success'],
    ['Record Query', 'Success'],
    ['Record Delete', 'Success'],
    ['Record Delete', 'Success'],
  ]);
  expect(r.steps[6].summary).toMatch(/was not deleted, as expected/);
  expect(inserted.test).toBe(r.sysId);
  expect(failure('a table the app may not create in').summary).toMatch(/^Failed to insert a record into problem: /);
});

test('impersonation: later steps run as that user, with that user\'s ACLs', () => {
  expect(result('impersonation').steps.map((s) => [s.step, s.status])).toEqual([
    ['Record Query', 'Success'],
    ['Impersonate', 'Success'],
    ['Record Insert', 'Success'],
    ['Run Server Side Script', 'Success'],
  ]);
  expect(result('impersonation').steps[2].summary).toMatch(/^The record was not inserted into x_incb_bridge_connection, as expected: Security constraints/);
});

test('Run Server Side Script: return false, a throw and a failed assertEqual fail; assertEqual compares with ==', () => {
  expect(failure('a script that returns false').summary).toBe('The script returned false');
  expect(failure('a script that throws').summary).toBe('broken on purpose');
  expect(failure('assertEqual').summary).toBe('Assertion failed: one is two: should be 1, was 2');
  expect(result('assertEqual compares with ==').status).toBe('Success');
  expect(result('assertEqual compares with ==').steps[0].summary).toBe('last');
});

test('Run Server Side Script: only its output variables reach later steps', () => {
  const r = result('outputs and steps()');
  expect(r.status).toBe('Success');
  expect(r.steps[2].summary).toBe('made abc');
  expect(producer.test).toBe(r.sysId);
});

test('Jasmine: describe only in the global scope; specs run by jasmine.getEnv().execute() decide the step', () => {
  expect(failure('describe in a scoped step').summary).toBe('describe is only supported in Global scope; this step runs in x_incb_bridge');
  expect(result('Jasmine in a global step, passing').steps[0].summary).toBe('Jasmine: 1 passed, 0 failed, 0 pending');
  const failed = failure('Jasmine in a global step, failing');
  expect(failed.summary).toBe('Jasmine: 0 passed, 1 failed, 0 pending');
  expect(failed.output).toBe('sums adds wrong: Expected 2 to be 3.');
  expect(failure('Jasmine specs never executed').summary).toMatch(/never runs them/);
  expect(failure('an unsupported Jasmine version').summary).toBe('Jasmine version 2.0 is not one the step offers (3.1, 1.3)');
});

test('requests the instance sends to itself are served in place, with its own authentication and ACLs', () => {
  const r = result("the instance serves its own scripts' requests, with its own basic auth");
  expect(r.steps[0].summary).toBe('The script ran');
  expect(r.status).toBe('Success');
});

test('a test\'s changes are rolled back after it; what it changed that existed before is reported', () => {
  const r = result('rollback');
  expect(r.status).toBe('Success');
  expect(r.touched).toEqual([expect.objectContaining({ table: 'sys_user', deleted: false })]);
  expect(r.left.map((row) => row.table)).toContain('incident');
  expect(result('after the rollback').status).toBe('Success');
  expect(afterRollback).toHaveLength(2);
});
