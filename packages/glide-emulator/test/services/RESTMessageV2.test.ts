// Outbound REST: what reaches the transport (and the request record), authentication from basic and OAuth profiles,
// and how HTTP and transport failures surface in RESTResponseV2.
import { HttpRequest } from '../../glide/contract';
import { createServices } from '../../glide/services';
import { createFakeHost, json } from './fakeHost';

function setup() {
  const host = createFakeHost();
  return { host, ...createServices(host) };
}

function basic(user: string, password: string): string {
  return 'Basic ' + Buffer.from(user + ':' + password, 'utf8').toString('base64');
}

function form(request: HttpRequest): { [name: string]: string } {
  return Object.fromEntries(new URLSearchParams(request.body));
}

describe('RESTMessageV2 request', () => {
  it('sends method, URL with encoded query parameters, headers and body, and records the request', () => {
    const { host, sn_ws } = setup();
    let seen: HttpRequest | undefined;
    host.respond((r) => {
      seen = r;
      return json(201, { id: 7 });
    });
    const rm = new sn_ws.RESTMessageV2();
    rm.setEndpoint('https://dev.azure.com/org/proj/_apis/wit/workitems/$Bug?api-version=7.1');
    rm.setHttpMethod('post');
    rm.setQueryParameter('validateOnly', 'true');
    rm.setQueryParameter('q', 'a b&c=d/é');
    rm.setQueryParameter('validateOnly', 'false');
    rm.setRequestHeader('Content-Type', 'application/json-patch+json');
    rm.setRequestHeader('content-type', 'application/json-patch+json; charset=utf-8');
    rm.setRequestBody('[{"op":"add","path":"/fields/System.Title","value":"T"}]');
    rm.setHttpTimeout(10000);
    rm.setMIDServer('mid01');
    const response = rm.execute();

    expect(response.getStatusCode()).toBe(201);
    expect(seen).toBeDefined();
    expect(host.requests).toEqual([seen]);
    expect(seen!.method).toBe('POST');
    expect(seen!.url).toBe('https://dev.azure.com/org/proj/_apis/wit/workitems/$Bug?api-version=7.1&validateOnly=false&q=a%20b%26c%3Dd%2F%C3%A9');
    // One Content-Type header, under the name last used.
    expect(seen!.headers).toEqual({ 'content-type': 'application/json-patch+json; charset=utf-8', 'User-Agent': 'ServiceNow/1.0' });
    expect(seen!.body).toBe('[{"op":"add","path":"/fields/System.Title","value":"T"}]');
    expect(seen!.timeoutMs).toBe(10000);
    expect(seen!.midServer).toBe('mid01');
    expect(rm.getRequestHeader('CONTENT-TYPE')).toBe('application/json-patch+json; charset=utf-8');
    expect(rm.getRequestHeaders()).toEqual({ 'content-type': 'application/json-patch+json; charset=utf-8' });
    expect(rm.getEndpoint()).toBe('https://dev.azure.com/org/proj/_apis/wit/workitems/$Bug?api-version=7.1');
    expect(rm.getRequestBody()).toBe('[{"op":"add","path":"/fields/System.Title","value":"T"}]');
  });
  it('refuses named REST messages, and calls without endpoint or method', () => {
    const { host, sn_ws } = setup();
    expect(() => new sn_ws.RESTMessageV2('ADO', 'get')).toThrow(/named REST messages/);
    expect(host.logs.some((l) => l.level === 'error' && /named REST messages/.test(l.message))).toBe(true);
    const noEndpoint = new sn_ws.RESTMessageV2();
    noEndpoint.setHttpMethod('get');
    expect(() => noEndpoint.execute()).toThrow(/endpoint/);
    const badMethod = new sn_ws.RESTMessageV2();
    badMethod.setEndpoint('https://x.test/');
    badMethod.setHttpMethod('TRACE');
    expect(() => badMethod.execute()).toThrow(/HTTP method/);
    expect(host.requests).toHaveLength(0);
  });
  it('sends setBasicAuth as a Basic header over UTF-8 (a PAT has an empty user name)', () => {
    const { host, sn_ws } = setup();
    const rm = new sn_ws.RESTMessageV2();
    rm.setEndpoint('https://x.test/a');
    rm.setHttpMethod('GET');
    rm.setBasicAuth('', 'pät-token');
    rm.execute();
    expect(host.requests[0].headers.Authorization).toBe(basic('', 'pät-token'));
    expect(host.requests[0].basicAuth).toEqual({ user: '', password: 'pät-token' });
    // A script-set Authorization header is sent as the script set it.
    rm.setRequestHeader('authorization', 'Bearer mine');
    rm.execute();
    expect(host.requests[1].headers.authorization).toBe('Bearer mine');
    expect(host.requests[1].headers.Authorization).toBeUndefined();
  });
  it('sends the body of an attachment as Base64 bytes', () => {
    const { host, sn_ws } = setup();
    const id = host.writeAttachment('incident', 'inc1', 'log.bin', 'application/octet-stream', 'AAECA/8=');
    const rm = new sn_ws.RESTMessageV2();
    rm.setEndpoint('https://x.test/_apis/wit/attachments?fileName=log.bin');
    rm.setHttpMethod('POST');
    rm.setRequestBodyFromAttachment(id);
    rm.execute();
    expect(host.requests[0].bodyBase64).toBe('AAECA/8=');
    expect(host.requests[0].body).toBe('');
    rm.setRequestBodyFromAttachment('missing');
    const failed = rm.execute();
    expect(failed.haveError()).toBe(true);
    expect(failed.getErrorMessage()).toBe('Attachment not found: missing');
    expect(host.requests).toHaveLength(1);
  });
  it('saves a successful response body as an attachment', () => {
    const { host, sn_ws } = setup();
    host.respond(() => ({ status: 200, headers: { 'content-type': 'text/plain' }, body: 'héllo' }));
    const rm = new sn_ws.RESTMessageV2();
    rm.setEndpoint('https://x.test/file');
    rm.setHttpMethod('GET');
    rm.saveResponseBodyAsAttachment('incident', 'inc1', 'file.txt');
    const response = rm.execute();
    const id = response.getResponseAttachmentSysid();
    expect(host.attachments[id]).toBe(Buffer.from('héllo').toString('base64'));
    expect(host.lookup('sys_attachment', id)).toMatchObject({ table_name: 'incident', table_sys_id: 'inc1', file_name: 'file.txt', content_type: 'text/plain' });
    expect(() => response.getBody()).toThrow(/saved as attachment/);
    host.respond(() => ({ status: 500, headers: {}, body: 'boom' }));
    const failed = rm.execute();
    expect(failed.getResponseAttachmentSysid()).toBe('');
    expect(failed.getErrorMessage()).toBe('boom');
  });

  it('saves the transport\'s raw bytes (bodyBase64) when it carries them, so bytes that are not UTF-8 survive', () => {
    const { host, sn_ws } = setup();
    // A PNG signature and bytes that are invalid UTF-8: decoded as text they would turn into U+FFFD.
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x80, 0xc3]);
    host.respond(() => ({ status: 200, headers: { 'Content-Type': 'image/png' }, body: bytes.toString('utf8'), bodyBase64: bytes.toString('base64') }));
    const rm = new sn_ws.RESTMessageV2();
    rm.setEndpoint('https://x.test/image.png');
    rm.setHttpMethod('GET');
    rm.saveResponseBodyAsAttachment('incident', 'inc1', 'image.png');
    const id = rm.execute().getResponseAttachmentSysid();
    expect(Buffer.from(host.attachments[id], 'base64').equals(bytes)).toBe(true);
    expect(host.lookup('sys_attachment', id)).toMatchObject({ file_name: 'image.png', content_type: 'image/png' });
  });
});

describe('RESTResponseV2', () => {
  it('reads headers ignoring case and lists them all', () => {
    const { host, sn_ws } = setup();
    host.respond(() => ({ status: 200, headers: { 'Content-Type': 'application/json', 'X-RateLimit-Remaining': '12' }, body: '{}' }));
    const rm = new sn_ws.RESTMessageV2();
    rm.setEndpoint('https://x.test/a');
    rm.setHttpMethod('GET');
    const response = rm.execute();
    expect(response.getHeader('content-type')).toBe('application/json');
    expect(response.getHeader('x-ratelimit-remaining')).toBe('12');
    expect(response.getHeader('Retry-After')).toBeNull();
    expect(response.getHeaders()).toEqual({ 'Content-Type': 'application/json', 'X-RateLimit-Remaining': '12' });
    expect(response.getAllHeaders()).toEqual([
      { name: 'Content-Type', value: 'application/json' },
      { name: 'X-RateLimit-Remaining', value: '12' },
    ]);
    expect(response.haveError()).toBe(false);
    expect(response.getErrorCode()).toBe(0);
    expect(response.getErrorMessage()).toBe('');
    expect(response.getQueryString()).toBe('https://x.test/a');
  });
  it('reports HTTP errors with the platform message and keeps the body', () => {
    const { host, sn_ws } = setup();
    const rm = new sn_ws.RESTMessageV2();
    rm.setEndpoint('https://dev.azure.com/org/_apis/wit/workitems/99?api-version=7.1');
    rm.setHttpMethod('GET');
    host.respond(() => json(404, { message: 'TF401232: Work item 99 does not exist' }));
    const notFound = rm.execute();
    expect(notFound.getStatusCode()).toBe(404);
    expect(notFound.haveError()).toBe(true);
    expect(notFound.getErrorCode()).toBe(1);
    expect(notFound.getErrorMessage()).toBe('Method failed: (/org/_apis/wit/workitems/99) with code: 404');
    expect(JSON.parse(notFound.getBody()).message).toMatch(/TF401232/);
    host.respond(() => ({ status: 401, headers: {}, body: '' }));
    expect(rm.execute().getErrorMessage()).toBe('Method failed: (/org/_apis/wit/workitems/99) with code: 401 - Invalid username/password combo');
    host.respond(() => ({ status: 399, headers: {}, body: '' }));
    expect(rm.execute().haveError()).toBe(false);
  });
  it('reports transport failures as status 0 with the transport error, and survives a throwing transport', () => {
    const { host, sn_ws } = setup();
    const rm = new sn_ws.RESTMessageV2();
    rm.setEndpoint('https://x.test/slow');
    rm.setHttpMethod('GET');
    rm.setHttpTimeout(500);
    host.respond(() => ({ status: 0, headers: {}, body: '', errorCode: 1, errorMessage: 'java.net.SocketTimeoutException: Read timed out' }));
    const timedOut = rm.execute();
    expect(timedOut.getStatusCode()).toBe(0);
    expect(timedOut.haveError()).toBe(true);
    expect(timedOut.getErrorCode()).toBe(1);
    expect(timedOut.getErrorMessage()).toBe('java.net.SocketTimeoutException: Read timed out');
    host.respond(() => {
      throw new Error('Connection refused');
    });
    const refused = rm.execute();
    expect(refused.getStatusCode()).toBe(0);
    expect(refused.haveError()).toBe(true);
    expect(refused.getErrorMessage()).toBe('Connection refused');
    expect(host.requests).toHaveLength(2);
  });
  it('executeAsync answers through waitForResponse', () => {
    const { host, sn_ws } = setup();
    host.respond(() => json(200, { ok: true }));
    const rm = new sn_ws.RESTMessageV2();
    rm.setEndpoint('https://x.test/a');
    rm.setHttpMethod('GET');
    const response = rm.executeAsync();
    response.waitForResponse(60);
    expect(JSON.parse(response.getBody())).toEqual({ ok: true });
    expect(host.requests).toHaveLength(1);
  });
});

describe('RESTMessageV2 authentication profiles', () => {
  function withOAuthProvider(host: ReturnType<typeof createFakeHost>, extra: { [field: string]: string } = {}) {
    host.insert('oauth_entity', {
      sys_id: 'ent1',
      name: 'Entra ID',
      client_id: 'cid',
      client_secret: 's3cr&t',
      token_url: 'https://login.example.test/tenant/oauth2/v2.0/token',
      default_grant_type: 'client_credentials',
      ...extra,
    });
    host.insert('oauth_entity_profile', { sys_id: 'prof1', name: 'Entra ID default', oauth_entity: 'ent1', grant_type: 'client_credentials' });
    host.insert('oauth_entity_scope', { sys_id: 'sc1', oauth_entity: 'ent1', oauth_entity_scope: '499b84ac-1321-427f-aa17-267ca6975798/.default' });
    host.insert('oauth_entity_profile_scope', { sys_id: 'ps1', oauth_entity_profile: 'prof1', oauth_entity_scope: 'sc1' });
  }
  function adoCall(sn_ws: ReturnType<typeof createServices>['sn_ws'], type: string, profile: string) {
    const rm = new sn_ws.RESTMessageV2();
    rm.setEndpoint('https://dev.azure.com/org/_apis/projects');
    rm.setHttpMethod('GET');
    rm.setAuthenticationProfile(type, profile);
    return rm;
  }

  it("'basic' sends the profile's user name and password", () => {
    const { host, sn_ws } = setup();
    host.insert('sys_auth_profile_basic', { sys_id: 'b1', name: 'ADO PAT', username: '', password: 'pat123' });
    adoCall(sn_ws, 'basic', 'b1').execute();
    expect(host.requests[0].headers.Authorization).toBe(basic('', 'pat123'));
    expect(host.requests[0].authProfile).toEqual({ type: 'basic', sysId: 'b1' });
  });
  it('a missing profile fails the call without sending anything', () => {
    const { host, sn_ws } = setup();
    for (const [type, id] of [
      ['basic', 'nope'],
      ['oauth2', 'nope'],
      ['kerberos', 'b1'],
    ]) {
      const response = adoCall(sn_ws, type, id).execute();
      expect(response.getStatusCode()).toBe(0);
      expect(response.haveError()).toBe(true);
      expect(response.getErrorMessage()).toMatch(/not found|Unsupported authentication profile type/);
    }
    expect(host.requests).toHaveLength(0);
    expect(host.logs.filter((l) => l.level === 'error')).toHaveLength(3);
  });
  it("'oauth2' obtains a client-credentials token, sends it as Bearer and reuses it until it expires", () => {
    const { host, sn_ws } = setup();
    withOAuthProvider(host);
    let issued = 0;
    host.respond((r) => {
      if (r.url.indexOf('login.example.test') >= 0) return json(200, { token_type: 'Bearer', access_token: 'tok' + ++issued, expires_in: 3599 });
      return json(200, { count: 0 });
    });
    const first = adoCall(sn_ws, 'oauth2', 'prof1').execute();
    expect(first.getStatusCode()).toBe(200);
    expect(host.requests.map((r) => r.method + ' ' + r.url)).toEqual([
      'POST https://login.example.test/tenant/oauth2/v2.0/token',
      'GET https://dev.azure.com/org/_apis/projects',
    ]);
    const tokenRequest = host.requests[0];
    expect(tokenRequest.headers['Content-Type']).toBe('application/x-www-form-urlencoded');
    expect(form(tokenRequest)).toEqual({
      client_id: 'cid',
      client_secret: 's3cr&t',
      grant_type: 'client_credentials',
      scope: '499b84ac-1321-427f-aa17-267ca6975798/.default',
    });
    expect(host.requests[1].headers.Authorization).toBe('Bearer tok1');

    host.advance(3598 * 1000);
    adoCall(sn_ws, 'oauth2', 'prof1').execute();
    expect(host.requests).toHaveLength(3);
    expect(host.requests[2].headers.Authorization).toBe('Bearer tok1');

    host.advance(2000);
    adoCall(sn_ws, 'oauth2', 'prof1').execute();
    expect(host.requests).toHaveLength(5);
    expect(host.requests[4].headers.Authorization).toBe('Bearer tok2');
  });
  it('refreshes an expired token with its refresh token', () => {
    const { host, sn_ws } = setup();
    withOAuthProvider(host);
    host.respond((r) => {
      if (r.url.indexOf('/token') < 0) return json(200, {});
      return form(r).grant_type === 'refresh_token'
        ? json(200, { access_token: 'refreshed', expires_in: 60, refresh_token: 'r2' })
        : json(200, { access_token: 'first', expires_in: 60, refresh_token: 'r1' });
    });
    adoCall(sn_ws, 'oauth2', 'prof1').execute();
    host.advance(61000);
    adoCall(sn_ws, 'oauth2', 'prof1').execute();
    const refresh = host.requests[2];
    expect(form(refresh)).toMatchObject({ grant_type: 'refresh_token', refresh_token: 'r1' });
    expect(host.requests[3].headers.Authorization).toBe('Bearer refreshed');
  });
  it('a failed token request fails the call with the provider error', () => {
    const { host, sn_ws } = setup();
    withOAuthProvider(host);
    host.respond(() => json(401, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' }));
    const response = adoCall(sn_ws, 'oauth2', 'prof1').execute();
    expect(response.getStatusCode()).toBe(0);
    expect(response.haveError()).toBe(true);
    expect(response.getErrorMessage()).toBe('AADSTS7000215: Invalid client secret provided.');
    expect(host.requests).toHaveLength(1);
  });
  it('a token answer nested 200,000 levels deep is not JSON to the platform: no token, the call fails, nothing dies', () => {
    const { host, sn_ws } = setup();
    withOAuthProvider(host);
    const levels = 200000;
    host.respond(() => ({ status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"access_token": "t", "x": ' + '['.repeat(levels) + ']'.repeat(levels) + '}' }));
    const response = adoCall(sn_ws, 'oauth2', 'prof1').execute();
    expect(response.getStatusCode()).toBe(0);
    expect(response.getErrorMessage()).toBe('token request failed with HTTP 200');
    expect(host.requests).toHaveLength(1);
  });
  it('an authorization-code profile without a stored token cannot be used', () => {
    const { host, sn_ws } = setup();
    withOAuthProvider(host);
    host.rows.oauth_entity_profile[0].grant_type = 'authorization_code';
    const response = adoCall(sn_ws, 'oauth2', 'prof1').execute();
    expect(response.haveError()).toBe(true);
    expect(response.getErrorMessage()).toMatch(/authorization_code needs an interactive authorization/);
    expect(host.requests).toHaveLength(0);
  });
});

describe('sn_auth.GlideOAuthClient', () => {
  function provider(host: ReturnType<typeof createFakeHost>) {
    host.insert('oauth_entity', { sys_id: 'ent1', name: 'TestClient', client_id: 'cid', client_secret: 'sec', token_url: 'https://idp.test/token', default_grant_type: 'client_credentials' });
    host.insert('oauth_entity_profile', { sys_id: 'prof1', oauth_entity: 'ent1' });
  }

  it('requests a token with JSON parameters and stores it for the provider profile', () => {
    const { host, sn_auth } = setup();
    provider(host);
    host.respond(() => json(200, { access_token: 'AT', refresh_token: 'RT', expires_in: 1800, scope: 'api' }));
    const client = new sn_auth.GlideOAuthClient();
    const response = client.requestToken('TestClient', JSON.stringify({ grant_type: 'password', username: 'itil', password: 'itil' }));
    expect(form(host.requests[0])).toEqual({ client_id: 'cid', client_secret: 'sec', grant_type: 'password', username: 'itil', password: 'itil' });
    expect(response.getErrorMessage()).toBe('');
    expect(response.getResponseCode()).toBe(200);
    expect(response.getResponseParameters()).toMatchObject({ access_token: 'AT', expires_in: '1800' });
    const token = response.getToken()!;
    expect(token.getAccessToken()).toBe('AT');
    expect(token.getRefreshToken()).toBe('RT');
    expect(token.getScope()).toBe('api');
    // "Number (Long)": a Java Long converts as a number but is no JavaScript number (=== 1800 would be false)
    expect(typeof token.getExpiresIn()).toBe('object');
    expect(Number(token.getExpiresIn())).toBe(1800);
    host.advance(600500);
    // the stored token belongs to the profile's requestor profile, whose sys_id getToken takes
    const requestor = host.rows.oauth_requestor_profile.find((r) => r.oauth_entity_profile === 'prof1')!;
    expect(Number(client.getToken(requestor.sys_id, 'prof1')!.getExpiresIn())).toBe(1199);
    expect(client.getToken(requestor.sys_id, 'other')).toBeNull();
    // '' or an id that is no requestor profile finds no token
    expect(client.getToken('', 'prof1')).toBeNull();
    expect(client.getToken('prof1', 'prof1')).toBeNull();
  });
  it('takes a GlideOAuthClientRequest, with its headers and extra parameters', () => {
    const { host, sn_auth } = setup();
    provider(host);
    host.respond(() => json(200, { access_token: 'AT2' }));
    const request = new sn_auth.GlideOAuthClientRequest();
    request.setGrantType('refresh_token');
    request.setRefreshToken('RT');
    request.setScope(null);
    request.setParameter('resource', 'https://api.test');
    request.setHeader('X-Trace', 'abc');
    expect(request.getGrantType()).toBe('refresh_token');
    const response = new sn_auth.GlideOAuthClient().requestTokenByRequest('TestClient', request);
    expect(form(host.requests[0])).toEqual({ client_id: 'cid', client_secret: 'sec', grant_type: 'refresh_token', refresh_token: 'RT', resource: 'https://api.test' });
    expect(host.requests[0].headers['X-Trace']).toBe('abc');
    expect(response.getToken()!.getAccessToken()).toBe('AT2');
    expect(Number(response.getToken()!.getExpiresIn())).toBe(-1);
    expect(new sn_auth.GlideOAuthClient().requestToken('TestClient', request).getToken()!.getAccessToken()).toBe('AT2');
  });
  it('reports an unknown provider and a refused request', () => {
    const { host, sn_auth } = setup();
    provider(host);
    const client = new sn_auth.GlideOAuthClient();
    const unknown = client.requestToken('Nope', '{}');
    expect(unknown.getToken()).toBeNull();
    expect(unknown.getErrorMessage()).toMatch(/not found/);
    expect(host.requests).toHaveLength(0);
    host.respond(() => json(400, { error: 'invalid_grant' }));
    const refused = client.requestToken('TestClient', '{}');
    expect(refused.getToken()).toBeNull();
    expect(refused.getResponseCode()).toBe(400);
    expect(refused.getErrorMessage()).toBe('invalid_grant');
  });
});
