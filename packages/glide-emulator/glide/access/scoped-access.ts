// The rules a script lives under because of the application scope it belongs to (ServiceNowDocs
// application-development, "Application access settings"):
//
// - Each running script has a scope: an installed record's script (business rule, script include, script action,
//   scheduled job, scripted REST route, ACL) runs in the record's scope; the emulator's own platform behaviour and
//   the web services (Table API, Attachment API) run in global. Code that calls the instance's globals directly
//   (Jest tests calling the app's TypeScript, Rhino job code) runs in the instance's caller scope: the app's scope in
//   an instance with the app installed (the strict choice: that code is the app's), global otherwise.
// - Table Application Access (r_TableApplicationAccessFields.md): a script of another scope may touch a table's rows
//   only if the table is accessible from all application scopes and allows the operation (Can read / create /
//   update / delete). A global script is bound by it too when the table belongs to an application.
// - Runtime access tracking (c_RuntimeAccessTracking.md, c_CrossScopePrivilegeRecord.md): an application's script
//   that touches ANOTHER scope's table (global included) needs a cross-scope privilege (sys_scope_privilege) for the
//   operation, unless the application's runtime_access_tracking is `none`. "After application publication, the
//   system only allows runtime requests to run that have a valid cross-scope privilege record": on an instance the
//   app was installed on (this emulator's default, `accessTracking: 'enforcing'`), an operation without an
//   `allowed` privilege is refused. On the app's development instance (`accessTracking: 'tracking'`) the request is
//   recorded as a privilege: `allowed` when the app's setting is Tracking (permissive), `requested` (and refused)
//   when it is Enforcing.
// - A refused operation does nothing and logs the platform's message: a read finds no rows, insert() and update()
//   return null, deleteRecord() false (the documented failure results of those methods). The wording of the
//   privilege refusal is the one ServiceNowDocs quotes (platform-administration/search-administration/
//   ais-dashboards-cross-scope-access.md: "Read operation on table '<name>' from scope '<app>' was denied. The
//   application '<app>' must declare a cross scope access privilege. ..."), with the "Security restricted" prefix
//   instances put before security messages (platform-security/authentication/t_FindDeniedIPAddresses.md).
// - Some GlideRecord APIs may not be used on a table outside the calling scope at all: setWorkflow ("This method
//   can't be set for cross-scoped applications", c_GlideRecordScopedAPI.md, KB0820691) and setAbortAction. Instances
//   refuse them with "Access to api '<api>' from scope '<scope>' has been refused due to the api's cross-scope access
//   policy"; the emulator throws that message (the strictest reading: the script stops there).
import { parseEncodedQuery } from '../db/encoded-query';
import { enterScope, leaveScope } from './script-scope';
import type { MatchContext, Row } from '../db/query-matcher';
import type { RowStore } from '../db/row-store';

export type AccessTracking = 'enforcing' | 'tracking';
export type TableOperation = 'read' | 'write' | 'create' | 'delete';

export var GLOBAL_SCOPE = 'global';

/** What the checks read from the instance: raw rows, never through GlideRecord (they are the platform's own). */
export interface AccessPlatform {
  store: RowStore;
  matchContext(): MatchContext;
  log(level: string, message: string, source?: string): void;
  insertRow(table: string, values: Row): string;
}

var OPERATION_WORDS: { [op: string]: string } = { read: 'Read', write: 'Write', create: 'Create', delete: 'Delete' };
var ACCESS_COLUMNS: { [op: string]: string } = { read: 'read_access', write: 'update_access', create: 'create_access', delete: 'delete_access' };

export class ScopedAccess {
  private stack: string[];

  constructor(private p: AccessPlatform, callerScope: string, private tracking: AccessTracking) {
    this.stack = [callerScope || GLOBAL_SCOPE];
  }

  /** the scope of the script running now */
  current(): string {
    return this.stack[this.stack.length - 1];
  }

  mode(): AccessTracking {
    return this.tracking;
  }

  /** runs fn as a script of `scope` (the record's scope whose script it is) */
  run<T>(scope: string, fn: () => T): T {
    this.stack.push(scope || GLOBAL_SCOPE);
    enterScope(scope || GLOBAL_SCOPE);
    try {
      return fn();
    } finally {
      leaveScope();
      this.stack.pop();
    }
  }

  /** the scope of code calling this instance's globals directly (see InstanceOptions.callerScope) */
  callerScope(): string {
    return this.stack[0];
  }

  private first(table: string, query: string): Row | null {
    var rows = this.p.store.select(table, parseEncodedQuery(query), this.p.matchContext(), { start: 0, end: 1 });
    return rows.length > 0 ? rows[0] : null;
  }

  /** the sys_scope row of a scope name (global's sys_id is 'global') */
  private scopeRow(scope: string): Row | null {
    return this.first('sys_scope', 'scope=' + scope);
  }

  /** the scope name a table belongs to (its sys_db_object.sys_scope); tables outside the dictionary are global */
  tableScope(table: string): string {
    var row = this.first('sys_db_object', 'name=' + table);
    if (!row || !row.sys_scope || row.sys_scope === GLOBAL_SCOPE) return GLOBAL_SCOPE;
    var scope = this.p.store.get('sys_scope', row.sys_scope);
    return scope ? scope.scope || GLOBAL_SCOPE : GLOBAL_SCOPE;
  }

  /** True when the running script may perform `operation` on rows of `table`; otherwise logs why and returns false. */
  table(table: string, operation: TableOperation): boolean {
    var caller = this.current();
    var definition = this.first('sys_db_object', 'name=' + table);
    var owner = this.tableScope(table);
    if (owner === caller) return true;
    if (definition && !this.tableAllows(definition, operation)) {
      this.p.log('error', 'Security restricted: ' + OPERATION_WORDS[operation] + ' operation against \'' + table + '\' from scope \'' + caller + '\' has been refused due to the table\'s cross-scope access policy', 'ScopedAccess');
      return false;
    }
    if (caller === GLOBAL_SCOPE) return true;
    return this.privileged(caller, owner, table, operation);
  }

  private tableAllows(definition: Row, operation: TableOperation): boolean {
    if (definition.access === 'package_private') return false;
    if (definition.read_access === 'false') return false;
    return operation === 'read' || definition[ACCESS_COLUMNS[operation]] === 'true';
  }

  private privileged(caller: string, owner: string, table: string, operation: TableOperation): boolean {
    var source = this.scopeRow(caller);
    if (!source) return true;
    var setting = source.runtime_access_tracking || 'permissive';
    if (setting === 'none') return true;
    var targetId = owner === GLOBAL_SCOPE ? GLOBAL_SCOPE : (this.scopeRow(owner) || { sys_id: owner }).sys_id;
    var privilege = this.first(
      'sys_scope_privilege',
      'source_scope=' + source.sys_id + '^target_scope=' + targetId + '^target_name=' + table + '^target_type=sys_db_object^operation=' + operation
    );
    if (privilege && privilege.status === 'allowed') return true;
    if (!privilege && this.tracking === 'tracking') {
      var status = setting === 'enforcing' ? 'requested' : 'allowed';
      this.p.insertRow('sys_scope_privilege', { source_scope: source.sys_id, target_scope: targetId, target_name: table, target_type: 'sys_db_object', operation: operation, status: status });
      if (status === 'allowed') return true;
    }
    var app = source.name || caller;
    this.p.log(
      'error',
      'Security restricted: ' + OPERATION_WORDS[operation] + ' operation on table \'' + table + '\' from scope \'' + app + '\' was denied. The application \'' + app +
        '\' must declare a cross scope access privilege. Please contact the application author to update their privilege requests.',
      'ScopedAccess'
    );
    return false;
  }

  /** Throws the platform's refusal when a scoped script calls a GlideRecord API that is closed to tables of other
   * scopes (setWorkflow, setAbortAction) on such a table. */
  api(table: string, api: string): void {
    var caller = this.current();
    if (caller === GLOBAL_SCOPE || this.tableScope(table) === caller) return;
    var message = 'Access to api \'' + api + '\' from scope \'' + caller + '\' has been refused due to the api\'s cross-scope access policy';
    this.p.log('error', message, 'ScopedAccess');
    throw new Error(message);
  }
}
