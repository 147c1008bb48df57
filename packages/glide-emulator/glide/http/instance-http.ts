// createInstanceHttp(instance, app): the emulated instance's HTTP surface. The sandbox's Node process authenticates
// the caller and hands every request over with its user name; this answers it inside the script engine, as that
// user (instance.runAs):
//   /api/now[/vN]/table/...        Table API (table-api.ts)
//   /api/now[/vN]/attachment/...   Attachment API (attachment-api.ts)
//   /api/<namespace>/...           the app's scripted REST APIs (scripted-rest.ts)
// The platform's own APIs need an authenticated, active, not locked-out user (else 401 with the Basic challenge).
// Responses carry `X-Is-Logged-In: true` when the caller is authenticated, as the instance's do. handle() never
// throws: anything unexpected is a 500 in the platform's error JSON.
import type { Instance } from '../contract';
import type { LoadedApp } from '../../loader/types';
import { handleAttachmentApi } from './attachment-api';
import { HttpContext, errorText } from './http-context';
import { AccessHost, createRecordAccess, recordRules } from './record-access';
import { errorResponse, notAuthenticated, unknownResource } from './responses';
import { GUEST, handleScriptedRest } from './scripted-rest';
import { handleTableApi } from './table-api';
import type { InstanceHttp, InstanceHttpRequest, InstanceHttpResponse } from './types';
import { tablesClosedToWebServices } from './web-service-access';

var DEFAULT_HOST = 'instance.service-now.com';

/** '/api/now/table/incident/' -> ['api', 'now', 'table', 'incident'] */
function segmentsOf(path: string): string[] {
  var parts = String(path).split('/');
  var out: string[] = [];
  for (var i = 0; i < parts.length; i++) if (parts[i] !== '') out.push(parts[i]);
  return out;
}

export function createInstanceHttp(instance: Instance, app: LoadedApp): InstanceHttp {
  var glide: { [name: string]: any } = {};
  instance.install(glide);
  var rules = recordRules(app.acls);
  var closedTables = tablesClosedToWebServices(app);
  var chains: { [table: string]: string[] } = {};

  /** the table's hierarchy from sys_db_object.super_class (the dictionary is fixed once the instance exists) */
  function chainOf(table: string): string[] {
    if (chains[table]) return chains[table];
    var chain: string[] = [];
    var rows = instance.db.rows('sys_db_object', 'name=' + table);
    while (rows.length > 0 && chain.length < 32) {
      chain.push(rows[0].name);
      var parent = rows[0].super_class ? instance.db.get('sys_db_object', rows[0].super_class) : null;
      rows = parent ? [parent] : [];
    }
    chains[table] = chain.length > 0 ? chain : [table];
    return chains[table];
  }

  /** can this user_name sign in: an active sys_user that is not locked out */
  function canSignIn(userName: string): boolean {
    var user = new glide.GlideRecord('sys_user');
    if (!user.get('user_name', userName)) return false;
    return user.getValue('active') === '1' && user.getValue('locked_out') !== '1';
  }

  /** role checks of the current user, cached for one request */
  function roleChecker(): (role: string) => boolean {
    var known: { [role: string]: boolean } = {};
    return function (role: string) {
      if (!Object.prototype.hasOwnProperty.call(known, role)) known[role] = glide.gs.hasRole(role) === true;
      return known[role];
    };
  }

  function accessHost(hasRole: (role: string) => boolean): AccessHost {
    return {
      hasRole: hasRole,
      chainOf: chainOf,
      runScript: function (script: string, current: any, scope: string) {
        return instance.evaluate('var answer;\n' + script + '\nreturn answer;', { current: current }, scope);
      },
      matches: function (record: any, condition: string) {
        var id = record.getUniqueValue();
        if (!id || record.isNewRecord()) return false;
        var probe = new glide.GlideRecord(record.getTableName());
        probe.setWorkflow(false);
        probe.addQuery('sys_id', id);
        probe.addEncodedQuery(condition);
        probe.query();
        return probe.next();
      },
    };
  }

  function baseUrl(req: InstanceHttpRequest): string {
    return (req.headers['x-forwarded-proto'] || 'https') + '://' + (req.headers.host || DEFAULT_HOST);
  }

  function ensureGuest(): void {
    var guest = new glide.GlideRecord('sys_user');
    if (!guest.get('user_name', GUEST)) instance.addUser({ user_name: GUEST, first_name: 'Guest' });
  }

  /** /api/now/...: the platform's own APIs, for authenticated users only */
  function platformApi(req: InstanceHttpRequest, segments: string[]): InstanceHttpResponse {
    var rest = segments.slice(2);
    var version = /^v\d+$/.test(rest[0] || '') ? (rest.shift() as string) : '';
    var api = rest.shift();
    if (api !== 'table' && api !== 'attachment') return unknownResource();
    if (api === 'table' && (rest.length < 1 || rest.length > 2)) return unknownResource();
    if (req.user === null || !canSignIn(req.user)) return notAuthenticated();
    return instance.runAs(req.user, function () {
      var ctx: HttpContext = { instance: instance, glide: glide, access: createRecordAccess(rules, accessHost(roleChecker())), baseUrl: baseUrl(req) };
      return api === 'table' ? handleTableApi(ctx, req, rest, version, closedTables) : handleAttachmentApi(ctx, req, rest);
    });
  }

  function scriptedApi(req: InstanceHttpRequest, segments: string[]): InstanceHttpResponse {
    if (req.user !== null && !canSignIn(req.user)) return notAuthenticated();
    var hasRole = roleChecker();
    return handleScriptedRest(
      {
        instance: instance,
        runAs: function (userName: string, fn: () => InstanceHttpResponse) {
          if (userName === GUEST) ensureGuest();
          return instance.runAs(userName, fn);
        },
        hasRole: function (role: string) { return hasRole(role); },
      },
      app.restApis,
      req,
      '/' + segments.join('/')
    );
  }

  function dispatch(req: InstanceHttpRequest): InstanceHttpResponse {
    var segments = segmentsOf(req.path);
    if (segments[0] !== 'api' || segments.length < 2) return unknownResource();
    return segments[1] === 'now' ? platformApi(req, segments) : scriptedApi(req, segments);
  }

  return {
    recordAccess: function () {
      return createRecordAccess(rules, accessHost(roleChecker()));
    },
    handle: function (req: InstanceHttpRequest): InstanceHttpResponse {
      var response: InstanceHttpResponse;
      try {
        // The web services are the platform's, not a script of the app: global (a scripted route's own script runs
        // in the route's scope, scripted-rest.ts).
        response = instance.runInScope('global', function () {
          return dispatch(req);
        });
      } catch (e) {
        response = errorResponse(500, errorText(e), 'Unexpected error in the emulated instance');
      }
      if (req.user !== null && response.status !== 401) response.headers['X-Is-Logged-In'] = 'true';
      return response;
    },
  };
}
