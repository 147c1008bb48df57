// The records that carry server-side script, in the shapes the emulator runs them: script includes, business rules
// (sys_script), script actions with the events they listen to, and scheduled jobs (sysauto_script).
import { RuleDefinition, ScriptActionDefinition } from '../glide/contract';
import { RecordIndex, bool, int } from './record-index';
import { XmlRecord } from './xml-records';
import { EventDefinition, ScheduledJobDefinition, ScriptIncludeDefinition } from './types';

export function scriptIncludesOf(index: RecordIndex): ScriptIncludeDefinition[] {
  return index.all('sys_script_include').map((si) => ({
    sysId: si.values.sys_id,
    name: si.values.name,
    apiName: si.values.api_name,
    script: si.values.script,
    accessibleFrom: si.values.access,
    scope: index.scopeName(si),
    active: bool(si.values.active),
    clientCallable: bool(si.values.client_callable),
  }));
}

/** sys_script.when as stored: the SDK writes `async` as async_always and `display` as before_display. */
var WHEN: { [stored: string]: RuleDefinition['when'] } = {
  before: 'before',
  after: 'after',
  async: 'async',
  async_always: 'async',
  display: 'display',
  before_display: 'display',
};

function whenOf(rule: XmlRecord): RuleDefinition['when'] {
  var when = WHEN[rule.values.when];
  if (!when) throw new Error(`${rule.file}: business rule ${rule.values.name} runs "${rule.values.when}", which the emulator does not run`);
  return when;
}

export function businessRulesOf(index: RecordIndex): RuleDefinition[] {
  return index.all('sys_script').map((rule) => {
    var v = rule.values;
    var out: RuleDefinition = {
      sys_id: v.sys_id,
      name: v.name,
      table: v.collection,
      when: whenOf(rule),
      insert: bool(v.action_insert),
      update: bool(v.action_update),
      delete: bool(v.action_delete),
      query: bool(v.action_query),
      order: int(v.order) ?? 100,
      active: bool(v.active),
      scope: index.scopeName(rule),
      script: v.script || '',
    };
    if (v.filter_condition) out.filterCondition = v.filter_condition;
    if (v.condition) out.condition = v.condition;
    return out;
  });
}

export function scriptActionsOf(index: RecordIndex): ScriptActionDefinition[] {
  return index.all('sysevent_script_action').map((action) => {
    var v = action.values;
    var out: ScriptActionDefinition = {
      sys_id: v.sys_id,
      name: v.name,
      eventName: v.event_name,
      active: bool(v.active),
      order: int(v.order) ?? 100,
      scope: index.scopeName(action),
      script: v.script || '',
    };
    // Added apart from the literal so this compiles whether or not the contract declares conditionScript yet.
    if (v.condition_script) Object.assign(out, { conditionScript: v.condition_script });
    return out;
  });
}

export function eventsOf(index: RecordIndex): EventDefinition[] {
  return index.all('sysevent_register').map((event) => {
    var v = event.values;
    var out: EventDefinition = {
      sysId: v.sys_id,
      name: v.event_name,
      table: v.table || '',
      description: v.description || '',
      firedBy: v.fired_by || '',
      queue: v.queue || '',
    };
    var priority = int(v.priority);
    if (priority !== undefined) out.priority = priority;
    return out;
  });
}

/** A glide_duration / time-of-day stored as a date-time after 1970-01-01 00:00:00, in milliseconds. */
function durationMs(stored: string): number | undefined {
  var m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(stored);
  if (!m) return undefined;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
}

export function scheduledJobsOf(index: RecordIndex): ScheduledJobDefinition[] {
  return index.all('sysauto_script').map((job) => {
    var v = job.values;
    var out: ScheduledJobDefinition = {
      sysId: v.sys_id,
      name: v.name,
      active: bool(v.active),
      runType: v.run_type,
      scope: index.scopeName(job),
      script: v.script || '',
      conditional: bool(v.conditional),
      condition: v.condition || '',
      runStart: v.run_start || '',
      runTime: v.run_time ? v.run_time.substring(11) : '',
      timeZone: v.time_zone || '',
    };
    var period = v.run_period ? durationMs(v.run_period) : undefined;
    if (period !== undefined) out.runPeriodMs = period;
    return out;
  });
}
