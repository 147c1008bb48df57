// The inside of one emulated instance: dictionary, rows, clock, logs, script evaluation and sys_number counters.
// GlideRecord, the write pipeline, business rules, events and gs all reach the instance through this object.
import type { InstanceOptions } from '../contract';
import { GLOBAL_SCOPE, ScopedAccess } from '../access/scoped-access';
import { Dictionary } from '../db/dictionary';
import { isJournalType, storedValue } from '../db/field-values';
import { parseEncodedQuery } from '../db/encoded-query';
import { MatchContext, Row } from '../db/query-matcher';
import { RowStore } from '../db/row-store';
import { GlideRecordImpl, createRecord } from '../record/glide-record';
import { internalDateTime } from '../services/civilTime';
import type { DbStats, Platform, RecordOperations } from './platform';
import type { Users } from './users';
import { IncludeResolver } from './script-includes';

var SCRIPT_DEFAULT = 'javascript:';
/** sys_number counters start here on a new instance: the first incident is INC0010001 */
var FIRST_NUMBER = 10001;

function hex32(): string {
  var out = '';
  for (var i = 0; i < 32; i++) out += '0123456789abcdef'.charAt(Math.floor(Math.random() * 16));
  return out;
}

export class InstanceRuntime implements Platform {
  dictionary = new Dictionary();
  store: RowStore;
  stats: DbStats = { queries: 0, inserts: 0, updates: 0, deletes: 0 };
  operations!: RecordOperations;
  users!: Users;
  access: ScopedAccess;
  prototypes: { [key: string]: any } = {};
  logs: Array<{ level: string; message: string; source?: string }> = [];
  /** the script globals (GlideRecord, gs, sn_ws...), in scope of every evaluated script */
  globals: { [name: string]: any } = {};
  private clockBase: () => number;
  private clockOffset = 0;
  private compiled: { [key: string]: Function } = {};
  /** the installed app's script includes, resolved by name for every evaluated script (see script-includes.ts) */
  includeResolver: IncludeResolver | null = null;
  private numbers: { [table: string]: number } = {};
  private defaultContext: MatchContext;

  constructor(private options: InstanceOptions) {
    this.store = new RowStore(this.dictionary);
    this.access = new ScopedAccess(this, options.callerScope || GLOBAL_SCOPE, options.accessTracking || 'enforcing');
    this.clockBase = options.clock || function () { return new Date().getTime(); };
    var self = this;
    this.defaultContext = {
      dictionary: this.dictionary,
      loadRow: function (table: string, sysId: string) { return self.store.get(table, sysId); },
    };
  }

  now(): number {
    return this.clockBase() + this.clockOffset;
  }

  setNow(ms: number): void {
    this.clockOffset = ms - this.clockBase();
  }

  advance(ms: number): void {
    this.clockOffset += ms;
  }

  nowText(): string {
    return internalDateTime(this.now());
  }

  newGuid(): string {
    return hex32();
  }

  log(level: string, message: string, source?: string): void {
    var entry: { level: string; message: string; source?: string } = { level: level, message: message };
    if (source !== undefined) entry.source = source;
    this.logs.push(entry);
    if (this.options.onLog) this.options.onLog(level, message, source);
  }

  userName(): string {
    return this.users.current();
  }

  userId(): string {
    return this.users.currentId();
  }

  userDisplayName(userName: string): string {
    return this.users.displayName(userName);
  }

  matchContext(previous?: Row | null): MatchContext {
    if (previous === undefined) return this.defaultContext;
    return { dictionary: this.dictionary, loadRow: this.defaultContext.loadRow, previous: previous };
  }

  /** The script is the body of a function whose parameters are the globals and `vars` (vars win). Compiled once per
   * script text and parameter list. With `scope`, it runs as a script of that scope (an installed record's script);
   * without, in the scope of whatever runs it. Script includes resolve as the scope sees them. */
  evaluate(script: string, vars: { [name: string]: any }, scope?: string): any {
    var self = this;
    var run = function () {
      if (!self.includeResolver) return self.evaluateWith(script, vars);
      var withIncludes = self.includeResolver.varsFor(script, vars, self.access.current());
      for (var v in vars) if (Object.prototype.hasOwnProperty.call(vars, v)) withIncludes[v] = vars[v];
      return self.evaluateWith(script, withIncludes);
    };
    return scope ? this.access.run(scope, run) : run();
  }

  /** Like evaluate, but the text is a program whose completion value is the result (the value of its last expression
   * statement, as an engine's eval gives it), not a function body: how ATF takes the outcome of a Run Server Side
   * Script step ("return false from the main function body to fail the step" is the value of the trailing IIFE). */
  evaluateProgram(script: string, vars: { [name: string]: any }, scope?: string): any {
    var self = this;
    var run = function () {
      var all: { [name: string]: any } = self.includeResolver ? self.includeResolver.varsFor(script, vars, self.access.current()) : {};
      for (var v in vars) if (Object.prototype.hasOwnProperty.call(vars, v)) all[v] = vars[v];
      all.__emulatorProgram = script;
      // a direct eval: the program sees the globals and vars (the enclosing function's parameters) in its scope
      return self.evaluateWith('return eval(__emulatorProgram);', all);
    };
    return scope ? this.access.run(scope, run) : run();
  }

  /** evaluate without resolving script includes (the resolver itself runs include text through this) */
  evaluateWith(script: string, vars: { [name: string]: any }): any {
    var names: string[] = [];
    var values: any[] = [];
    for (var g in this.globals) {
      if (!Object.prototype.hasOwnProperty.call(this.globals, g) || Object.prototype.hasOwnProperty.call(vars, g)) continue;
      names.push(g);
      values.push(this.globals[g]);
    }
    for (var v in vars) {
      if (!Object.prototype.hasOwnProperty.call(vars, v)) continue;
      names.push(v);
      values.push(vars[v]);
    }
    var key = names.join(',') + '\n' + script;
    var fn = this.compiled[key];
    if (!fn) {
      fn = Function.apply(null, names.concat([script]));
      this.compiled[key] = fn;
    }
    return fn.apply(undefined, values);
  }

  newRecord(table: string): GlideRecordImpl {
    return createRecord(this, table);
  }

  insertRow(table: string, values: Row): string {
    var schema = this.dictionary.table(table);
    var row: Row = {};
    for (var k in values) if (Object.prototype.hasOwnProperty.call(values, k)) row[k] = values[k] === null || values[k] === undefined ? '' : String(values[k]);
    if (schema) {
      for (var i = 0; i < schema.fieldNames.length; i++) {
        var name = schema.fieldNames[i];
        var field = schema.fields[name];
        if (isJournalType(field.type)) {
          delete row[name];
          continue;
        }
        if (Object.prototype.hasOwnProperty.call(values, name)) {
          row[name] = storedValue(field, values[name]);
        } else if (field.defaultValue !== undefined) {
          var d: any = field.defaultValue;
          if (d.substring(0, SCRIPT_DEFAULT.length) === SCRIPT_DEFAULT) d = this.evaluate('return (' + d.substring(SCRIPT_DEFAULT.length) + ');', { current: null }, GLOBAL_SCOPE);
          row[name] = storedValue(field, d);
        } else {
          row[name] = '';
        }
      }
      if (schema.fields.sys_class_name && !row.sys_class_name) row.sys_class_name = table;
    }
    var now = this.nowText();
    if (!row.sys_id) row.sys_id = this.newGuid();
    if (!row.sys_created_on) row.sys_created_on = now;
    if (!row.sys_created_by) row.sys_created_by = this.userName();
    if (!row.sys_updated_on) row.sys_updated_on = row.sys_created_on;
    if (!row.sys_updated_by) row.sys_updated_by = row.sys_created_by;
    if (!row.sys_mod_count) row.sys_mod_count = '0';
    if (!this.store.insert(table, row)) throw new Error('insert into ' + table + ': duplicate sys_id ' + row.sys_id);
    return row.sys_id;
  }

  nextNumber(table: string): string {
    var schema = this.dictionary.table(table);
    var n = this.numbers[table] || FIRST_NUMBER;
    this.numbers[table] = n + 1;
    return (schema ? schema.numberPrefix : '') + ('0000000' + n).slice(-7);
  }

  /** the next sys_number of each numbered table used so far (what a database dump must carry) */
  numberCounters(): { [table: string]: number } {
    var out: { [table: string]: number } = {};
    for (var t in this.numbers) if (Object.prototype.hasOwnProperty.call(this.numbers, t)) out[t] = this.numbers[t];
    return out;
  }

  setNumberCounter(table: string, next: number): void {
    this.numbers[table] = next;
  }

  choiceLabel(table: string, field: string, value: string): string | null {
    var chain = this.dictionary.chainOf(table);
    for (var i = 0; i < chain.length; i++) {
      var query = parseEncodedQuery('name=' + chain[i] + '^element=' + field + '^inactive=false');
      var rows = this.store.select('sys_choice', query, this.defaultContext, { start: 0, end: -1 });
      if (rows.length === 0) continue;
      for (var r = 0; r < rows.length; r++) if (rows[r].value === value) return rows[r].label;
      return null;
    }
    return null;
  }
}
