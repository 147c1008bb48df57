// Contract tier: the Azure DevOps fake's service hook sender and our receiver agree over real HTTP. The fake POSTs
// its envelopes (basic auth of the integration user, the shared secret as a custom header, as a web hook
// subscription is configured) to a local server that hands each request to the installed app's HTTP surface
// (authentication, ACL, the built route script and includes); the events are then applied by the installed script
// action. Every request the inbound side sends back to Azure DevOps (downloads, the catch-up poll) is validated
// against Microsoft's spec by the fake: validationFailures must stay empty.
import http from 'node:http';
import { AddressInfo } from 'node:net';
import GlideEmulator from '@incb/glide-emulator';
import { Instance } from '@incb/glide-emulator';
import { InstanceHttp } from '@incb/glide-emulator';
import { AdoFake, DEFAULT_FAKE_USER, startAdoFake } from '@incb/ado-fake';
import { adoFakeTransport } from '../support/adoFakeTransport';
import { builtApp } from '../support/appInstance';
import { presetRows } from '../../src/app/core/valueMapPresets';

const JAMAL = { displayName: 'Jamal Hartnett', uniqueName: 'jamal@fabrikam.example', pat: 'jamal-pat' };
const START = Date.UTC(2026, 10, 22, 10, 0, 0);
/** sandbox-style credentials: user name -> password */
const PASSWORDS: { [user: string]: string } = { 'ado.hook': 'hook-password', agent: 'agent-password' };
const SECRET = 'hook-secret-1234';
const ROUTE = '/api/x_incb_bridge/v1/hooks/azure-devops/Fabrikam%20ADO';

let fake: AdoFake;
let instance: Instance;
let surface: InstanceHttp;
let server: http.Server;
let base: string;
let connection: string;
let glide: any;

/** The instance's HTTP surface behind a socket, as the sandbox serves it: basic auth decides the user. */
function startServer(): Promise<void> {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url || '/', 'http://127.0.0.1');
      const auth = /^Basic (.+)$/.exec(String(req.headers.authorization || ''));
      const [user, password] = auth ? Buffer.from(auth[1], 'base64').toString('utf8').split(':') : [null, null];
      const headers: { [name: string]: string } = {};
      for (const [name, value] of Object.entries(req.headers)) headers[name] = String(value);
      const answer = surface.handle({
        method: req.method || 'GET',
        path: url.pathname,
        query: {},
        headers,
        body: Buffer.concat(chunks).toString('utf8'),
        user: user && PASSWORDS[user] === password ? user : null,
      });
      res.writeHead(answer.status, answer.headers).end(answer.body);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
}

beforeAll(async () => {
  fake = await startAdoFake({ process: 'Basic', users: [DEFAULT_FAKE_USER, JAMAL], now: () => (instance ? instance.clock.now() : START) });
  instance = GlideEmulator.createAppInstance(builtApp(), { clock: () => START, transport: adoFakeTransport(fake) });
  glide = {};
  instance.install(glide);
  instance.addUser({ user_name: 'ado.hook', first_name: 'Azure DevOps', last_name: 'Hook', roles: ['x_incb_bridge.integration'] });
  instance.addUser({ user_name: 'agent', first_name: 'Agent', last_name: 'Smith', roles: ['x_incb_bridge.agent'] });
  surface = GlideEmulator.createInstanceHttp(instance, builtApp());
  const profile = instance.db.insert('sys_auth_profile_basic', { name: 'ADO PAT', username: '', password: DEFAULT_FAKE_USER.pat! });
  connection = instance.db.insert('x_incb_bridge_connection', {
    name: 'Fabrikam ADO', type: 'azure_devops', active: 'true', sync_direction: 'both', base_url: fake.url, ado_organization: fake.organization,
    ado_project: fake.project, auth_type: 'pat', basic_auth_profile: profile, inbound_secret: SECRET, close_code: 'Solution provided',
    remote_identity: 'Incident Bridge Service <incident-bridge@fabrikam.example>', catchup_watermark: '2026-11-22 09:00:00',
  });
  for (const row of presetRows('basic')) {
    instance.db.insert('x_incb_bridge_value_map', { connection, field: row.field, direction: row.direction, sn_value: row.sn_value, remote_value: row.remote_value, order: String(row.order) });
  }
  await startServer();
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await fake.stop();
  await new Promise((resolve) => server.close(resolve));
});

const jamal = (method: string, path: string, body?: unknown, contentType = 'application/json-patch+json', bodyBase64?: string) => {
  const answer = fake.handleSync({
    method,
    url: `${fake.organizationUrl}/${fake.project}/_apis/wit${path}`,
    headers: { Authorization: 'Basic ' + Buffer.from(':' + JAMAL.pat).toString('base64'), 'Content-Type': contentType },
    body: body === undefined ? undefined : JSON.stringify(body),
    bodyBase64,
  });
  expect(answer.status).toBeLessThan(300);
  return JSON.parse(answer.body);
};

/** A linked incident whose work item Jamal created. */
function linkedWorkItem(title: string): { incident: string; id: number } {
  const item = jamal('POST', '/workitems/$Task?api-version=7.1', [{ op: 'add', path: '/fields/System.Title', value: title }]);
  const incident = instance.db.insert('incident', { number: 'INC00' + (10000 + item.id), short_description: title, state: '1', priority: '3' });
  instance.db.insert('x_incb_bridge_link', { incident, connection, remote_id: String(item.id), state: 'linked', remote_rev: '1', last_inbound_rev: '1' });
  return { incident, id: item.id };
}

function subscribe(user: string, headers: { [name: string]: string }) {
  return fake.subscribe({
    url: base + ROUTE,
    eventTypes: ['workitem.created', 'workitem.updated', 'workitem.commented', 'workitem.deleted', 'workitem.restored'],
    basicAuth: { username: user, password: PASSWORDS[user] },
    headers,
  });
}

test('hooks delivered over HTTP are accepted, stored, applied; a redelivery is a duplicate', async () => {
  const subscription = subscribe('ado.hook', { 'X-Incident-Bridge-Secret': SECRET });
  const { incident, id } = linkedWorkItem('Printer jam');
  jamal('PATCH', `/workitems/${id}?api-version=7.1`, [{ op: 'add', path: '/fields/System.State', value: 'Doing' }]);
  jamal('POST', `/workItems/${id}/comments?api-version=7.1-preview.4`, { text: '<p>On it</p>' }, 'application/json');
  const upload = jamal('POST', '/attachments?fileName=photo.txt&api-version=7.1', undefined, 'application/octet-stream', Buffer.from('jammed').toString('base64'));
  jamal('PATCH', `/workitems/${id}?api-version=7.1`, [{ op: 'add', path: '/relations/-', value: { rel: 'AttachedFile', url: upload.url } }]);
  await fake.hooksSettled();
  const deliveries = fake.deliveries.filter((d) => d.subscriptionId === subscription.id);
  expect(deliveries.map((d) => [d.eventType, d.state, d.status])).toEqual([
    ['workitem.created', 'delivered', 200],
    ['workitem.updated', 'delivered', 200],
    ['workitem.updated', 'delivered', 200],
    ['workitem.commented', 'delivered', 200],
    ['workitem.updated', 'delivered', 200],
  ]);
  instance.processEvents();
  expect(instance.db.get('incident', incident)).toMatchObject({ state: '2' });
  expect(instance.db.rows('sys_journal_field', `element_id=${incident}`).map((j) => j.value)).toEqual(['Azure DevOps comment by Jamal Hartnett:\nOn it']);
  expect(instance.db.rows('sys_attachment', `table_name=incident^table_sys_id=${incident}`).map((a) => a.file_name)).toEqual(['photo.txt']);
  const rows = instance.db.rows('x_incb_bridge_inbox');
  fake.redeliver(deliveries[1].id);
  await fake.hooksSettled();
  expect(fake.deliveries[fake.deliveries.length - 1]).toMatchObject({ state: 'delivered', status: 200 });
  expect(instance.db.rows('x_incb_bridge_inbox')).toHaveLength(rows.length);
  // the secret crossed as a header and never reached the log
  expect(JSON.stringify(instance.db.rows('x_incb_bridge_log'))).not.toContain(SECRET);
  expect(fake.validationFailures).toEqual([]);
  fake.unsubscribe(subscription.id);
});

test.each<{ name: string; user: string | null; headers: { [name: string]: string }; status: number }>([
  { name: 'no credentials', user: null, headers: { 'X-Incident-Bridge-Secret': SECRET }, status: 401 },
  { name: 'a user without the integration role', user: 'agent', headers: { 'X-Incident-Bridge-Secret': SECRET }, status: 403 },
  { name: 'the wrong shared secret', user: 'ado.hook', headers: { 'X-Incident-Bridge-Secret': 'guess' }, status: 401 },
  { name: 'no shared secret', user: 'ado.hook', headers: {}, status: 401 },
])('a subscription with $name fails its deliveries ($status), and nothing is stored', async ({ user, headers, status }) => {
  const subscription = user
    ? subscribe(user, headers)
    : fake.subscribe({ url: base + ROUTE, eventTypes: ['workitem.created'], headers });
  const stored = instance.db.rows('x_incb_bridge_inbox').length;
  jamal('POST', '/workitems/$Task?api-version=7.1', [{ op: 'add', path: '/fields/System.Title', value: 'Refused' }]);
  await fake.hooksSettled();
  const delivery = fake.deliveries.filter((d) => d.subscriptionId === subscription.id)[0];
  expect(delivery).toMatchObject({ state: 'failed', status });
  expect(instance.db.rows('x_incb_bridge_inbox')).toHaveLength(stored);
  fake.unsubscribe(subscription.id);
});

test('the catch-up poll\'s requests (WIQL, list, update history, download) conform to the spec', async () => {
  const { incident, id } = linkedWorkItem('Missed while hooks were down');
  jamal('PATCH', `/workitems/${id}?api-version=7.1`, [{ op: 'add', path: '/fields/System.State', value: 'Done' }]);
  const upload = jamal('POST', '/attachments?fileName=late.txt&api-version=7.1', undefined, 'application/octet-stream', Buffer.from('late').toString('base64'));
  jamal('PATCH', `/workitems/${id}?api-version=7.1`, [{ op: 'add', path: '/relations/-', value: { rel: 'AttachedFile', url: upload.url } }]);
  const from = fake.requests.length;
  instance.evaluate("new AzureDevOpsCatchUp().poll('" + connection + "');", {});
  const operations = fake.requests.slice(from).map((r) => r.operationId);
  expect(operations).toEqual(expect.arrayContaining(['Wiql_Query By Wiql', 'Work Items_List', 'Updates_List', 'Attachments_Get']));
  expect(fake.validationFailures).toEqual([]);
  expect(instance.db.get('incident', incident)).toMatchObject({ state: '6', close_code: 'Solution provided' });
  expect(instance.db.rows('sys_attachment', `table_name=incident^table_sys_id=${incident}`).map((a) => a.file_name)).toEqual(['late.txt']);
});
