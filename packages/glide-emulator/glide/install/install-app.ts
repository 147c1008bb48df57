// Installing the built package into an emulated instance, as the platform does with the app's update records: the
// app's own row (so the app can read its version), its properties, roles, choices and registered events, and its
// business rules and script actions, whose scripts are the installed text. The app's tables come in through the
// schema at creation time. Runs wherever the instance runs (Jest, Rhino, the Node vm), so it is ES5.
import { Instance, InstanceOptions } from '../contract';
import { LoadedApp } from '../../loader/types';

function seedRows(instance: Instance, table: string, rows: Array<{ [field: string]: string }> | undefined): void {
  if (!rows) return;
  for (var i = 0; i < rows.length; i++) instance.db.insert(table, rows[i]);
}

/** A shipped row without the update-set bookkeeping columns the package XML carries. */
function packageRowValues(row: { [field: string]: string }): { [field: string]: string } {
  var values: { [field: string]: string } = {};
  for (var field in row) {
    if (Object.prototype.hasOwnProperty.call(row, field) && field !== 'sys_update_name' && field !== 'sys_scope') values[field] = row[field];
  }
  return values;
}

/** Platform tables whose rows the package may ship, installed as it ships them. */
var PLATFORM_DATA_TABLES = ['sys_auth_profile_basic'];

/** The Application Access columns of a table row (sys_db_object) as the package sets them. */
var TABLE_ACCESS_COLUMNS = ['access', 'read_access', 'create_access', 'update_access', 'delete_access', 'ws_access', 'caller_access'];

/** The app's tables: their sys_db_object rows (created with the dictionary) take the package's Application Access
 * and belong to the app's scope. */
function applyTableAccess(instance: Instance, app: LoadedApp): void {
  var tables = app.records['sys_db_object'] || [];
  for (var i = 0; i < tables.length; i++) {
    var shipped = tables[i];
    var existing = instance.db.rows('sys_db_object', 'name=' + shipped.name);
    if (existing.length === 0) continue;
    var changes: { [field: string]: string } = { sys_scope: app.app.sysId };
    for (var c = 0; c < TABLE_ACCESS_COLUMNS.length; c++) {
      var column = TABLE_ACCESS_COLUMNS[c];
      if (Object.prototype.hasOwnProperty.call(shipped, column)) changes[column] = shipped[column];
    }
    instance.db.update('sys_db_object', existing[0].sys_id, changes);
  }
}

/** The cross-scope privileges the package ships, with their source and target scopes as sys_scope references. */
function installPrivileges(instance: Instance, app: LoadedApp): void {
  for (var i = 0; i < app.privileges.length; i++) {
    var privilege = app.privileges[i];
    var target = privilege.targetScope === 'global' ? 'global' : privilege.targetScope === app.app.scope ? app.app.sysId : privilege.targetScope;
    instance.db.insert('sys_scope_privilege', {
      sys_id: privilege.sysId,
      source_scope: app.app.sysId,
      target_scope: target,
      target_name: privilege.targetName,
      target_type: privilege.targetType,
      operation: privilege.operation,
      status: privilege.status,
    });
  }
}

export function installApp(instance: Instance, app: LoadedApp): void {
  instance.db.insert('sys_app', {
    sys_id: app.app.sysId,
    name: app.app.name,
    scope: app.app.scope,
    version: app.app.version,
    active: 'true',
    js_level: app.app.jsLevel,
    runtime_access_tracking: app.app.runtimeAccessTracking,
  });
  applyTableAccess(instance, app);
  installPrivileges(instance, app);
  for (var p = 0; p < app.properties.length; p++) {
    var property = app.properties[p];
    instance.db.insert('sys_properties', { sys_id: property.sysId, name: property.name, value: property.value, type: property.type, description: property.description });
  }
  for (var r = 0; r < app.roles.length; r++) {
    instance.db.insert('sys_user_role', { sys_id: app.roles[r].sysId, name: app.roles[r].name, description: app.roles[r].description });
  }
  seedRows(instance, 'sys_choice', app.records['sys_choice']);
  for (var e = 0; e < app.events.length; e++) {
    var event = app.events[e];
    instance.db.insert('sysevent_register', { sys_id: event.sysId, event_name: event.name, table: event.table, description: event.description, queue: event.queue });
  }
  instance.addScriptIncludes(app.scriptIncludes);
  // Rows the package ships for the app's own tables (e.g. a seeded response plan), as installing the package does.
  for (var t = 0; t < app.schema.tables.length; t++) {
    var rows = app.records[app.schema.tables[t].name] || [];
    for (var r2 = 0; r2 < rows.length; r2++) instance.db.insert(app.schema.tables[t].name, packageRowValues(rows[r2]));
  }
  // Platform data the package ships: basic auth profiles (the ones its ATF tests' REST steps sign in with).
  for (var d = 0; d < PLATFORM_DATA_TABLES.length; d++) {
    var shippedRows = app.records[PLATFORM_DATA_TABLES[d]] || [];
    for (var r3 = 0; r3 < shippedRows.length; r3++) instance.db.insert(PLATFORM_DATA_TABLES[d], packageRowValues(shippedRows[r3]));
  }
  for (var b = 0; b < app.businessRules.length; b++) instance.addBusinessRule(app.businessRules[b]);
  for (var s = 0; s < app.scriptActions.length; s++) instance.addScriptAction(app.scriptActions[s]);
}

/** A new instance with the app's tables, then the app installed into it. */
export function createAppInstance(
  createInstance: (options: InstanceOptions) => Instance,
  app: LoadedApp,
  options?: InstanceOptions
): Instance {
  var merged: InstanceOptions = {};
  if (options) {
    for (var key in options) {
      if (Object.prototype.hasOwnProperty.call(options, key)) (merged as any)[key] = (options as any)[key];
    }
  }
  merged.schema = [app.schema].concat(options && options.schema ? options.schema : []);
  merged.scope = app.app.scope;
  // Code calling the instance directly (tests of the app's source, Rhino job code) is the app's code.
  if (!merged.callerScope) merged.callerScope = app.app.scope;
  var instance = createInstance(merged);
  installApp(instance, app);
  return instance;
}
