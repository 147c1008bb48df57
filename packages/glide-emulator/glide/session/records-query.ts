// records(query): rows of one of the installed app's own tables as stored, narrowed by field values and creation
// time, newest first (sys_created_on, then the later insert), at most `limit`. What the sandbox's admin routes over
// the app's log, outbox and inbox read. Read raw, like a dump: no ACLs (the caller decides who may read), no
// business rules, nothing counted in the session's statistics. Only the app's own tables, and never a column of type
// password2: a secret the app stores stays in the engine.
import type { Instance } from '../contract';
import type { LoadedApp } from '../../loader/types';
import type { RecordsQuery } from './types';

type Row = { [field: string]: string };

function has(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** The app table's columns by type, or null when the table is not one of the app's. */
function appColumns(app: LoadedApp, table: string): { [field: string]: string } | null {
  for (var i = 0; i < app.schema.tables.length; i++) {
    var schema = app.schema.tables[i];
    if (schema.name !== table) continue;
    var types: { [field: string]: string } = {};
    for (var field in schema.fields) if (has(schema.fields, field)) types[field] = schema.fields[field].type;
    return types;
  }
  return null;
}

function matchesWhere(row: Row, where: { [field: string]: string[] }): boolean {
  for (var field in where) {
    if (has(where, field) && where[field].indexOf(row[field] || '') < 0) return false;
  }
  return true;
}

function matchesAnyOf(row: Row, anyOf: Array<{ [field: string]: string }>): boolean {
  for (var i = 0; i < anyOf.length; i++) {
    var all = true;
    for (var field in anyOf[i]) {
      if (has(anyOf[i], field) && (row[field] || '') !== anyOf[i][field]) all = false;
    }
    if (all) return true;
  }
  return false;
}

export function queryRecords(instance: Instance, app: LoadedApp, query: RecordsQuery): Row[] {
  var types = appColumns(app, query.table);
  if (!types) throw new Error('records() reads the app\'s own tables only, not ' + query.table);
  var rows = instance.db.rows(query.table);
  var picked: Array<{ row: Row; order: number }> = [];
  for (var i = 0; i < rows.length; i++) {
    var row = rows[i];
    if (query.where && !matchesWhere(row, query.where)) continue;
    if (query.anyOf && !matchesAnyOf(row, query.anyOf)) continue;
    // 'yyyy-MM-dd HH:mm:ss' compares as text
    if (query.since && (row.sys_created_on || '') < query.since) continue;
    picked.push({ row: row, order: i });
  }
  picked.sort(function (a, b) {
    var first = a.row.sys_created_on || '';
    var second = b.row.sys_created_on || '';
    if (first !== second) return first < second ? 1 : -1;
    return b.order - a.order;
  });
  var out: Row[] = [];
  for (var j = 0; j < picked.length && j < query.limit; j++) {
    var shown: Row = {};
    for (var field in picked[j].row) {
      if (has(picked[j].row, field) && types[field] !== 'password2') shown[field] = picked[j].row[field];
    }
    out.push(shown);
  }
  return out;
}
