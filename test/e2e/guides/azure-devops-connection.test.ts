// docs/guides/azure-devops-connection.md, followed in the sandbox against the Azure DevOps fake (organization
// fabrikam, project "Fabrikam Fiber", Agile process, as the guide's records name them). Each way to authenticate gets
// its own sandbox with the guide's record files as written; only the placeholders are filled in, the Base URL points
// at the fake instead of https://dev.azure.com, and Entra ID's token URL at a local stand-in for its token endpoint.
// The support group the guide asks for is a group record of the test's own.
import { AdoFake } from '@incb/ado-fake';
import { DocExample, docExample } from '../../support/doc-examples';
import { SandboxProcess, startE2eSandbox } from '../support/e2e-sandbox';
import { basicAuth } from '../support/http-client';
import { appUser, fileArg, guideJson, recordProblems, RecordSpec, runCurl, SANDBOX_ADMIN, sandboxOps, startGuideFake, startTokenServer, TokenServer, withFields } from './support/guides';

const PAT = 'guide-pat-8c3d0a9f61b24e7d';
const SECRET = 'guide-inbound-secret-5f0e2b7c9a1d';
const PASSWORD = 'Guide-connection-1';
const ACCESS_TOKEN = 'entra-access-token-for-the-service-principal';
const ENTRA = { tenant: '72f988bf-0000-4000-8000-000000000001', clientId: '535fb089-9ff3-47b6-9bfb-4f1264799865', clientSecret: 'entra-client-secret-value-31' };
const ADO_SCOPE = '499b84ac-1321-427f-aa17-267ca6975798/.default';
const CONNECTION = '9a7c1e0d2b3f4a5b8c6d7e8f9a0b1c02';
const GROUP = 'e2e0a1b2c3d4e5f60718293a4b5c6d01';
const MID = 'e2e0a1b2c3d4e5f60718293a4b5c6d02';

const values = {
  '<personal access token>': PAT,
  '<inbound secret>': SECRET,
  '<sys_id of your support group>': GROUP,
  '<application (client) ID>': ENTRA.clientId,
  '<client secret value>': ENTRA.clientSecret,
  '<tenant ID>': ENTRA.tenant,
  '<sys_id of the MID Server record>': MID,
};

const groupRecord: RecordSpec = { table: 'sys_user_group', sys_id: GROUP, fields: { name: 'Fabrikam Operations' } };
const midServerRecord: RecordSpec = { table: 'ecc_agent', sys_id: MID, fields: { name: 'mid-fabrikam-01', status: 'Up', validated: 'true' } };
const users = [SANDBOX_ADMIN, { user_name: 'bridge.admin', password: PASSWORD, roles: ['x_incb_bridge.admin'] }, { user_name: 'itil.user', password: PASSWORD, roles: ['itil'] }];

let fake: AdoFake;
let tokens: TokenServer;

/** The guide's PAT connection, pointed at the fake. */
function patConnection(fields: { [name: string]: string } = {}): RecordSpec[] {
  return withFields(guideJson<RecordSpec[]>(docExample('guides/azure-devops/pat-connection'), values), CONNECTION, { base_url: fake.url, ...fields });
}

beforeAll(async () => {
  fake = await startGuideFake([appUser(PAT), { displayName: 'Incident Bridge (service principal)', uniqueName: ENTRA.clientId, bearerToken: ACCESS_TOKEN }]);
  tokens = await startTokenServer({ ...ENTRA, scope: ADO_SCOPE, accessToken: ACCESS_TOKEN });
}, 60000);
afterAll(async () => {
  await fake?.stop();
  await tokens?.close();
});

test('every record the guide shows has fields the built package (or the platform) has, with valid choices', () => {
  const patch = (example: DocExample) => guideJson<{ [name: string]: string }>(example, values);
  const records = [
    ...guideJson<RecordSpec[]>(docExample('guides/azure-devops/pat-profile'), values),
    ...guideJson<RecordSpec[]>(docExample('guides/azure-devops/pat-connection'), values),
    ...guideJson<RecordSpec[]>(docExample('guides/azure-devops/entra-records'), values),
    { table: 'x_incb_bridge_connection', fields: patch(docExample('guides/azure-devops/entra-connection')) },
    { table: 'x_incb_bridge_connection', fields: patch(docExample('guides/azure-devops/mid-connection')) },
  ];
  expect(recordProblems(records)).toEqual([]);
});

/** Creates an incident the guide's trigger condition (priority 1 or 2) takes, syncs it, and returns the create
 * request the fake received and the incident's work item id. */
async function syncOneIncident(sandbox: SandboxProcess, title: string) {
  const ops = sandboxOps(sandbox.url);
  const before = fake.requests.length;
  const incident = await ops.createIncident({ short_description: title, impact: '1', urgency: '1' }, 'itil.user', PASSWORD);
  await ops.drain();
  const create = fake.requests.slice(before).find((r) => r.method === 'POST' && /\/workitems\/\$Bug$/.test(r.path));
  const read = await ops.incident(incident.sys_id, 'correlation_id,correlation_display,number');
  return { incident, create, workItemId: Number(read.correlation_id), read };
}

describe('section 2: a personal access token in a basic auth profile with an empty user name', () => {
  let sandbox: SandboxProcess;
  let ops: ReturnType<typeof sandboxOps>;
  const records = () => [groupRecord, ...guideJson<RecordSpec[]>(docExample('guides/azure-devops/pat-profile'), values), ...patConnection()];

  beforeAll(async () => {
    sandbox = await startE2eSandbox([...fileArg('--records', records()), ...fileArg('--users', users)]);
    ops = sandboxOps(sandbox.url);
  }, 180000);
  afterAll(() => sandbox?.stop());

  test('section 6: the health check finds the connection healthy', async () => {
    await ops.runJob('Incident Bridge: connection health check');
    expect((await ops.health())['fabrikam-ado']).toEqual({ status: 'healthy', error: '' });
  });

  test('an incident matching the trigger becomes a Bug, sent with the PAT as basic auth with an empty user name', async () => {
    const { create, workItemId, read } = await syncOneIncident(sandbox, 'Guide: checkout returns 502');
    expect(create).toBeDefined();
    expect(create!.status).toBe(200);
    expect(create!.headers.authorization).toBe(basicAuth('', PAT));
    expect(decodeURIComponent(create!.path)).toBe('/fabrikam/Fabrikam Fiber/_apis/wit/workitems/$Bug');
    expect(workItemId).toBeGreaterThan(0);
    expect(read.correlation_display).toBe('Azure DevOps');
    // the Agile preset sends a new incident as New, and a Bug's description goes to Repro Steps (empty field)
    const fields = Object.fromEntries((create!.body as Array<{ path: string; value: unknown }>).map((op) => [op.path, op.value]));
    expect(fields['/fields/System.State']).toBe('New');
    expect(fields['/fields/System.Title']).toBe(`${read.number}: Guide: checkout returns 502`);
  });

  test('an incident outside the trigger (priority 4) is not sent', async () => {
    const before = fake.requests.length;
    await ops.createIncident({ short_description: 'Guide: printer toner low', impact: '3', urgency: '2' }, 'itil.user', PASSWORD);
    await ops.drain();
    expect(fake.requests.slice(before)).toEqual([]);
  });

  test('section 6: the dry run as written shows the requests, checked by Azure DevOps with validateOnly', async () => {
    const incident = await ops.createIncident({ short_description: 'Guide: dry run me', impact: '1', urgency: '2' }, 'itil.user', PASSWORD);
    // not synced yet: the trigger matches, but nothing has run the outbox
    const before = fake.requests.length;
    const reply = await runCurl(docExample('guides/azure-devops/dry-run'), sandbox.url, { '<password>': PASSWORD, '<incident sys_id>': incident.sys_id });
    expect(reply.status).toBe(200);
    const create = reply.json.result.requests[0];
    expect(create.method).toBe('POST');
    expect(create.url).toContain('/fabrikam/Fabrikam%20Fiber/_apis/wit/workitems/$Bug?api-version=7.1&validateOnly=true');
    expect(JSON.parse(create.body)).toEqual(expect.arrayContaining([{ op: 'add', path: '/fields/System.State', value: 'New' }]));
    // Azure DevOps checked the create without storing it
    const checked = fake.requests.slice(before).filter((r) => r.method === 'POST');
    expect(checked.map((r) => [r.query.validateOnly, r.status])).toEqual([['true', 200]]);
  });
});

describe('section 3: Microsoft Entra ID client credentials through an OAuth 2.0 profile', () => {
  let sandbox: SandboxProcess;

  beforeAll(async () => {
    const oauth = guideJson<RecordSpec[]>(docExample('guides/azure-devops/entra-records'), values).map((r) =>
      r.table === 'oauth_entity' ? { ...r, fields: { ...r.fields, token_url: r.fields.token_url.replace('https://login.microsoftonline.com', tokens.url) } } : r
    );
    const connection = patConnection(guideJson(docExample('guides/azure-devops/entra-connection'), values));
    sandbox = await startE2eSandbox([...fileArg('--records', [groupRecord, ...oauth, ...connection]), ...fileArg('--users', users)]);
  }, 180000);
  afterAll(() => sandbox?.stop());

  test('the token request is the client credentials grant with the Azure DevOps scope, and the work item is sent with the bearer token', async () => {
    const asked = tokens.requests.length;
    const { create, workItemId } = await syncOneIncident(sandbox, 'Guide: sent as the service principal');
    const token = tokens.requests.slice(asked)[0];
    expect(token.path).toBe(`/${ENTRA.tenant}/oauth2/v2.0/token`);
    expect(Object.fromEntries(token.form)).toEqual({ client_id: ENTRA.clientId, client_secret: ENTRA.clientSecret, grant_type: 'client_credentials', scope: ADO_SCOPE });
    expect(create!.status).toBe(200);
    expect(create!.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
    expect(workItemId).toBeGreaterThan(0);
  });

  test('the health check is healthy through the same profile', async () => {
    const ops = sandboxOps(sandbox.url);
    await ops.runJob('Incident Bridge: connection health check');
    expect((await ops.health())['fabrikam-ado']).toEqual({ status: 'healthy', error: '' });
  });
});

describe('section 4: a connection with a MID Server (the sandbox calls directly)', () => {
  let sandbox: SandboxProcess;

  beforeAll(async () => {
    const connection = patConnection(guideJson(docExample('guides/azure-devops/mid-connection'), values));
    const profile = guideJson<RecordSpec[]>(docExample('guides/azure-devops/pat-profile'), values);
    sandbox = await startE2eSandbox([...fileArg('--records', [groupRecord, midServerRecord, ...profile, ...connection]), ...fileArg('--users', users)]);
  }, 180000);
  afterAll(() => sandbox?.stop());

  test('still syncs', async () => {
    const { create, workItemId } = await syncOneIncident(sandbox, 'Guide: through the MID Server');
    expect(create!.status).toBe(200);
    expect(workItemId).toBeGreaterThan(0);
  });
});
