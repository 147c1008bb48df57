// The app's cross-scope privileges (src/fluent/cross-scope-privileges.now.ts, as built into dist/app) against what the
// built scripts (dist/es5) actually do to tables outside the app's scope, found by the Glide checker: every operation
// needs an allowed privilege (on an instance the app is installed on, nothing else runs), every privilege needs an
// operation that uses it (least privilege), and no privilege may ask for more than the table's Application Access
// lets any privilege grant ("Table privilege granting is limited to, at most, the permissions set on the table
// object", ServiceNowDocs application-development/c_CrossScopePrivilegeRecord.md).
import type { PrivilegeDefinition } from '@incb/glide-emulator/loader';
import { loadBuiltApp } from '../support/builtApp';
import { tableOperations } from './glideCalls';
import { duplicatePrivileges, missingPrivileges, unusedPrivileges, wrongPrivileges } from './privilegeReview';

const app = loadBuiltApp();
const ownTables = new Set(app.schema.tables.map((t) => t.name));
const foreign = tableOperations().filter((op) => !ownTables.has(op.table));

describe('cross-scope privileges of the built app', () => {
  test('the built scripts touch tables outside the app scope (the comparison below is not vacuous)', () => {
    expect(foreign.map((op) => op.table)).toEqual(expect.arrayContaining(['incident', 'sys_journal_field', 'sys_attachment']));
    expect(app.privileges.length).toBeGreaterThan(0);
  });

  test('every operation on a table of another scope has an allowed privilege for exactly that table and operation', () => {
    expect(missingPrivileges(foreign, app.privileges)).toEqual([]);
  });

  test('every privilege is used by an operation of the built scripts (no privilege nothing uses)', () => {
    expect(unusedPrivileges(foreign, app.privileges)).toEqual([]);
  });

  test('each privilege is allowed, for a table of the global scope, and within what the table lets other scopes do', () => {
    expect(wrongPrivileges(app.privileges, app.app.scope)).toEqual([]);
  });

  test('one privilege per table and operation', () => {
    expect(duplicatePrivileges(app.privileges)).toEqual([]);
  });
});

describe('the review catches what it must', () => {
  const privilege = (targetName: string, operation: string, extra: Partial<PrivilegeDefinition> = {}): PrivilegeDefinition => ({
    sysId: targetName + operation,
    sourceScope: 'x_incb_bridge',
    targetScope: 'global',
    targetName,
    targetType: 'sys_db_object',
    operation,
    status: 'allowed',
    ...extra,
  });
  const ops = [
    { table: 'incident', operation: 'read', sites: ['dist/es5/includes/A.js:1'] },
    { table: 'incident', operation: 'write', sites: ['dist/es5/includes/A.js:2'] },
  ];

  test('an operation without its privilege, or with one only requested, is missing', () => {
    expect(missingPrivileges(ops, [privilege('incident', 'read')])).toEqual(['incident write (used at dist/es5/includes/A.js:2)']);
    expect(missingPrivileges(ops, [privilege('incident', 'read'), privilege('incident', 'write', { status: 'requested' })])).toHaveLength(1);
    expect(missingPrivileges(ops, [privilege('incident', 'read'), privilege('incident', 'create')])).toHaveLength(1);
  });

  test('a privilege nothing uses is reported', () => {
    expect(unusedPrivileges(ops, [privilege('incident', 'read'), privilege('incident', 'write'), privilege('sys_user', 'read')])).toEqual(['sys_user read']);
  });

  test('a privilege beyond the table\'s Application Access, not allowed, or not a table privilege is wrong', () => {
    expect(wrongPrivileges([privilege('sys_attachment', 'write')], 'x_incb_bridge')).toHaveLength(1);
    expect(wrongPrivileges([privilege('incident', 'write', { status: 'requested' })], 'x_incb_bridge')).toHaveLength(1);
    expect(wrongPrivileges([privilege('SomeInclude', 'execute', { targetType: 'sys_script_include' })], 'x_incb_bridge')).toHaveLength(1);
    expect(wrongPrivileges([privilege('incident', 'write'), privilege('sys_user', 'read')], 'x_incb_bridge')).toEqual([]);
  });

  test('two privileges for one table and operation are reported', () => {
    expect(duplicatePrivileges([privilege('incident', 'read'), privilege('incident', 'read')])).toEqual(['incident read']);
  });
});
