// The emulator's public contract. Jest uses it directly from TypeScript; the Rhino tier and the sandbox use the same
// code compiled to ES5 (dist/emulator/glide.js, global `GlideEmulator`). Everything here must stay ES5-clean: no
// Map/Set/Promise/Object.assign/Array.prototype.find at run time, because it runs inside Rhino after the
// ServiceNow-ES5 profile has deleted those built-ins.

/** One column of a table, as the dictionary (sys_dictionary) describes it. */
export interface FieldSchema {
  /** internal_type: string, integer, boolean, glide_date_time, reference, journal_input, journal, password2,
   * choice, sys_class_name, GUID, json, url, conditions, script, html, decimal, float, user_roles, ... */
  type: string;
  label?: string;
  /** table referenced, for type `reference` */
  reference?: string;
  maxLength?: number;
  mandatory?: boolean;
  readOnly?: boolean;
  defaultValue?: string;
  /** choices from sys_choice, in order */
  choices?: Array<{ value: string; label: string }>;
}

export interface TableSchema {
  name: string;
  label?: string;
  /** parent table (incident extends task); fields are inherited */
  extends?: string;
  /** the field shown as the record's display value (number for task, name for users...) */
  displayField?: string;
  /** table can be extended: its rows carry sys_class_name (task, cmdb_ci, sys_scope) */
  extensible?: boolean;
  /** sys_number prefix: inserts fill an empty `number` field with prefix + 7 digits (INC0010001...) */
  numberPrefix?: string;
  /** a field listed again in a child table is a dictionary override (choices, default) for that child */
  fields: { [name: string]: FieldSchema };
}

export interface SchemaJson {
  tables: TableSchema[];
}

/** A business rule as sys_script stores it. `script` is the script text (as installed) or, in Jest, a function. */
export interface RuleDefinition {
  sys_id?: string;
  name: string;
  table: string;
  when: 'before' | 'after' | 'async' | 'display';
  insert?: boolean;
  update?: boolean;
  delete?: boolean;
  query?: boolean;
  order?: number;
  active?: boolean;
  /** encoded query the record must match (filter_condition) */
  filterCondition?: string;
  /** script condition (condition field), evaluated with `current` in scope */
  condition?: string;
  /** the application scope (name) the rule belongs to: its script and condition run as that scope's scripts.
   * Default global: a platform or customer rule. A function script runs in it too. */
  scope?: string;
  script: string | ((current: any, previous: any) => void);
}

/** A script action (sysevent_script_action): runs when its event is processed, with `event` and `current` in scope. */
export interface ScriptActionDefinition {
  sys_id?: string;
  name: string;
  eventName: string;
  active?: boolean;
  order?: number;
  /** condition script (condition_script), evaluated with `event` and `current` in scope */
  conditionScript?: string;
  /** the application scope (name) the action belongs to; default global */
  scope?: string;
  script: string | ((event: any, current: any) => void);
}

/** A sys_user to create; roles are sys_user_role names (created when missing). */
export interface UserSpec {
  user_name: string;
  first_name?: string;
  last_name?: string;
  /** defaults to first_name + ' ' + last_name, as the platform computes it */
  name?: string;
  email?: string;
  active?: boolean;
  roles?: string[];
  sys_id?: string;
}

/** What RESTMessageV2 hands to the transport. Headers are as set by the script (names as given). */
export interface HttpRequest {
  method: string;
  url: string;
  headers: { [name: string]: string };
  body: string;
  /** base64 when the script sent binary (setRequestBodyFromAttachment / setRequestBodyFromStream) */
  bodyBase64?: string;
  timeoutMs?: number;
  midServer?: string;
  authProfile?: { type: string; sysId: string };
  basicAuth?: { user: string; password: string };
}

export interface HttpResponse {
  status: number;
  headers: { [name: string]: string };
  body: string;
  /** the body's raw bytes as base64, from transports that carry real bytes (the sandbox's): binary content such as
   * an attachment download survives here even where `body`, decoded as UTF-8 text, cannot hold it */
  bodyBase64?: string;
  /** set for transport-level failures (timeout, connection refused/reset): status is 0 then */
  errorCode?: number;
  errorMessage?: string;
}

/** Rows by base table: a hierarchy (task, incident, problem...) is stored under its base table, told apart by
 * sys_class_name; a table outside the dictionary under its own name. */
export interface DatabaseDump {
  tables: { [baseTable: string]: Array<{ [field: string]: string }> };
  /** next sys_number per numbered table (incident: 10006 means INC0010006 comes next) */
  numbers: { [table: string]: number };
}

/** Rows written since changes were last taken, by base table and sys_id: the row as stored now, or null when it was
 * deleted (inserted and deleted in between included); applied in any order of sys_ids to a copy of the database
 * before them, they give the database after them (new rows go last, as in a dump). */
export interface DatabaseChanges {
  tables: { [baseTable: string]: { [sysId: string]: { [field: string]: string } | null } };
  numbers: { [table: string]: number };
}

/** Synchronous, as RESTMessageV2.execute() is on an instance. */
export interface HttpTransport {
  send(request: HttpRequest): HttpResponse;
}

export interface InstanceOptions {
  /** dictionaries to load; the emulator's own base platform tables are always loaded first */
  schema?: SchemaJson[];
  /** milliseconds since epoch; defaults to the real clock */
  clock?: () => number;
  /** user the script runs as (user_name in sys_user); default 'admin' */
  userName?: string;
  transport?: HttpTransport;
  /** scope of the app whose scripts run (affects gs.getProperty prefixing rules and script include namespace);
   * required by createInstance, set from the app by createAppInstance */
  scope?: string;
  /** Scope of code that calls the instance's globals directly instead of through an installed record (Jest tests
   * calling the app's TypeScript, Rhino job code): default global; createAppInstance makes it the app's scope,
   * since that code is the app's. Installed scripts run in their record's scope whatever this says. */
  callerScope?: string;
  /** How the instance treats an application's cross-scope operations (access/scoped-access.ts): 'enforcing' as an
   * instance the app was installed on (only operations with an allowed sys_scope_privilege run; the default),
   * 'tracking' as the app's development instance (operations are recorded as privileges). */
  accessTracking?: 'enforcing' | 'tracking';
  /** called for gs.info/warn/error/debug and system log writes */
  onLog?: (level: string, message: string, source?: string) => void;
}

export interface EventRecord {
  sys_id: string;
  name: string;
  table: string;
  instance: string;
  parm1: string;
  parm2: string;
  queue: string;
  state: string;
  process_on: string;
}

/** One emulated instance: its own database, clock, users, rules, event queue and HTTP log. */
export interface Instance {
  /** Define the script globals on `target`: GlideRecord, gs, GlideSysAttachment (database side) and what the service
   * side provides (GlideDateTime, GlideDate, GlideDuration, sn_ws, sn_ws_err, sn_auth, GlideStringUtil, GlideDigest,
   * CertificateEncryption). GlideElement is internal: scripts get elements from records. */
  install(target: any): void;
  /** Raw row access that bypasses business rules (fixtures and assertions). Values are strings, as stored. */
  db: {
    insert(table: string, values: { [field: string]: string }): string;
    get(table: string, sysId: string): { [field: string]: string } | null;
    /** changes the named columns of a stored row; false when there is no such row */
    update(table: string, sysId: string, changes: { [field: string]: string }): boolean;
    rows(table: string, encodedQuery?: string): Array<{ [field: string]: string }>;
    /** database operations (query/insert/update/delete) since the last reset: the benchmark counts these */
    stats(): { queries: number; inserts: number; updates: number; deletes: number };
    resetStats(): void;
    /** Every stored row and the sys_number counters: the whole database, as plain JSON data (the sandbox's --data). */
    dump(): DatabaseDump;
    /** Replaces the rows of each base table named in `dump.tables` (other tables are left alone) and sets the
     * counters it names. Raw, like insert: no business rules. */
    load(dump: DatabaseDump): void;
    /** From now on, remember which rows every write touches (the sandbox keeps a copy of its committed database). */
    trackChanges(): void;
    /** The rows written since the last call (or since trackChanges()) and the sys_number counters; forgets them. */
    takeChanges(): DatabaseChanges;
    /** ATF rollback: from now on, remember every row as it was before its first write. */
    beginRollback(): void;
    /** Puts back every row written since beginRollback(), except in the base tables `excluded` names (sys_number
     * counters are never put back); returns the rows that existed before and were changed or deleted since
     * (`touched`), and the rows inserted since that were still there (`left`). */
    rollback(excluded: (baseTable: string) => boolean): {
      touched: Array<{ table: string; sysId: string; deleted: boolean }>;
      left: Array<{ table: string; sysId: string }>;
    };
  };
  addBusinessRule(rule: RuleDefinition): void;
  addScriptAction(action: ScriptActionDefinition): void;
  /** The installed script includes: every evaluated script (rule, action, route, job) that names one gets it, run from
   * its installed text. Replaces any earlier set. */
  addScriptIncludes(includes: Array<{ name: string; script: string; active: boolean; scope?: string }>): void;
  /** Test seam: scripts that name this installed include get `value` (a test double) instead. */
  replaceScriptInclude(name: string, value: any): void;
  /** Process queued events whose process_on is due, running script actions; returns how many events ran. */
  processEvents(): number;
  /** Run async business rules that are due; returns how many ran. */
  runAsyncRules(): number;
  clock: { now(): number; set(ms: number): void; advance(ms: number): void };
  /** Run fn as another user (gs.getUserName()/hasRole follow). */
  runAs<T>(userName: string, fn: () => T): T;
  http: { requests: HttpRequest[]; setTransport(t: HttpTransport): void };
  /** Evaluate script text (a business rule, route or entry script, as installed) with `vars` as local variables and
   * the instance's globals in scope, as a script of `scope` (default: the running script's scope). The text becomes the body of `new Function(...)`, so the result is what the
   * script `return`s (a trailing expression's completion value is NOT returned). Business rules run through this. */
  evaluate(script: string, vars: { [name: string]: any }, scope?: string): any;
  /** Like evaluate, but the text is a program and the result its completion value (the value of its last expression
   * statement), as ATF takes the outcome of a Run Server Side Script step. */
  evaluateProgram(script: string, vars: { [name: string]: any }, scope?: string): any;
  /** Runs fn as a script of `scope` ('global', or an application's scope name): GlideRecord operations inside it are
   * held to that scope's cross-scope rules. Tests use it for what stands for a user or the platform ('global'). */
  runInScope<T>(scope: string, fn: () => T): T;
  /** the scope of the script running now */
  currentScope(): string;
  /** Scripted REST objects for running a route script: the request as the platform would build it, and a response
   * that records what the script set. */
  rest: {
    request(spec: ScriptedRestRequestSpec): any;
    response(): ScriptedRestResponse;
  };
  /** Messages written through gs.info/warn/error/debug and the platform's own errors (invalid table, failing business
   * rule or script action...), newest last. */
  logs: Array<{ level: string; message: string; source?: string }>;
  /** Create a user (sys_user + roles); returns its sys_id. `admin` (role admin) exists from the start. */
  addUser(user: UserSpec): string;
}

export interface ScriptedRestRequestSpec {
  method: string;
  /** full request path, e.g. /api/x_acme_app/v1/health */
  uri: string;
  pathParams?: { [name: string]: string };
  queryParams?: { [name: string]: string[] };
  headers?: { [name: string]: string };
  /** raw body text; body.data is its parsed JSON when the content type is JSON */
  body?: string;
}

/** RESTAPIResponse plus a way to read back what the script did with it. */
export interface ScriptedRestResponse {
  setStatus(status: number): void;
  setBody(body: any): void;
  setHeader(name: string, value: string): void;
  setContentType(type: string): void;
  setError(error: any): void;
  getStreamWriter(): { writeString(s: string): void; writeStream(stream: any): void };
  /** status (default 200), headers, and the body serialized as the platform would send it; a body the stream writer
   * wrote bytes to (writeStream) comes as base64 in `bodyBase64`, with `body` '' */
  result(): { status: number; headers: { [name: string]: string }; body: string; bodyBase64?: string };
}
