// The Azure DevOps hook receiver's real answers against docs/openapi.yaml (operation azureDevOpsHook): one real
// envelope of every event type from the Azure DevOps fake (accepted, then duplicate), and every refusal the handler
// and the platform in front of it produce, called through the installed app's HTTP surface and validated with the
// shared checker (status documented, content type, body schema).
import { openApiChecker, OpenApiChecker } from '../support/openapi';
import { call, Sandbox, sandbox } from '../support/instance-http-harness';
import { AdoFake, DEFAULT_FAKE_USER, HookPayload, startAdoFake } from '@incb/ado-fake';

const ROUTE = '/api/x_incb_bridge/v1/hooks/azure-devops/';
const JAMAL = { displayName: 'Jamal Hartnett', uniqueName: 'jamal@fabrikam.example', pat: 'jamal-pat' };

let checker: OpenApiChecker;
let fake: AdoFake;
const envelopes: HookPayload[] = [];

beforeAll(async () => {
  checker = await openApiChecker();
  fake = await startAdoFake({ process: 'Basic', users: [DEFAULT_FAKE_USER, JAMAL] });
  fake.subscribe({ url: 'http://127.0.0.1:9/held', eventTypes: ['workitem.created', 'workitem.updated', 'workitem.commented', 'workitem.deleted', 'workitem.restored'] });
  fake.pauseHooks();
  const send = (method: string, path: string, body: unknown, contentType = 'application/json-patch+json') =>
    JSON.parse(
      fake.handleSync({
        method,
        url: `${fake.organizationUrl}/${fake.project}/_apis/wit${path}`,
        headers: { Authorization: 'Basic ' + Buffer.from(':' + JAMAL.pat).toString('base64'), 'Content-Type': contentType },
        body: JSON.stringify(body),
      }).body
    );
  const item = send('POST', '/workitems/$Task?api-version=7.1', [{ op: 'add', path: '/fields/System.Title', value: 'Contract' }]);
  send('POST', `/workItems/${item.id}/comments?api-version=7.1-preview.4`, { text: 'Hi' }, 'application/json');
  fake.handleSync({ method: 'DELETE', url: `${fake.organizationUrl}/${fake.project}/_apis/wit/workitems/${item.id}?api-version=7.1`, headers: { Authorization: 'Basic ' + Buffer.from(':' + JAMAL.pat).toString('base64') } });
  send('PATCH', `/recyclebin/${item.id}?api-version=7.1`, { isDeleted: false }, 'application/json');
  envelopes.push(...fake.deliveries.map((d) => d.payload));
});
afterAll(() => fake.stop());

function box(): Sandbox {
  const b = sandbox();
  b.instance.db.insert('x_incb_bridge_connection', { name: 'Fabrikam ADO', type: 'azure_devops', active: 'true', sync_direction: 'both', inbound_secret: 'hook-secret-1' });
  b.instance.db.insert('x_incb_bridge_connection', { name: 'Paused', type: 'azure_devops', active: 'false' });
  return b;
}

function expectConforming(b: Sandbox, connection: string, options: Parameters<typeof call>[3], status: number): any {
  const path = ROUTE + encodeURIComponent(connection);
  const answer = call(b, 'POST', path, options);
  expect(answer.status).toBe(status);
  expect(checker.problems('POST', path, answer)).toEqual([]);
  return answer.json;
}

const secret = { 'X-Incident-Bridge-Secret': 'hook-secret-1' };

test('every event type the fake raises is accepted, then a duplicate, as documented', () => {
  const b = box();
  expect(envelopes.map((e) => e.eventType)).toEqual(['workitem.created', 'workitem.updated', 'workitem.commented', 'workitem.deleted', 'workitem.restored']);
  for (const envelope of envelopes) {
    expect(expectConforming(b, 'Fabrikam ADO', { user: 'ado.hook', headers: secret, body: envelope }, 200).result.status).toBe('accepted');
    expect(expectConforming(b, 'Fabrikam ADO', { user: 'bridge.admin', headers: secret, body: envelope }, 200).result.status).toBe('duplicate');
  }
});

test('every refusal is documented: 400 (each kind), 401 (platform and secret), 403, 404, 405, 406, 409, 413, 415 (platform and receiver)', () => {
  const b = box();
  const [created] = envelopes;
  const refusals: Array<[string, Parameters<typeof call>[3], number]> = [
    ['Fabrikam ADO', { user: 'ado.hook', headers: { ...secret, 'Content-Type': 'application/json' }, body: '{"id": ' }, 400],
    ['Fabrikam ADO', { user: 'ado.hook', headers: secret, body: { ...created, eventType: 'build.complete' } }, 400],
    ['Fabrikam ADO', { user: 'ado.hook', headers: secret, body: { ...created, resourceVersion: '2.0' } }, 400],
    ['Fabrikam ADO', { user: 'ado.hook', headers: secret, body: { ...created, resource: { ...(created.resource as object), id: '1' } } }, 400],
    ['Fabrikam ADO', { user: null, body: created }, 401],
    ['Fabrikam ADO', { user: 'ado.hook', body: created }, 401],
    ['Fabrikam ADO', { user: 'agent', headers: secret, body: created }, 403],
    ['Nobody', { user: 'ado.hook', body: created }, 404],
    ['Paused', { user: 'ado.hook', body: created }, 409],
    ['Fabrikam ADO', { user: 'ado.hook', headers: { ...secret, 'Content-Type': 'text/plain' }, body: 'hello' }, 415],
    // the platform's content negotiation: an Accept without JSON
    ['Fabrikam ADO', { user: 'ado.hook', headers: { ...secret, Accept: 'text/html' }, body: created }, 406],
  ];
  for (const [connection, options, status] of refusals) {
    const json = expectConforming(b, connection, options, status);
    if (status !== 401 || options!.user) expect(json.status).toBe('failure');
  }
  // the receiver's own 415: a request without Content-Type (the platform lets it through)
  const bare = call(b, 'POST', ROUTE + 'Fabrikam%20ADO', { user: 'ado.hook', headers: secret });
  expect([bare.status, bare.json.error.message]).toEqual([415, 'Send the event as JSON (Content-Type: application/json)']);
  expect(checker.problems('POST', ROUTE + 'Fabrikam%20ADO', bare)).toEqual([]);
  // the platform's 405 to every other method, before authentication
  for (const method of ['GET', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']) {
    for (const user of ['ado.hook', null]) {
      const answer = call(b, method, ROUTE + 'Fabrikam%20ADO', { user, headers: secret });
      expect([method, user, answer.status]).toEqual([method, user, 405]);
      expect(checker.problems(method, ROUTE + 'Fabrikam%20ADO', answer)).toEqual([]);
    }
  }
  b.glide.gs.setProperty('x_incb_bridge.inbound.max_body_bytes', '64');
  expectConforming(b, 'Fabrikam ADO', { user: 'ado.hook', headers: secret, body: created }, 413);
  expect(b.instance.db.rows('x_incb_bridge_inbox')).toEqual([]);
});
