// A request the instance's own scripts send to the instance itself (a URL under its glide.servlet.uri), such as an
// outbound integration pointed at a scripted REST route of the same instance. On an instance another thread serves
// it while the sending script waits. In the sandbox the engine is busy with that very script, and a round trip through
// the Node process would wait for the engine forever, so the session serves it in place: the same HTTP surface
// (instance-http.ts) as any inbound request, nested inside the script's call, with the instance's own checks: the
// caller authenticates with HTTP basic auth against the sandbox's users (a wrong password is a 401, no credentials
// an unauthenticated request), paths outside /api answer 404 as the sandbox does.
import type { HttpRequest, HttpResponse, HttpTransport, Instance } from '../contract';
import type { InstanceHttp, InstanceHttpRequest } from '../http/types';
import { errorResponse, notAuthenticated } from '../http/responses';
import { base64DecodeText } from '../services/base64';
import { bytesToUpperHex } from '../services/hex';
import { parseQueryString } from '../services/queryString';
import { sha256 } from '../services/sha256';
import { utf8Encode } from '../services/utf8';

function digest(password: string): string {
  return bytesToUpperHex(sha256(utf8Encode(password)));
}

/** the instance's own base URL as its glide.servlet.uri property says ('' when unset), without the trailing slash */
export function servletBase(instance: Instance): string {
  var rows = instance.db.rows('sys_properties', 'name=glide.servlet.uri');
  var value = rows.length ? rows[0].value || '' : '';
  return value.replace(/\/+$/, '');
}

export interface Loopback {
  /** remembers the users' passwords (as digests) to check a loopback request's basic auth */
  setPasswords(users: Array<{ user_name: string; password?: string }>): void;
  /** wraps the transport: requests to the instance itself are served in place, the rest go on to `inner` */
  transport(inner: HttpTransport): HttpTransport;
}

/** `ownBase`: the instance's base URL now (servletBase); `inbound`: its HTTP surface */
export function createLoopback(ownBase: () => string, inbound: () => InstanceHttp): Loopback {
  var digests: { [userName: string]: string } = {};

  /** null: no credentials; false: credentials that do not sign in; else the user_name */
  function authenticate(headers: { [name: string]: string }): string | null | false {
    var header = '';
    for (var name in headers) if (Object.prototype.hasOwnProperty.call(headers, name) && name.toLowerCase() === 'authorization') header = headers[name];
    if (header === '') return null;
    var m = /^Basic\s+([A-Za-z0-9+\/=]+)\s*$/i.exec(header);
    if (!m) return false;
    var decoded = base64DecodeText(m[1]);
    var colon = decoded.indexOf(':');
    if (colon < 0) return false;
    var userName = decoded.substring(0, colon);
    if (!Object.prototype.hasOwnProperty.call(digests, userName)) return false;
    return digests[userName] === digest(decoded.substring(colon + 1)) ? userName : false;
  }

  function serve(base: string, request: HttpRequest): HttpResponse {
    var rest = request.url.substring(base.length);
    var hash = rest.indexOf('#');
    if (hash >= 0) rest = rest.substring(0, hash);
    var question = rest.indexOf('?');
    var path = question >= 0 ? rest.substring(0, question) : rest;
    var headers: { [name: string]: string } = {};
    for (var name in request.headers) if (Object.prototype.hasOwnProperty.call(request.headers, name)) headers[name.toLowerCase()] = request.headers[name];
    var scheme = /^([a-z][a-z0-9+.-]*):/i.exec(base);
    headers['x-forwarded-proto'] = scheme ? scheme[1].toLowerCase() : 'https';
    var hostMatch = /^[a-z][a-z0-9+.-]*:\/\/([^\/]+)/i.exec(base);
    if (hostMatch) headers.host = hostMatch[1];
    var user = authenticate(request.headers);
    var answer;
    if (user === false) answer = notAuthenticated();
    else if (path !== '/api' && path.indexOf('/api/') !== 0) answer = errorResponse(404, 'Not found', 'the sandbox serves /api/... (the instance)');
    else {
      var inboundRequest: InstanceHttpRequest = {
        method: request.method.toUpperCase(),
        path: path,
        query: parseQueryString(question >= 0 ? rest.substring(question + 1) : ''),
        headers: headers,
        body: request.body || '',
        user: user,
      };
      if (request.bodyBase64 !== undefined) inboundRequest.bodyBase64 = request.bodyBase64;
      answer = inbound().handle(inboundRequest);
    }
    var response: HttpResponse = { status: answer.status, headers: answer.headers, body: answer.body || '' };
    if (answer.bodyBase64 !== undefined) response.bodyBase64 = answer.bodyBase64;
    return response;
  }

  return {
    setPasswords: function (users: Array<{ user_name: string; password?: string }>) {
      for (var i = 0; i < users.length; i++) {
        var password = users[i].password;
        if (typeof password === 'string') digests[users[i].user_name] = digest(password);
      }
    },
    transport: function (inner: HttpTransport): HttpTransport {
      return {
        send: function (request: HttpRequest): HttpResponse {
          var base = ownBase();
          if (base === '' || (request.url !== base && request.url.indexOf(base + '/') !== 0 && request.url.indexOf(base + '?') !== 0)) return inner.send(request);
          return serve(base, request);
        },
      };
    },
  };
}
