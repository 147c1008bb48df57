// The inbound scenario the Rhino tier replays: Node drives the Azure DevOps fake (our own create, then Jamal edits,
// comments, attaches, closes, deletes and restores a work item, and raises one of his own) and keeps each service
// hook envelope as JSON text, plus the canned answers a scripted transport gives the downloads and the catch-up poll
// (Rhino has no transport to the fake). Used by inbound.test.ts and privileges.test.ts.
import { AdoFake, DEFAULT_FAKE_USER, HookPayload, startAdoFake } from '@incb/ado-fake';

export const JAMAL = { displayName: 'Jamal Hartnett', uniqueName: 'jamal@fabrikam.example', pat: 'jamal-pat' };
export const CONNECTION = 'c0000000000000000000000000000001';
export const INCIDENT = 'a0000000000000000000000000000001';
export const PROFILE = 'b0000000000000000000000000000001';

export interface Scenario {
  fakeUrl: string;
  organization: string;
  project: string;
  workItem: number;
  /** the envelopes, in the order the fake raised them, as JSON text */
  hooks: { [name: string]: string };
  /** canned answers for the scripted transport: URL fragment -> body */
  answers: { [fragment: string]: string };
}

function send(fake: AdoFake, method: string, path: string, pat: string, body?: unknown, contentType = 'application/json', bodyBase64?: string): any {
  const answer = fake.handleSync({
    method,
    url: `${fake.organizationUrl}/${fake.project}/_apis/wit${path}`,
    headers: { Authorization: 'Basic ' + Buffer.from(':' + pat).toString('base64'), 'Content-Type': contentType },
    body: body === undefined ? undefined : JSON.stringify(body),
    bodyBase64,
  });
  if (answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status} ${answer.body}`);
  return { json: answer.body ? JSON.parse(answer.body) : undefined, body: answer.body, bodyBase64: answer.bodyBase64 };
}

const fieldOps = (fields: { [ref: string]: unknown }) => Object.keys(fields).map((ref) => ({ op: 'add', path: `/fields/${ref}`, value: fields[ref] }));

/** Starts the fake, plays the scenario and returns it with the fake (stop it when done). */
export async function startInboundScenario(): Promise<{ fake: AdoFake; scenario: Scenario }> {
  const fake = await startAdoFake({ process: 'Basic', users: [DEFAULT_FAKE_USER, JAMAL] });
  fake.subscribe({ url: 'http://127.0.0.1:9/held', eventTypes: ['workitem.created', 'workitem.updated', 'workitem.commented', 'workitem.deleted', 'workitem.restored'] });
  fake.pauseHooks();
  let taken = 0;
  const take = (): HookPayload[] => {
    const fresh = fake.deliveries.slice(taken).map((d) => d.payload);
    taken = fake.deliveries.length;
    return fresh;
  };
  const hooks: { [name: string]: string } = {};
  const keep = (name: string, payload: HookPayload) => (hooks[name] = JSON.stringify(payload));
  // our own create (the link below points at it)
  const created = send(fake, 'POST', '/workitems/$Task?api-version=7.1', DEFAULT_FAKE_USER.pat!, fieldOps({ 'System.Title': 'INC0010001: Mail is down', 'System.State': 'Doing' }), 'application/json-patch+json').json;
  keep('ownCreate', take()[0]);
  const id = created.id;
  send(fake, 'PATCH', `/workitems/${id}?api-version=7.1`, JAMAL.pat, fieldOps({ 'System.Title': 'INC0010001: Mail is down in Berlin', 'System.Description': '<div>Relay <b>refuses</b> &amp; queues</div>', 'Microsoft.VSTS.Common.Priority': 1 }), 'application/json-patch+json');
  keep('fields', take()[0]);
  send(fake, 'POST', `/workItems/${id}/comments?api-version=7.1-preview.4`, JAMAL.pat, { text: '<p>Restarted the <i>relay</i></p>' });
  const [commentUpdate, commented] = take();
  keep('commentUpdate', commentUpdate);
  keep('commented', commented);
  const upload = send(fake, 'POST', '/attachments?fileName=trace.log&api-version=7.1', JAMAL.pat, undefined, 'application/octet-stream', Buffer.from('ERROR relay refused').toString('base64')).json;
  send(fake, 'PATCH', `/workitems/${id}?api-version=7.1`, JAMAL.pat, [{ op: 'add', path: '/relations/-', value: { rel: 'AttachedFile', url: upload.url } }], 'application/json-patch+json');
  keep('attachment', take()[0]);
  send(fake, 'PATCH', `/workitems/${id}?api-version=7.1`, JAMAL.pat, fieldOps({ 'System.State': 'Done' }), 'application/json-patch+json');
  keep('done', take()[0]);
  send(fake, 'DELETE', `/workitems/${id}?api-version=7.1`, JAMAL.pat);
  keep('deleted', take()[0]);
  send(fake, 'PATCH', `/recyclebin/${id}?api-version=7.1`, JAMAL.pat, { isDeleted: false });
  keep('restored', take()[0]);
  send(fake, 'POST', '/workitems/$Task?api-version=7.1', JAMAL.pat, fieldOps({ 'System.Title': 'Raised in Azure DevOps', 'System.State': 'To Do', 'Microsoft.VSTS.Common.Priority': 2 }), 'application/json-patch+json');
  keep('foreignCreate', take()[0]);
  // what the catch-up poll will be answered
  const answers: { [fragment: string]: string } = {
    '/wiql': send(fake, 'POST', '/wiql?api-version=7.1&timePrecision=true&$top=200', DEFAULT_FAKE_USER.pat!, { query: "SELECT [System.Id] FROM WorkItems WHERE [System.Id] = " + id }).body,
    '/workitems?ids=': send(fake, 'GET', `/workitems?ids=${id}&fields=System.ChangedDate&errorPolicy=omit&api-version=7.1`, DEFAULT_FAKE_USER.pat!).body,
    [`/workItems/${id}/updates`]: send(fake, 'GET', `/workItems/${id}/updates?$top=200&$skip=0&api-version=7.1`, DEFAULT_FAKE_USER.pat!).body,
    '/attachments/': 'ERROR relay refused',
  };
  return { fake, scenario: { fakeUrl: fake.url, organization: fake.organization, project: fake.project, workItem: id, hooks, answers } };
}

/** Records every job starts with: the connection (Basic value maps), its PAT profile, the incident and its link. */
export function records(scenario: Scenario, connection: { [field: string]: string } = {}): Array<{ table: string; values: { [field: string]: string } }> {
  const valueMaps = [
    ['1', 'To Do', 'both'],
    ['2', 'Doing', 'both'],
    ['3', 'Doing', 'outbound'],
    ['6', 'Done', 'both'],
    ['1', '1', 'both'],
  ].map(([sn, remote, direction], i) => ({
    table: 'x_incb_bridge_value_map',
    values: { connection: CONNECTION, field: i === 4 ? 'priority' : 'state', sn_value: sn, remote_value: remote, direction, order: String((i + 1) * 100) },
  }));
  return [
    { table: 'sys_auth_profile_basic', values: { sys_id: PROFILE, name: 'ADO PAT', username: '', password: 'fake-pat' } },
    {
      table: 'x_incb_bridge_connection',
      values: {
        sys_id: CONNECTION, name: 'Fabrikam ADO', label: 'Azure DevOps', type: 'azure_devops', active: 'true', sync_direction: 'both',
        base_url: scenario.fakeUrl, ado_organization: scenario.organization, ado_project: scenario.project, auth_type: 'pat', basic_auth_profile: PROFILE,
        close_code: 'Solution provided', remote_identity: 'Incident Bridge Service <incident-bridge@fabrikam.example>', ...connection,
      },
    },
    ...valueMaps,
    { table: 'incident', values: { sys_id: INCIDENT, number: 'INC0010001', short_description: 'Mail is down', state: '2', priority: '2' } },
    { table: 'x_incb_bridge_link', values: { incident: INCIDENT, connection: CONNECTION, remote_id: String(scenario.workItem), state: 'linked', remote_rev: '1', last_inbound_rev: '1' } },
  ];
}

/** ES5 job preamble: the scripted transport, deliver() through the built route script, process() through the built
 * script action (one run per queued event, as the event processor does). */
export function preamble(scenario: Scenario): string {
  return `
    var HOOKS = ${JSON.stringify(scenario.hooks)};
    var ANSWERS = ${JSON.stringify(scenario.answers)};
    var sent = [];
    instance.http.setTransport({ send: function (request) {
      sent.push(request.method + ' ' + request.url);
      for (var fragment in ANSWERS) {
        if (request.url.indexOf(fragment) >= 0) return { status: 200, headers: { 'Content-Type': fragment === '/attachments/' ? 'text/plain' : 'application/json' }, body: ANSWERS[fragment] };
      }
      return { status: 404, headers: {}, body: '{"message":"not scripted"}' };
    } });
    instance.addScriptAction({ name: 'process inbox', eventName: 'x_incb_bridge.inbox.received',
      script: function (event, current) { runFile('dist/es5/entry/action/inbox_received.js', { event: event, current: current }); } });
    function deliver(body, headers, connection) {
      var all = { 'Content-Type': 'application/json; charset=utf-8' };
      for (var name in headers || {}) all[name] = headers[name];
      var conn = connection === undefined ? '${CONNECTION}' : connection;
      var request = instance.rest.request({ method: 'POST', uri: '/api/x_incb_bridge/v1/hooks/azure-devops/' + conn, pathParams: { connection: conn }, headers: all, body: body });
      var response = instance.rest.response();
      runFile('dist/es5/entry/rest/hooks_azure_devops_post.js', { request: request, response: response });
      var result = response.result();
      return { status: result.status, body: JSON.parse(result.body) };
    }
    function process() { return instance.processEvents(); }
    function inbox() {
      return instance.db.rows('x_incb_bridge_inbox', 'ORDERBYsys_created_on').map(function (r) { return [r.event_type, r.remote_rev, r.state]; });
    }
    function incident() { return instance.db.get('incident', '${INCIDENT}'); }
    function notes() {
      return instance.db.rows('sys_journal_field', 'element_id=${INCIDENT}^ORDERBYsys_created_on').map(function (j) { return j.value; });
    }
  `;
}

