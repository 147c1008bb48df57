// Writes a sandbox's base data (SeedData) and its upserts into the instance through the emulator's own API: users
// with addUser, everything else with GlideRecord, as the step's user at the step's time. So numbers (INC0010001...),
// sys fields, journal entries and the business rules (the app's and the platform rules) are what an instance would
// make of the same writes. The background work the writes queue (events, async business rules) runs right after
// each step, at the step's time, as it would have long before the sandbox started. A reference given by display value
// that matches nothing is an error, not a silent empty field: seed data that does not resolve is a bug in the seed.
import type { Instance } from '../contract';
import type { SeedData, SeedGroup, SeedHistory, SeedRecord, SeedWrite, SessionUser } from './types';

var AGO = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/;
/** people, groups and plain records exist this long before seeding time, before any history starts */
var FOUNDATION_AGO = '30d';

/** '2d3h' -> 2 days and 3 hours, in ms; '' or undefined -> 0 */
export function agoMs(ago: string | undefined): number {
  if (!ago) return 0;
  var m = AGO.exec(ago);
  if (!m) throw new Error('seed: "' + ago + '" is not a time ago such as 5d, 2d3h or 45m');
  return ((+(m[1] || 0) * 24 + +(m[2] || 0)) * 60 + +(m[3] || 0)) * 60000;
}

/** The application scope (name) a table belongs to. */
function tableScope(instance: Instance, table: string): string {
  var rows = instance.db.rows('sys_db_object', 'name=' + table);
  var scopeId = rows.length > 0 ? rows[0].sys_scope : '';
  if (!scopeId || scopeId === 'global') return 'global';
  var scope = instance.db.get('sys_scope', scopeId);
  return scope ? scope.scope : 'global';
}

/** Seed data stands for what people did in forms, which no cross-scope rule governs (those apply to scripts and web
 * services): a record is written as a script of the table's own scope would write it. */
function asFormSave<T>(instance: Instance, table: string, fn: () => T): T {
  return instance.runInScope(tableScope(instance, table), fn);
}

function glideOf(instance: Instance): { [name: string]: any } {
  var glide: { [name: string]: any } = {};
  instance.install(glide);
  return glide;
}

function applyWrite(record: any, write: SeedWrite): void {
  var table = record.getTableName();
  var field: string;
  var fields = write.fields || {};
  for (field in fields) {
    if (!Object.prototype.hasOwnProperty.call(fields, field)) continue;
    if (!record.isValidField(field)) throw new Error('seed: ' + table + ' has no field ' + field);
    record.setValue(field, fields[field]);
  }
  var display = write.display || {};
  for (field in display) {
    if (!Object.prototype.hasOwnProperty.call(display, field)) continue;
    var element = record.getElement(field);
    if (!element) throw new Error('seed: ' + table + ' has no field ' + field);
    var text = display[field];
    element.setDisplayValue(text);
    if (text !== '' && (record.getValue(field) || '') === '') throw new Error('seed: ' + table + '.' + field + ' "' + text + '" matches no record or choice');
  }
}

function userId(glide: { [name: string]: any }, userName: string): string {
  var user = new glide.GlideRecord('sys_user');
  if (!user.get('user_name', userName)) throw new Error('seed: no sys_user "' + userName + '"');
  return user.getUniqueValue();
}

function roleId(glide: { [name: string]: any }, name: string): string {
  var role = new glide.GlideRecord('sys_user_role');
  if (role.get('name', name)) return role.getUniqueValue();
  role.initialize();
  role.setValue('name', name);
  return role.insert();
}

/** Creates each sign-in user that is missing and grants the roles it lacks. */
export function ensureUsers(instance: Instance, users: SessionUser[]): void {
  var glide = glideOf(instance);
  for (var i = 0; i < users.length; i++) {
    var spec = users[i];
    var user = new glide.GlideRecord('sys_user');
    if (!user.get('user_name', spec.user_name)) {
      instance.addUser({ user_name: spec.user_name, first_name: spec.first_name, last_name: spec.last_name, email: spec.email, roles: spec.roles });
      continue;
    }
    for (var r = 0; r < spec.roles.length; r++) {
      var role = roleId(glide, spec.roles[r]);
      var link = new glide.GlideRecord('sys_user_has_role');
      link.addQuery('user', user.getUniqueValue());
      link.addQuery('role', role);
      link.query();
      if (link.hasNext()) continue;
      link.initialize();
      link.setValue('user', user.getUniqueValue());
      link.setValue('role', role);
      link.insert();
    }
  }
}

function insertGroup(glide: { [name: string]: any }, spec: SeedGroup): void {
  var group = new glide.GlideRecord('sys_user_group');
  group.initialize();
  group.setValue('name', spec.name);
  if (spec.description) group.setValue('description', spec.description);
  if (spec.email) group.setValue('email', spec.email);
  if (spec.manager) group.setValue('manager', userId(glide, spec.manager));
  var groupId = group.insert();
  for (var m = 0; m < spec.members.length; m++) {
    var member = new glide.GlideRecord('sys_user_grmember');
    member.initialize();
    member.setValue('group', groupId);
    member.setValue('user', userId(glide, spec.members[m]));
    member.insert();
  }
}

function insertRecord(instance: Instance, glide: { [name: string]: any }, spec: SeedRecord): string {
  var record = new glide.GlideRecord(spec.table);
  if (!record.isValid()) throw new Error('seed: no table ' + spec.table);
  record.initialize();
  if (spec.sys_id) record.setNewGuidValue(spec.sys_id);
  applyWrite(record, spec);
  var id = asFormSave(instance, spec.table, function () {
    return record.insert();
  });
  if (!id) throw new Error('seed: insert into ' + spec.table + ' failed: ' + (record.getLastErrorMessage() || 'aborted'));
  return id;
}

/** Inserts the record, or updates it when its sys_id exists. */
export function upsertRecord(instance: Instance, spec: SeedRecord): string {
  var glide = glideOf(instance);
  var record = new glide.GlideRecord(spec.table);
  var found = asFormSave(instance, spec.table, function () {
    return !!spec.sys_id && record.get(spec.sys_id);
  });
  if (!found) return insertRecord(instance, glide, spec);
  applyWrite(record, spec);
  var saved = asFormSave(instance, spec.table, function () {
    return record.update();
  });
  if (!saved) throw new Error('seed: update of ' + spec.table + ' ' + spec.sys_id + ' failed: ' + (record.getLastErrorMessage() || 'aborted'));
  return spec.sys_id as string;
}

/** holds the instance clock at a time, and runs the background work queued so far */
export interface SeedTime {
  pin(ms: number): void;
  settle(): void;
}

function writeHistory(instance: Instance, glide: { [name: string]: any }, history: SeedHistory, time: SeedTime, baseMs: number): void {
  var sysId = '';
  for (var s = 0; s < history.steps.length; s++) {
    var step = history.steps[s];
    time.pin(baseMs - agoMs(step.ago));
    instance.runAs(step.as || 'admin', function () {
      if (sysId === '') {
        sysId = insertRecord(instance, glide, { table: history.table, fields: step.fields, display: step.display });
        return;
      }
      var record = new glide.GlideRecord(history.table);
      record.get(sysId);
      applyWrite(record, step);
      var saved = asFormSave(instance, history.table, function () {
        return record.update();
      });
      if (!saved) throw new Error('seed: update of ' + history.table + ' ' + sysId + ' failed');
    });
    time.settle();
  }
}

/** Applies a new sandbox's base data; the caller releases the clock afterwards. */
export function applySeed(instance: Instance, seed: SeedData, time: SeedTime, baseMs: number): void {
  var glide = glideOf(instance);
  var i: number;
  time.pin(baseMs - agoMs(FOUNDATION_AGO));
  var people = seed.people || [];
  for (i = 0; i < people.length; i++) instance.addUser(people[i]);
  var groups = seed.groups || [];
  for (i = 0; i < groups.length; i++) insertGroup(glide, groups[i]);
  var records = seed.records || [];
  for (i = 0; i < records.length; i++) insertRecord(instance, glide, records[i]);
  time.settle();
  var histories = seed.histories || [];
  for (i = 0; i < histories.length; i++) writeHistory(instance, glide, histories[i], time, baseMs);
}
