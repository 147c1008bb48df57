// Decides whether a stored row matches a QueryModel, comparing by field type as the database does:
// - numeric columns numerically (`priority<=2`), booleans as true/false (`active=1` = `active=true`),
//   everything else (strings, choices, references by sys_id, dates in "yyyy-MM-dd HH:mm:ss") as text, case-insensitively
//   (the instance's MySQL collation is case-insensitive, and the docs state query values are "not case-sensitive");
// - '' is NULL: it never satisfies < > LIKE..., and `!=` / NOT IN / NOTLIKE also match NULL, because the platform
//   generates `field != x OR field IS NULL` for negative conditions.
import { FieldSchema } from '../contract';
import { Dictionary } from './dictionary';
import { booleanText, isNumericType } from './field-values';
import { Condition, QueryModel } from './query-model';

export type Row = { [field: string]: string };

export interface MatchContext {
  dictionary: Dictionary;
  /** a stored row by table and sys_id, for dot-walked conditions; null when missing */
  loadRow(table: string, sysId: string): Row | null;
  /** the record before the change, for VALCHANGES/CHANGESFROM/CHANGESTO in business-rule filter conditions;
   * null on insert (every field changed from empty); undefined outside business rules (those operators then throw) */
  previous?: Row | null;
}

/** Throws for an unknown field (also along a dot-walk path) or an ORDERBY on one: the platform would silently drop
 * the term and match more rows than intended. */
export function checkFields(dictionary: Dictionary, table: string, model: QueryModel): void {
  for (var g = 0; g < model.groups.length; g++) {
    for (var d = 0; d < model.groups[g].length; d++) {
      var disjunction = model.groups[g][d];
      for (var c = 0; c < disjunction.length; c++) resolvePath(dictionary, table, disjunction[c].field);
    }
  }
  for (var o = 0; o < model.orderBy.length; o++) {
    var order = model.orderBy[o].field;
    if (order.indexOf('.') >= 0) throw new Error('Unsupported by the emulator: ordering by a dot-walked field (' + order + ')');
    resolvePath(dictionary, table, order);
  }
}

var SCHEMALESS_FIELD: FieldSchema = { type: 'string' };

/** the FieldSchema at the end of a (dot-walked) path; throws for an unknown field. Rows of tables the dictionary
 * does not know (schemaless fixtures) compare every field as a string. */
export function resolvePath(dictionary: Dictionary, table: string, path: string): FieldSchema {
  if (!dictionary.hasTable(table)) return SCHEMALESS_FIELD;
  var parts = path.split('.');
  var current = table;
  var field: FieldSchema | null = null;
  for (var i = 0; i < parts.length; i++) {
    field = dictionary.field(current, parts[i]);
    if (!field) throw new Error('Invalid query: field "' + path + '" does not exist on table ' + table);
    if (i < parts.length - 1) {
      if (field.type !== 'reference' || !field.reference) {
        throw new Error('Invalid query: "' + parts[i] + '" in "' + path + '" is not a reference field of ' + current);
      }
      current = field.reference;
    }
  }
  return field as FieldSchema;
}

function valueAt(ctx: MatchContext, table: string, row: Row, path: string): string {
  var dot = path.indexOf('.');
  if (dot < 0) return row[path] || '';
  var head = path.substring(0, dot);
  var field = ctx.dictionary.field(table, head);
  var target = row[head];
  if (!field || !field.reference || !target) return '';
  var referenced = ctx.loadRow(field.reference, target);
  if (!referenced) return '';
  return valueAt(ctx, referenced.sys_class_name || field.reference, referenced, path.substring(dot + 1));
}

export function sameValue(type: string, a: string, b: string): boolean {
  if (isNumericType(type)) return parseFloat(a) === parseFloat(b);
  if (type === 'boolean') return booleanText(a) === booleanText(b);
  return a.toLowerCase() === b.toLowerCase();
}

/** negative, zero or positive, as for sorting; '' (NULL) sorts first */
export function compareValues(type: string, a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? -1 : 1;
  if (isNumericType(type)) return parseFloat(a) - parseFloat(b);
  var x = a.toLowerCase();
  var y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

function inList(type: string, value: string, list: string): boolean {
  var items = list.split(',');
  for (var i = 0; i < items.length; i++) if (sameValue(type, value, items[i])) return true;
  return false;
}

function conditionMatches(ctx: MatchContext, table: string, row: Row, c: Condition): boolean {
  var type = resolvePath(ctx.dictionary, table, c.field).type;
  var v = valueAt(ctx, table, row, c.field);
  var q = c.value;
  switch (c.operator) {
    case '=':
      return q === '' ? v === '' : v !== '' && sameValue(type, v, q);
    case '!=':
      return q === '' ? v !== '' : v === '' || !sameValue(type, v, q);
    case '<':
      return v !== '' && q !== '' && compareValues(type, v, q) < 0;
    case '<=':
      return v !== '' && q !== '' && compareValues(type, v, q) <= 0;
    case '>':
      return v !== '' && q !== '' && compareValues(type, v, q) > 0;
    case '>=':
      return v !== '' && q !== '' && compareValues(type, v, q) >= 0;
    case 'IN':
      return v !== '' && inList(type, v, q);
    case 'NOT IN':
      return v === '' || !inList(type, v, q);
    case 'LIKE':
      return v !== '' && v.toLowerCase().indexOf(q.toLowerCase()) >= 0;
    case 'NOTLIKE':
      return v === '' || v.toLowerCase().indexOf(q.toLowerCase()) < 0;
    case 'STARTSWITH':
      return v !== '' && v.toLowerCase().indexOf(q.toLowerCase()) === 0;
    case 'ENDSWITH':
      var lv = v.toLowerCase();
      var lq = q.toLowerCase();
      return v !== '' && lv.length >= lq.length && lv.substring(lv.length - lq.length) === lq;
    case 'ISEMPTY':
      return v === '';
    case 'ISNOTEMPTY':
      return v !== '';
    case 'ANYTHING':
      return true;
    case 'BETWEEN':
      var at = q.indexOf('@');
      if (at < 0) throw new Error('Invalid query: BETWEEN needs "low@high", got "' + q + '"');
      return v !== '' && compareValues(type, v, q.substring(0, at)) >= 0 && compareValues(type, v, q.substring(at + 1)) <= 0;
    case 'INSTANCEOF':
      return v !== '' && ctx.dictionary.isA(v, q);
    case 'VALCHANGES':
    case 'CHANGESFROM':
    case 'CHANGESTO':
      return changeMatches(ctx, type, c, v);
  }
  throw new Error('Invalid query: unsupported operator ' + c.operator);
}

function changeMatches(ctx: MatchContext, type: string, c: Condition, v: string): boolean {
  if (ctx.previous === undefined) {
    throw new Error('Invalid query: ' + c.operator + ' is only meaningful in a business rule filter condition');
  }
  var before = ctx.previous ? ctx.previous[c.field] || '' : '';
  var changed = before !== v;
  if (c.operator === 'VALCHANGES') return changed;
  if (c.operator === 'CHANGESFROM') return changed && sameValue(type, before, c.value);
  return changed && sameValue(type, v, c.value);
}

export function rowMatches(ctx: MatchContext, table: string, row: Row, model: QueryModel): boolean {
  if (model.groups.length === 0) return true;
  for (var g = 0; g < model.groups.length; g++) {
    var group = model.groups[g];
    var all = true;
    for (var d = 0; d < group.length && all; d++) {
      var any = false;
      for (var c = 0; c < group[d].length && !any; c++) any = conditionMatches(ctx, table, row, group[d][c]);
      all = any;
    }
    if (all) return true;
  }
  return false;
}
