// The app's scripted REST APIs through handle(): the health route end to end (its installed route script, the
// HealthApi script include, the REST endpoint ACL), plus routing, gates and failures on a test API added to the app.
import { InstanceHttpRequest } from '@incb/glide-emulator';
import { RestApiDefinition, RestRouteDefinition, ScriptIncludeDefinition } from '@incb/glide-emulator/loader';
import { builtApp } from '../../support/appInstance';
import { CONNECTION, call, sandbox } from '../../support/instance-http-harness';

describe('GET /api/x_incb_bridge/v1/health end to end', () => {
  test('an agent gets 200 with the installed app version and each connection health', () => {
    const box = sandbox();
    box.instance.db.insert(CONNECTION, { name: 'ADO prod', type: 'azure_devops', active: 'true', health_status: 'down', inbound_secret: 'hook-secret-1' });
    const res = call(box, 'GET', '/api/x_incb_bridge/v1/health', { user: 'agent' });
    expect(res.status).toBe(200);
    // the content type the route script set
    expect(res.headers['Content-Type']).toBe('application/json');
    expect(res.headers['X-Is-Logged-In']).toBe('true');
    expect(res.json.result.app).toEqual({ name: 'Incident Bridge', scope: 'x_incb_bridge', version: builtApp().app.version });
    expect(res.json.result.status).toBe('degraded');
    expect(res.json.result.connections.map((c: any) => c.name)).toEqual(['ADO prod']);
    expect(res.body).not.toContain('hook-secret-1');
  });

  test('the default version answers without its segment, and a trailing slash is tolerated', () => {
    const box = sandbox();
    for (const path of ['/api/x_incb_bridge/health', '/api/x_incb_bridge/v1/health/', '/api/x_incb_bridge/health/']) {
      expect(call(box, 'GET', path, { user: 'agent' }).json.result.app.version).toBe(builtApp().app.version);
    }
  });

  test('the platform admin and the app admin pass the endpoint ACL', () => {
    const box = sandbox();
    expect(call(box, 'GET', '/api/x_incb_bridge/v1/health', { user: 'admin' }).status).toBe(200);
    expect(call(box, 'GET', '/api/x_incb_bridge/v1/health', { user: 'bridge.admin' }).status).toBe(200);
  });

  test.each(['itil.user', 'ado.hook', 'nobody'])('%s, without an agent or admin role, gets 403 User Not Authorized', (user) => {
    const box = sandbox();
    const res = call(box, 'GET', '/api/x_incb_bridge/v1/health', { user });
    expect(res.status).toBe(403);
    expect(res.json).toEqual({ error: { message: 'User Not Authorized', detail: 'Failed API level ACL Validation' }, status: 'failure' });
  });

  test('an unauthenticated call gets 401 with the Basic challenge', () => {
    const box = sandbox();
    const res = call(box, 'GET', '/api/x_incb_bridge/v1/health', { user: null });
    expect(res.status).toBe(401);
    expect(res.headers['WWW-Authenticate']).toBe('Basic realm="Service-now"');
    expect(res.json.error.message).toBe('User Not Authenticated');
  });

  test('an external user (snc_external) fails the snc_internal requirement even with the agent role', () => {
    const box = sandbox();
    box.instance.addUser({ user_name: 'partner', roles: ['x_incb_bridge.agent', 'snc_external'] });
    expect(call(box, 'GET', '/api/x_incb_bridge/v1/health', { user: 'partner' }).status).toBe(403);
  });

  test('another method on the route is 405, an unknown path 400', () => {
    const box = sandbox();
    const post = call(box, 'POST', '/api/x_incb_bridge/v1/health', { user: 'agent', body: {} });
    expect(post.status).toBe(405);
    expect(post.json.error.message).toBe('Method not Supported');
    const unknown = call(box, 'GET', '/api/x_incb_bridge/v1/nothing', { user: 'agent' });
    expect(unknown.status).toBe(400);
    expect(unknown.json).toEqual({ error: { message: 'Requested URI does not represent any resource', detail: null }, status: 'failure' });
    expect(call(box, 'GET', '/api/x_incb_bridge/v2/health', { user: 'agent' }).status).toBe(400);
  });
});

function route(method: string, path: string, script: string, overrides: Partial<RestRouteDefinition> = {}): RestRouteDefinition {
  return {
    sysId: 'route-' + method + path,
    name: method + ' ' + path,
    method,
    relativePath: path,
    version: 'v1',
    fullPaths: ['/api/x_incb_bridge/v1/echo' + path, '/api/x_incb_bridge/echo' + path],
    scope: 'x_incb_bridge',
    script,
    active: true,
    requiresAuthentication: true,
    requiresAcl: true,
    requiresSncInternalRole: true,
    acls: ['x_incb_bridge.agent'],
    externalAclIds: [],
    ...overrides,
  };
}

function include(name: string, script: string): ScriptIncludeDefinition {
  return { sysId: 'si-' + name, name, apiName: 'x_incb_bridge.' + name, script, accessibleFrom: 'package_private', scope: 'x_incb_bridge', active: true, clientCallable: false };
}

const ECHO: RestApiDefinition = {
  sysId: 'echo-api',
  name: 'Echo',
  namespace: 'x_incb_bridge',
  apiId: 'echo',
  baseUri: '/api/x_incb_bridge/echo',
  active: true,
  versions: [{ id: 'v1', number: 1, isDefault: true, active: true, deprecated: false }],
  acls: ['x_incb_bridge.agent'],
  externalAclIds: [],
  routes: [
    route('GET', '/items/{id}', 'response.setBody({ id: request.pathParams.id, q: request.queryParams.q, user: gs.getUserName() });'),
    route('GET', '/items/latest', "response.setBody({ literal: 'latest' });"),
    route('POST', '/items', 'response.setStatus(201); response.setHeader("X-Echo", "yes"); response.setBody(request.body.data);'),
    route('GET', '/greet/{name}', 'response.setBody(Greeter.hello(request.pathParams.name));'),
    route('GET', '/boom', "throw new Error('boom in route');"),
    route('GET', '/public', "response.setBody({ user: gs.getUserName() });", { requiresAuthentication: false, requiresAcl: false, acls: [] }),
    route('GET', '/off', "response.setBody('never');", { active: false }),
    // the documented way to send a file: status and content type, then the attachment's content stream
    route(
      'GET',
      '/files/{id}',
      "response.setStatus(200); response.setContentType('application/octet-stream'); response.getStreamWriter().writeStream(new GlideSysAttachment().getContentStream(request.pathParams.id));",
      { produces: ['*/*'] }
    ),
  ],
};

function echoApp() {
  const app = builtApp();
  return {
    ...app,
    restApis: app.restApis.concat([ECHO]),
    scriptIncludes: app.scriptIncludes.concat([
      include('Greeter', "var Greeter = (function (Shouter) { return { hello: function (n) { return Shouter.shout('hello ' + n); } }; })(Shouter);"),
      include('Shouter', 'var Shouter = { shout: function (s) { return s.toUpperCase(); } };'),
    ]),
  };
}

describe('scripted REST routing and execution', () => {
  test('path parameters are decoded into request.pathParams, query parameters arrive as arrays, the script runs as the caller', () => {
    const box = sandbox(echoApp());
    const res = call(box, 'GET', '/api/x_incb_bridge/v1/echo/items/a%20b?q=1&q=2', { user: 'agent' });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ result: { id: 'a b', q: ['1', '2'], user: 'agent' } });
  });

  test('a literal segment wins over a path parameter', () => {
    const box = sandbox(echoApp());
    expect(call(box, 'GET', '/api/x_incb_bridge/echo/items/latest', { user: 'agent' }).json).toEqual({ result: { literal: 'latest' } });
  });

  test('the request body reaches request.body.data; status and headers the script sets are sent', () => {
    const box = sandbox(echoApp());
    const res = call(box, 'POST', '/api/x_incb_bridge/v1/echo/items', { user: 'agent', body: { name: 'widget', n: 2 } });
    expect(res.status).toBe(201);
    expect(res.headers['X-Echo']).toBe('yes');
    expect(res.json).toEqual({ result: { name: 'widget', n: 2 } });
  });

  test('script includes the route names are resolved, with their own includes', () => {
    const box = sandbox(echoApp());
    expect(call(box, 'GET', '/api/x_incb_bridge/v1/echo/greet/ada', { user: 'agent' }).json).toEqual({ result: 'HELLO ADA' });
  });

  test('a route script that throws is a 500 in the platform error JSON', () => {
    const box = sandbox(echoApp());
    const res = call(box, 'GET', '/api/x_incb_bridge/v1/echo/boom', { user: 'agent' });
    expect(res.status).toBe(500);
    expect(res.json.status).toBe('failure');
    expect(res.json.error.message).toBe('boom in route');
  });

  test('a public route answers an anonymous call as the guest user; an inactive route does not exist', () => {
    const box = sandbox(echoApp());
    const res = call(box, 'GET', '/api/x_incb_bridge/v1/echo/public', { user: null });
    expect(res.status).toBe(200);
    expect(res.json.result.user).toBe('guest');
    expect(res.headers['X-Is-Logged-In']).toBeUndefined();
    expect(call(box, 'GET', '/api/x_incb_bridge/v1/echo/off', { user: 'agent' }).status).toBe(400);
  });
});

describe('a streamed binary answer', () => {
  // every byte value: a text decoding anywhere between the stream and the answer would change some
  const BYTES = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7 + 3) % 256));

  function withFile(): { box: ReturnType<typeof sandbox>; id: string } {
    const box = sandbox(echoApp());
    const incident = box.instance.db.insert('incident', { short_description: 'has a file' });
    const gr = new box.glide.GlideRecord('incident');
    gr.get(incident);
    return { box, id: new box.glide.GlideSysAttachment().writeBase64(gr, 'dump.bin', 'application/octet-stream', BYTES.toString('base64')) };
  }

  test('leaves handle() as bodyBase64 with the exact bytes and the content type the script set', () => {
    const { box, id } = withFile();
    const res = call(box, 'GET', `/api/x_incb_bridge/v1/echo/files/${id}`, { user: 'agent' });
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toBe('application/octet-stream');
    expect(res.body).toBe('');
    expect(Buffer.from(res.bodyBase64!, 'base64').equals(BYTES)).toBe(true);
  });

  test.each(['application/octet-stream', 'image/png', 'application/json', 'image/*', '*/*'])('a route producing */* admits Accept %s', (accept) => {
    const { box, id } = withFile();
    expect(call(box, 'GET', `/api/x_incb_bridge/v1/echo/files/${id}`, { user: 'agent', headers: { Accept: accept } }).status).toBe(200);
  });

  test('a route producing application/json (health) still refuses Accept image/png', () => {
    expect(call(sandbox(), 'GET', '/api/x_incb_bridge/v1/health', { user: 'agent', headers: { Accept: 'image/png' } }).status).toBe(406);
  });
});

describe('handle() never throws', () => {
  test('odd requests get HTTP answers, not exceptions or 500s', () => {
    const box = sandbox(echoApp());
    const odd: Array<Partial<InstanceHttpRequest> & { method: string; path: string }> = [
      { method: 'BREW', path: '/api/now/table/incident' },
      { method: 'GET', path: '' },
      { method: 'GET', path: '/api/now/table/incident', query: { sysparm_query: ['ORDERBYcaller_id.name'] } },
      { method: 'GET', path: '/api/now/table/incident', query: { sysparm_limit: ['-5'], sysparm_offset: ['abc'] } },
      { method: 'GET', path: '/api/x_incb_bridge/v1/echo/items/%E0%A4%A' },
      { method: 'POST', path: '/api/now/attachment/upload', headers: { 'content-type': 'multipart/form-data; boundary=zz' }, body: '--zz\r\nbroken' },
    ];
    for (const req of odd) {
      const res = box.http.handle({ query: {}, headers: {}, body: '', user: 'admin', ...req });
      // client input never makes the emulator fail: every answer is a 2xx-4xx the platform would give
      expect(res.status).toBeGreaterThanOrEqual(200);
      expect(res.status).toBeLessThan(500);
      expect(typeof res.body).toBe('string');
    }
  });
});

describe("the platform's content negotiation, before the route script runs", () => {
  const HOOK = `/api/x_incb_bridge/v1/hooks/azure-devops/${'a'.repeat(32)}`;
  const logRows = (box: ReturnType<typeof sandbox>) => box.instance.db.rows('x_incb_bridge_log').length;

  test.each(['text/plain', 'application/xml', 'application/x-www-form-urlencoded'])('a POST sent as %s, outside the route\'s request formats (application/json), is 415 and the script never runs', (contentType) => {
    const box = sandbox();
    const res = call(box, 'POST', HOOK, { user: 'ado.hook', body: '{}', headers: { 'Content-Type': contentType } });
    expect(res.status).toBe(415);
    expect(res.json).toEqual({ error: { message: 'Unsupported Media Type', detail: expect.stringContaining(contentType) }, status: 'failure' });
    // the route script logs every refusal it makes: this one never reached it
    expect(logRows(box)).toBe(0);
  });

  test('application/json with parameters, and a custom +json subtype, reach the script', () => {
    const box = sandbox();
    for (const contentType of ['application/json; charset=utf-8', 'application/vnd.ado.hook+json']) {
      // the script answers (404: no such connection) and logs its refusal
      expect(call(box, 'POST', HOOK, { user: 'ado.hook', body: '{}', headers: { 'Content-Type': contentType } }).status).toBe(404);
    }
    expect(logRows(box)).toBe(2);
  });

  test('a GET is not held to request formats', () => {
    expect(call(sandbox(), 'GET', '/api/x_incb_bridge/v1/health', { user: 'agent', headers: { 'Content-Type': 'text/plain' } }).status).toBe(200);
  });

  test.each(['application/json', '*/*', 'application/*', 'text/html, application/json;q=0.5'])('Accept %s admits the route\'s application/json', (accept) => {
    expect(call(sandbox(), 'GET', '/api/x_incb_bridge/v1/health', { user: 'agent', headers: { Accept: accept } }).status).toBe(200);
  });

  test.each(['text/html', 'application/xml', 'application/json;q=0'])('Accept %s admits none of them: 406', (accept) => {
    const res = call(sandbox(), 'GET', '/api/x_incb_bridge/v1/health', { user: 'agent', headers: { Accept: accept } });
    expect(res.status).toBe(406);
    expect(res.json.status).toBe('failure');
  });
});
