// loadApp(dist/app): everything the built package would install, read back from the SDK's XML, so the emulator and
// the sandbox run exactly what an instance would get: schema, rules, script includes, REST APIs, security, records.
// Node-only infrastructure: never bundled for Rhino, never imported by src/app.
import fs from 'node:fs';
import path from 'node:path';
import { SchemaJson } from '../glide/contract';
import { RecordIndex, list } from './record-index';
import { restApisOf } from './rest-apis';
import { indexesOf, schemaOf } from './schema';
import { atfOf } from './atf';
import { aclsOf, privilegesOf, rolesOf } from './security';
import { businessRulesOf, eventsOf, scheduledJobsOf, scriptActionsOf, scriptIncludesOf } from './server-scripts';
import { AppInfo, AppRow, LoadedApp, PropertyDefinition } from './types';
import { XmlElementNode, XmlRecord, listXmlFiles, readDatabaseFile, readRecordFile } from './xml-records';

export interface LoadOptions {
  /** the platform tables the app builds on (the emulator's base schema): resolves dictionary overrides of
   * inherited columns, such as a child of task changing priority */
  baseSchema?: SchemaJson;
  /** also load demo data (records the SDK writes under unload.demo/, installed only on request) */
  includeDemoData?: boolean;
}

/** The SDK writes dictionary/<table>.xml in the <database> format; every other folder holds <record_update>s. */
var DATABASE_FOLDER = 'dictionary';
var DEMO_FOLDER = 'unload.demo';
/** records with `installMethod: 'first install'`: installed with the app, never again by an upgrade */
var FIRST_INSTALL_FOLDER = 'unload';

function appInfoOf(index: RecordIndex): AppInfo {
  var apps = index.all('sys_app');
  if (apps.length !== 1) throw new Error(`expected one sys_app record (scope/), found ${apps.length}`);
  var v = apps[0].values;
  return { scope: v.scope, name: v.name, version: v.version, sysId: v.sys_id, jsLevel: v.js_level || '', runtimeAccessTracking: v.runtime_access_tracking || 'permissive' };
}

function propertiesOf(index: RecordIndex): PropertyDefinition[] {
  return index.all('sys_properties').map((p) => ({
    sysId: p.values.sys_id,
    name: p.values.name,
    value: p.values.value || '',
    type: p.values.type || 'string',
    description: p.values.description || '',
    readRoles: list(p.values.read_roles),
    writeRoles: list(p.values.write_roles),
  }));
}

function rowsOf(index: RecordIndex): { [table: string]: AppRow[] } {
  var out: { [table: string]: AppRow[] } = {};
  for (var table of index.tables()) out[table] = index.all(table).map((r) => Object.assign({}, r.values));
  return out;
}

export function loadApp(distAppDir: string, options: LoadOptions = {}): LoadedApp {
  if (!fs.existsSync(path.join(distAppDir, 'scope'))) {
    throw new Error(`${distAppDir} is not a built app (no scope/ folder): run npm run build`);
  }
  var records: XmlRecord[] = [];
  var databases: XmlElementNode[] = [];
  for (var file of listXmlFiles(distAppDir)) {
    var folder = file.split('/')[0];
    if (folder === DEMO_FOLDER && !options.includeDemoData) continue;
    var full = path.join(distAppDir, file);
    if (folder === DATABASE_FOLDER) {
      var database = readDatabaseFile(full);
      if (database) databases.push(database);
    } else {
      records = records.concat(readRecordFile(full, file));
    }
  }
  // Only INSERT_OR_UPDATE records are installed rows: a DELETE or delete_multiple removes rows an instance already
  // has, which a freshly loaded sandbox has not.
  var index = new RecordIndex(records.filter((r) => r.action === 'INSERT_OR_UPDATE'));
  var demoIds = records.filter((r) => r.action === 'INSERT_OR_UPDATE' && r.file.split('/')[0] === DEMO_FOLDER && r.values.sys_id).map((r) => r.values.sys_id);
  return {
    app: appInfoOf(index),
    schema: schemaOf(index, options.baseSchema),
    indexes: indexesOf(databases),
    businessRules: businessRulesOf(index),
    scriptActions: scriptActionsOf(index),
    scriptIncludes: scriptIncludesOf(index),
    restApis: restApisOf(index),
    properties: propertiesOf(index),
    roles: rolesOf(index),
    acls: aclsOf(index),
    events: eventsOf(index),
    scheduledJobs: scheduledJobsOf(index),
    privileges: privilegesOf(index),
    records: rowsOf(index),
    demoIds: demoIds,
    atf: atfOf(index, demoIds),
    firstInstallIds: records.filter((r) => r.action === 'INSERT_OR_UPDATE' && r.file.split('/')[0] === FIRST_INSTALL_FOLDER).map((r) => r.values.sys_id),
  };
}
