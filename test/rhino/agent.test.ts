// The agent API and the response-plan push as installed: the built route scripts (dist/es5/entry/rest/agent_*.js),
// the push rule script (dist/es5/entry/br/incident_plan_push.js) and the built includes they reach by global name
// (AgentApi, PushCapture, PushSender, OutboxDispatcher), run in Rhino under the ServiceNow-ES5 profile. The push's
// signature made in Rhino is verified here with node:crypto.
import crypto from 'node:crypto';
import { describeInRhino, runInRhino, ScriptResult } from './rhinoClient';
import { loadBuiltApp } from '../support/builtApp';

const app = loadBuiltApp();
const INCIDENT = 'a0000000000000000000000000000001';
const HOOK = 'c0000000000000000000000000000009';
const KEY = 'whsec_rhino_3c1d';

/** ES5 job preamble: the base system's priority lookup as a before rule, an incident, and a route caller. */
const SETUP = `
  var LOOKUP = { '1': { '1': '1', '2': '2', '3': '3' }, '2': { '1': '2', '2': '3', '3': '4' }, '3': { '1': '3', '2': '4', '3': '5' } };
  instance.addBusinessRule({ name: 'calculatePriority', table: 'incident', when: 'before', insert: true, update: true, order: 1000,
    script: function (current) { var row = LOOKUP[current.getValue('impact')]; if (row && row[current.getValue('urgency')]) current.setValue('priority', row[current.getValue('urgency')]); } });
  instance.db.insert('incident', { sys_id: '${INCIDENT}', number: 'INC0010001', short_description: 'Checkout 502', state: '1', impact: '3', urgency: '3', priority: '5' });
  function route(file, method, uri, pathParams, body, queryParams) {
    var spec = { method: method, uri: uri, pathParams: pathParams || {}, headers: { 'Content-Type': 'application/json' } };
    if (body !== undefined) spec.body = JSON.stringify(body);
    if (queryParams) spec.queryParams = queryParams;
    var request = instance.rest.request(spec);
    var response = instance.rest.response();
    runFile('dist/es5/entry/rest/' + file + '.js', { request: request, response: response });
    var result = response.result();
    return { status: result.status, body: JSON.parse(result.body) };
  }
  var base = '/api/x_incb_bridge/v1/agent';
`;

function expectClean(result: ScriptResult) {
  expect(result.error).toBeUndefined();
  expect(result.ok).toBe(true);
  expect(result.logs.filter((l) => l.level === 'error')).toEqual([]);
}

describeInRhino('agent API route scripts in Rhino', () => {
  test('an SRE-agent sequence: health, list, read, note, acknowledge, priority, resolve; and the errors', async () => {
    const result = await runInRhino({
      app,
      user: 'admin',
      code: SETUP + `
        var out = {};
        out.health = route('agent_health_get', 'GET', base + '/health');
        out.list = route('agent_incidents_get', 'GET', base + '/incidents', {}, undefined, { state: ['1'], limit: ['5'] });
        out.injected = route('agent_incidents_get', 'GET', base + '/incidents', {}, undefined, { state: ['1^ORstate!=1'] });
        instance.clock.advance(1000);
        out.note = route('agent_work_notes_post', 'POST', base + '/incidents/INC0010001/work_notes', { id: 'INC0010001' }, { text: 'Pool exhausted' });
        // the same words in the same second: the answer is this request's entry
        out.noteAgain = route('agent_work_notes_post', 'POST', base + '/incidents/INC0010001/work_notes', { id: 'INC0010001' }, { text: 'Pool exhausted' });
        instance.clock.advance(1000);
        out.ack = route('agent_acknowledge_post', 'POST', base + '/incidents/INC0010001/acknowledge', { id: 'INC0010001' }, { note: 'on it' });
        out.ackAgain = route('agent_acknowledge_post', 'POST', base + '/incidents/INC0010001/acknowledge', { id: 'INC0010001' });
        instance.clock.advance(1000);
        out.ackAgainNote = route('agent_acknowledge_post', 'POST', base + '/incidents/INC0010001/acknowledge', { id: 'INC0010001' }, { note: 'still on it' });
        out.journalIds = instance.db.rows('sys_journal_field', 'element_id=${INCIDENT}').map(function (r) { return r.sys_id; });
        out.priority = route('agent_priority_post', 'POST', base + '/incidents/${INCIDENT}/priority', { id: '${INCIDENT}' }, { priority: 2, reason: 'customers affected' });
        out.badPriority = route('agent_priority_post', 'POST', base + '/incidents/${INCIDENT}/priority', { id: '${INCIDENT}' }, { priority: 7, reason: 'x' });
        out.badCode = route('agent_resolve_post', 'POST', base + '/incidents/${INCIDENT}/resolve', { id: '${INCIDENT}' }, { close_code: 'Nope', close_notes: 'n' });
        out.resolve = route('agent_resolve_post', 'POST', base + '/incidents/${INCIDENT}/resolve', { id: '${INCIDENT}' }, { close_code: 'Solution provided', close_notes: 'rolled back' });
        out.resolveAgain = route('agent_resolve_post', 'POST', base + '/incidents/${INCIDENT}/resolve', { id: '${INCIDENT}' }, { close_code: 'Solution provided', close_notes: 'again' });
        out.read = route('agent_incident_get', 'GET', base + '/incidents/${INCIDENT}', { id: '${INCIDENT}' });
        out.badId = route('agent_incident_get', 'GET', base + '/incidents/x', { id: 'INC0010001^ORnumberISNOTEMPTY' });
        out.unknown = route('agent_incident_get', 'GET', base + '/incidents/INC0099999', { id: 'INC0099999' });
        out.row = instance.db.get('incident', '${INCIDENT}');
        return out;
      `,
    });
    expectClean(result);
    const v = result.value;
    expect(v.health.status).toBe(200);
    expect(v.health.body.result).toMatchObject({ authenticated: true, user: { user_name: 'admin' }, can_read_incidents: true, app: { scope: 'x_incb_bridge', version: app.app.version } });
    expect(v.list.body.result.incidents.map((i: any) => i.number)).toEqual(['INC0010001']);
    expect(v.injected.status).toBe(400);
    expect(v.note.status).toBe(201);
    expect(v.ack.body.result).toMatchObject({ changed: true, state: { value: '2' } });
    expect(v.ackAgain.body.result).toMatchObject({ changed: false, entry: null });
    expect(v.noteAgain.body.result.entry.text).toBe('Pool exhausted');
    expect(v.noteAgain.body.result.entry.sys_id).not.toBe(v.note.body.result.entry.sys_id);
    expect(v.journalIds).toEqual(expect.arrayContaining([v.note.body.result.entry.sys_id, v.noteAgain.body.result.entry.sys_id, v.ack.body.result.entry.sys_id]));
    expect(v.ackAgainNote.body.result).toMatchObject({ changed: false, state: { value: '2' }, entry: { text: expect.stringMatching(/^Acknowledged again by .+ through Incident Bridge \(the incident is In Progress already\)\.\n\nstill on it$/) } });
    expect(v.priority.body.result.entry.text).toMatch(/^Priority changed from .* - .* to 2 - High by /);
    expect(v.priority.body.result).toMatchObject({ changed: true, priority: { value: '2' }, impact: { value: '1' }, urgency: { value: '2' } });
    expect(v.badPriority.status).toBe(400);
    expect(v.badCode.status).toBe(400);
    expect(v.resolve.status).toBe(200);
    expect(v.resolveAgain.status).toBe(409);
    expect(v.resolveAgain.body.error.message).toBe('Incident INC0010001 is Resolved: it cannot be resolved');
    expect([v.row.state, v.row.close_code, v.row.priority]).toEqual(['6', 'Solution provided', '2']);
    expect(v.read.body.result.journal.map((e: any) => [e.type, e.author.user_name])).toEqual([
      ['work_notes', 'admin'], ['work_notes', 'admin'], ['work_notes', 'admin'], ['work_notes', 'admin'], ['work_notes', 'admin'],
    ]);
    expect(v.read.body.result.journal.slice(3).map((e: any) => e.text)).toEqual(['Pool exhausted', 'Pool exhausted']);
    expect(v.badId.status).toBe(400);
    expect(v.unknown.status).toBe(404);
    for (const file of ['agent_health_get', 'agent_incidents_get', 'agent_incident_get', 'agent_work_notes_post', 'agent_acknowledge_post', 'agent_priority_post', 'agent_resolve_post']) {
      expect(result.filesRun).toContain(`dist/es5/entry/rest/${file}.js`);
    }
  });
});

describeInRhino('agent incident links in Rhino', () => {
  test('links through two connections, linked before unlinked; the deprecated type key is the first of its type', async () => {
    const result = await runInRhino({
      app,
      user: 'admin',
      code: SETUP + `
        var ado = instance.db.insert('x_incb_bridge_connection', { name: 'Fabrikam ADO', type: 'azure_devops', active: 'true' });
        var hook = instance.db.insert('x_incb_bridge_connection', { name: 'Agent hook', type: 'webhook', active: 'true' });
        instance.db.insert('x_incb_bridge_link', { incident: '${INCIDENT}', connection: ado, remote_id: '12', state: 'unlinked' });
        instance.clock.advance(1000);
        instance.db.insert('x_incb_bridge_link', { incident: '${INCIDENT}', connection: hook, state: 'linked' });
        var read = route('agent_incident_get', 'GET', base + '/incidents/${INCIDENT}', { id: '${INCIDENT}' });
        return { ado: ado, hook: hook, status: read.status, links: read.body.result.links, alias: read.body.result.azure_devops };
      `,
    });
    expectClean(result);
    const v = result.value;
    expect(v.status).toBe(200);
    expect(v.links).toEqual([
      { system: 'webhook', connection: { sys_id: v.hook, name: 'Agent hook' }, remote_id: '', url: '', state: 'linked' },
      { system: 'azure_devops', connection: { sys_id: v.ado, name: 'Fabrikam ADO' }, remote_id: '12', url: '', state: 'unlinked' },
    ]);
    expect(v.alias).toEqual({ connection: { sys_id: v.ado, name: 'Fabrikam ADO' }, work_item_id: '12', url: '', state: 'unlinked' });
  });
});

describeInRhino('agent attachment download in Rhino', () => {
  // every byte value plus bytes that are no UTF-8: the stream must reach the response unchanged through Rhino's strings
  const BYTES = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 37 + 11) % 256)), Buffer.from([0xed, 0xa0, 0x80, 0xff])]);

  test("the built route streams the incident's file byte for byte; another incident's file is a 404, a bad id a 400", async () => {
    const result = await runInRhino({
      app,
      user: 'agent',
      code: SETUP + `
        instance.db.insert('incident', { sys_id: 'a0000000000000000000000000000002', number: 'INC0010002', short_description: 'Other', state: '1' });
        function attach(sysId, name, type, base64) {
          var gr = new GlideRecord('incident');
          if (!gr.get(sysId)) throw new Error('no incident ' + sysId);
          return new GlideSysAttachment().writeBase64(gr, name, type, base64);
        }
        var mine = attach('${INCIDENT}', 'Störung 1.bin', 'application/octet-stream', '${BYTES.toString('base64')}');
        var theirs = attach('a0000000000000000000000000000002', 'theirs.txt', 'text/plain', 'bm90IHlvdXJz');
        function download(id, attachmentId) {
          var request = instance.rest.request({ method: 'GET', uri: base + '/incidents/' + id + '/attachments/' + attachmentId, pathParams: { id: id, attachment_id: attachmentId } });
          var response = instance.rest.response();
          runFile('dist/es5/entry/rest/agent_attachment_get.js', { request: request, response: response });
          return response.result();
        }
        var detail = route('agent_incident_get', 'GET', base + '/incidents/INC0010001', { id: 'INC0010001' });
        return {
          mine: mine,
          theirsId: theirs,
          file: download('INC0010001', mine),
          theirs: download('INC0010001', theirs),
          theirsOwn: download('a0000000000000000000000000000002', theirs),
          badId: download('INC0010001', 'x' + mine.substring(1)),
          downloadPath: detail.body.result.attachments[0].download_path,
        };
      `,
    });
    expectClean(result);
    const v = result.value;
    expect(v.file.status).toBe(200);
    expect(v.file.headers).toEqual({
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': "attachment; filename=\"St_rung 1.bin\"; filename*=UTF-8''St%C3%B6rung%201.bin",
      'X-Content-Type-Options': 'nosniff',
    });
    expect(v.file.body).toBe('');
    expect(Buffer.from(v.file.bodyBase64, 'base64').equals(BYTES)).toBe(true);
    expect([v.theirs.status, JSON.parse(v.theirs.body).error.message, v.theirs.bodyBase64]).toEqual([404, `No attachment ${v.theirsId} on incident INC0010001`, undefined]);
    expect(Buffer.from(v.theirsOwn.bodyBase64, 'base64').toString()).toBe('not yours');
    expect([v.badId.status, JSON.parse(v.badId.body).error.message]).toEqual([400, 'Invalid attachment id']);
    expect(v.downloadPath).toBe(`/api/x_incb_bridge/v1/agent/incidents/${INCIDENT}/attachments/${v.mine}`);
    expect(result.filesRun).toContain('dist/es5/entry/rest/agent_attachment_get.js');
  });
});

describeInRhino('response-plan push in Rhino', () => {
  test('the push rule script queues incident.matched; the dispatcher sends it signed so node:crypto verifies it', async () => {
    const result = await runInRhino({
      app,
      records: [
        { table: 'x_incb_bridge_connection', values: { sys_id: HOOK, name: 'SRE agent', type: 'webhook', active: 'true', base_url: 'https://agent.example.test/hook', signing_key: KEY } },
        { table: 'x_incb_bridge_response_plan', values: { name: 'Critical', active: 'true', autonomy: 'autonomous', condition: 'priority=1^EQ', target_connection: HOOK } },
      ],
      code: `
        instance.clock.set(Date.UTC(2026, 10, 22, 10, 0, 0));
        var sent = [];
        instance.http.setTransport({ send: function (request) { sent.push(request); return { status: 204, headers: {}, body: '' }; } });
        var current = new GlideRecord('incident');
        current.initialize();
        current.setValue('short_description', 'Zahlung – “EU”');
        current.setValue('priority', '1');
        var id = current.insert();
        // the installed rule already ran on that insert; the entry script itself must be harmless to run again
        var before = instance.db.rows('x_incb_bridge_outbox').length;
        runFile('dist/es5/entry/br/incident_plan_push.js', { current: current, previous: null });
        var entries = instance.db.rows('x_incb_bridge_outbox', 'ORDERBYsequence');
        instance.clock.advance(3000);
        instance.processEvents();
        return { id: id, before: before, entries: entries.map(function (e) { return [e.operation, JSON.parse(e.payload).event]; }),
          sent: sent.map(function (r) { return { url: r.url, headers: r.headers, body: r.body }; }),
          states: instance.db.rows('x_incb_bridge_outbox').map(function (e) { return e.state; }) };
      `,
    });
    expectClean(result);
    const v = result.value;
    expect(v.before).toBe(1);
    // the second run (an insert again, as far as it knows) sees the link the first wrote: no second match
    expect(v.entries).toEqual([['push', 'incident.matched']]);
    expect(v.sent).toHaveLength(1);
    const request = v.sent[0];
    const headers: { [name: string]: string } = request.headers;
    expect(headers['X-Incident-Bridge-Event']).toBe('incident.matched');
    expect(headers['X-Incident-Bridge-Timestamp']).toBe(String(Date.UTC(2026, 10, 22, 10, 0, 3) / 1000));
    const expected = 'v1=' + crypto.createHmac('sha256', KEY).update(`${headers['X-Incident-Bridge-Timestamp']}.${request.body}`, 'utf8').digest('hex');
    expect(headers['X-Incident-Bridge-Signature']).toBe(expected);
    expect(JSON.parse(request.body).incident).toMatchObject({ sys_id: v.id, short_description: 'Zahlung – “EU”', priority: { value: '1' } });
    expect(v.states).toEqual(['sent']);
    expect(result.filesRun).toContain('dist/es5/entry/br/incident_plan_push.js');
  });
});
