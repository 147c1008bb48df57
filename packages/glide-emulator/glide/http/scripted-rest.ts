// Scripted REST APIs of the app (sys_ws_definition / sys_ws_operation): /api/<namespace>/[<version>/]<api>/<path>.
// A route's fullPaths are templates whose {name} segments become request.pathParams; a trailing slash is tolerated
// as on the instance. Before the route script runs, the platform's gates, in this order:
// - requires authentication: no user -> 401 with the Basic challenge;
// - requires snc_internal: with the Explicit Roles plugin (the only case where the flag applies, ServiceNowDocs
//   application-development/servicenow-sdk/scripted-rest-api-api-now-ts.md "internalRole"), every user who is not
//   external (no snc_external role) holds snc_internal, so only external users fail -> 403;
// - requires ACL authorization: the user needs one of the roles of the route's REST_Endpoint ACLs (admin passes all
//   role checks) -> 403 "User Not Authorized" / "Failed API level ACL Validation". Enforced ACLs the app does not
//   define (the platform's "Scripted REST External Default") are taken to admit every authenticated user;
// - content negotiation (content-negotiation.ts): a Content-Type outside the resource's request formats -> 415, an
//   Accept admitting none of its response formats -> 406.
// Then the route script runs through instance.evaluate with `request` and `response`, as a script of the route's
// application scope (the instance resolves the script includes it names); its response.result() is the answer (a
// body streamed with writeStream goes on as `bodyBase64`, its exact bytes). A script that throws is a 500 in the
// platform's error JSON. No path match: 400 "Requested URI does not represent any resource"; a path match without
// the method: 405.
import type { Instance } from '../contract';
import type { RestApiDefinition, RestRouteDefinition } from '../../loader/types';
import { negotiate } from './content-negotiation';
import { errorText } from './http-context';
import { errorResponse, methodNotAllowed, notAuthenticated, unknownResource } from './responses';
import type { InstanceHttpRequest, InstanceHttpResponse } from './types';

export var GUEST = 'guest';

/** a route matching the path, with its path parameters */
interface RouteMatch {
  route: RestRouteDefinition;
  pathParams: { [name: string]: string };
  /** template segments that are parameters: a literal segment wins over a parameter */
  parameterCount: number;
}

/** what scripted REST needs from the instance for one request */
export interface ScriptedRestHost {
  instance: Instance;
  /** runs fn as the user (user_name) */
  runAs(userName: string, fn: () => InstanceHttpResponse): InstanceHttpResponse;
  /** does the user fn runs as have the role? */
  hasRole(role: string): boolean;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch (e) {
    return segment;
  }
}

function matchTemplate(template: string, path: string): { params: { [name: string]: string }; count: number } | null {
  var want = template.split('/');
  var have = path.split('/');
  if (want.length !== have.length) return null;
  var params: { [name: string]: string } = {};
  var parameters = 0;
  for (var i = 0; i < want.length; i++) {
    var name = /^\{([^{}\/]+)\}$/.exec(want[i]);
    if (name) {
      if (have[i] === '') return null;
      params[name[1]] = decodeSegment(have[i]);
      parameters++;
    } else if (want[i] !== have[i]) {
      return null;
    }
  }
  return { params: params, count: parameters };
}

function versionActive(api: RestApiDefinition, route: RestRouteDefinition): boolean {
  if (!route.version) return true;
  for (var i = 0; i < api.versions.length; i++) if (api.versions[i].id === route.version) return api.versions[i].active;
  return false;
}

function matches(apis: RestApiDefinition[], path: string): RouteMatch[] {
  var out: RouteMatch[] = [];
  for (var a = 0; a < apis.length; a++) {
    if (!apis[a].active) continue;
    for (var r = 0; r < apis[a].routes.length; r++) {
      var route = apis[a].routes[r];
      if (!route.active || !versionActive(apis[a], route)) continue;
      for (var p = 0; p < route.fullPaths.length; p++) {
        var match = matchTemplate(route.fullPaths[p], path);
        if (match) out.push({ route: route, pathParams: match.params, parameterCount: match.count });
      }
    }
  }
  return out;
}

function authorizedByAcl(host: ScriptedRestHost, route: RestRouteDefinition): boolean {
  if (route.acls.length === 0) return true;
  for (var i = 0; i < route.acls.length; i++) if (host.hasRole(route.acls[i])) return true;
  return false;
}

function isInternal(host: ScriptedRestHost): boolean {
  return host.hasRole('snc_internal') || !host.hasRole('snc_external');
}

function run(host: ScriptedRestHost, req: InstanceHttpRequest, path: string, match: RouteMatch): InstanceHttpResponse {
  var instance = host.instance;
  var request = instance.rest.request({
    method: req.method.toUpperCase(),
    uri: path,
    pathParams: match.pathParams,
    queryParams: req.query,
    headers: req.headers,
    body: req.body,
  });
  var response = instance.rest.response();
  try {
    instance.evaluate(match.route.script, { request: request, response: response }, match.route.scope);
    var result = response.result();
    var answer: InstanceHttpResponse = { status: result.status, headers: result.headers, body: result.body };
    // a streamed binary body (writeStream) crosses to the socket side as base64, like an Attachment API download
    if (result.bodyBase64 !== undefined) answer.bodyBase64 = result.bodyBase64;
    return answer;
  } catch (e) {
    return errorResponse(500, errorText(e), 'Script error in ' + match.route.name);
  }
}

/** `path` has no trailing slash */
export function handleScriptedRest(host: ScriptedRestHost, apis: RestApiDefinition[], req: InstanceHttpRequest, path: string): InstanceHttpResponse {
  var found = matches(apis, path);
  if (found.length === 0) return unknownResource();
  var method = req.method.toUpperCase();
  var candidates: RouteMatch[] = [];
  for (var i = 0; i < found.length; i++) if (found[i].route.method.toUpperCase() === method) candidates.push(found[i]);
  if (candidates.length === 0) return methodNotAllowed(method);
  candidates.sort(function (a, b) { return a.parameterCount - b.parameterCount; });
  var match = candidates[0];
  var route = match.route;
  if (req.user === null && route.requiresAuthentication) return notAuthenticated();
  // an anonymous request to a public route runs as the platform's guest user, and meets the same gates
  return host.runAs(req.user === null ? GUEST : req.user, function () {
    if (route.requiresSncInternalRole && !isInternal(host)) return errorResponse(403, 'User Not Authorized', 'The snc_internal role is required');
    if (route.requiresAcl && !authorizedByAcl(host, route)) return errorResponse(403, 'User Not Authorized', 'Failed API level ACL Validation');
    return negotiate(method, req.headers, route.requestContentTypes, route.produces) || run(host, req, path, match);
  });
}
