// The server-side ATF steps, run inside the instance as the platform runs them: each in its step's application scope
// (the step's Application field; a scoped step's table operations need the app's cross-scope privileges like any
// script of that scope) and as the user running the test or the one impersonated. Sources, ServiceNowDocs
// application-development/automated-test-framework-atf/:
// - test-steps-server-category.md: Record Insert / Update / Delete ("Assert type", "Enforce security: Selected to
//   enforce ACLs and the read-only role"; Record Update "succeeds even if a field on the record is blocked by ACL"),
//   Record Query (conditions, "There is at least one record matching the query" / "No records match the query",
//   enforce security off by default; outputs table, first_record), Record Validation (the record matches the
//   conditions, or "Record not found"), Run Server Side Script (outputs, steps(SYS_ID), params, stepResult,
//   assertEqual, Jasmine; outputs record_id and table), Log, Impersonate ("Tests which involve impersonated users
//   which no longer exist fail");
// - atf-config-script.md: stepResult.setOutputMessage ("the most recent value set overwrites any previous value");
//   return true / false from the main function body passes or fails a Run Server Side Script step.
// Stricter than the platform where it leaves a choice: a field or table the dictionary does not have fails the step
// (the platform ignores an unknown field in a condition, which would widen it silently), and so does a script that
// registers Jasmine specs without running them.
import type { Instance } from '../contract';
import type { RecordAccess } from '../http/record-access';
import { createJasmine } from './jasmine';
import { parseTemplateValues } from './template-values';
import type { AtfServerStepRequest, AtfStepOutcome } from './types';

export interface AtfServerHost {
  instance: Instance;
  /** the instance's script globals (GlideRecord, gs...) */
  glide: { [name: string]: any };
  /** record ACLs for the user running now */
  recordAccess(): RecordAccess;
}

/** the output variables a Run Server Side Script step has (its step configuration's) */
var SCRIPT_OUTPUTS = ['table', 'record_id'];
var GLOBAL_SCOPE = 'global';

function success(summary: string, outputs: { [name: string]: string }, output?: string): AtfStepOutcome {
  return { status: 'success', summary: summary, output: output === undefined ? summary : output, outputs: outputs };
}

function failure(summary: string, output?: string, outputs?: { [name: string]: string }): AtfStepOutcome {
  return { status: 'failure', summary: summary, output: output === undefined ? summary : output, outputs: outputs || {} };
}

function messageOf(e: any): string {
  if (e && typeof e === 'object' && e.message !== undefined) return String(e.message);
  return String(e);
}

function flag(value: string | undefined, byDefault: boolean): boolean {
  if (value === undefined || value === '') return byDefault;
  return value === '1' || value === 'true';
}

/** a new GlideRecord on the table, or a failure when the table does not exist */
function openTable(host: AtfServerHost, table: string): any {
  if (!table) throw new Error('No table was specified');
  var gr = new host.glide.GlideRecord(table);
  if (!gr.isValid()) throw new Error("Table '" + table + "' does not exist");
  return gr;
}

function checkConditions(gr: any, table: string, conditions: string): void {
  if (!gr.isValidEncodedQuery(conditions)) throw new Error("The conditions are not a valid query over '" + table + "': " + conditions);
}

/** sets the step's field values on the record; returns the fields left out because an ACL blocks them */
function setFields(gr: any, table: string, text: string, operation: string, access: RecordAccess | null): string[] {
  var blocked: string[] = [];
  var values = parseTemplateValues(text || '');
  for (var i = 0; i < values.length; i++) {
    var field = values[i].field;
    if (!gr.isValidField(field)) throw new Error("'" + field + "' is not a field of " + table);
    if (access && !access.field(table, field, operation, gr)) {
      blocked.push(field);
      continue;
    }
    gr.setValue(field, values[i].value);
  }
  return blocked;
}

function blockedNote(blocked: string[]): string {
  return blocked.length ? '; not set (blocked by an ACL): ' + blocked.join(', ') : '';
}

function recordInsert(host: AtfServerHost, inputs: { [field: string]: string }): AtfStepOutcome {
  var table = inputs.table;
  var expectInserted = (inputs.assert_type || 'record_successfully_inserted') === 'record_successfully_inserted';
  var gr = openTable(host, table);
  var access = flag(inputs.enforce_security, true) ? host.recordAccess() : null;
  gr.initialize();
  var blocked = setFields(gr, table, inputs.field_values, 'create', access);
  var id: string | null = null;
  var why = '';
  if (access && !access.table(table, 'create', gr)) why = 'Security constraints prevent inserting a ' + table + ' record';
  else {
    id = gr.insert();
    if (!id) why = gr.getLastErrorMessage() || 'the insert was refused';
  }
  var outputs = { table: table, record_id: id || '' };
  if (id) {
    var inserted = 'Successfully inserted ' + table + ' record ' + id + blockedNote(blocked);
    return expectInserted ? success(inserted, outputs) : failure('The record was inserted into ' + table + ', but the step expects it not to be', inserted, outputs);
  }
  var notInserted = 'Failed to insert a record into ' + table + ': ' + why;
  return expectInserted ? failure(notInserted, notInserted, outputs) : success('The record was not inserted into ' + table + ', as expected: ' + why, outputs);
}

function recordUpdate(host: AtfServerHost, inputs: { [field: string]: string }): AtfStepOutcome {
  var table = inputs.table;
  var expectUpdated = (inputs.assert_type || 'record_successfully_updated') === 'record_successfully_updated';
  var gr = openTable(host, table);
  var access = flag(inputs.enforce_security, true) ? host.recordAccess() : null;
  var why = '';
  var updated = false;
  var blocked: string[] = [];
  if (!inputs.record_id || !gr.get(inputs.record_id)) why = 'no ' + table + ' record ' + (inputs.record_id || '(empty)');
  else if (access && !access.table(table, 'write', gr)) why = 'Security constraints prevent updating ' + table + ' ' + inputs.record_id;
  else {
    blocked = setFields(gr, table, inputs.field_values, 'write', access);
    updated = !!gr.update();
    if (!updated) why = gr.getLastErrorMessage() || 'the update was refused';
  }
  if (updated) {
    var done = 'Successfully updated ' + table + ' ' + inputs.record_id + blockedNote(blocked);
    return expectUpdated ? success(done, {}) : failure('The ' + table + ' record was updated, but the step expects it not to be', done);
  }
  var notDone = 'Failed to update ' + table + ' ' + (inputs.record_id || '') + ': ' + why;
  return expectUpdated ? failure(notDone) : success('The ' + table + ' record was not updated, as expected: ' + why, {});
}

function recordDelete(host: AtfServerHost, inputs: { [field: string]: string }): AtfStepOutcome {
  var table = inputs.table;
  var expectDeleted = (inputs.assert_type || 'record_successfully_deleted') === 'record_successfully_deleted';
  var gr = openTable(host, table);
  var access = flag(inputs.enforce_security, true) ? host.recordAccess() : null;
  var why = '';
  var deleted = false;
  if (!inputs.record_id || !gr.get(inputs.record_id)) why = 'no ' + table + ' record ' + (inputs.record_id || '(empty)');
  else if (access && !access.table(table, 'delete', gr)) why = 'Security constraints prevent deleting ' + table + ' ' + inputs.record_id;
  else {
    deleted = gr.deleteRecord() === true;
    if (!deleted) why = gr.getLastErrorMessage() || 'the delete was refused';
  }
  if (deleted) {
    var done = 'Successfully deleted ' + table + ' ' + inputs.record_id;
    return expectDeleted ? success(done, {}) : failure('The ' + table + ' record was deleted, but the step expects it not to be', done);
  }
  var notDone = 'Failed to delete ' + table + ' ' + (inputs.record_id || '') + ': ' + why;
  return expectDeleted ? failure(notDone) : success('The ' + table + ' record was not deleted, as expected: ' + why, {});
}

/** the records of the table matching the conditions (and, with security, readable by the user) */
function matching(host: AtfServerHost, table: string, conditions: string, enforce: boolean): { count: number; first: string } {
  var gr = openTable(host, table);
  checkConditions(gr, table, conditions);
  var access = enforce ? host.recordAccess() : null;
  gr.addEncodedQuery(conditions);
  gr.query();
  var count = 0;
  var first = '';
  while (gr.next()) {
    if (access && !access.table(table, 'read', gr)) continue;
    if (count === 0) first = gr.getUniqueValue();
    count++;
  }
  return { count: count, first: first };
}

function recordQuery(host: AtfServerHost, inputs: { [field: string]: string }): AtfStepOutcome {
  var table = inputs.table;
  var conditions = inputs.field_values || '';
  var expectMatch = (inputs.assert_type || 'records_match_query') === 'records_match_query';
  var found = matching(host, table, conditions, flag(inputs.enforce_security, false));
  var outputs = { table: table, first_record: found.first };
  if (found.count > 0) {
    var text = 'Found ' + found.count + ' ' + table + ' records matching query: ' + conditions;
    return expectMatch ? success(text, outputs) : failure('Records match the query, but the step expects none: ' + conditions, text, outputs);
  }
  var none = 'No ' + table + ' records matching query: ' + conditions;
  return expectMatch ? failure(none, none, outputs) : success(none, outputs);
}

function recordValidation(host: AtfServerHost, inputs: { [field: string]: string }): AtfStepOutcome {
  var table = inputs.table;
  var conditions = inputs.field_values || '';
  var expectValid = (inputs.assert_type || 'record_validated') === 'record_validated';
  if (!inputs.record_id) return failure('No record was specified');
  var found = matching(host, table, 'sys_id=' + inputs.record_id + (conditions ? '^' + conditions : ''), flag(inputs.enforce_security, true));
  if (found.count > 0) {
    var text = table + ' ' + inputs.record_id + ' matches the conditions: ' + conditions;
    return expectValid ? success(text, {}) : failure('The record was found, but the step expects it not to be: ' + conditions, text);
  }
  var none = table + ' ' + inputs.record_id + ' does not match the conditions: ' + conditions;
  return expectValid ? failure(none, none + describeRecord(host, table, inputs.record_id, conditions)) : success('Record not found, as expected: ' + conditions, {});
}

/** the record's values of the fields the conditions name, to show why it did not match */
function describeRecord(host: AtfServerHost, table: string, sysId: string, conditions: string): string {
  var gr = new host.glide.GlideRecord(table);
  if (!gr.get(sysId)) return '\n(no such record)';
  var names: string[] = [];
  var re = /(?:^|\^|\^OR|\^NQ)([a-z0-9_.]+?)(?:=|!=|<|>|LIKE|NOT LIKE|STARTSWITH|ENDSWITH|IN|NOT IN|ISEMPTY|ISNOTEMPTY|ANYTHING|CHANGES)/g;
  var m: RegExpExecArray | null;
  while ((m = re.exec(conditions)) !== null) if (names.indexOf(m[1]) < 0 && m[1].indexOf('.') < 0 && gr.isValidField(m[1])) names.push(m[1]);
  var parts: string[] = [];
  for (var i = 0; i < names.length; i++) parts.push(names[i] + '=' + (gr.getValue(names[i]) || ''));
  return parts.length ? '\nThe record has: ' + parts.join(', ') : '';
}

function impersonate(host: AtfServerHost, inputs: { [field: string]: string }): AtfStepOutcome {
  var user = new host.glide.GlideRecord('sys_user');
  if (!inputs.user || !user.get(inputs.user)) return failure('The user to impersonate does not exist: ' + (inputs.user || '(empty)'));
  if (user.getValue('active') !== '1') return failure('The user to impersonate is not active: ' + user.getValue('user_name'));
  var outcome = success('Impersonating ' + user.getValue('user_name'), { user: user.getUniqueValue() });
  outcome.impersonate = user.getValue('user_name');
  return outcome;
}

function runScript(host: AtfServerHost, request: AtfServerStepRequest): AtfStepOutcome {
  var inputs = request.inputs;
  var version = inputs.jasmine_version || '3.1';
  if (version !== '3.1' && version !== '1.3') return failure('Jasmine version ' + version + ' is not one the step offers (3.1, 1.3)');
  var outputs: { [name: string]: any } = {};
  var message: string | null = null;
  var jasmine = createJasmine();
  var vars: { [name: string]: any } = {
    outputs: outputs,
    steps: function (sysId: string) {
      var found = request.earlierOutputs[String(sysId)];
      if (!found) throw new Error('steps(' + sysId + '): no earlier step of this test has that sys_id');
      var copy: { [name: string]: string } = {};
      for (var k in found) if (Object.prototype.hasOwnProperty.call(found, k)) copy[k] = found[k];
      return copy;
    },
    params: {},
    stepResult: {
      setOutputMessage: function (text: any) { message = String(text); },
    },
    assertEqual: function (assertion: { name?: string; shouldbe: any; value: any }) {
      // "compare that assertion.shouldbe == assertion.value; in case of failure it throws an Error"
      // eslint-disable-next-line eqeqeq
      if (!(assertion.shouldbe == assertion.value)) {
        throw new Error('Assertion failed: ' + (assertion.name || '(unnamed)') + ': should be ' + String(assertion.shouldbe) + ', was ' + String(assertion.value));
      }
    },
  };
  for (var g in jasmine.globals) if (Object.prototype.hasOwnProperty.call(jasmine.globals, g)) vars[g] = jasmine.globals[g];
  if (request.scope !== GLOBAL_SCOPE) {
    // "describe is only supported in Global scope"
    vars.describe = function () {
      throw new Error('describe is only supported in Global scope; this step runs in ' + request.scope);
    };
  }
  var kept = function (): { [name: string]: string } {
    var out: { [name: string]: string } = {};
    for (var i = 0; i < SCRIPT_OUTPUTS.length; i++) {
      var value = outputs[SCRIPT_OUTPUTS[i]];
      out[SCRIPT_OUTPUTS[i]] = value === undefined || value === null ? '' : String(value);
    }
    return out;
  };
  var result: any;
  try {
    result = host.instance.evaluateProgram(inputs.script || '', vars);
  } catch (e) {
    var text = messageOf(e);
    return failure(text, (message ? message + '\n' : '') + text, kept());
  }
  var said = message === null ? '' : message;
  if (jasmine.specCount() > 0) {
    if (!jasmine.executed()) return failure('The script registers Jasmine specs but never runs them (jasmine.getEnv().execute())', said, kept());
    var counts = jasmine.counts();
    var report = counts.passed + ' passed, ' + counts.failed + ' failed, ' + counts.pending + ' pending';
    if (counts.failed > 0) return failure('Jasmine: ' + report, (said ? said + '\n' : '') + jasmine.failures().join('\n'), kept());
    return success('Jasmine: ' + report, kept(), said || 'Jasmine: ' + report);
  }
  if (result === false) return failure(said || 'The script returned false', said || 'The script returned false', kept());
  return success(said || 'The script ran', kept());
}

export function runServerStep(host: AtfServerHost, request: AtfServerStepRequest): AtfStepOutcome {
  var instance = host.instance;
  try {
    return instance.runAs(request.user, function () {
      return instance.runInScope(request.scope, function (): AtfStepOutcome {
        switch (request.kind) {
          case 'log':
            return success(request.inputs.log || '', {});
          case 'impersonate':
            return impersonate(host, request.inputs);
          case 'recordInsert':
            return recordInsert(host, request.inputs);
          case 'recordUpdate':
            return recordUpdate(host, request.inputs);
          case 'recordDelete':
            return recordDelete(host, request.inputs);
          case 'recordQuery':
            return recordQuery(host, request.inputs);
          case 'recordValidation':
            return recordValidation(host, request.inputs);
          case 'runServerSideScript':
            return runScript(host, request);
          default:
            return failure('The sandbox runs no server step of kind ' + String(request.kind));
        }
      });
    });
  } catch (e) {
    return failure(messageOf(e));
  }
}

/** ServiceNowDocs automated-test-framework-atf/atf-excluded-from-rollback.md: the tables a test's changes stay in. */
var EXCLUDED_TABLES = [
  'sys_history_line', 'ecc_queue', 'sys_email', 'sys_email_log', 'report_executions', 'report_stats', 'sys_execution_tracker',
  'sys_progress_worker', 'sys_schema_change', 'sys_upgrade_history', 'sys_upgrade_history_log', 'sys_mutex', 'sys_plugin_log',
  'sys_status', 'sys_number_counter', 'sys_amb_channel_presence',
];
var EXCLUDED_PREFIXES = ['syslog', 'sys_amb_message', 'sys_cluster', 'cmdb_metric', 'ts_', 'v_', 'sys_delete_recovery'];

/** true for a table ATF does not roll back (rows are kept under their base table, so an extending table follows it) */
export function excludedFromRollback(baseTable: string): boolean {
  if (EXCLUDED_TABLES.indexOf(baseTable) >= 0) return true;
  for (var i = 0; i < EXCLUDED_PREFIXES.length; i++) if (baseTable.indexOf(EXCLUDED_PREFIXES[i]) === 0) return true;
  return false;
}
