// createInstance: one emulated instance = base dictionary + app schema, seeded platform rows (tables, choices, roles,
// the admin user), the database side (GlideRecord, gs, GlideSysAttachment) and the service side built over a Host.
// Decisions:
// - db.insert accepts tables the dictionary does not know (schemaless rows, for fixtures such as sys_ws_definition);
//   `new GlideRecord()` on such a table is still invalid, as on an instance without that table.
// - Script actions run as the user who queued the event; async rules as the user whose write queued them.
import { DatabaseDump, HttpRequest, HttpResponse, HttpTransport, Instance, InstanceOptions, RuleDefinition, ScriptActionDefinition, UserSpec } from './contract';
import type { Host } from './host';
import { createGlideSysAttachmentClass } from './attachments/glide-sys-attachment';
import { readAttachment, writeAttachment } from './attachments/attachment-store';
import { parseEncodedQuery } from './db/encoded-query';
import { checkFields, Row } from './db/query-matcher';
import { copyRow } from './db/row-store';
import { EventQueue } from './events/event-queue';
import { GlideRecordImpl } from './record/glide-record';
import { RecordWriter } from './record/record-writer';
import { BusinessRules } from './rules/business-rules';
import { InstanceRuntime } from './runtime/instance-runtime';
import { ADMIN_SYS_ID, Users } from './runtime/users';
import { baseSchema } from './schema/base-schema';
import { createGlideSystem } from './system/glide-system';
import { createIncludeResolver, InstalledInclude } from './runtime/script-includes';
import { GLOBAL_TABLE_ACCESS } from './access/global-table-access';
import { GLOBAL_SCOPE } from './access/scoped-access';
import { guardScopedApi } from './access/scoped-api-guard';
import { setAmbientScope } from './access/script-scope';
import { GlideElementImpl } from './record/glide-element';
import { QueryCondition } from './record/query-condition';

/** what the service side provides: script globals by name, plus `rest` (the scripted REST request/response factory) */
export type ServicesFactory = (host: Host) => { [globalName: string]: any };

var NO_TRANSPORT: HttpTransport = {
  send: function (request: HttpRequest): HttpResponse {
    throw new Error('No HTTP transport configured for this emulated instance (request to ' + request.url + ')');
  },
};

/** The table rows of the dictionary, with their Application Access: the documented defaults of a table, widened
 * where global-table-access.ts shows the platform's own tables allow more. An installed app's tables get theirs
 * from its package (install-app.ts). */
function seedDictionaryRows(runtime: InstanceRuntime): void {
  var names = runtime.dictionary.tableNames();
  var ids: { [table: string]: string } = {};
  for (var i = 0; i < names.length; i++) {
    var t = runtime.dictionary.table(names[i]);
    if (!t) continue;
    var row: Row = { name: t.name, label: t.label, sys_scope: 'global', is_extendable: runtime.dictionary.descendants(t.name).length > 1 || !!t.fields.sys_class_name ? 'true' : 'false' };
    var wider = Object.prototype.hasOwnProperty.call(GLOBAL_TABLE_ACCESS, t.name) ? GLOBAL_TABLE_ACCESS[t.name] : null;
    if (wider) {
      row.create_access = String(wider.create);
      row.update_access = String(wider.update);
      row.delete_access = String(wider.delete);
    }
    ids[t.name] = runtime.insertRow('sys_db_object', row);
  }
  for (var j = 0; j < names.length; j++) {
    var table = runtime.dictionary.table(names[j]);
    if (table && table.parent && ids[table.parent]) runtime.store.update('sys_db_object', ids[table.name], { super_class: ids[table.parent] });
    var own = runtime.dictionary.definition(names[j]);
    if (!own) continue;
    for (var field in own.fields) {
      if (!Object.prototype.hasOwnProperty.call(own.fields, field)) continue;
      var choices = own.fields[field].choices || [];
      for (var c = 0; c < choices.length; c++) {
        runtime.insertRow('sys_choice', { name: names[j], element: field, value: choices[c].value, label: choices[c].label, sequence: String(c * 10) });
      }
    }
  }
}

function createHost(runtime: InstanceRuntime, http: { requests: HttpRequest[]; transport: HttpTransport }): Host {
  return {
    now: function () { return runtime.now(); },
    transport: function () { return http.transport; },
    recordRequest: function (request: HttpRequest) { http.requests.push(request); },
    log: function (level: string, message: string, source?: string) { runtime.log(level, message, source); },
    lookup: function (table: string, sysId: string) {
      runtime.stats.queries++;
      var row = runtime.store.get(table, sysId);
      return row ? copyRow(row) : null;
    },
    lookupBy: function (table: string, field: string, value: string) {
      runtime.stats.queries++;
      var model = { groups: [[[{ field: field, operator: '=', value: value }]]], orderBy: [] };
      var rows = runtime.store.select(table, model, runtime.matchContext(), { start: 0, end: 1 });
      return rows.length > 0 ? copyRow(rows[0]) : null;
    },
    insert: function (table: string, values: Row) {
      runtime.stats.inserts++;
      return runtime.insertRow(table, values);
    },
    userName: function () { return runtime.userName(); },
    writeAttachment: function (table: string, sysId: string, fileName: string, contentType: string, base64: string) {
      return writeAttachment(runtime, table, sysId, fileName, contentType, base64);
    },
    readAttachment: function (attachmentSysId: string) { return readAttachment(runtime, attachmentSysId); },
  };
}

function recordRule(runtime: InstanceRuntime, rule: RuleDefinition): void {
  runtime.insertRow('sys_script', {
    name: rule.name,
    collection: rule.table,
    when: rule.when === 'async' ? 'async_always' : rule.when,
    order: String(rule.order === undefined ? 100 : rule.order),
    active: rule.active === false ? 'false' : 'true',
    action_insert: String(!!rule.insert),
    action_update: String(!!rule.update),
    action_delete: String(!!rule.delete),
    action_query: String(!!rule.query),
    filter_condition: rule.filterCondition || '',
    condition: rule.condition || '',
    script: typeof rule.script === 'string' ? rule.script : '',
  });
}

export function buildInstance(options: InstanceOptions, createServices: ServicesFactory): Instance {
  var runtime = new InstanceRuntime(options);
  runtime.dictionary.addSchema(baseSchema);
  var schemas = options.schema || [];
  for (var s = 0; s < schemas.length; s++) runtime.dictionary.addSchema(schemas[s]);
  // The scope whose scripts run: createAppInstance takes it from the app; an instance without one is told.
  if (!options.scope) throw new Error('createInstance: options.scope (the application scope whose scripts run) is required');
  var scope = options.scope;
  var userName = options.userName || 'admin';
  var users = new Users(runtime, userName);
  runtime.users = users;
  var runAs = function (name: string, fn: () => void) { users.runAs(name, fn); };
  var rules = new BusinessRules(runtime, runAs);
  runtime.operations = new RecordWriter(runtime, rules);
  var events = new EventQueue(runtime, runAs);
  var http = { requests: [] as HttpRequest[], transport: options.transport || NO_TRANSPORT };

  var GlideRecord: any = function GlideRecord(table: string) {
    return runtime.newRecord(String(table));
  };
  GlideRecord.prototype = GlideRecordImpl.prototype;
  var services = createServices(createHost(runtime, http));
  // What scripts reach is held to the scoped Glide API (access/scoped-api-guard.ts).
  guardScopedApi(GlideRecordImpl.prototype, 'GlideRecord');
  guardScopedApi(GlideElementImpl.prototype, 'GlideElement');
  guardScopedApi(QueryCondition.prototype, 'GlideQueryCondition');
  var globals: { [name: string]: any } = {
    GlideRecord: GlideRecord,
    GlideSysAttachment: createGlideSysAttachmentClass(runtime),
    gs: guardScopedApi(createGlideSystem({ platform: runtime, users: users, events: events, scope: scope }), 'GlideSystem'),
  };
  guardScopedApi(globals.GlideSysAttachment.prototype, 'GlideSysAttachment');
  for (var name in services) {
    if (Object.prototype.hasOwnProperty.call(services, name) && name !== 'rest') globals[name] = services[name];
  }
  runtime.globals = globals;

  // The global scope's own row (its sys_id is 'global' on every instance), which global tables belong to.
  runtime.insertRow('sys_scope', { sys_id: GLOBAL_SCOPE, scope: GLOBAL_SCOPE, name: 'Global', runtime_access_tracking: 'none' });
  seedDictionaryRows(runtime);
  users.add({ sys_id: ADMIN_SYS_ID, user_name: 'admin', first_name: 'System', last_name: 'Administrator', email: 'admin@example.com', roles: ['admin'] });
  users.ensureRole('itil');
  users.ensureRole('snc_internal');
  if (userName !== 'admin') users.add({ user_name: userName });
  runtime.stats.queries = runtime.stats.inserts = runtime.stats.updates = runtime.stats.deletes = 0;

  return {
    install: function (target: any) {
      for (var g in globals) if (Object.prototype.hasOwnProperty.call(globals, g)) target[g] = globals[g];
      // code calling these globals directly runs as the instance's caller scope (script-scope.ts)
      setAmbientScope(runtime.access.callerScope());
    },
    db: {
      insert: function (table: string, values: Row) {
        return runtime.insertRow(table, values);
      },
      get: function (table: string, sysId: string) {
        var row = runtime.store.get(table, sysId);
        return row ? copyRow(row) : null;
      },
      update: function (table: string, sysId: string, changes: Row) {
        return runtime.store.update(table, sysId, changes) !== null;
      },
      rows: function (table: string, encodedQuery?: string) {
        var model = parseEncodedQuery(encodedQuery || '');
        if (runtime.dictionary.hasTable(table)) checkFields(runtime.dictionary, table, model);
        var rows = runtime.store.select(table, model, runtime.matchContext(), { start: 0, end: -1 });
        var out: Row[] = [];
        for (var i = 0; i < rows.length; i++) out.push(copyRow(rows[i]));
        return out;
      },
      stats: function () {
        return { queries: runtime.stats.queries, inserts: runtime.stats.inserts, updates: runtime.stats.updates, deletes: runtime.stats.deletes };
      },
      resetStats: function () {
        runtime.stats.queries = runtime.stats.inserts = runtime.stats.updates = runtime.stats.deletes = 0;
      },
      dump: function () {
        var tables: { [baseTable: string]: Row[] } = {};
        var bases = runtime.store.baseTables();
        for (var b = 0; b < bases.length; b++) {
          var stored = runtime.store.rowsOf(bases[b]);
          if (stored.length === 0) continue;
          var copies: Row[] = [];
          for (var r = 0; r < stored.length; r++) copies.push(copyRow(stored[r]));
          tables[bases[b]] = copies;
        }
        return { tables: tables, numbers: runtime.numberCounters() };
      },
      load: function (dump: DatabaseDump) {
        for (var base in dump.tables) {
          if (Object.prototype.hasOwnProperty.call(dump.tables, base)) runtime.store.replaceRows(base, dump.tables[base]);
        }
        for (var table in dump.numbers) {
          if (Object.prototype.hasOwnProperty.call(dump.numbers, table)) runtime.setNumberCounter(table, dump.numbers[table]);
        }
      },
      trackChanges: function () {
        runtime.store.recordChanges();
      },
      takeChanges: function () {
        return { tables: runtime.store.takeChanges(), numbers: runtime.numberCounters() };
      },
      beginRollback: function () {
        runtime.store.beginUndo();
      },
      rollback: function (excluded: (baseTable: string) => boolean) {
        var undone = runtime.store.rollbackUndo(excluded);
        var touched: Array<{ table: string; sysId: string; deleted: boolean }> = [];
        for (var i = 0; i < undone.touched.length; i++) {
          var before = undone.touched[i].before;
          touched.push({ table: before.sys_class_name || undone.touched[i].base, sysId: before.sys_id, deleted: undone.touched[i].deleted });
        }
        var left: Array<{ table: string; sysId: string }> = [];
        for (var c = 0; c < undone.created.length; c++) left.push({ table: undone.created[c].row.sys_class_name || undone.created[c].base, sysId: undone.created[c].row.sys_id });
        return { touched: touched, left: left };
      },
    },
    addBusinessRule: function (rule: RuleDefinition) {
      rules.add(rule);
      recordRule(runtime, rule);
    },
    addScriptIncludes: function (installed: InstalledInclude[]) {
      runtime.includeResolver = createIncludeResolver(function (script: string, vars: { [name: string]: any }, scope: string) {
        return runtime.access.run(scope, function () {
          return runtime.evaluateWith(script, vars);
        });
      }, installed);
    },
    replaceScriptInclude: function (name: string, value: any) {
      if (!runtime.includeResolver) throw new Error('No script includes are installed');
      runtime.includeResolver.replace(name, value);
    },
    addScriptAction: function (action: ScriptActionDefinition) {
      events.addScriptAction(action);
    },
    processEvents: function () {
      return events.process();
    },
    runAsyncRules: function () {
      return rules.runAsync();
    },
    clock: {
      now: function () { return runtime.now(); },
      set: function (ms: number) { runtime.setNow(ms); },
      advance: function (ms: number) { runtime.advance(ms); },
    },
    runAs: function <T>(user: string, fn: () => T): T {
      return users.runAs(user, fn);
    },
    http: {
      requests: http.requests,
      setTransport: function (t: HttpTransport) { http.transport = t; },
    },
    evaluate: function (script: string, vars: { [name: string]: any }, scope?: string) {
      return runtime.evaluate(script, vars || {}, scope);
    },
    evaluateProgram: function (script: string, vars: { [name: string]: any }, scope?: string) {
      return runtime.evaluateProgram(script, vars || {}, scope);
    },
    runInScope: function <T>(scope: string, fn: () => T): T {
      return runtime.access.run(scope, fn);
    },
    currentScope: function () {
      return runtime.access.current();
    },
    rest: services.rest,
    logs: runtime.logs,
    addUser: function (user: UserSpec) {
      return users.add(user);
    },
  };
}
