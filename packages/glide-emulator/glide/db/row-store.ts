// Row storage. As on the platform, a hierarchy (task, incident, problem...) shares one set of rows kept under its base
// table and told apart by sys_class_name: a query on task sees incidents, a query on incident sees only incidents.
// Stored rows are never mutated (an update stores a new object), so query results can hand out rows as snapshots.
// Equality conditions use per-field hash indexes built on first use and maintained on every write, so lookups by
// correlation_id or element_id stay O(1) as tables grow.
import { Dictionary } from './dictionary';
import { booleanText, isNumericType } from './field-values';
import { QueryModel } from './query-model';
import { MatchContext, Row, compareValues, resolvePath, rowMatches } from './query-matcher';
import { reportStoredRow } from '../secret-audit';

interface RootRows {
  /** the base table these rows are kept under */
  base: string;
  bySysId: { [sysId: string]: Row };
  /** insertion sequence, the order of unsorted results */
  seq: { [sysId: string]: number };
  /** insertion order, with ids of deleted rows left in until compaction */
  order: string[];
  deleted: number;
  indexes: { [field: string]: { [key: string]: { [sysId: string]: boolean } } };
}

export interface Window {
  start: number;
  /** exclusive; -1 = no limit */
  end: number;
}

function indexKey(type: string, value: string): string {
  if (isNumericType(type)) return value === '' ? '' : String(parseFloat(value));
  if (type === 'boolean') return booleanText(value);
  return value.toLowerCase();
}

export function copyRow(row: Row): Row {
  var out: Row = {};
  for (var k in row) if (Object.prototype.hasOwnProperty.call(row, k)) out[k] = row[k];
  return out;
}

/** Rows written since changes were last taken, by base table and sys_id: the row as stored now, or null when it was
 * deleted. */
export interface RowChanges {
  [baseTable: string]: { [sysId: string]: Row | null };
}

export class RowStore {
  private roots: { [root: string]: RootRows } = {};
  private nextSeq = 0;
  /** sys_ids written since takeChanges() by base table; null until recordChanges() (nothing is kept then) */
  private changed: { [base: string]: { [sysId: string]: boolean } } | null = null;

  /** ATF rollback (beginUndo): each row as it was before its first write since, by base table and sys_id; null
   * for a row that did not exist then. null while no rollback is being tracked. */
  private undo: { [base: string]: { [sysId: string]: Row | null } } | null = null;

  constructor(private dictionary: Dictionary) {}

  /** From now on, remember each row as it was before its first write, so rollbackUndo() can put it back. */
  beginUndo(): void {
    this.undo = {};
  }

  private noteUndo(rows: RootRows, sysId: string, before: Row | null): void {
    if (!this.undo) return;
    var table = this.undo[rows.base] || (this.undo[rows.base] = {});
    if (!Object.prototype.hasOwnProperty.call(table, sysId)) table[sysId] = before;
  }

  /** Puts every row written since beginUndo() back as it was (rows inserted since are removed, rows deleted since come
   * back), except in the base tables `keep` says to leave alone; stops tracking. Returns the rows that existed before
   * and were changed or deleted since (in every table, kept or not), as they were before, and the rows inserted since
   * that still existed, as they were. */
  rollbackUndo(keep: (baseTable: string) => boolean): { touched: Array<{ base: string; before: Row; deleted: boolean }>; created: Array<{ base: string; row: Row }> } {
    var undo = this.undo;
    this.undo = null;
    var touched: Array<{ base: string; before: Row; deleted: boolean }> = [];
    var created: Array<{ base: string; row: Row }> = [];
    if (!undo) return { touched: touched, created: created };
    for (var base in undo) {
      if (!Object.prototype.hasOwnProperty.call(undo, base)) continue;
      var rows = this.roots[base];
      var kept = keep(base);
      for (var sysId in undo[base]) {
        if (!Object.prototype.hasOwnProperty.call(undo[base], sysId)) continue;
        var before = undo[base][sysId];
        var exists = !!rows && Object.prototype.hasOwnProperty.call(rows.bySysId, sysId);
        if (before) touched.push({ base: base, before: before, deleted: !exists });
        else if (exists) created.push({ base: base, row: rows.bySysId[sysId] });
        if (kept) continue;
        if (!before) {
          if (exists) this.remove(base, sysId);
        } else if (exists) {
          this.restore(base, before);
        } else {
          this.insert(base, copyRow(before));
        }
        rows = this.roots[base];
      }
    }
    return { touched: touched, created: created };
  }

  /** stores `row` in place of the existing row with its sys_id (all its columns, nothing merged) */
  private restore(table: string, row: Row): void {
    var rows = this.rootsFor(table);
    var old = rows.bySysId[row.sys_id];
    this.indexRow(table, rows, old, false);
    rows.bySysId[row.sys_id] = copyRow(row);
    this.indexRow(table, rows, rows.bySysId[row.sys_id], true);
    this.noteChange(rows, row.sys_id);
  }

  /** From now on, remember which rows every insert, update and delete touches, for takeChanges(). */
  recordChanges(): void {
    if (!this.changed) this.changed = {};
  }

  /** The rows written since the last call (or since recordChanges()), and forgets them. Stored rows are never
   * mutated, so they are handed out as they are. */
  takeChanges(): RowChanges {
    var out: RowChanges = {};
    var changed = this.changed;
    if (!changed) return out;
    this.changed = {};
    for (var base in changed) {
      if (!Object.prototype.hasOwnProperty.call(changed, base)) continue;
      var rows = this.roots[base];
      var now: { [sysId: string]: Row | null } = (out[base] = {});
      for (var id in changed[base]) {
        if (Object.prototype.hasOwnProperty.call(changed[base], id)) now[id] = rows && Object.prototype.hasOwnProperty.call(rows.bySysId, id) ? rows.bySysId[id] : null;
      }
    }
    return out;
  }

  private noteChange(rows: RootRows, sysId: string): void {
    if (!this.changed) return;
    var ids = this.changed[rows.base] || (this.changed[rows.base] = {});
    ids[sysId] = true;
  }

  private rootsFor(table: string): RootRows {
    var root = this.dictionary.hasTable(table) ? this.dictionary.rootOf(table) : table;
    var rows = this.roots[root];
    if (!rows) {
      rows = { base: root, bySysId: {}, seq: {}, order: [], deleted: 0, indexes: {} };
      this.roots[root] = rows;
    }
    return rows;
  }

  private fieldType(table: string, field: string): string {
    var schema = this.dictionary.field(table, field);
    return schema ? schema.type : 'string';
  }

  /** does the row belong to `table` (its class is the table or extends it)? */
  private inTable(table: string, row: Row): boolean {
    var cls = row.sys_class_name;
    if (!cls || cls === table || !this.dictionary.hasTable(table)) return true;
    return this.dictionary.isA(cls, table);
  }

  has(table: string, sysId: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.rootsFor(table).bySysId, sysId);
  }

  /** false when the sys_id is taken (a unique key violation on the platform) */
  insert(table: string, row: Row): boolean {
    var rows = this.rootsFor(table);
    var sysId = row.sys_id;
    if (Object.prototype.hasOwnProperty.call(rows.bySysId, sysId)) return false;
    this.noteUndo(rows, sysId, null);
    rows.bySysId[sysId] = row;
    rows.seq[sysId] = this.nextSeq++;
    rows.order.push(sysId);
    this.indexRow(table, rows, row, true);
    this.noteChange(rows, sysId);
    reportStoredRow(this.dictionary, table, row);
    return true;
  }

  /** the stored row (do not mutate it), or null */
  get(table: string, sysId: string): Row | null {
    var rows = this.rootsFor(table);
    if (!Object.prototype.hasOwnProperty.call(rows.bySysId, sysId)) return null;
    var row = rows.bySysId[sysId];
    return this.inTable(table, row) ? row : null;
  }

  /** stores `changes` over the existing row as a new object; returns it, or null if the row is gone */
  update(table: string, sysId: string, changes: Row): Row | null {
    var rows = this.rootsFor(table);
    var old = rows.bySysId[sysId];
    if (!old || !Object.prototype.hasOwnProperty.call(rows.bySysId, sysId)) return null;
    this.noteUndo(rows, sysId, old);
    var row = copyRow(old);
    for (var k in changes) if (Object.prototype.hasOwnProperty.call(changes, k)) row[k] = changes[k];
    this.indexRow(table, rows, old, false);
    rows.bySysId[sysId] = row;
    this.indexRow(table, rows, row, true);
    this.noteChange(rows, sysId);
    reportStoredRow(this.dictionary, table, row);
    return row;
  }

  remove(table: string, sysId: string): boolean {
    var rows = this.rootsFor(table);
    var old = rows.bySysId[sysId];
    if (!old || !Object.prototype.hasOwnProperty.call(rows.bySysId, sysId)) return false;
    this.noteUndo(rows, sysId, old);
    this.indexRow(table, rows, old, false);
    delete rows.bySysId[sysId];
    delete rows.seq[sysId];
    this.noteChange(rows, sysId);
    rows.deleted++;
    if (rows.deleted > 64 && rows.deleted * 2 > rows.order.length) {
      var live: string[] = [];
      for (var i = 0; i < rows.order.length; i++) if (Object.prototype.hasOwnProperty.call(rows.bySysId, rows.order[i])) live.push(rows.order[i]);
      rows.order = live;
      rows.deleted = 0;
    }
    return true;
  }

  /** names under which rows are kept: the base table of each hierarchy (task for incidents), or the table itself */
  baseTables(): string[] {
    var names: string[] = [];
    for (var root in this.roots) if (Object.prototype.hasOwnProperty.call(this.roots, root)) names.push(root);
    return names;
  }

  /** the stored rows of a base table (do not mutate them), in insertion order */
  rowsOf(baseTable: string): Row[] {
    var rows = this.roots[baseTable];
    var out: Row[] = [];
    if (!rows) return out;
    for (var i = 0; i < rows.order.length; i++) {
      if (Object.prototype.hasOwnProperty.call(rows.bySysId, rows.order[i])) out.push(rows.bySysId[rows.order[i]]);
    }
    return out;
  }

  /** drops every row of a base table and stores `rows` in their place, in order (a database restore) */
  replaceRows(baseTable: string, rows: Row[]): void {
    var old = this.roots[baseTable];
    if (old) for (var id in old.bySysId) if (Object.prototype.hasOwnProperty.call(old.bySysId, id)) this.noteChange(old, id);
    delete this.roots[baseTable];
    for (var i = 0; i < rows.length; i++) {
      if (!this.insert(baseTable, copyRow(rows[i]))) throw new Error('restore ' + baseTable + ': duplicate sys_id ' + rows[i].sys_id);
    }
  }

  private indexRow(table: string, rows: RootRows, row: Row, add: boolean): void {
    for (var field in rows.indexes) {
      if (!Object.prototype.hasOwnProperty.call(rows.indexes, field)) continue;
      var key = indexKey(this.fieldType(table, field), row[field] || '');
      var bucket = rows.indexes[field][key];
      if (add) {
        if (!bucket) bucket = rows.indexes[field][key] = {};
        bucket[row.sys_id] = true;
      } else if (bucket) {
        delete bucket[row.sys_id];
      }
    }
  }

  private ensureIndex(table: string, rows: RootRows, field: string): { [key: string]: { [sysId: string]: boolean } } {
    var index = rows.indexes[field];
    if (index) return index;
    index = {};
    rows.indexes[field] = index;
    var type = this.fieldType(table, field);
    for (var id in rows.bySysId) {
      if (!Object.prototype.hasOwnProperty.call(rows.bySysId, id)) continue;
      var key = indexKey(type, rows.bySysId[id][field] || '');
      if (!index[key]) index[key] = {};
      index[key][id] = true;
    }
    return index;
  }

  /** sys_ids worth testing, in insertion order: narrowed by one top-level equality when the query has one */
  private candidates(table: string, rows: RootRows, model: QueryModel): string[] {
    if (model.groups.length === 1) {
      var group = model.groups[0];
      for (var d = 0; d < group.length; d++) {
        var c = group[d][0];
        if (group[d].length !== 1 || c.operator !== '=' || c.value === '' || c.field.indexOf('.') >= 0) continue;
        if (c.field === 'sys_id') return Object.prototype.hasOwnProperty.call(rows.bySysId, c.value) ? [c.value] : [];
        var bucket = this.ensureIndex(table, rows, c.field)[indexKey(this.fieldType(table, c.field), c.value)];
        var ids: string[] = [];
        if (bucket) for (var id in bucket) if (Object.prototype.hasOwnProperty.call(bucket, id)) ids.push(id);
        var seq = rows.seq;
        ids.sort(function (a, b) { return seq[a] - seq[b]; });
        return ids;
      }
    }
    return rows.order;
  }

  select(table: string, model: QueryModel, ctx: MatchContext, window: Window): Row[] {
    var rows = this.rootsFor(table);
    var ids = this.candidates(table, rows, model);
    var matched: Row[] = [];
    for (var i = 0; i < ids.length; i++) {
      if (!Object.prototype.hasOwnProperty.call(rows.bySysId, ids[i])) continue;
      var row = rows.bySysId[ids[i]];
      if (this.inTable(table, row) && rowMatches(ctx, table, row, model)) matched.push(row);
    }
    if (model.orderBy.length > 0) this.sort(table, rows, matched, model);
    var end = window.end < 0 ? matched.length : Math.min(window.end, matched.length);
    return window.start > 0 || end < matched.length ? matched.slice(Math.max(0, window.start), end) : matched;
  }

  private sort(table: string, rows: RootRows, matched: Row[], model: QueryModel): void {
    var keys: Array<{ field: string; descending: boolean; type: string }> = [];
    for (var o = 0; o < model.orderBy.length; o++) {
      var f = model.orderBy[o].field;
      keys.push({ field: f, descending: model.orderBy[o].descending, type: this.dictionary.hasTable(table) ? resolvePath(this.dictionary, table, f).type : 'string' });
    }
    var seq = rows.seq;
    matched.sort(function (a, b) {
      for (var k = 0; k < keys.length; k++) {
        var c = compareValues(keys[k].type, a[keys[k].field] || '', b[keys[k].field] || '');
        if (c !== 0) return keys[k].descending ? -c : c;
      }
      return seq[a.sys_id] - seq[b.sys_id];
    });
  }
}
