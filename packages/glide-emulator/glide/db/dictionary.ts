// The emulated sys_dictionary: tables with inheritance (incident extends task), dictionary overrides, and the sys_
// columns every table has. Resolved views are cached and rebuilt when a schema is added.
import { FieldSchema, SchemaJson, TableSchema } from '../contract';

export interface ResolvedTable {
  name: string;
  label: string;
  /** parent table, or '' for a base table */
  parent: string;
  /** the base table of the hierarchy: rows of incident live with task's rows */
  root: string;
  /** field shown as the record's display value ('' when the table has none) */
  displayField: string;
  /** sys_number prefix, inherited ('' when the table is not numbered) */
  numberPrefix: string;
  /** own and inherited fields, child overrides applied */
  fields: { [name: string]: FieldSchema };
  fieldNames: string[];
}

var SYSTEM_FIELDS: { [name: string]: FieldSchema } = {
  sys_id: { type: 'GUID', label: 'Sys ID', maxLength: 32 },
  sys_created_on: { type: 'glide_date_time', label: 'Created' },
  sys_created_by: { type: 'string', label: 'Created by', maxLength: 40 },
  sys_updated_on: { type: 'glide_date_time', label: 'Updated' },
  sys_updated_by: { type: 'string', label: 'Updated by', maxLength: 40 },
  sys_mod_count: { type: 'integer', label: 'Updates' },
};
var CLASS_FIELD: FieldSchema = { type: 'sys_class_name', label: 'Class', maxLength: 80 };

export class Dictionary {
  private tables: { [name: string]: TableSchema } = {};
  private resolved: { [name: string]: ResolvedTable } = {};
  private descendantCache: { [name: string]: string[] } = {};
  /** tables whose hierarchy stores sys_class_name: declared extensible or actually extended */
  private extensibleRoots: { [name: string]: boolean } = {};

  /** Later definitions of a table add fields to it (an app adding u_ columns to incident) and override its options. */
  addSchema(schema: SchemaJson): void {
    for (var i = 0; i < schema.tables.length; i++) {
      var table = schema.tables[i];
      var existing = this.tables[table.name];
      if (!existing) {
        existing = { name: table.name, fields: {} };
        this.tables[table.name] = existing;
      }
      if (table.label !== undefined) existing.label = table.label;
      if (table.extends !== undefined) existing.extends = table.extends;
      if (table.displayField !== undefined) existing.displayField = table.displayField;
      if (table.extensible !== undefined) existing.extensible = table.extensible;
      if (table.numberPrefix !== undefined) existing.numberPrefix = table.numberPrefix;
      for (var field in table.fields) {
        if (Object.prototype.hasOwnProperty.call(table.fields, field)) existing.fields[field] = table.fields[field];
      }
    }
    this.resolved = {};
    this.descendantCache = {};
    this.extensibleRoots = {};
    for (var name in this.tables) {
      if (!Object.prototype.hasOwnProperty.call(this.tables, name)) continue;
      var t = this.tables[name];
      if (t.extensible || t.extends) this.extensibleRoots[this.rootOf(name)] = true;
    }
  }

  hasTable(name: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.tables, name);
  }

  tableNames(): string[] {
    var out: string[] = [];
    for (var name in this.tables) if (Object.prototype.hasOwnProperty.call(this.tables, name)) out.push(name);
    return out.sort();
  }

  /** the table as defined (own fields and overrides only), or null */
  definition(name: string): TableSchema | null {
    return this.hasTable(name) ? this.tables[name] : null;
  }

  /** null for an unknown table */
  table(name: string): ResolvedTable | null {
    if (!this.hasTable(name)) return null;
    var cached = this.resolved[name];
    if (cached) return cached;
    var chain = this.chainOf(name);
    var fields: { [name: string]: FieldSchema } = {};
    var fieldNames: string[] = [];
    var add = function (fname: string, schema: FieldSchema) {
      if (!Object.prototype.hasOwnProperty.call(fields, fname)) fieldNames.push(fname);
      fields[fname] = schema;
    };
    for (var sys in SYSTEM_FIELDS) if (Object.prototype.hasOwnProperty.call(SYSTEM_FIELDS, sys)) add(sys, SYSTEM_FIELDS[sys]);
    var root = chain[chain.length - 1];
    if (this.extensibleRoots[root]) add('sys_class_name', CLASS_FIELD);
    var displayField = '';
    var numberPrefix = '';
    // base table first so that children override
    for (var i = chain.length - 1; i >= 0; i--) {
      var t = this.tables[chain[i]];
      for (var f in t.fields) if (Object.prototype.hasOwnProperty.call(t.fields, f)) add(f, t.fields[f]);
      if (t.displayField) displayField = t.displayField;
      if (t.numberPrefix) numberPrefix = t.numberPrefix;
    }
    var own = this.tables[name];
    var resolved: ResolvedTable = {
      name: name,
      label: own.label || name,
      parent: own.extends || '',
      root: root,
      displayField: displayField,
      numberPrefix: numberPrefix,
      fields: fields,
      fieldNames: fieldNames,
    };
    this.resolved[name] = resolved;
    return resolved;
  }

  field(table: string, field: string): FieldSchema | null {
    var t = this.table(table);
    if (!t || !Object.prototype.hasOwnProperty.call(t.fields, field)) return null;
    return t.fields[field];
  }

  rootOf(name: string): string {
    var chain = this.chainOf(name);
    return chain[chain.length - 1];
  }

  /** the table and every table extending it, directly or not */
  descendants(name: string): string[] {
    var cached = this.descendantCache[name];
    if (cached) return cached;
    var out: string[] = [];
    for (var candidate in this.tables) {
      if (!Object.prototype.hasOwnProperty.call(this.tables, candidate)) continue;
      var chain = this.chainOf(candidate);
      for (var i = 0; i < chain.length; i++) {
        if (chain[i] === name) {
          out.push(candidate);
          break;
        }
      }
    }
    this.descendantCache[name] = out;
    return out;
  }

  /** the table, its parent, ... up to the base table */
  chainOf(name: string): string[] {
    var chain: string[] = [];
    var current = name;
    while (current && this.hasTable(current) && chain.length < 32) {
      chain.push(current);
      current = this.tables[current].extends || '';
    }
    if (chain.length === 0) chain.push(name);
    return chain;
  }

  isA(table: string, ancestor: string): boolean {
    var chain = this.chainOf(table);
    for (var i = 0; i < chain.length; i++) if (chain[i] === ancestor) return true;
    return false;
  }
}
