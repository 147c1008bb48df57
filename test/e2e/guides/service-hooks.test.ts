// docs/guides/service-hooks.md, followed in the sandbox: the guide's integration user and connection (with the
// optional "create incidents" fields), the Azure DevOps fake subscribed exactly as the guide's subscription body says
// (URL, the secret header, basic auth as the integration user, resource version 1.0) for each of the five events,
// Microsoft's sample delivery sent by hand with the guide's curl command, and a person's change in Azure DevOps
// followed to the incident.
import { AdoFake, HookEventType } from '@incb/ado-fake';
import { docExample } from '../../support/doc-examples';
import { loadBuiltApp } from '../../support/builtApp';
import { SandboxProcess, startE2eSandbox } from '../support/e2e-sandbox';
import { basicAuth } from '../support/http-client';
import { appUser, fileArg, guideJson, personUser, recordProblems, RecordSpec, runCurl, SANDBOX_ADMIN, sandboxOps, startGuideFake, withFields } from './support/guides';

const PAT = 'guide-hooks-pat-2e9b41d07c';
const PERSON_PAT = 'guide-hooks-person-pat-6a1f';
const SECRET = 'guide-hooks-secret-0b7d3e95c2';
const PASSWORD = 'Guide-hooks-1';
const CONNECTION = '9a7c1e0d2b3f4a5b8c6d7e8f9a0b1c02';
const GROUP = 'e2e0a1b2c3d4e5f60718293a4b5c6d01';
const EVENTS: HookEventType[] = ['workitem.created', 'workitem.updated', 'workitem.commented', 'workitem.deleted', 'workitem.restored'];

interface Subscription {
  publisherId: string;
  eventType: string;
  resourceVersion: string;
  consumerId: string;
  consumerActionId: string;
  publisherInputs: { projectId: string };
  consumerInputs: { url: string; httpHeaders: string; basicAuthUsername: string; basicAuthPassword: string };
}

let fake: AdoFake;
let sandbox: SandboxProcess;
let ops: ReturnType<typeof sandboxOps>;
const values = { '<personal access token>': PAT, '<inbound secret>': SECRET, '<sys_id of your support group>': GROUP, '<password>': PASSWORD };

beforeAll(async () => {
  fake = await startGuideFake([appUser(PAT), personUser(PERSON_PAT)]);
  const connection = withFields(guideJson<RecordSpec[]>(docExample('guides/azure-devops/pat-connection'), values), CONNECTION, {
    base_url: fake.url,
    ...guideJson<{ [name: string]: string }>(docExample('guides/service-hooks/create-incidents'), values),
  });
  const records = [{ table: 'sys_user_group', sys_id: GROUP, fields: { name: 'Fabrikam Operations' } }, ...guideJson<RecordSpec[]>(docExample('guides/azure-devops/pat-profile'), values), ...connection];
  expect(recordProblems(records)).toEqual([]);
  const users = [SANDBOX_ADMIN, ...guideJson<object[]>(docExample('guides/service-hooks/user'), values), { user_name: 'itil.user', password: PASSWORD, roles: ['itil'] }];
  sandbox = await startE2eSandbox([...fileArg('--records', records), ...fileArg('--users', users)]);
  ops = sandboxOps(sandbox.url);
}, 180000);
afterAll(async () => {
  await sandbox?.stop();
  await fake?.stop();
});

test('the route the guide names is the hook route the package installs', () => {
  const hooks = loadBuiltApp().restApis.find((api) => api.apiId === 'hooks')!;
  const route = hooks.routes.find((r) => r.relativePath === '/azure-devops/{connection}')!;
  expect(route.method).toBe('POST');
  expect(route.acls.sort()).toEqual(['x_incb_bridge.admin', 'x_incb_bridge.integration']);
  expect(docExample('guides/service-hooks/route').text.trim()).toBe(
    `POST https://<instance>.service-now.com${route.fullPaths.find((p) => p.includes('/v1/'))!.replace('{connection}', '<connection name or sys_id>')}`
  );
});

describe('subscribed as the guide says', () => {
  let subscription: Subscription;

  beforeAll(() => {
    subscription = guideJson<Subscription>(docExample('guides/service-hooks/subscription'), { ...values, '<instance>': '__instance__', '<project id>': fake.projectId });
    for (const eventType of EVENTS) {
      const headers: { [name: string]: string } = {};
      for (const line of subscription.consumerInputs.httpHeaders.split('\n')) headers[line.slice(0, line.indexOf(':'))] = line.slice(line.indexOf(':') + 1);
      fake.subscribe({
        url: subscription.consumerInputs.url.replace('https://__instance__.service-now.com', sandbox.url),
        eventTypes: [eventType],
        basicAuth: { username: subscription.consumerInputs.basicAuthUsername, password: subscription.consumerInputs.basicAuthPassword },
        headers,
      });
    }
  });

  test('the subscription body is a web hook subscription for work item events with resource version 1.0', () => {
    expect(subscription).toMatchObject({ publisherId: 'tfs', resourceVersion: '1.0', consumerId: 'webHooks', consumerActionId: 'httpRequest', publisherInputs: { projectId: fake.projectId } });
    expect(EVENTS).toContain(subscription.eventType);
  });

  let incident: { sys_id: string; number: string };
  let workItemId: number;

  test('an incident synced out comes back as the app\'s own workitem.created, accepted', async () => {
    incident = await ops.createIncident({ short_description: 'Guide hooks: payments time out', impact: '1', urgency: '1' }, 'itil.user', PASSWORD);
    await ops.drain();
    workItemId = Number((await ops.incident(incident.sys_id, 'correlation_id')).correlation_id);
    expect(workItemId).toBeGreaterThan(0);
    await fake.hooksSettled();
    expect(fake.deliveries.map((d) => [d.eventType, d.state, d.status])).toEqual([['workitem.created', 'delivered', 200]]);
    await ops.drain();
    expect((await ops.incident(incident.sys_id, 'state')).state).toBe('1');
  });

  test('a person resolves the work item and comments: the incident follows', async () => {
    const ado = (method: string, route: string, body: unknown, contentType: string) =>
      fetch(`${fake.organizationUrl}/${encodeURIComponent(fake.project)}/_apis/wit/${route}`, {
        method,
        headers: { Authorization: basicAuth('', PERSON_PAT), 'Content-Type': contentType, Accept: 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await ado('PATCH', `workitems/${workItemId}?api-version=7.1`, [{ op: 'add', path: '/fields/System.State', value: 'Resolved' }], 'application/json-patch+json')).status).toBe(200);
    expect((await ado('POST', `workItems/${workItemId}/comments?api-version=7.1-preview.4`, { text: 'Guide hooks: raised the gateway timeout' }, 'application/json')).status).toBe(200);
    await fake.hooksSettled();
    const later = fake.deliveries.slice(1);
    expect(later.map((d) => d.eventType)).toEqual(expect.arrayContaining(['workitem.updated', 'workitem.commented']));
    for (const d of later) expect([d.state, d.status]).toEqual(['delivered', 200]);
    await ops.drain();
    expect(await ops.incident(incident.sys_id, 'state,close_code,close_notes')).toEqual({ state: '6', close_code: 'Solution provided', close_notes: 'Closed in Azure DevOps' });
    const notes = await ops.api('GET', `/api/now/table/sys_journal_field?sysparm_query=element_id=${incident.sys_id}^element=work_notes&sysparm_fields=value`);
    const texts = notes.json.result.map((r: { value: string }) => r.value);
    expect(texts.filter((t: string) => t === 'Azure DevOps comment by Dana Whitfield:\nGuide hooks: raised the gateway timeout')).toHaveLength(1);
  });
});

describe('section 4: Microsoft\'s sample sent by hand', () => {
  test('is accepted, then a duplicate; the connection creates the incident in the support group', async () => {
    const first = await runCurl(docExample('guides/service-hooks/send-sample'), sandbox.url, values);
    expect([first.status, first.json.result.status]).toEqual([200, 'accepted']);
    const again = await runCurl(docExample('guides/service-hooks/send-sample'), sandbox.url, values);
    expect(again.json.result).toEqual({ status: 'duplicate', inbox: first.json.result.inbox });
    await ops.drain();
    const created = await ops.api('GET', '/api/now/table/incident?sysparm_query=correlation_id=5&sysparm_fields=short_description,assignment_group,correlation_display');
    expect(created.json.result).toEqual([{ short_description: 'Some great new idea!', assignment_group: expect.objectContaining({ value: GROUP }), correlation_display: 'Azure DevOps' }]);
  });
});
