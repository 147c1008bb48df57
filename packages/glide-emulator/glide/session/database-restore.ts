// Restoring a saved sandbox database into a freshly installed instance, the way an app upgrade meets existing data:
// - the records the installer derives from the build (the dictionary's sys_db_object and sys_choice rows, the
//   business rules, script actions and event registrations, the app's sys_app row) come from the CURRENT build,
//   never from the snapshot: a rebuilt app's new rules and choices are what runs;
// - every other table holds exactly the snapshot's rows (data, users, roles, properties...), plus the app package's
//   own records (by sys_id) that the snapshot lacks: a property or role a newer build added appears, as an upgrade
//   installs it, while one the snapshot has keeps its saved value; records of a first install only (seed data such
//   as the Quickstart response plan) are never put back, as an upgrade does not re-apply them;
// - the sys_number counters continue from the snapshot's.
// Choices added through the sandbox to sys_choice are therefore not restored.
import type { DatabaseDump, Instance } from '../contract';
import type { LoadedApp } from '../../loader/types';

export var TABLES_FROM_BUILD = ['sys_db_object', 'sys_choice', 'sys_script', 'sysevent_script_action', 'sysevent_register', 'sys_app'];

/** the package's records an upgrade installs: all but those of a first install only (seed data an admin owns now) */
function packageRecordIds(app: LoadedApp): { [sysId: string]: boolean } {
  var ids: { [sysId: string]: boolean } = {};
  for (var table in app.records) {
    if (!Object.prototype.hasOwnProperty.call(app.records, table)) continue;
    var rows = app.records[table];
    for (var i = 0; i < rows.length; i++) if (rows[i].sys_id) ids[rows[i].sys_id] = true;
  }
  var firstOnly = app.firstInstallIds || [];
  for (var f = 0; f < firstOnly.length; f++) delete ids[firstOnly[f]];
  return ids;
}

export function restoreDatabase(instance: Instance, app: LoadedApp, saved: DatabaseDump): void {
  var fresh = instance.db.dump();
  var packaged = packageRecordIds(app);
  var restored: DatabaseDump = { tables: {}, numbers: saved.numbers };
  for (var base in saved.tables) {
    if (!Object.prototype.hasOwnProperty.call(saved.tables, base) || TABLES_FROM_BUILD.indexOf(base) >= 0) continue;
    var rows = saved.tables[base].slice();
    var present: { [sysId: string]: boolean } = {};
    for (var r = 0; r < rows.length; r++) present[rows[r].sys_id] = true;
    var installed = fresh.tables[base] || [];
    for (var f = 0; f < installed.length; f++) {
      if (packaged[installed[f].sys_id] && !present[installed[f].sys_id]) rows.push(installed[f]);
    }
    restored.tables[base] = rows;
  }
  instance.db.load(restored);
}
