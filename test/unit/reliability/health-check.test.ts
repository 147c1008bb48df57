// The connection health check against the Azure DevOps fake: one authenticated GET of the connection's work item
// type, recorded as health_status / health_checked_at / health_error with the exact cause; OAuth profiles keep their
// refresh token in use and warn before it expires; nothing secret reaches the record or the log.
import ConnectionHealthCheck from '../../../src/app/reliability/ConnectionHealthCheck';
import ValueMapSeeder from '../../../src/app/azure-devops/ValueMapSeeder';
import { CONNECTION_TABLE, LOG_TABLE, OUTBOX_TABLE, VALUE_MAP_TABLE } from '../../../src/app/core/tables';
import { presetRows } from '../../../src/app/core/valueMapPresets';
import { DEFAULT_FAKE_USER } from '@incb/ado-fake';
import { HttpRequest, HttpTransport } from '@incb/glide-emulator';
import { BedOptions, PAT, SyncBed, startBed } from '../azure-devops/adoSyncFixture';

declare const gs: { setProperty(name: string, value: string): void };

let bed: SyncBed;
afterEach(() => bed && bed.fake.stop());

const CLIENT_SECRET = 'entra-client-secret-0123456789';
const at = (ms: number) => new Date(ms).toISOString().replace('T', ' ').substring(0, 19);

function connectionRow() {
  return bed.instance.db.get(CONNECTION_TABLE, bed.connection)!;
}

function check() {
  return new ConnectionHealthCheck().check(bed.connection);
}

function setConnection(values: { [field: string]: string }) {
  const gr = new (global as any).GlideRecord(CONNECTION_TABLE);
  gr.get(bed.connection);
  for (const field of Object.keys(values)) gr.setValue(field, values[field]);
  gr.update();
}

/** Every value the test put into credentials, in every form a leak could take. */
function secretForms(): string[] {
  const raw = [PAT, CLIENT_SECRET, 'entra-token-1', 'entra-token-2', 'refresh-1', 'refresh-2'];
  return raw.concat(raw.map((s) => Buffer.from(':' + s).toString('base64')));
}

function expectNoSecretsStored() {
  const rows = [connectionRow(), ...bed.instance.db.rows(LOG_TABLE)];
  for (const row of rows) for (const value of Object.values(row)) for (const secret of secretForms()) expect(String(value)).not.toContain(secret);
}

describe('the call and its exact cause', () => {
  test('healthy: the work item type of the project answers; checked time recorded; the request passes the spec', async () => {
    bed = await startBed();
    expect(check()).toEqual({ status: 'healthy', error: '' });
    expect(connectionRow()).toMatchObject({ health_status: 'healthy', health_error: '', health_checked_at: at(bed.instance.clock.now()) });
    expect(bed.fake.requests.map((r) => `${r.method} ${r.path}?api-version=${r.query['api-version']}`)).toEqual([`GET /${bed.fake.organization}/${bed.fake.project}/_apis/wit/workitemtypes/Task?api-version=7.1`]);
    expect(bed.fake.validationFailures).toEqual([]);
    expect(bed.instance.db.rows(LOG_TABLE, 'direction=outbound').map((r) => r.operation)).toEqual(['health_check']);
  });

  test('invalid credentials (401): the PAT is wrong; nothing of it is stored', async () => {
    bed = await startBed();
    const wrong = bed.instance.db.insert('sys_auth_profile_basic', { name: 'wrong', username: '', password: 'not-the-pat-0123456789' });
    setConnection({ basic_auth_profile: wrong });
    const result = check();
    expect(result.status).toBe('down');
    expect(result.error).toMatch(/^Invalid credentials \(401\): the personal access token in the basic auth profile is wrong, expired or revoked - HTTP 401: TF400813/);
    expect(connectionRow()).toMatchObject({ health_status: 'down', health_error: result.error });
    for (const row of bed.instance.db.rows(LOG_TABLE)) expect(JSON.stringify(row)).not.toContain('not-the-pat-0123456789');
  });

  test('missing permission (403)', async () => {
    bed = await startBed();
    bed.fake.addFault({ mode: 'status', status: 403 });
    expect(check().error).toMatch(/^Missing permission \(403\)/);
  });

  test('project not found (404), with Azure DevOps\' own reason', async () => {
    bed = await startBed({ connection: { ado_project: 'NoSuchProject' } });
    const result = check();
    expect(result).toMatchObject({ status: 'down' });
    expect(result.error).toContain('Project or work item type not found (404)');
    expect(result.error).toContain('ProjectDoesNotExistWithNameException');
  });

  test('a mapped field the work item type does not have (Repro Steps on a Task): down, naming the field', async () => {
    bed = await startBed({ fake: { process: 'Agile' }, preset: 'agile', connection: { ado_description_field: 'Microsoft.VSTS.TCM.ReproSteps' } });
    const result = check();
    expect(result).toEqual({
      status: 'down',
      error:
        "Work item type Task has no field Microsoft.VSTS.TCM.ReproSteps (for the incident's description): Azure DevOps refuses it or keeps it where no form shows it. Set the connection's description field (or work item type) to one the type has",
    });
    expect(connectionRow().health_status).toBe('down');
    // The same field on a Bug, where it is the default, is healthy.
    setConnection({ ado_work_item_type: 'Bug', ado_description_field: '' });
    expect(check()).toEqual({ status: 'healthy', error: '' });
  });

  test('a state the value map sends that the type does not have (Resolved on an Agile Task): degraded, naming it', async () => {
    // A connection seeded before presets knew Agile Tasks: incident state 6 goes out as Resolved.
    bed = await startBed({ fake: { process: 'Agile' }, preset: null });
    for (const row of presetRows('agile')) {
      bed.instance.db.insert(VALUE_MAP_TABLE, { connection: bed.connection, field: row.field, direction: row.direction, sn_value: row.sn_value, remote_value: row.remote_value, order: String(row.order) });
    }
    expect(check()).toEqual({
      status: 'degraded',
      error: 'Work item type Task has no state Resolved (sent for incident state 6): Azure DevOps refuses the updates that send it. Change the state value map (or seed it again from a preset for this type)',
    });
    new ValueMapSeeder().seed(bed.connection, 'agile', true);
    expect(check()).toEqual({ status: 'healthy', error: '' });
  });

  test('work item type not found (404)', async () => {
    bed = await startBed({ connection: { ado_work_item_type: 'Bug' } });
    expect(check().error).toContain('WorkItemTypeNotFoundException');
  });

  test('unreachable endpoint: refused, or no answer within the connection\'s timeout', async () => {
    bed = await startBed({ connection: { base_url: 'http://127.0.0.1:9' } });
    expect(check().error).toMatch(/^Unreachable endpoint: no answer from Azure DevOps \(Connection refused/);
    bed.fake.stop();
    bed = await startBed({ connection: { request_timeout_ms: '1000' } });
    bed.fake.addFault({ mode: 'delay', delayMs: 5000 });
    expect(check().error).toMatch(/^Unreachable endpoint: .*timed out/i);
  });

  test('a misconfigured connection is down without a call', async () => {
    bed = await startBed({ connection: { ado_organization: '' } });
    expect(check()).toEqual({ status: 'down', error: 'Misconfigured: The connection needs an Azure DevOps organization and project' });
    expect(bed.fake.requests).toEqual([]);
  });

  test('while rate limited nothing is sent: degraded, with how long', async () => {
    bed = await startBed();
    setConnection({ rate_limited_until: at(bed.instance.clock.now() + 90000) });
    expect(check()).toEqual({ status: 'degraded', error: 'Not checked: Azure DevOps rate-limits this connection for another 90 s' });
    expect(bed.fake.requests).toEqual([]);
  });
});

describe('what the deliveries found still counts after a successful call', () => {
  test('dead outbox entries: degraded until retried or discarded', async () => {
    bed = await startBed();
    bed.instance.db.insert(OUTBOX_TABLE, { connection: bed.connection, state: 'dead', sequence: '1', last_error: 'HTTP 400: TF401320: Rule Error' });
    expect(check()).toEqual({ status: 'degraded', error: expect.stringContaining('Dead outbox entries wait to be retried or discarded') });
    expect(connectionRow().health_error).toContain('TF401320');
  });

  test('an open circuit: degraded', async () => {
    bed = await startBed();
    setConnection({ consecutive_failures: '5', circuit_open_until: at(bed.instance.clock.now() + 60000) });
    expect(check().error).toContain('circuit breaker');
  });
});

describe('OAuth 2.0 profiles', () => {
  interface OAuthBed {
    tokenRequests: string[];
    profile: string;
    entity: string;
  }

  /** A connection using an OAuth profile (authorization code with refresh tokens); the token endpoint answers with
   * `answer` (default: new tokens each time). */
  async function oauthBed(answer?: (request: HttpRequest) => ReturnType<HttpTransport['send']>): Promise<OAuthBed> {
    const tokenRequests: string[] = [];
    let issued = 0;
    const options: BedOptions = {
      fake: { users: [DEFAULT_FAKE_USER, { displayName: 'Entra App', uniqueName: 'app@fabrikam.example', bearerToken: 'entra-token-1' }, { displayName: 'Entra App 2', uniqueName: 'app2@fabrikam.example', bearerToken: 'entra-token-2' }] },
      connection: { auth_type: 'oauth2', basic_auth_profile: '' },
      otherTransport: {
        send(request) {
          tokenRequests.push(request.body);
          if (answer) return answer(request);
          issued++;
          return { status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ access_token: 'entra-token-' + issued, refresh_token: 'refresh-' + issued, token_type: 'Bearer', expires_in: 3600 }) };
        },
      },
    };
    bed = await startBed(options);
    const entity = bed.instance.db.insert('oauth_entity', { name: 'Entra', client_id: 'client-1', client_secret: CLIENT_SECRET, token_url: 'https://login.example/tenant/oauth2/v2.0/token', default_grant_type: 'authorization_code', type: 'oauth_provider' });
    const profile = bed.instance.db.insert('oauth_entity_profile', { name: 'Entra ADO', oauth_entity: entity, grant_type: 'authorization_code' });
    setConnection({ oauth_profile: profile });
    return { tokenRequests, profile, entity };
  }

  /** The authorization an admin completed once: the platform then holds an access and a refresh token. */
  function authorize() {
    const client = new (global as any).sn_auth.GlideOAuthClient();
    client.requestToken('Entra', JSON.stringify({ grant_type: 'authorization_code', code: 'auth-code' }));
  }

  test('the check keeps the refresh token in use: an expired access token is refreshed by the check\'s own call', async () => {
    const oauth = await oauthBed();
    authorize();
    bed.instance.clock.advance(3601000);
    expect(check()).toEqual({ status: 'healthy', error: '' });
    expect(oauth.tokenRequests).toHaveLength(2);
    expect(oauth.tokenRequests[1]).toContain('grant_type=refresh_token');
    expect(oauth.tokenRequests[1]).toContain('refresh_token=refresh-1');
    expect(bed.fake.requests[0].headers.authorization).toBe('Bearer entra-token-2');
    expectNoSecretsStored();
  });

  test('no token could be obtained (never authorized): down, "No OAuth token"', async () => {
    await oauthBed();
    const result = check();
    expect(result.status).toBe('down');
    expect(result.error).toMatch(/^No OAuth token - the platform could not obtain one/);
    // stored as written: the log writer's redaction must not read "token: <word>" in the message as a credential
    expect(connectionRow().health_error).toBe(result.error);
    expect(bed.fake.requests).toEqual([]);
  });

  test('an expired access token whose refresh the provider refuses: down, "Expired OAuth token"', async () => {
    let refuse = false;
    await oauthBed((request) => {
      if (!refuse) {
        refuse = true;
        return { status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ access_token: 'entra-token-1', refresh_token: 'refresh-1', expires_in: 3600 }) };
      }
      return { status: 400, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ error: 'invalid_grant', error_description: 'AADSTS700082: The refresh token has expired' }) };
    });
    authorize();
    bed.instance.clock.advance(3601000);
    const result = check();
    expect(result.error).toMatch(/^Expired OAuth token - the access token expired and could not be refreshed/);
    expect(connectionRow().health_error).toBe(result.error);
    expectNoSecretsStored();
  });

  test('a refresh token close to its expiry (oauth_credential.expires) degrades the connection; an expired one downs it', async () => {
    const oauth = await oauthBed();
    authorize();
    const now = bed.instance.clock.now();
    const credential = bed.instance.db.insert('oauth_credential', { peer: oauth.entity, type: 'refresh_token', expires: at(now + 5 * 86400000) });
    expect(check()).toEqual({ status: 'degraded', error: `The OAuth refresh token expires ${at(now + 5 * 86400000)} UTC (in 5 days): re-authorize the OAuth profile before then` });
    gs.setProperty('x_incb_bridge.health.refresh_token_warning_days', '3');
    expect(check()).toEqual({ status: 'healthy', error: '' });
    // the platform renews the row (no script of the app writes oauth_credential)
    bed.instance.db.update('oauth_credential', credential, { expires: at(now - 1000) });
    expect(check().error).toContain('Expired OAuth refresh token');
  });
});

test('the job checks every active Azure DevOps connection, and only those', async () => {
  bed = await startBed();
  const inactive = bed.instance.db.insert(CONNECTION_TABLE, { name: 'Off', type: 'azure_devops', active: 'false' });
  const webhook = bed.instance.db.insert(CONNECTION_TABLE, { name: 'Hook', type: 'webhook', active: 'true' });
  expect(new ConnectionHealthCheck().checkAll()).toBe(1);
  expect(connectionRow().health_status).toBe('healthy');
  expect(bed.instance.db.get(CONNECTION_TABLE, inactive)!.health_status).toBe('unknown');
  expect(bed.instance.db.get(CONNECTION_TABLE, webhook)!.health_status).toBe('unknown');
});
