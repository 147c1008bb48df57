// Record ACL evaluation for the instance's REST APIs (server-side GlideRecord never evaluates ACLs; web services
// do). Rules are the app's record ACLs plus the platform stand-in of platform-table-policy.ts, evaluated as
// ServiceNowDocs platform-security/access-control/exploring-access-control-list.md describes:
// - a record operation needs the first matching TABLE rule level (table, its parents, then `*`) and, for a field,
//   the first matching FIELD rule level (table.field, parents' .field, *.field, table.*, parents' .*, *.*) to pass;
//   no matching rule at all grants;
// - several rules at the same level: passing any one is enough;
// - one rule passes when the user has one of its roles (admin always passes role checks), its condition matches
//   and its script sets `answer` to true; "admin overrides" lets an admin pass regardless of condition and script;
// - a field rule for create that does not exist falls back to the write rules (the `*.*` create rule "reuses the
//   same conditions as the write operation");
// - deny-unless rules (decision type deny) must all pass before the allow rules are looked at.
// Pre-query checks (a field named in a query) look at roles only, as the platform's pre-query check does.
// Emulator limits: a script that only evaluates to true without setting `answer` counts as false; a condition is
// checked against the stored record, so on a record not yet inserted (create) any condition fails.
import type { AclDefinition } from '../../loader/types';
import { PLATFORM_TABLE_POLICY, TablePolicy } from './platform-table-policy';

var OPERATIONS: Array<keyof TablePolicy> = ['read', 'write', 'create', 'delete'];

export interface AccessRule {
  table: string;
  /** '' for a table rule, '*' for table.* */
  field: string;
  operation: string;
  roles: string[];
  adminOverrides: boolean;
  deny: boolean;
  condition: string;
  script: string;
  /** the ACL's application scope (global for the platform's) */
  scope: string;
}

/** what ACL evaluation needs from the instance, for the request's user */
export interface AccessHost {
  hasRole(role: string): boolean;
  /** the table, its parent, ... up to the base table */
  chainOf(table: string): string[];
  /** the ACL script's result: the value of `answer` after running it with `current` in scope, as a script of the
   * ACL's application scope */
  runScript(script: string, current: any, scope: string): any;
  /** does the stored record match the encoded query? */
  matches(record: any, condition: string): boolean;
}

export interface RecordAccess {
  /** table-level permission; `record` is the row concerned, null before any row exists (pre-query) */
  table(table: string, operation: string, record: any): boolean;
  field(table: string, field: string, operation: string, record: any): boolean;
  /** roles-only check of a field before querying on it */
  fieldByRoles(table: string, field: string, operation: string): boolean;
}

function policyRules(): AccessRule[] {
  var rules: AccessRule[] = [];
  for (var table in PLATFORM_TABLE_POLICY) {
    if (!Object.prototype.hasOwnProperty.call(PLATFORM_TABLE_POLICY, table)) continue;
    var policy = PLATFORM_TABLE_POLICY[table];
    for (var i = 0; i < OPERATIONS.length; i++) {
      rules.push({ table: table, field: '', operation: OPERATIONS[i], roles: policy[OPERATIONS[i]], adminOverrides: true, deny: false, condition: '', script: '', scope: 'global' });
    }
  }
  return rules;
}

/** The rules in force for an app: its active record ACLs plus the platform stand-in. */
export function recordRules(acls: AclDefinition[]): AccessRule[] {
  var rules = policyRules();
  for (var i = 0; i < acls.length; i++) {
    var acl = acls[i];
    if (acl.type !== 'record' || !acl.active || !acl.table) continue;
    rules.push({
      table: acl.table,
      field: acl.field || '',
      operation: acl.operation,
      roles: acl.roles,
      adminOverrides: acl.adminOverrides,
      deny: acl.decisionType === 'deny',
      condition: acl.condition || '',
      script: acl.script || '',
      scope: acl.scope || 'global',
    });
  }
  return rules;
}

export function createRecordAccess(rules: AccessRule[], host: AccessHost): RecordAccess {
  function passes(rule: AccessRule, record: any, rolesOnly: boolean): boolean {
    if (!rolesOnly && rule.adminOverrides && host.hasRole('admin')) return true;
    if (rule.roles.length > 0) {
      var hasOne = false;
      for (var r = 0; r < rule.roles.length && !hasOne; r++) hasOne = host.hasRole(rule.roles[r]);
      if (!hasOne) return false;
    }
    if (rolesOnly) return true;
    if (rule.condition && !(record && host.matches(record, rule.condition))) return false;
    if (rule.script) {
      var answer: any;
      try {
        answer = host.runScript(rule.script, record, rule.scope);
      } catch (e) {
        return false;
      }
      if (answer !== true && String(answer) !== 'true') return false;
    }
    return true;
  }

  /** null when no rule matches at any level; otherwise the decision of the first level that has rules */
  function decide(levels: Array<{ table: string; field: string }>, operation: string, record: any, rolesOnly: boolean): boolean | null {
    var matched = false;
    for (var l = 0; l < levels.length; l++) {
      var denies: AccessRule[] = [];
      var allows: AccessRule[] = [];
      for (var i = 0; i < rules.length; i++) {
        var rule = rules[i];
        if (rule.table !== levels[l].table || rule.field !== levels[l].field || rule.operation !== operation) continue;
        (rule.deny ? denies : allows).push(rule);
      }
      for (var d = 0; d < denies.length; d++) if (!passes(denies[d], record, rolesOnly)) return false;
      if (denies.length > 0) matched = true;
      if (allows.length === 0) continue;
      for (var a = 0; a < allows.length; a++) if (passes(allows[a], record, rolesOnly)) return true;
      return false;
    }
    return matched ? true : null;
  }

  function tableLevels(table: string): Array<{ table: string; field: string }> {
    var chain = host.chainOf(table);
    var levels: Array<{ table: string; field: string }> = [];
    for (var i = 0; i < chain.length; i++) levels.push({ table: chain[i], field: '' });
    levels.push({ table: '*', field: '' });
    return levels;
  }

  function fieldLevels(table: string, field: string): Array<{ table: string; field: string }> {
    var chain = host.chainOf(table);
    var levels: Array<{ table: string; field: string }> = [];
    for (var i = 0; i < chain.length; i++) levels.push({ table: chain[i], field: field });
    levels.push({ table: '*', field: field });
    for (var j = 0; j < chain.length; j++) levels.push({ table: chain[j], field: '*' });
    levels.push({ table: '*', field: '*' });
    return levels;
  }

  function fieldDecision(table: string, field: string, operation: string, record: any, rolesOnly: boolean): boolean {
    var levels = fieldLevels(table, field);
    var decision = decide(levels, operation, record, rolesOnly);
    if (decision === null && operation === 'create') decision = decide(levels, 'write', record, rolesOnly);
    return decision !== false;
  }

  return {
    table: function (table: string, operation: string, record: any): boolean {
      return decide(tableLevels(table), operation, record, false) !== false;
    },
    field: function (table: string, field: string, operation: string, record: any): boolean {
      return fieldDecision(table, field, operation, record, false);
    },
    fieldByRoles: function (table: string, field: string, operation: string): boolean {
      return fieldDecision(table, field, operation, null, true);
    },
  };
}
