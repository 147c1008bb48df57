// The built Incident Bridge app installed into a fresh emulated instance on a fixed clock, with its HTTP surface and
// the users the tests act as. `call` speaks HTTP-ish (method, URL with query, user, body) and parses JSON answers.
import { parseQueryString } from '@incb/glide-emulator';
import GlideEmulator from '@incb/glide-emulator';
import { Instance } from '@incb/glide-emulator';
import { InstanceHttp, InstanceHttpRequest, InstanceHttpResponse } from '@incb/glide-emulator';
import { AclDefinition, LoadedApp } from '@incb/glide-emulator/loader';
import { builtApp } from './appInstance';

/** 2024-05-17 09:30:00 UTC, the clock of the emulator's own tests (packages/glide-emulator/test/emulated-instance.ts) */
export const START = Date.UTC(2024, 4, 17, 9, 30, 0);

export const CONNECTION = 'x_incb_bridge_connection';

export interface Sandbox {
  instance: Instance;
  http: InstanceHttp;
  /** the script globals (GlideRecord, gs...) */
  glide: any;
  app: LoadedApp;
}

/** users every test instance has, by user_name */
export const USERS = {
  agent: ['x_incb_bridge.agent'],
  'itil.user': ['itil'],
  'ado.hook': ['x_incb_bridge.integration'],
  'bridge.admin': ['x_incb_bridge.admin'],
  nobody: [],
};

/** The tests act as the platform and its admins around the app (fixtures through GlideRecord are form saves and
 * imports, not the app's scripts): the instance's caller scope is global. The app's own scripts (routes, rules)
 * still run in its scope. */
export function sandbox(app: LoadedApp = builtApp()): Sandbox {
  const instance = GlideEmulator.createAppInstance(app, { clock: () => START, callerScope: 'global' });
  for (const [name, roles] of Object.entries(USERS)) {
    instance.addUser({ user_name: name, first_name: name, last_name: 'Tester', roles });
  }
  const glide: any = {};
  instance.install(glide);
  return { instance, http: GlideEmulator.createInstanceHttp(instance, app), glide, app };
}

export interface CallOptions {
  /** default 'admin'; null = unauthenticated */
  user?: string | null;
  /** an object is sent as JSON */
  body?: any;
  bodyBase64?: string;
  headers?: { [name: string]: string };
}

export interface CallResult extends InstanceHttpResponse {
  /** the parsed JSON body, or undefined when the body is not JSON */
  json: any;
}

export function toRequest(method: string, url: string, options: CallOptions = {}): InstanceHttpRequest {
  const parsed = new URL(url, 'https://instance.service-now.com');
  const query = parseQueryString(parsed.search.slice(1));
  const headers: { [name: string]: string } = { host: 'instance.service-now.com' };
  for (const [name, value] of Object.entries(options.headers || {})) headers[name.toLowerCase()] = value;
  const body = options.body === undefined ? '' : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  if (options.body !== undefined && headers['content-type'] === undefined) headers['content-type'] = 'application/json';
  const request: InstanceHttpRequest = {
    method,
    path: parsed.pathname,
    query,
    headers,
    body,
    user: options.user === undefined ? 'admin' : options.user,
  };
  if (options.bodyBase64 !== undefined) request.bodyBase64 = options.bodyBase64;
  return request;
}

export function call(box: Sandbox, method: string, url: string, options: CallOptions = {}): CallResult {
  const response = box.http.handle(toRequest(method, url, options));
  let json: any;
  try {
    json = JSON.parse(response.body);
  } catch (e) {
    json = undefined;
  }
  return { ...response, json };
}

/** The app with some of its tables opened to web services (all of them ship closed): "Allow access to this table
 * via web services" and, since Application Access binds web service calls from outside the app's scope too
 * (c_RuntimeAccessToAppTables.md), Can create / update / delete. `access` picks fewer. */
export function withWebServiceAccess(app: LoadedApp, tables: string[], access: { create?: boolean; update?: boolean; delete?: boolean } = {}): LoadedApp {
  const flag = (value: boolean | undefined) => String(value !== false);
  const dbObjects = app.records['sys_db_object'].map((row) =>
    tables.includes(row.name)
      ? { ...row, ws_access: 'true', create_access: flag(access.create), update_access: flag(access.update), delete_access: flag(access.delete) }
      : row
  );
  return { ...app, records: { ...app.records, sys_db_object: dbObjects } };
}

/** the app with more record ACLs */
export function withAcls(app: LoadedApp, acls: Array<Partial<AclDefinition> & { name: string; operation: string }>): LoadedApp {
  const extra: AclDefinition[] = acls.map((acl, i) => {
    const dot = acl.name.indexOf('.');
    const out: AclDefinition = {
      sysId: 'test-acl-' + i,
      type: 'record',
      roles: [],
      active: true,
      adminOverrides: true,
      decisionType: 'allow',
      description: 'added by the test',
      scope: 'x_incb_bridge',
      table: dot < 0 ? acl.name : acl.name.substring(0, dot),
      ...acl,
    };
    if (dot >= 0) out.field = acl.name.substring(dot + 1);
    return out;
  });
  return { ...app, acls: app.acls.concat(extra) };
}

/** inserts an incident through GlideRecord (business rules run) and returns its sys_id */
export function newIncident(box: Sandbox, values: { [field: string]: string } = {}): string {
  const gr = new box.glide.GlideRecord('incident');
  gr.initialize();
  for (const [name, value] of Object.entries(values)) gr.setValue(name, value);
  return gr.insert();
}
