// The Automated Test Framework records of a built app, as the SDK writes them for Fluent `Test` and for Record()s of
// the suite tables: sys_atf_test (a test), sys_atf_step (its steps, each carrying its inputs as sys_variable_value
// rows keyed by the step configuration's input variable sys_id, and sys_element_mapping rows where an input takes an
// earlier step's output), sys_atf_test_suite and sys_atf_test_suite_test (a suite's tests, in order). Read as data
// only: which step configuration a step uses and what its inputs mean is the ATF runner's business (sandbox/atf).
import { RecordIndex, bool, int } from './record-index';
import { AtfDefinitions, AtfStepDefinition, AtfSuiteDefinition, AtfTestDefinition } from './types';

/** A glide_duration as the SDK writes a step's timeout ('1970-01-01 00:00:05'), in seconds; 0 when empty. */
export function durationSeconds(value: string | undefined): number {
  if (!value) return 0;
  var m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) throw new Error(`not a glide_duration: ${value}`);
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) / 1000;
}

export function atfOf(index: RecordIndex, demoIds: string[]): AtfDefinitions {
  var isDemo = (sysId: string) => demoIds.indexOf(sysId) >= 0;
  var inputs: { [step: string]: { [variable: string]: string } } = {};
  for (var value of index.all('sys_variable_value')) {
    if (value.values.document !== 'sys_atf_step') continue;
    var step = value.values.document_key;
    (inputs[step] = inputs[step] || {})[value.values.variable] = value.values.value ?? '';
  }
  var mappings: { [step: string]: { [field: string]: string } } = {};
  for (var mapping of index.all('sys_element_mapping')) {
    (mappings[mapping.values.id] = mappings[mapping.values.id] || {})[mapping.values.field] = mapping.values.value ?? '';
  }
  var stepsByTest: { [test: string]: AtfStepDefinition[] } = {};
  for (var record of index.all('sys_atf_step')) {
    var v = record.values;
    var definition: AtfStepDefinition = {
      sysId: v.sys_id,
      test: v.test,
      order: int(v.order) ?? 0,
      active: v.active === undefined || v.active === '' ? true : bool(v.active),
      stepConfig: v.step_config,
      displayName: v.display_name || '',
      description: v.description || '',
      table: v.table || '',
      timeoutSeconds: durationSeconds(v.timeout),
      scope: index.scopeName(record),
      inputs: inputs[v.sys_id] || {},
      mappings: mappings[v.sys_id] || {},
    };
    (stepsByTest[v.test] = stepsByTest[v.test] || []).push(definition);
  }
  var tests: AtfTestDefinition[] = index.all('sys_atf_test').map((record) => {
    var steps = (stepsByTest[record.values.sys_id] || []).sort((a, b) => a.order - b.order);
    return {
      sysId: record.values.sys_id,
      name: record.values.name || '',
      description: record.values.description || '',
      active: bool(record.values.active),
      failOnServerError: bool(record.values.fail_on_server_error),
      scope: index.scopeName(record),
      demo: isDemo(record.values.sys_id),
      steps: steps,
    };
  });
  var suiteTests: { [suite: string]: AtfSuiteDefinition['tests'] } = {};
  for (var member of index.all('sys_atf_test_suite_test')) {
    var m = member.values;
    (suiteTests[m.test_suite] = suiteTests[m.test_suite] || []).push({ test: m.test, order: int(m.order) ?? 0, abortOnFailure: bool(m.abort_on_failure) });
  }
  var suites: AtfSuiteDefinition[] = index.all('sys_atf_test_suite').map((record) => ({
    sysId: record.values.sys_id,
    name: record.values.name || '',
    description: record.values.description || '',
    active: bool(record.values.active),
    parent: record.values.parent || '',
    scope: index.scopeName(record),
    demo: isDemo(record.values.sys_id),
    tests: (suiteTests[record.values.sys_id] || []).sort((a, b) => a.order - b.order),
  }));
  return { tests: tests, suites: suites };
}
