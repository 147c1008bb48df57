// How the sender authenticates: credentials live in the platform's auth profiles (a PAT as basic auth with an empty
// user name, a user and password, or an OAuth 2.0 profile whose token goes out as Bearer) and never in our tables
// or logs; an optional MID server carries the call.
import AzureDevOpsSync from '../../../src/app/azure-devops/AzureDevOpsSync';
import { DEFAULT_FAKE_USER } from '@incb/ado-fake';
import { HttpRequest } from '@incb/glide-emulator';
import { PAT, SyncBed, insertIncident, logRows, payloadFor, startBed } from './adoSyncFixture';

let bed: SyncBed;
afterEach(() => bed && bed.fake.stop());

function createWorkItem() {
  const id = insertIncident({ short_description: 'Auth check', priority: '2', state: '1' });
  return new AzureDevOpsSync(bed.connection).syncIncident(payloadFor(id, 'INC', { reason: 'create', changedFields: ['short_description'] }));
}

function adoRequests(): HttpRequest[] {
  return bed.instance.http.requests.filter((r) => r.url.indexOf(bed.fake.url) === 0);
}

function basic(user: string, password: string) {
  return 'Basic ' + Buffer.from(user + ':' + password).toString('base64');
}

it('pat: the basic auth profile with an empty user name', async () => {
  bed = await startBed();
  expect(createWorkItem().outcome).toBe('sent');
  const request = adoRequests()[0];
  expect(request.authProfile).toEqual({ type: 'basic', sysId: bed.profile });
  expect(request.headers.Authorization).toBe(basic('', PAT));
  // Nothing of the credential reaches the log.
  for (const row of logRows(bed)) for (const value of Object.values(row)) expect(String(value)).not.toContain(Buffer.from(':' + PAT).toString('base64'));
});

it('basic: a user and password from the basic auth profile', async () => {
  bed = await startBed({ connection: { auth_type: 'basic' } });
  // an admin edits the profile (a form save, not a script of the app)
  bed.instance.db.update('sys_auth_profile_basic', bed.profile, { username: 'svc-bridge' });
  expect(createWorkItem().outcome).toBe('sent');
  expect(adoRequests()[0].headers.Authorization).toBe(basic('svc-bridge', PAT));
});

/** A connection authenticating with an OAuth 2.0 client-credentials profile whose token endpoint answers `tokenBody`. */
async function oauthBed(tokenBody: string, tokenRequests: HttpRequest[]): Promise<string> {
  bed = await startBed({
    fake: { users: [DEFAULT_FAKE_USER, { displayName: 'Entra App', uniqueName: 'app@fabrikam.example', bearerToken: 'entra-token' }] },
    connection: { auth_type: 'oauth2', basic_auth_profile: '' },
    otherTransport: {
      send(request) {
        tokenRequests.push(request);
        return { status: 200, headers: { 'Content-Type': 'application/json' }, body: tokenBody };
      },
    },
  });
  const entity = bed.instance.db.insert('oauth_entity', { name: 'Entra', client_id: 'client-1', client_secret: 's3cret', token_url: 'https://login.example/tenant/oauth2/v2.0/token', default_grant_type: 'client_credentials', type: 'oauth_provider' });
  const profile = bed.instance.db.insert('oauth_entity_profile', { name: 'Entra ADO', oauth_entity: entity, grant_type: 'client_credentials' });
  const GlideRecord = (global as any).GlideRecord;
  const connection = new GlideRecord('x_incb_bridge_connection');
  connection.get(bed.connection);
  connection.setValue('oauth_profile', profile);
  connection.update();
  return profile;
}

it('oauth2: the OAuth profile\'s token (client credentials) goes out as Bearer', async () => {
  const tokenRequests: HttpRequest[] = [];
  const profile = await oauthBed(JSON.stringify({ access_token: 'entra-token', token_type: 'Bearer', expires_in: 3600 }), tokenRequests);

  expect(createWorkItem().outcome).toBe('sent');
  expect(tokenRequests).toHaveLength(1);
  expect(tokenRequests[0].body).toContain('grant_type=client_credentials');
  const request = adoRequests()[0];
  expect(request.authProfile).toEqual({ type: 'oauth2', sysId: profile });
  expect(request.headers.Authorization).toBe('Bearer entra-token');
  expect((bed.fake.workItem(1) as any).fields['System.CreatedBy'].uniqueName).toBe('app@fabrikam.example');
});

it('oauth2: a token answer nested 200,000 levels deep gives no token; the delivery waits for a retry, nothing is sent', async () => {
  const tokenRequests: HttpRequest[] = [];
  await oauthBed('{"access_token": "entra-token", "x": ' + '['.repeat(200000) + ']'.repeat(200000) + '}', tokenRequests);
  const result = createWorkItem();
  expect(result).toMatchObject({ outcome: 'retry', httpStatus: 0, error: 'No response: token request failed with HTTP 200' });
  expect(tokenRequests).toHaveLength(1);
  expect(adoRequests()).toEqual([]);
  expect(bed.fake.workItem(1)).toBeUndefined();
});

it('an auth type without its profile is a configuration error, not a request', async () => {
  bed = await startBed({ connection: { auth_type: 'oauth2' } });
  const result = createWorkItem();
  expect(result.outcome).toBe('failed');
  expect(result.error).toContain('OAuth profile');
  expect(adoRequests()).toEqual([]);
});

it('a MID server is handed to RESTMessageV2 by name, with the connection\'s timeout', async () => {
  bed = await startBed({ connection: { request_timeout_ms: '12000' } });
  const mid = bed.instance.db.insert('ecc_agent', { name: 'mid-eu-1', status: 'Up', validated: 'true' });
  const GlideRecord = (global as any).GlideRecord;
  const connection = new GlideRecord('x_incb_bridge_connection');
  connection.get(bed.connection);
  connection.setValue('mid_server', mid);
  connection.update();
  expect(createWorkItem().outcome).toBe('sent');
  expect(adoRequests()[0]).toMatchObject({ midServer: 'mid-eu-1', timeoutMs: 12000 });
});

it('without a MID server the call goes direct, with the default timeout', async () => {
  bed = await startBed();
  createWorkItem();
  expect(adoRequests()[0].midServer).toBeUndefined();
  expect(adoRequests()[0].timeoutMs).toBe(30000);
});
