// What loadApp() reads out of a built app (dist/app): the records as installed, plus typed views of the ones the
// emulator and the sandbox act on. Every value comes from the XML the SDK wrote; nothing is inferred from source.
import { RuleDefinition, SchemaJson, ScriptActionDefinition } from '../glide/contract';

/** One installed row: field name to raw string value, exactly as in the XML (booleans are 'true'/'false'). */
export interface AppRow {
  [field: string]: string;
}

export interface AppInfo {
  scope: string;
  name: string;
  version: string;
  sysId: string;
  /** es_latest, helsinki_es5 or traditional */
  jsLevel: string;
  /** none, permissive (Tracking) or enforcing: how the platform tracks the app's cross-scope operations */
  runtimeAccessTracking: string;
}

/** A cross-scope privilege the package ships (sys_scope_privilege). */
export interface PrivilegeDefinition {
  sysId: string;
  /** scope names */
  sourceScope: string;
  targetScope: string;
  targetName: string;
  /** sys_db_object, sys_script_include or scriptable */
  targetType: string;
  /** read, write, create, delete or execute */
  operation: string;
  /** requested, allowed or denied */
  status: string;
}

/** A database index the table is created with (dictionary/<table>.xml). */
export interface IndexDefinition {
  table: string;
  name: string;
  unique: boolean;
  fields: string[];
}

export interface ScriptIncludeDefinition {
  sysId: string;
  name: string;
  apiName: string;
  script: string;
  /** 'package_private' (this scope only) or 'public' */
  accessibleFrom: string;
  /** the application scope (name) the include belongs to: its script runs as that scope's */
  scope: string;
  active: boolean;
  clientCallable: boolean;
}

export interface RestRouteDefinition {
  sysId: string;
  name: string;
  method: string;
  /** relative path as declared, e.g. '/' or '/items/{id}' */
  relativePath: string;
  /** version id ('v1'), or '' when the API is not versioned */
  version: string;
  /** every path that reaches the route: the versioned one, and the unversioned one when its version is the default */
  fullPaths: string[];
  /** the application scope (name) the route belongs to: its script runs as that scope's */
  scope: string;
  script: string;
  active: boolean;
  requiresAuthentication: boolean;
  requiresAcl: boolean;
  requiresSncInternalRole: boolean;
  /** role names granted by the REST endpoint ACLs of the app enforced on the route */
  acls: string[];
  /** enforced ACLs the app does not define (e.g. the platform's default Scripted REST ACL), by sys_id */
  externalAclIds: string[];
  requestContentTypes?: string[];
  produces?: string[];
}

export interface RestApiVersion {
  /** 'v1' */
  id: string;
  number: number;
  isDefault: boolean;
  active: boolean;
  deprecated: boolean;
}

export interface RestApiDefinition {
  sysId: string;
  name: string;
  namespace: string;
  apiId: string;
  /** /api/<namespace>/<apiId> */
  baseUri: string;
  active: boolean;
  versions: RestApiVersion[];
  /** API-level ACLs (the default for its routes in the UI), resolved like a route's */
  acls: string[];
  externalAclIds: string[];
  routes: RestRouteDefinition[];
}

export interface PropertyDefinition {
  sysId: string;
  name: string;
  value: string;
  type: string;
  description: string;
  readRoles: string[];
  writeRoles: string[];
}

export interface RoleDefinition {
  sysId: string;
  name: string;
  description: string;
  /** names of the roles this role contains (sys_user_role_contains) */
  containsRoles: string[];
}

export interface AclDefinition {
  sysId: string;
  /** 'incident', 'incident.short_description', 'incident.*' for records; the resource name for other types */
  name: string;
  /** as stored: 'record', 'REST_Endpoint' (Fluent's type 'rest_endpoint'), ... */
  type: string;
  operation: string;
  /** for type record: the table and, for a field ACL, the field */
  table?: string;
  field?: string;
  /** role names; the user needs one of them (empty: no role requirement) */
  roles: string[];
  condition?: string;
  script?: string;
  /** the application scope (name) the ACL belongs to: its script runs as that scope's */
  scope: string;
  active: boolean;
  adminOverrides: boolean;
  /** 'allow' or 'deny' */
  decisionType: string;
  description: string;
}

export interface EventDefinition {
  sysId: string;
  name: string;
  table: string;
  description: string;
  firedBy: string;
  priority?: number;
  queue: string;
}

export interface ScheduledJobDefinition {
  sysId: string;
  name: string;
  active: boolean;
  /** daily, weekly, monthly, periodically, once, on_demand, ... */
  runType: string;
  /** the application scope (name) the job belongs to */
  scope: string;
  script: string;
  conditional: boolean;
  condition: string;
  /** 'YYYY-MM-DD HH:mm:ss' as stored, '' when unset */
  runStart: string;
  /** time of day 'HH:mm:ss' for daily/weekly/monthly jobs, '' when unset */
  runTime: string;
  /** repeat interval of a periodic job in milliseconds */
  runPeriodMs?: number;
  timeZone: string;
}

/** One step of an ATF test (sys_atf_step), with its inputs as stored. */
export interface AtfStepDefinition {
  sysId: string;
  test: string;
  /** execution order */
  order: number;
  active: boolean;
  /** sys_atf_step_config sys_id: which kind of step this is (the platform's step configurations) */
  stepConfig: string;
  displayName: string;
  description: string;
  table: string;
  /** how long a step that can wait (Record Query, Record Validation) retries before it fails; 0: once */
  timeoutSeconds: number;
  /** the application scope (name) the step runs in */
  scope: string;
  /** value by input variable sys_id (sys_variable_value), as stored: data pills ({{step['id'].output}}) unresolved */
  inputs: { [variableSysId: string]: string };
  /** input values taken from earlier steps' outputs (sys_element_mapping), by input field name */
  mappings: { [field: string]: string };
}

export interface AtfTestDefinition {
  sysId: string;
  name: string;
  description: string;
  active: boolean;
  failOnServerError: boolean;
  scope: string;
  /** shipped as demo data (unload.demo/): present only when the package was installed with demo data */
  demo: boolean;
  /** in execution order */
  steps: AtfStepDefinition[];
}

export interface AtfSuiteDefinition {
  sysId: string;
  name: string;
  description: string;
  active: boolean;
  /** the parent suite's sys_id, '' for a top-level suite */
  parent: string;
  scope: string;
  demo: boolean;
  /** sys_atf_test_suite_test rows, in order */
  tests: Array<{ test: string; order: number; abortOnFailure: boolean }>;
}

export interface AtfDefinitions {
  tests: AtfTestDefinition[];
  suites: AtfSuiteDefinition[];
}

export interface LoadedApp {
  app: AppInfo;
  /** the app's tables, in the form Instance options take */
  schema: SchemaJson;
  indexes: IndexDefinition[];
  businessRules: RuleDefinition[];
  scriptActions: ScriptActionDefinition[];
  scriptIncludes: ScriptIncludeDefinition[];
  restApis: RestApiDefinition[];
  properties: PropertyDefinition[];
  roles: RoleDefinition[];
  acls: AclDefinition[];
  events: EventDefinition[];
  scheduledJobs: ScheduledJobDefinition[];
  privileges: PrivilegeDefinition[];
  /** sys_ids of the records only a first install writes (the SDK's `installMethod: 'first install'`, folder
   * unload/): an upgrade leaves them as the admin left them */
  firstInstallIds: string[];
  /** sys_ids of the demo data the package was loaded with (folder unload.demo/; empty without demo data) */
  demoIds: string[];
  /** the package's Automated Test Framework tests and suites */
  atf: AtfDefinitions;
  /** every record the package installs, by table */
  records: { [table: string]: AppRow[] };
}
