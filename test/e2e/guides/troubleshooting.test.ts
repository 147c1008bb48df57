// docs/guides/troubleshooting.md: every symptom the sandbox can produce is produced, in one sandbox against the Azure
// DevOps fake (a wrong secret, an unknown connection, a resource version other than 1.0, a wrong password and a
// missing role on the hook route, a duplicate delivery, a work item no incident is linked to, the app's own change
// coming back, an invalid close code, a wrong PAT, an exhausted retry, a misconfigured description field, an Entra ID
// token request that fails). Then every line of every troubleshooting block without `needs:` must match what the
// sandbox recorded: the integration log, outbox, inbox and connection health as its --data file holds them after it
// stopped (no HTTP route reads them), and the HTTP answers the test received.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AdoFake } from '@incb/ado-fake';
import { allDocExamples, docExample, REPO_ROOT } from '../../support/doc-examples';
import { basicAuth, call, Reply } from '../support/http-client';
import { SandboxProcess, startE2eSandbox } from '../support/e2e-sandbox';
import {
  appUser,
  fileArg,
  guideJson,
  linePattern,
  personUser,
  RecordSpec,
  Row,
  SANDBOX_ADMIN,
  sandboxOps,
  savedTables,
  startGuideFake,
  startTokenServer,
  TokenServer,
  withFields,
} from './support/guides';

const PAT = 'ts-pat-4d1e8b07a9c2';
const PERSON_PAT = 'ts-person-pat-71c0e5';
const SECRET = 'ts-inbound-secret-9e2f4a61';
const PASSWORD = 'Guide-troubleshooting-1';
const GOOD = '9a7c1e0d2b3f4a5b8c6d7e8f9a0b1c02';
const IDS = {
  goodProfile: '9a7c1e0d2b3f4a5b8c6d7e8f9a0b1c01',
  badProfile: 'e2e07500000000000000000000000b01',
  badPat: 'e2e07500000000000000000000000c01',
  dead: 'e2e07500000000000000000000000c02',
  oauth: 'e2e07500000000000000000000000c03',
  misconfigured: 'e2e07500000000000000000000000c04',
  oauthEntity: 'e2e07500000000000000000000000e01',
  oauthScope: 'e2e07500000000000000000000000e02',
  oauthProfile: 'e2e07500000000000000000000000e03',
  oauthProfileScope: 'e2e07500000000000000000000000e04',
};
const SAMPLE = fs.readFileSync(path.join(REPO_ROOT, 'packages/ado-fake/samples/service-hook-samples/workitem.created.json'), 'utf8');

let fake: AdoFake;
let tokens: TokenServer;
let sandbox: SandboxProcess;
let ops: ReturnType<typeof sandboxOps>;
let dataFile: string;
/** The blocks of docs/guides/troubleshooting.md this test reproduces. */
const QUOTED = [
  docExample('guides/troubleshooting/misconfigured'),
  docExample('guides/troubleshooting/ado-401'),
  docExample('guides/troubleshooting/oauth-no-token'),
  docExample('guides/troubleshooting/hook-secret'),
  docExample('guides/troubleshooting/hook-connection'),
  docExample('guides/troubleshooting/hook-version'),
  docExample('guides/troubleshooting/hook-platform'),
  docExample('guides/troubleshooting/not-linked'),
  docExample('guides/troubleshooting/close-code'),
  docExample('guides/troubleshooting/echo'),
  docExample('guides/troubleshooting/duplicate'),
  docExample('guides/troubleshooting/dead-letter'),
];
/** `<status> <message>` of every answer the blocks' `answer:` lines may quote */
const answers: string[] = [];

function remember(reply: Reply): Reply {
  const message = reply.json?.error?.message ?? reply.json?.result?.status ?? reply.text;
  answers.push(`${reply.status} ${message}`);
  return reply;
}

const hook = (connection: string, body: string, headers: { [name: string]: string }, user = 'ado.servicehook', password = PASSWORD) =>
  call(sandbox.url, 'POST', `/api/x_incb_bridge/v1/hooks/azure-devops/${connection}`, {
    as: user,
    password,
    body,
    headers: { 'Content-Type': 'application/json', ...headers },
  }).then(remember);

beforeAll(async () => {
  fake = await startGuideFake([appUser(PAT), personUser(PERSON_PAT)]);
  tokens = await startTokenServer({ tenant: 'tenant', clientId: 'client', clientSecret: 'the-right-secret', scope: '499b84ac-1321-427f-aa17-267ca6975798/.default', accessToken: 'unused' });
  // the connection guide's PAT connection (name fabrikam-ado), and variants of it, each with its own trigger
  const guide = withFields(guideJson<RecordSpec[]>(docExample('guides/azure-devops/pat-connection'), { '<inbound secret>': SECRET, '<sys_id of your support group>': '' }), GOOD, {
    base_url: fake.url,
    support_group: '',
    trigger_condition: 'short_descriptionSTARTSWITHts good:',
    close_code: 'Fixed by magic',
  })[0];
  const variant = (sysId: string, name: string, fields: { [name: string]: string }): RecordSpec => ({ table: guide.table, sys_id: sysId, fields: { ...guide.fields, name, inbound_secret: '', ...fields } });
  const records: RecordSpec[] = [
    ...guideJson<RecordSpec[]>(docExample('guides/azure-devops/pat-profile'), { '<personal access token>': PAT }),
    { table: 'sys_auth_profile_basic', sys_id: IDS.badProfile, fields: { name: 'Azure DevOps PAT (expired)', username: '', password: 'an-expired-token-0000' } },
    { table: 'oauth_entity', sys_id: IDS.oauthEntity, fields: { name: 'Entra ID (wrong secret)', type: 'oauth_provider', client_id: 'client', client_secret: 'a-wrong-secret', default_grant_type: 'client_credentials', token_url: `${tokens.url}/tenant/oauth2/v2.0/token` } },
    { table: 'oauth_entity_scope', sys_id: IDS.oauthScope, fields: { name: 'Azure DevOps', oauth_entity: IDS.oauthEntity, oauth_entity_scope: '499b84ac-1321-427f-aa17-267ca6975798/.default' } },
    { table: 'oauth_entity_profile', sys_id: IDS.oauthProfile, fields: { name: 'Entra ID profile', oauth_entity: IDS.oauthEntity, grant_type: 'client_credentials', is_default: 'true' } },
    { table: 'oauth_entity_profile_scope', sys_id: IDS.oauthProfileScope, fields: { oauth_entity_profile: IDS.oauthProfile, oauth_entity_scope: IDS.oauthScope } },
    guide,
    variant(IDS.badPat, 'ts-bad-pat', { basic_auth_profile: IDS.badProfile, trigger_condition: 'short_descriptionSTARTSWITHts bad pat:' }),
    variant(IDS.dead, 'ts-dead', { max_attempts: '1', trigger_condition: 'short_descriptionSTARTSWITHts dead:' }),
    variant(IDS.oauth, 'ts-oauth', { auth_type: 'oauth2', basic_auth_profile: '', oauth_profile: IDS.oauthProfile, trigger_condition: '' }),
    variant(IDS.misconfigured, 'ts-misconfigured', { ado_description_field: 'Repro Steps', trigger_condition: 'short_descriptionSTARTSWITHts misconfigured:' }),
  ];
  const users = [SANDBOX_ADMIN, { user_name: 'ado.servicehook', password: PASSWORD, roles: ['x_incb_bridge.integration'] }, { user_name: 'itil.user', password: PASSWORD, roles: ['itil'] }];
  dataFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'incb-guides-ts-')), 'sandbox.json');
  sandbox = await startE2eSandbox([...fileArg('--records', records), ...fileArg('--users', users), '--data', dataFile]);
  ops = sandboxOps(sandbox.url);
  fake.subscribe({
    url: `${sandbox.url}/api/x_incb_bridge/v1/hooks/azure-devops/fabrikam-ado`,
    eventTypes: ['workitem.created', 'workitem.updated', 'workitem.commented', 'workitem.deleted', 'workitem.restored'],
    basicAuth: { username: 'ado.servicehook', password: PASSWORD },
    headers: { 'X-Incident-Bridge-Secret': SECRET },
  });
}, 180000);
afterAll(async () => {
  await sandbox?.stop();
  await fake?.stop();
  await tokens?.close();
  if (dataFile) fs.rmSync(path.dirname(dataFile), { recursive: true, force: true });
});

describe('hook deliveries are refused', () => {
  test('a wrong secret: 401', async () => {
    expect((await hook('fabrikam-ado', SAMPLE, { 'X-Incident-Bridge-Secret': 'not-the-secret' })).status).toBe(401);
  });

  test('an unknown connection: 404', async () => {
    expect((await hook('fabrikam', SAMPLE, { 'X-Incident-Bridge-Secret': SECRET })).status).toBe(404);
  });

  test('a resource version other than 1.0: 400', async () => {
    const body = JSON.stringify({ ...JSON.parse(SAMPLE), id: 'c0ffee00-0000-4000-8000-000000000001', resourceVersion: '5.1-preview.3' });
    expect((await hook('fabrikam-ado', body, { 'X-Incident-Bridge-Secret': SECRET })).status).toBe(400);
  });

  test('a wrong password is the platform\'s 401, a user without the role its 403', async () => {
    expect((await hook('fabrikam-ado', SAMPLE, { 'X-Incident-Bridge-Secret': SECRET }, 'ado.servicehook', 'wrong')).status).toBe(401);
    expect((await hook('fabrikam-ado', SAMPLE, { 'X-Incident-Bridge-Secret': SECRET }, 'itil.user')).status).toBe(403);
  });
});

describe('a change in Azure DevOps that does not reach an incident, echoes and duplicates', () => {
  test('Microsoft\'s sample twice: accepted, then a duplicate; its work item is linked to no incident', async () => {
    expect((await hook('fabrikam-ado', SAMPLE, { 'X-Incident-Bridge-Secret': SECRET })).json.result.status).toBe('accepted');
    expect((await hook('fabrikam-ado', SAMPLE, { 'X-Incident-Bridge-Secret': SECRET })).json.result.status).toBe('duplicate');
    await ops.drain();
  });

  let workItemId: number;

  test('the app\'s own create comes back and is ignored', async () => {
    const incident = await ops.createIncident({ short_description: 'ts good: queue backs up', impact: '1', urgency: '1' });
    await ops.drain();
    workItemId = Number((await ops.incident(incident.sys_id, 'correlation_id')).correlation_id);
    expect(workItemId).toBeGreaterThan(0);
    await fake.hooksSettled();
    await ops.drain();
  });

  test('a person closes the work item, but the connection\'s close code is not one of the instance\'s', async () => {
    const response = await fetch(`${fake.organizationUrl}/${encodeURIComponent(fake.project)}/_apis/wit/workitems/${workItemId}?api-version=7.1`, {
      method: 'PATCH',
      headers: { Authorization: basicAuth('', PERSON_PAT), 'Content-Type': 'application/json-patch+json', Accept: 'application/json' },
      body: JSON.stringify([{ op: 'add', path: '/fields/System.State', value: 'Resolved' }]),
    });
    expect(response.status).toBe(200);
    await fake.hooksSettled();
    await ops.drain();
  });
});

describe('outbound failures', () => {
  test('a wrong PAT: Azure DevOps answers 401', async () => {
    await ops.createIncident({ short_description: 'ts bad pat: disk full on db01', impact: '1', urgency: '1' });
    await ops.drain();
  });

  test('a misconfigured description field fails before any request', async () => {
    const before = fake.requests.length;
    await ops.createIncident({ short_description: 'ts misconfigured: cache misses', impact: '1', urgency: '1' });
    await ops.drain();
    expect(fake.requests.length).toBe(before);
  });

  test('the last attempt fails: the entry is dead', async () => {
    fake.addFault({ mode: 'status', status: 503, method: 'POST', count: 1 });
    await ops.createIncident({ short_description: 'ts dead: payments slow', impact: '1', urgency: '1' });
    await ops.drain();
    fake.clearFaults();
  });

  test('the health check reports each connection\'s cause', async () => {
    await ops.runJob('Incident Bridge: connection health check');
    const health = await ops.health();
    expect(health['ts-bad-pat'].status).toBe('down');
    expect(health['ts-dead'].status).toBe('degraded');
    expect(health['ts-oauth'].status).toBe('down');
    expect(health['ts-misconfigured'].status).toBe('down');
  });
});

/** Every `<kind>: ...` line of the troubleshooting blocks the sandbox can reproduce, against what it recorded. */
describe('what the guide quotes is what the sandbox recorded', () => {
  let tables: { [table: string]: Row[] };
  const blocks = allDocExamples().examples.filter((e) => e.file === 'docs/guides/troubleshooting.md' && !e.needs);

  beforeAll(async () => {
    expect(await sandbox.stop()).toBe(0);
    tables = savedTables(dataFile);
  }, 60000);

  const matches = (line: string): boolean => {
    const colon = line.indexOf(': ');
    const kind = line.slice(0, colon);
    const rest = line.slice(colon + 2);
    if (kind === 'answer') return answers.some((a) => linePattern(rest).test(a));
    const words = rest.split(' ');
    if (kind === 'log') {
      const [direction, outcome, status] = words;
      const error = linePattern(words.slice(3).join(' '));
      return (tables.x_incb_bridge_log || []).some(
        (r) => r.direction === direction && r.outcome === outcome && (status === '-' ? !r.http_status || r.http_status === '0' : r.http_status === status) && error.test(r.error || '')
      );
    }
    const text = linePattern(words.slice(1).join(' '));
    if (kind === 'outbox') return (tables.x_incb_bridge_outbox || []).some((r) => r.state === words[0] && text.test(r.last_error || ''));
    if (kind === 'inbox') return (tables.x_incb_bridge_inbox || []).some((r) => r.state === words[0] && text.test(r.last_error || ''));
    if (kind === 'health') return (tables.x_incb_bridge_connection || []).some((r) => r.health_status === words[0] && text.test(r.health_error || ''));
    throw new Error(`unknown kind of line: ${line}`);
  };

  test('every block of the guide that can run here is checked below', () => {
    expect(blocks.map((b) => b.id).sort()).toEqual(QUOTED.map((b) => b.id).sort());
  });

  test.each(QUOTED.map((b) => [b.id, b] as const))('%s', (_id, block) => {
    const unmatched = block.text.trim().split('\n').filter((line) => !matches(line));
    // on a mismatch, show what was recorded of each kind the unmatched lines name
    const recorded = (line: string) => {
      const kind = line.slice(0, line.indexOf(': '));
      if (kind === 'answer') return answers;
      if (kind === 'log') return (tables.x_incb_bridge_log || []).map((r) => `${r.direction} ${r.outcome} ${r.http_status || '-'} ${r.error || ''}`);
      const table = { outbox: 'x_incb_bridge_outbox', inbox: 'x_incb_bridge_inbox', health: 'x_incb_bridge_connection' }[kind]!;
      return (tables[table] || []).map((r) => (kind === 'health' ? `${r.health_status} ${r.health_error}` : `${r.state} ${r.last_error}`));
    };
    expect(unmatched.map((line) => ({ line, recorded: recorded(line) }))).toEqual([]);
  });
});
