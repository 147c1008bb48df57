// The records of a built app, indexed for the mappers: by table, and by table + sys_id for references.
import { XmlRecord } from './xml-records';

export class RecordIndex {
  private byTable: { [table: string]: XmlRecord[] } = {};
  private byId: { [key: string]: XmlRecord } = {};

  constructor(records: XmlRecord[]) {
    for (var record of records) {
      (this.byTable[record.table] = this.byTable[record.table] || []).push(record);
      var sysId = record.values.sys_id;
      if (!sysId) continue;
      var key = record.table + ':' + sysId;
      var previous = this.byId[key];
      if (previous) throw new Error(`${record.table} ${sysId} is written twice (${previous.file}, ${record.file})`);
      this.byId[key] = record;
    }
  }

  tables(): string[] {
    return Object.keys(this.byTable).sort();
  }

  all(table: string): XmlRecord[] {
    return this.byTable[table] || [];
  }

  get(table: string, sysId: string): XmlRecord | undefined {
    return this.byId[table + ':' + sysId];
  }

  /** The scope (name) a record belongs to, from its sys_scope column: the display value the SDK writes beside the
   * reference (<sys_scope display_value="x_acme_app">sys_id</sys_scope>), 'global' for global records. */
  scopeName(record: XmlRecord): string {
    var sysId = record.values.sys_scope || '';
    if (sysId === '' || sysId === 'global') return 'global';
    var display = record.attributes.sys_scope && record.attributes.sys_scope.display_value;
    if (display) return display;
    var app = this.all('sys_app')[0];
    if (app && app.values.sys_id === sysId) return app.values.scope;
    throw new Error(`${record.file}: sys_scope ${sysId} has no scope name in the app`);
  }

  /** Name of a referenced role: the name the SDK writes beside the reference, else the app's own role record. */
  roleName(record: XmlRecord, field: string): string {
    var attributeName = record.attributes[field] && record.attributes[field].name;
    if (attributeName) return attributeName;
    var role = this.get('sys_user_role', record.values[field] || '');
    if (role) return role.values.name;
    throw new Error(`${record.file}: ${field} references role ${record.values[field]}, which has no name in the app`);
  }
}

export function bool(value: string | undefined): boolean {
  return value === 'true' || value === '1';
}

/** undefined for an empty or non-numeric value */
export function int(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  var n = parseInt(value, 10);
  return isNaN(n) ? undefined : n;
}

/** A comma-separated list field (glide_list, roles): trimmed, empties dropped. */
export function list(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
