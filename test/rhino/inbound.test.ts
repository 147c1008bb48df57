// The inbound sync as built (dist/es5: the web hook route script, the inbox script action, the catch-up job and the
// AzureDevOpsHookReceiver / InboxProcessor / AzureDevOpsCatchUp includes), run in Rhino under the ServiceNow-ES5
// profile. The hook envelopes are real: Node drives the Azure DevOps fake (Jamal edits a work item; the fake raises
// the service hooks) and hands each envelope's JSON text to the job. Rhino has no transport to the fake, so the
// downloads and the catch-up poll are answered by a scripted transport serving bodies the fake produced beforehand.
import { describeInRhino, runInRhino, ScriptResult } from './rhinoClient';
import { loadBuiltApp } from '../support/builtApp';
import { AdoFake } from '@incb/ado-fake';
import { CONNECTION, INCIDENT, records as scenarioRecords, preamble as scenarioPreamble, Scenario, startInboundScenario } from './inboundScenario';

const app = loadBuiltApp();
let fake: AdoFake;
let scenario: Scenario;

beforeAll(async () => {
  ({ fake, scenario } = await startInboundScenario());
});
afterAll(() => fake && fake.stop());

const records = (connection?: { [field: string]: string }) => scenarioRecords(scenario, connection);
const preamble = () => scenarioPreamble(scenario);

function job(code: string, connection?: { [field: string]: string }): Promise<ScriptResult> {
  // The package installed without its rules and actions (the job wires the built entry files itself): its
  // privileges and table settings hold, and the entry files run in its scope.
  return runInRhino({ app, withoutRules: true, records: records(connection), code: preamble() + code });
}

function expectClean(result: ScriptResult) {
  expect(result.error).toBeUndefined();
  expect(result.ok).toBe(true);
  expect(result.logs.filter((l) => l.level === 'error')).toEqual([]);
}

describeInRhino('inbound sync in Rhino (built route, script action and includes)', () => {
  test('every event type: fields, comment (once), attachment, close -> resolved, delete, restore, create from remote', async () => {
    const result = await job(`
      var answers = [];
      var names = ['fields', 'commentUpdate', 'commented', 'attachment', 'done'];
      for (var i = 0; i < names.length; i++) answers.push(deliver(HOOKS[names[i]]).body.result.status);
      process();
      var afterUpdates = incident();
      answers.push(deliver(HOOKS.deleted).body.result.status);
      process();
      var linkAfterDelete = instance.db.rows('x_incb_bridge_link', 'remote_id=${scenario.workItem}')[0].state;
      answers.push(deliver(HOOKS.restored).body.result.status);
      answers.push(deliver(HOOKS.foreignCreate).body.result.status);
      process();
      var files = instance.db.rows('sys_attachment', 'table_name=incident^table_sys_id=${INCIDENT}');
      var gr = new GlideRecord('sys_attachment');
      gr.get(files[0].sys_id);
      return {
        answers: answers, incident: afterUpdates, notes: notes(), inbox: inbox(), sent: sent,
        file: [files[0].file_name, new GlideSysAttachment().getContent(gr)],
        links: instance.db.rows('x_incb_bridge_link', 'ORDERBYremote_id').map(function (l) { return [l.remote_id, l.state, l.last_inbound_rev]; }),
        created: instance.db.rows('incident', 'correlation_id=' + JSON.parse(HOOKS.foreignCreate).resource.id).length
      };
    `, { create_incidents_from_remote: 'true' });
    expectClean(result);
    const v = result.value;
    expect(v.answers).toEqual(Array(8).fill('accepted'));
    expect(v.incident).toMatchObject({ short_description: 'Mail is down in Berlin', description: 'Relay refuses & queues', priority: '1', state: '6', close_code: 'Solution provided', close_notes: 'Closed by Azure DevOps' });
    expect(v.notes).toEqual([
      'Azure DevOps comment by Jamal Hartnett:\nRestarted the relay',
      `Azure DevOps work item ${scenario.workItem} was deleted. Synchronization stopped; the incident is kept. Restoring the work item resumes it.`,
      `Azure DevOps work item ${scenario.workItem} was restored. Synchronization resumed.`,
    ]);
    expect(v.file).toEqual(['trace.log', 'ERROR relay refused']);
    expect(v.sent).toEqual([expect.stringMatching(new RegExp(`^GET ${scenario.fakeUrl}/fabrikam/[^/]+/_apis/wit/attachments/[^?]+\\?fileName=trace.log&api-version=7.1$`))]);
    expect(v.links.map((l: string[]) => l[1])).toEqual(['linked', 'linked']);
    expect(v.links[0][2]).toBe('5');
    expect(v.created).toBe(1);
    expect(v.inbox.map((r: string[]) => r[2])).toEqual(['processed', 'processed', 'ignored', 'processed', 'processed', 'processed', 'processed', 'processed']);
    expect(result.filesRun).toEqual(expect.arrayContaining(['dist/es5/entry/rest/hooks_azure_devops_post.js', 'dist/es5/entry/action/inbox_received.js']));
  });

  test('replays and out-of-order revisions: late fields apply unless changed again, a late comment lands once, duplicates store nothing', async () => {
    const result = await job(`
      var first = deliver(HOOKS.done);
      process();
      var statuses = [deliver(HOOKS.fields).status, deliver(HOOKS.commentUpdate).status, deliver(HOOKS.commented).status];
      process();
      var replay = deliver(HOOKS.commented).body.result;
      var events = instance.db.rows('sysevent').length;
      return { first: first.body.result.status, statuses: statuses, replay: replay.status, eventsAfterReplay: instance.db.rows('sysevent').length - events,
        incident: incident(), notes: notes(), inbox: inbox() };
    `);
    expectClean(result);
    const v = result.value;
    expect([v.first, v.statuses, v.replay, v.eventsAfterReplay]).toEqual(['accepted', [200, 200, 200], 'duplicate', 0]);
    // revision 2 is older than the applied revision 5, but no later revision changed its fields again: they are still
    // the work item's values, so they apply (the update history tells); revision 3's comment is applied once
    expect(v.incident).toMatchObject({ short_description: 'Mail is down in Berlin', description: 'Relay refuses & queues', priority: '1', state: '6' });
    expect(v.notes).toEqual(['Azure DevOps comment by Jamal Hartnett:\nRestarted the relay']);
    expect(v.inbox).toEqual([
      ['workitem.updated', '5', 'processed'],
      ['workitem.updated', '2', 'processed'],
      ['workitem.updated', '3', 'processed'],
      ['workitem.commented', '3', 'ignored'],
    ]);
  });

  test('our own change coming back is not applied; an invalid close code leaves the state', async () => {
    const result = await job(`
      var own = deliver(HOOKS.ownCreate);
      deliver(HOOKS.done);
      process();
      return { own: own.status, inbox: inbox(), state: incident().state,
        errors: instance.db.rows('x_incb_bridge_log', 'outcome=failure').map(function (r) { return r.error; }) };
    `, { close_code: 'Solved (Permanently)' });
    expectClean(result);
    expect(result.value.own).toBe(200);
    expect(result.value.inbox).toEqual([
      ['workitem.created', '1', 'ignored'],
      ['workitem.updated', '5', 'ignored'],
    ]);
    expect(result.value.state).toBe('2');
    expect(result.value.errors).toEqual([expect.stringContaining('"Solved (Permanently)" is not an active incident close code')]);
  });

  test('bad inputs: each gets its 4xx in ServiceNow\'s error JSON, a log row, and nothing else', async () => {
    const result = await job(`
      instance.db.insert('x_incb_bridge_connection', { sys_id: 'c0000000000000000000000000000002', name: 'Secret', type: 'azure_devops', active: 'true', inbound_secret: 'correct-horse-battery' });
      instance.db.insert('x_incb_bridge_connection', { sys_id: 'c0000000000000000000000000000003', name: 'Off', type: 'azure_devops', active: 'false' });
      var hook = JSON.parse(HOOKS.fields);
      function variant(change) { var copy = JSON.parse(HOOKS.fields); change(copy); return JSON.stringify(copy); }
      var cases = [
        deliver(HOOKS.fields, { 'Content-Type': 'text/xml' }),
        deliver(HOOKS.fields, {}, 'Nope'),
        deliver(HOOKS.fields, {}, 'Off'),
        deliver(HOOKS.fields, { 'X-Incident-Bridge-Secret': 'nope' }, 'Secret'),
        deliver('{"id":', {}),
        deliver(variant(function (e) { e.eventType = 'git.push'; })),
        deliver(variant(function (e) { e.resourceVersion = '5.1-preview.1'; })),
        deliver(variant(function (e) { e.resource.rev = -1; }))
      ];
      gs.setProperty('x_incb_bridge.inbound.max_body_bytes', '100');
      cases.push(deliver(HOOKS.fields));
      return {
        answers: cases.map(function (c) { return [c.status, c.body.status, typeof c.body.error.message, typeof c.body.error.detail]; }),
        logs: instance.db.rows('x_incb_bridge_log').map(function (r) { return [r.outcome, r.http_status]; }),
        inbox: instance.db.rows('x_incb_bridge_inbox').length,
        events: instance.db.rows('sysevent').length
      };
    `);
    expectClean(result);
    const statuses = [415, 404, 409, 401, 400, 400, 400, 400, 413];
    expect(result.value.answers).toEqual(statuses.map((s) => [s, 'failure', 'string', 'string']));
    expect(result.value.logs).toEqual(statuses.map((s) => ['rejected', String(s)]));
    expect(result.value.inbox).toBe(0);
    expect(result.value.events).toBe(0);
  });

  test('a body nested 200,000 levels deep: refused and logged (redacted as text) without parsing it, the engine lives', async () => {
    // Rhino's JSON.parse dies of a java.lang.StackOverflowError no catch sees at about 2,000 levels: the refusal's log
    // row once redacted the body by parsing it, and the whole engine died
    const result = await job(`
      instance.db.insert('x_incb_bridge_connection', { sys_id: 'c0000000000000000000000000000002', name: 'Secret', type: 'azure_devops', active: 'true', inbound_secret: 'correct-horse-battery' });
      var deep = new Array(200001).join('[') + new Array(200001).join(']');
      var cases = [
        deliver('{"password": "hunter22", "x": ' + deep + '}', { 'X-Incident-Bridge-Secret': 'nope' }, 'Secret'),
        deliver(deep, {}, 'Nope'),
        deliver(deep, { 'X-Incident-Bridge-Secret': 'correct-horse-battery' }, 'Secret')
      ];
      return {
        answers: cases.map(function (c) { return [c.status, c.body.status]; }),
        logged: instance.db.rows('x_incb_bridge_log').map(function (r) { return [r.http_status, r.request_body.substring(0, 40)]; })
      };
    `);
    expectClean(result);
    expect(result.value.answers).toEqual([[401, 'failure'], [404, 'failure'], [400, 'failure']]);
    expect(result.value.logged).toEqual([
      ['401', '{"password": "[REDACTED]", "x": [[[[[[[['],
      ['404', '['.repeat(40)],
      ['400', '['.repeat(40)],
    ]);
  });

  test('the catch-up job polls (WIQL, ChangedDates with 7 fractional digits, update history) and applies what was missed', async () => {
    const result = await job(`
      runFile('dist/es5/entry/job/inbound_catchup.js', {});
      var connection = instance.db.get('x_incb_bridge_connection', '${CONNECTION}');
      return { sent: sent.map(function (s) { return s.split('?')[0].replace(/^.*\\/_apis\\/wit/, ''); }), inbox: inbox(), incident: incident(), notes: notes(),
        watermark: connection.catchup_watermark };
    `, { catchup_watermark: '2000-01-01 00:00:00' });
    expectClean(result);
    const v = result.value;
    expect(v.sent).toEqual(['/wiql', '/workitems', `/workItems/${scenario.workItem}/updates`, expect.stringMatching(/^\/attachments\//)]);
    // revisions 2..5 by Jamal (the update history also lists our own revision 1, which is skipped)
    expect(v.inbox).toEqual([2, 3, 4, 5].map((rev) => ['workitem.updated', String(rev), 'processed']));
    expect(v.incident).toMatchObject({ short_description: 'Mail is down in Berlin', state: '6', priority: '1' });
    expect(v.notes).toEqual(['Azure DevOps comment by Jamal Hartnett:\nRestarted the relay']);
    // the fake's ChangedDate (7 fractional digits) parsed without Date.parse, rounded down to the second
    const changed = JSON.parse(scenario.answers['/workitems?ids=']).value[0].fields['System.ChangedDate'];
    expect(changed).toMatch(/\.\d{7}Z$/);
    expect(v.watermark).toBe(changed.substring(0, 19).replace('T', ' '));
    expect(result.filesRun).toContain('dist/es5/entry/job/inbound_catchup.js');
  });
});

describeInRhino('inbound wiring of the installed package in Rhino', () => {
  test('the installed event and script action apply a delivery; the installed capture rule sends nothing back', async () => {
    const result = await runInRhino({
      app,
      records: records(),
      code: `
        var request = instance.rest.request({ method: 'POST', uri: '/api/x_incb_bridge/v1/hooks/azure-devops/Fabrikam%20ADO', pathParams: { connection: 'Fabrikam ADO' },
          headers: { 'Content-Type': 'application/json' }, body: ${JSON.stringify(scenario.hooks.fields)} });
        var response = instance.rest.response();
        runFile('dist/es5/entry/rest/hooks_azure_devops_post.js', { request: request, response: response });
        var processed = instance.processEvents();
        return { status: response.result().status, processed: processed, incident: instance.db.get('incident', '${INCIDENT}'),
          inbox: instance.db.rows('x_incb_bridge_inbox').map(function (r) { return r.state; }), outbox: instance.db.rows('x_incb_bridge_outbox').length };
      `,
    });
    expectClean(result);
    expect(result.value).toMatchObject({ status: 200, processed: 1, inbox: ['processed'], outbox: 0 });
    expect(result.value.incident).toMatchObject({ short_description: 'Mail is down in Berlin', priority: '1' });
  });
});
