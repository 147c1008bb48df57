// The database write pipeline behind insert(), update() and deleteRecord():
//   before rules -> (abort?) -> write row + journal entries -> after rules -> queue async rules.
// Platform behaviours kept here:
// - an update that changes nothing is a no-op (no rules, no sys_mod_count) unless setForceUpdate(true);
// - setAbortAction(true) in a before rule cancels the write (insert/update return null); later rules still run;
// - changes made to `current` by before rules are saved; after rules see changes() still true, and their own changes
//   are only saved if they call current.update(), which re-runs the rules (a recursion the platform also has);
// - `previous` is null on insert and, within one execution context, the record before the FIRST update;
// - setWorkflow(false) skips rules but journal entries are still written; autoSysFields(false) leaves sys_ fields.
// Nested writes of one record beyond MAX_NESTED_WRITES skip their rules (logged), so a rule that calls
// current.update() on itself ends instead of overflowing the stack.
import { isJournalType, storedValue } from '../db/field-values';
import type { Row } from '../db/query-matcher';
import { copyRow } from '../db/row-store';
import type { Platform, RecordOperations } from '../runtime/platform';
import type { BusinessRules } from '../rules/business-rules';
import type { GlideRecordImpl } from './glide-record';

var MAX_NESTED_WRITES = 10;
var SCRIPT_DEFAULT = 'javascript:';

interface WriteContext {
  depth: number;
  previous: GlideRecordImpl | null;
}

export class RecordWriter implements RecordOperations {
  /** writes in progress, by table:sys_id */
  private active: { [key: string]: WriteContext } = {};

  constructor(private platform: Platform, private rules: BusinessRules) {}

  beforeQuery(record: GlideRecordImpl): void {
    this.rules.run('before', 'query', record, null);
  }

  applyDefaults(record: GlideRecordImpl): void {
    var schema = record._schema;
    if (!schema) return;
    for (var i = 0; i < schema.fieldNames.length; i++) {
      var name = schema.fieldNames[i];
      var field = schema.fields[name];
      if (field.defaultValue === undefined || isJournalType(field.type)) continue;
      if (record._touched[name] || (record._values[name] || '') !== '') continue;
      var value: any = field.defaultValue;
      if (value.substring(0, SCRIPT_DEFAULT.length) === SCRIPT_DEFAULT) {
        // a dictionary default belongs to its table's scope (task's `javascript:gs.nowDateTime()` is a global script,
        // whoever inserts the incident)
        value = this.platform.evaluate('return (' + value.substring(SCRIPT_DEFAULT.length) + ');', { current: record }, this.platform.access.tableScope(record._table));
      }
      record._values[name] = storedValue(field, value);
    }
    if (schema.numberPrefix && schema.fields.number && !record._values.number) {
      record._values.number = this.platform.nextNumber(record._table);
    }
  }

  private enter(record: GlideRecordImpl, previous: GlideRecordImpl | null): WriteContext {
    var key = record._table + ':' + record._values.sys_id;
    var ctx = this.active[key];
    if (!ctx) {
      ctx = { depth: 0, previous: previous };
      this.active[key] = ctx;
    }
    ctx.depth++;
    if (ctx.depth === MAX_NESTED_WRITES + 1) {
      this.platform.log('error', 'Recursive update of ' + record._table + ' ' + record._values.sys_id + ': more than ' + MAX_NESTED_WRITES + ' nested writes, business rules skipped', 'BusinessRule');
    }
    return ctx;
  }

  private leave(record: GlideRecordImpl, ctx: WriteContext): void {
    ctx.depth--;
    if (ctx.depth === 0) delete this.active[record._table + ':' + record._values.sys_id];
  }

  private runRules(record: GlideRecordImpl, ctx: WriteContext): boolean {
    return record._workflow && ctx.depth <= MAX_NESTED_WRITES;
  }

  /** a read-only copy of a row, as business rules get it in `previous` */
  private snapshot(table: string, row: Row): GlideRecordImpl {
    var previous = this.platform.newRecord(table);
    previous._load(row);
    return previous;
  }

  private writeJournal(record: GlideRecordImpl): void {
    var pending = record._journal;
    record._journal = {};
    for (var name in pending) {
      if (!Object.prototype.hasOwnProperty.call(pending, name) || pending[name] === '') continue;
      this.platform.insertRow('sys_journal_field', {
        element: name,
        element_id: record._values.sys_id,
        name: record.getRecordClassName(),
        value: pending[name],
      });
      this.platform.stats.inserts++;
      record._journalWritten[name] = pending[name];
    }
  }

  private hasPendingJournal(record: GlideRecordImpl): boolean {
    for (var name in record._journal) if (Object.prototype.hasOwnProperty.call(record._journal, name) && record._journal[name] !== '') return true;
    return false;
  }

  private aborted(record: GlideRecordImpl, operation: string): boolean {
    if (!record._abort) return false;
    record._abort = false;
    record._aborted = true;
    this.platform.log('info', 'Invalid ' + operation + ': aborted by a business rule on ' + record._table + ' ' + record._values.sys_id, 'BusinessRule');
    return true;
  }

  /** after rules and async queueing, then the record's previous values are reset (changes() false from now on) */
  private finish(record: GlideRecordImpl, operation: string, ctx: WriteContext, row: Row, previous: GlideRecordImpl | null): void {
    if (this.runRules(record, ctx)) {
      this.rules.run('after', operation, record, previous);
      this.rules.queueAsync(operation, record, previous);
    }
    record._original = this.platform.store.get(record._table, record._values.sys_id) || row;
    record._touched = {};
    record._nulled = {};
    record._journalWritten = {};
  }

  insert(record: GlideRecordImpl): string | null {
    var schema = record._schema;
    if (!schema) {
      this.platform.log('error', 'insert: invalid table ' + record._table, 'GlideRecord');
      return null;
    }
    var p = this.platform;
    record._aborted = false;
    if (!this.permitted(record, 'create')) return null;
    if (!record._values.sys_id) record._values.sys_id = p.newGuid();
    this.applyDefaults(record);
    if (schema.fields.sys_class_name && !record._values.sys_class_name) record._values.sys_class_name = record._table;
    if (record._autoSys) {
      var now = p.nowText();
      record._values.sys_created_on = now;
      record._values.sys_created_by = p.userName();
      record._values.sys_updated_on = now;
      record._values.sys_updated_by = p.userName();
      record._values.sys_mod_count = '0';
    }
    record._operation = 'insert';
    var ctx = this.enter(record, null);
    try {
      if (this.runRules(record, ctx)) this.rules.run('before', 'insert', record, null);
      if (this.aborted(record, 'insert')) return null;
      var row: Row = {};
      for (var i = 0; i < schema.fieldNames.length; i++) {
        var name = schema.fieldNames[i];
        if (!isJournalType(schema.fields[name].type)) row[name] = record._values[name] || '';
      }
      if (!p.store.insert(record._table, row)) {
        record._lastError = 'Unique Key violation detected by database (duplicate sys_id ' + row.sys_id + ')';
        p.log('error', record._lastError, 'GlideRecord');
        return null;
      }
      p.stats.inserts++;
      record._values = copyRow(row);
      record._isNew = false;
      record._onRecord = true;
      this.writeJournal(record);
      this.finish(record, 'insert', ctx, row, null);
      return row.sys_id;
    } finally {
      this.leave(record, ctx);
    }
  }

  /** the cross-scope rules of the running script's scope (access/scoped-access.ts): refused = nothing written */
  private permitted(record: GlideRecordImpl, operation: 'create' | 'write' | 'delete'): boolean {
    if (this.platform.access.table(record._table, operation)) return true;
    record._lastError = operation + ' operation on ' + record._table + ' refused by the cross-scope access rules';
    return false;
  }

  private changedFields(record: GlideRecordImpl): Row {
    var schema = record._schema;
    var changes: Row = {};
    if (!schema) return changes;
    for (var i = 0; i < schema.fieldNames.length; i++) {
      var name = schema.fieldNames[i];
      if (isJournalType(schema.fields[name].type)) continue;
      var value = record._values[name] || '';
      if (value !== record._originalText(name)) changes[name] = value;
    }
    return changes;
  }

  private isEmpty(row: Row): boolean {
    for (var k in row) if (Object.prototype.hasOwnProperty.call(row, k)) return false;
    return true;
  }

  update(record: GlideRecordImpl): string | null {
    if (!record._schema) {
      this.platform.log('error', 'update: invalid table ' + record._table, 'GlideRecord');
      return null;
    }
    var p = this.platform;
    var id = record._values.sys_id;
    // documented: update() inserts a record that does not exist yet
    if (record._isNew || !id || !p.store.has(record._table, id)) return this.insert(record);
    record._aborted = false;
    if (!this.permitted(record, 'write')) return null;
    if (this.isEmpty(this.changedFields(record)) && !this.hasPendingJournal(record) && !record._forceUpdate) return id;
    var outer = this.active[record._table + ':' + id];
    var previous = outer && outer.previous ? outer.previous : this.snapshot(record._table, record._original || (p.store.get(record._table, id) as Row));
    record._operation = 'update';
    var ctx = this.enter(record, previous);
    try {
      if (this.runRules(record, ctx)) this.rules.run('before', 'update', record, previous);
      if (this.aborted(record, 'update')) return null;
      var changes = this.changedFields(record);
      if (record._autoSys) {
        var stored = p.store.get(record._table, id);
        changes.sys_updated_on = p.nowText();
        changes.sys_updated_by = p.userName();
        changes.sys_mod_count = String((parseInt((stored && stored.sys_mod_count) || '0', 10) || 0) + 1);
      }
      var row = p.store.update(record._table, id, changes);
      if (!row) return null;
      p.stats.updates++;
      record._values = copyRow(row);
      this.writeJournal(record);
      this.finish(record, 'update', ctx, row, previous);
      return id;
    } finally {
      this.leave(record, ctx);
    }
  }

  remove(record: GlideRecordImpl): boolean {
    var p = this.platform;
    var id = record._values.sys_id;
    if (!record._schema || !id || !p.store.has(record._table, id)) return false;
    record._aborted = false;
    if (!this.permitted(record, 'delete')) return false;
    var previous = this.snapshot(record._table, record._original || (p.store.get(record._table, id) as Row));
    record._operation = 'delete';
    var ctx = this.enter(record, previous);
    try {
      if (this.runRules(record, ctx)) this.rules.run('before', 'delete', record, previous);
      if (this.aborted(record, 'delete')) return false;
      if (!p.store.remove(record._table, id)) return false;
      p.stats.deletes++;
      if (this.runRules(record, ctx)) {
        this.rules.run('after', 'delete', record, previous);
        this.rules.queueAsync('delete', record, previous);
      }
      return true;
    } finally {
      this.leave(record, ctx);
    }
  }
}
