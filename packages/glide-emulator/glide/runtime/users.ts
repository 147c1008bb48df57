// Users, roles and the session user. Roles come from sys_user_has_role; a user with the admin role has every role
// (documented for gs.hasRole). runAs() switches the session user for a block, as impersonation does.
import type { UserSpec } from '../contract';
import { parseEncodedQuery } from '../db/encoded-query';
import type { Row } from '../db/query-matcher';
import type { Platform } from './platform';

/** sys_id of `admin` on every instance */
export var ADMIN_SYS_ID = '6816f79cc0a8016401c5a33be04be441';

export class Users {
  private stack: string[];
  /** session client data (GlideSession.putClientData) of each frame of `stack`: a runAs block is one unit of work
   * (a REST request, an event's script actions, an async rule, a job run) in a session of its own, so what a script
   * puts there is seen by the scripts of the same unit (the business rules its writes run) and by no other */
  private clientData: Array<{ [name: string]: string }>;

  constructor(private platform: Platform, userName: string) {
    this.stack = [userName];
    this.clientData = [{}];
  }

  putClientData(name: string, value: string): void {
    this.clientData[this.clientData.length - 1][name] = value;
  }

  /** null when the unit of work put nothing under that name */
  getClientData(name: string): string | null {
    var data = this.clientData[this.clientData.length - 1];
    return Object.prototype.hasOwnProperty.call(data, name) ? data[name] : null;
  }

  private firstMatch(table: string, query: string): Row | null {
    var rows = this.platform.store.select(table, parseEncodedQuery(query), this.platform.matchContext(), { start: 0, end: 1 });
    return rows.length > 0 ? rows[0] : null;
  }

  current(): string {
    return this.stack[this.stack.length - 1];
  }

  row(userName: string): Row | null {
    return this.firstMatch('sys_user', 'user_name=' + userName);
  }

  currentId(): string {
    var row = this.row(this.current());
    return row ? row.sys_id : '';
  }

  displayName(userName: string): string {
    var row = this.row(userName);
    return row && row.name ? row.name : userName;
  }

  runAs<T>(userName: string, fn: () => T): T {
    if (!this.row(userName)) throw new Error('runAs: no sys_user with user_name "' + userName + '"');
    this.stack.push(userName);
    this.clientData.push({});
    try {
      return fn();
    } finally {
      this.stack.pop();
      this.clientData.pop();
    }
  }

  private roleNames(userSysId: string): string[] {
    var links = this.platform.store.select('sys_user_has_role', parseEncodedQuery('user=' + userSysId + '^state=active'), this.platform.matchContext(), { start: 0, end: -1 });
    var names: string[] = [];
    for (var i = 0; i < links.length; i++) {
      var role = this.platform.store.get('sys_user_role', links[i].role);
      if (role) names.push(role.name);
    }
    return names;
  }

  hasRole(userName: string, role: string): boolean {
    var user = this.row(userName);
    if (!user) return false;
    var names = this.roleNames(user.sys_id);
    for (var i = 0; i < names.length; i++) if (names[i] === 'admin' || names[i] === role) return true;
    return false;
  }

  ensureRole(name: string): string {
    var existing = this.firstMatch('sys_user_role', 'name=' + name);
    return existing ? existing.sys_id : this.platform.insertRow('sys_user_role', { name: name });
  }

  grant(userSysId: string, role: string): void {
    var roleId = this.ensureRole(role);
    if (this.firstMatch('sys_user_has_role', 'user=' + userSysId + '^role=' + roleId)) return;
    this.platform.insertRow('sys_user_has_role', { user: userSysId, role: roleId, state: 'active' });
  }

  add(spec: UserSpec): string {
    if (!spec.user_name) throw new Error('addUser: user_name is required');
    if (this.row(spec.user_name)) throw new Error('addUser: user_name "' + spec.user_name + '" exists');
    var first = spec.first_name || '';
    var last = spec.last_name || '';
    var values: Row = {
      user_name: spec.user_name,
      first_name: first,
      last_name: last,
      // sys_user.name is calculated from first and last name on the platform
      name: spec.name || (first + ' ' + last).trim(),
      email: spec.email || '',
      active: spec.active === false ? 'false' : 'true',
    };
    if (spec.sys_id) values.sys_id = spec.sys_id;
    var sysId = this.platform.insertRow('sys_user', values);
    var roles = spec.roles || [];
    for (var i = 0; i < roles.length; i++) this.grant(sysId, roles[i]);
    return sysId;
  }
}
