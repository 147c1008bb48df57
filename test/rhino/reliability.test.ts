// The retry policy as installed, in Rhino under the ServiceNow-ES5 profile: the installed capture rule, events,
// script actions and built includes, with Azure DevOps played by a scripted transport inside the job (Rhino jobs
// have no socket to the fake). A 429 window pauses the whole connection and the built resume action
// (dist/es5/entry/action/connection_resume.js) picks up when it ends; the circuit breaker opens, holds, probes once.
import { describeInRhino, runInRhino, ScriptResult } from './rhinoClient';
import { loadBuiltApp } from '../support/builtApp';

const app = loadBuiltApp();

/** ES5 job preamble: a connection, a scripted Azure DevOps (`answers` queue, then 200 with a new work item). */
const SETUP = `
  var START = Date.UTC(2026, 10, 22, 10, 0, 0);
  instance.clock.set(START);
  var connection = instance.db.insert('x_incb_bridge_connection', { name: 'ADO', type: 'azure_devops', active: 'true',
    sync_direction: 'both', base_url: 'https://dev.azure.com', ado_organization: 'fabrikam', ado_project: 'Ops',
    auth_type: 'none', trigger_condition: 'priority=1' });
  var answers = [];
  var sent = [];
  var nextId = 1;
  instance.http.setTransport({ send: function (request) {
    sent.push({ method: request.method, at: instance.clock.now() });
    if (answers.length) return answers.shift();
    // A create that failed leaves a pending link: the next attempt asks WIQL first (nothing found here).
    if (request.url.indexOf('/wiql') >= 0) return { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"workItems":[]}' };
    var id = nextId++;
    return { status: 200, headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: id, rev: 1, url: 'https://dev.azure.com/fabrikam/_apis/wit/workItems/' + id }) };
  } });
  function incident(title) {
    var gr = new GlideRecord('incident');
    gr.initialize();
    gr.setValue('short_description', title);
    gr.setValue('priority', '1');
    return gr.insert();
  }
  function states() {
    return instance.db.rows('x_incb_bridge_outbox', 'ORDERBYsys_created_on').map(function (r) { return r.state + '/' + r.attempts; });
  }
  function row() { return instance.db.get('x_incb_bridge_connection', connection); }
`;

function expectClean(result: ScriptResult) {
  expect(result.error).toBeUndefined();
  expect(result.ok).toBe(true);
  expect(result.logs.filter((l) => l.level === 'error')).toEqual([]);
}

describeInRhino('retry policy in Rhino', () => {
  test('a 429 pauses the whole connection; the built resume action delivers when the window ends', async () => {
    const result = await runInRhino({
      app,
      code:
        SETUP +
        `
        answers.push({ status: 429, headers: { 'Retry-After': '45', 'X-RateLimit-Remaining': '0' }, body: '{"message":"TF400733: The request has been blocked"}' });
        incident('First');
        incident('Second');
        instance.processEvents();
        // The job's clock keeps running from START (milliseconds pass between statements), so times are taken from
        // what happened: the window is the 429's time plus 45 s, rounded UP to the column's whole second.
        var limitedMs = new GlideDateTime(row().rate_limited_until).getNumericValue();
        var during = { sent: sent.length, states: states(), windowOk: limitedMs >= sent[0].at + 45000 && limitedMs < sent[0].at + 46000, remaining: row().rate_limit_remaining };
        instance.clock.set(limitedMs - 1000);
        instance.processEvents();
        var justBefore = sent.length;
        instance.clock.set(limitedMs);
        // the event processor reads the event (the platform, not a script of the app)
        var resume = new GlideRecord('sysevent');
        instance.runInScope('global', function () {
          resume.addQuery('name', 'x_incb_bridge.connection.resume');
          resume.query();
          resume.next();
        });
        runFile('dist/es5/entry/action/connection_resume.js', { event: resume, current: null });
        return { during: during, justBefore: justBefore, after: states(), afterWindow: sent.slice(1).every(function (s) { return s.at >= limitedMs; }), sent: sent.length };
      `,
    });
    expectClean(result);
    expect(result.value.during).toEqual({ sent: 1, states: ['queued/1', 'queued/0'], windowOk: true, remaining: '0' });
    expect(result.value.justBefore).toBe(1);
    expect(result.value.after).toEqual(['sent/2', 'sent/1']);
    expect(result.value.afterWindow).toBe(true);
    expect(result.value.sent).toBe(3);
    expect(result.filesRun).toContain('dist/es5/entry/action/connection_resume.js');
  });

  test('the circuit opens after the threshold, holds during the cool-down, and one probe closes it', async () => {
    const result = await runInRhino({
      app,
      code:
        SETUP +
        `
        gs.setProperty('x_incb_bridge.circuit.failure_threshold', '2');
        gs.setProperty('x_incb_bridge.circuit.cooldown_seconds', '60');
        answers.push({ status: 502, headers: {}, body: 'Bad Gateway' });
        answers.push({ status: 0, headers: {}, body: '', errorCode: 1, errorMessage: 'Read timed out' });
        incident('One');
        incident('Two');
        incident('Three');
        instance.processEvents();
        var untilMs = new GlideDateTime(row().circuit_open_until).getNumericValue();
        var open = { sent: sent.length, failures: row().consecutive_failures, coolDownOk: untilMs >= sent[1].at + 60000 && untilMs < sent[1].at + 61000, health: row().health_status, states: states() };
        instance.clock.set(untilMs - 1000);
        instance.processEvents();
        open.sentBeforeEnd = sent.length;
        instance.clock.set(untilMs);
        instance.processEvents();
        return { open: open, closed: { failures: row().consecutive_failures, until: row().circuit_open_until }, states: states(), sent: sent.length };
      `,
    });
    expectClean(result);
    expect(result.value.open).toEqual({ sent: 2, failures: '2', coolDownOk: true, health: 'degraded', states: ['queued/1', 'queued/1', 'queued/0'], sentBeforeEnd: 2 });
    expect(result.value.closed).toEqual({ failures: '0', until: '' });
    expect(result.value.states).toEqual(['sent/2', 'sent/2', 'sent/1']);
    // 2 failures, then the probe and the other two, each retry after its lookup (WIQL)
    expect(result.value.sent).toBe(7);
  });
});

describeInRhino('dead letters in Rhino', () => {
  test('the last failed attempt queues the dead event and degrades the connection; the built Retry and Discard scripts act on dead entries', async () => {
    const result = await runInRhino({
      app,
      code:
        SETUP +
        `
        gs.setProperty('x_incb_bridge.outbox.max_attempts', '1');
        answers.push({ status: 503, headers: {}, body: 'down' });
        answers.push({ status: 500, headers: {}, body: 'down' });
        var first = incident('One');
        incident('Two');
        instance.processEvents();
        var dead = instance.db.rows('sysevent', 'name=x_incb_bridge.outbox.dead').map(function (e) { return [e.table, e.parm1 === connection, e.parm2 === first]; });
        var health = [row().health_status, row().health_error.indexOf('gave up after 1 attempts') >= 0];
        var entries = instance.db.rows('x_incb_bridge_outbox', 'ORDERBYsys_created_on');
        var retry = new GlideRecord('x_incb_bridge_outbox');
        retry.get(entries[0].sys_id);
        runFile('dist/es5/entry/ui/outbox_retry.js', { current: retry });
        var discard = new GlideRecord('x_incb_bridge_outbox');
        discard.get(entries[1].sys_id);
        runFile('dist/es5/entry/ui/outbox_discard.js', { current: discard });
        var afterActions = states();
        instance.processEvents();
        return { dead: dead, health: health, afterActions: afterActions, final: states(), sent: sent.length };
      `,
    });
    expectClean(result);
    // one event per delivery given up: each incident's
    expect(result.value.dead).toEqual([
      ['x_incb_bridge_outbox', true, true],
      ['x_incb_bridge_outbox', true, false],
    ]);
    expect(result.value.health).toEqual(['degraded', true]);
    expect(result.value.afterActions).toEqual(['queued/0', 'skipped/1']);
    expect(result.value.final).toEqual(['sent/1', 'skipped/1']);
    // two failed creates, then the retried one: its lookup (WIQL) and create
    expect(result.value.sent).toBe(4);
    expect(result.filesRun).toEqual(expect.arrayContaining(['dist/es5/entry/ui/outbox_retry.js', 'dist/es5/entry/ui/outbox_discard.js']));
  });

  test('the built mail script prints the link to the outbox entry', async () => {
    const result = await runInRhino({
      app,
      records: [{ table: 'sys_properties', values: { name: 'glide.servlet.uri', value: 'https://bridge.service-now.example/' } }],
      code: `
        var id = instance.db.insert('x_incb_bridge_outbox', { state: 'dead', sequence: '1' });
        var current = new GlideRecord('x_incb_bridge_outbox');
        current.get(id);
        var printed = [];
        runFile('dist/es5/entry/mail/outbox_entry_link.js', { current: current, template: { print: function (text) { printed.push(text); } } });
        return { id: id, printed: printed };
      `,
    });
    expect(result.error).toBeUndefined();
    const url = `https://bridge.service-now.example/x_incb_bridge_outbox.do?sys_id=${result.value.id}`;
    expect(result.value.printed).toEqual([`<a href="${url}">${url}</a>`]);
  });
});

describeInRhino('no duplicate work item in Rhino', () => {
  test('a create that timed out after Azure DevOps made the item is found with WIQL and adopted by the next attempt', async () => {
    const result = await runInRhino({
      app,
      code:
        SETUP +
        `
        var made = null;
        var lines = [];
        instance.http.setTransport({ send: function (request) {
          lines.push(request.method + ' ' + request.url.split('?')[0].replace('https://dev.azure.com/fabrikam/Ops/_apis/wit', ''));
          var json = { 'Content-Type': 'application/json' };
          if (request.url.indexOf('/workitems/$Task') >= 0) {
            var ops = JSON.parse(request.body);
            var hyperlink = ops.filter(function (op) { return op.path === '/relations/-'; })[0].value;
            made = { id: 7, rev: 1, fields: { 'System.Tags': 'ServiceNow; INC0010001' }, relations: [hyperlink], url: 'https://dev.azure.com/fabrikam/_apis/wit/workItems/7' };
            return { status: 0, headers: {}, body: '', errorCode: 1, errorMessage: 'Read timed out' };
          }
          if (request.url.indexOf('/wiql') >= 0) return { status: 200, headers: json, body: JSON.stringify({ workItems: made ? [{ id: 7 }] : [] }) };
          if (request.method === 'GET') return { status: 200, headers: json, body: JSON.stringify(made) };
          made.rev++;
          return { status: 200, headers: json, body: JSON.stringify(made) };
        } });
        var id = incident('Mail down');
        instance.processEvents();
        var pending = instance.db.rows('x_incb_bridge_link', 'incident=' + id).map(function (l) { return l.remote_id; });
        instance.clock.advance(3600000);
        runFile('dist/es5/entry/job/outbox_sweep.js', {});
        var link = instance.db.rows('x_incb_bridge_link', 'incident=' + id)[0];
        return { pending: pending, remoteId: link.remote_id, correlation: instance.db.get('incident', id).correlation_id, lines: lines, states: states() };
      `,
    });
    expectClean(result);
    expect(result.value.pending).toEqual(['']);
    expect(result.value.remoteId).toBe('7');
    expect(result.value.correlation).toBe('7');
    expect(result.value.lines).toEqual(['POST /workitems/$Task', 'POST /wiql', 'GET /workitems/7', 'PATCH /workitems/7']);
    expect(result.value.states).toEqual(['sent/2']);
  });
});

describeInRhino('connection health check in Rhino', () => {
  test('the built job records the exact cause per connection; the built UI action checks one and says so', async () => {
    const result = await runInRhino({
      app,
      code:
        SETUP +
        `
        var other = instance.db.insert('x_incb_bridge_connection', { name: 'ADO 2', type: 'azure_devops', active: 'true',
          base_url: 'https://dev.azure.com', ado_organization: 'fabrikam', ado_project: 'Gone', auth_type: 'none' });
        instance.http.setTransport({ send: function (request) {
          sent.push(request.method + ' ' + request.url);
          if (request.url.indexOf('/Gone/') >= 0) return { status: 404, headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ message: 'TF200016: The following project does not exist: Gone.', typeKey: 'ProjectDoesNotExistWithNameException' }) };
          return { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"name":"Task"}' };
        } });
        runFile('dist/es5/entry/job/connection_health_check.js', {});
        var afterJob = [row().health_status, instance.db.get('x_incb_bridge_connection', other).health_status, instance.db.get('x_incb_bridge_connection', other).health_error];
        var current = new GlideRecord('x_incb_bridge_connection');
        current.get(other);
        runFile('dist/es5/entry/ui/connection_check.js', { current: current });
        return { afterJob: afterJob, sent: sent, checkedAt: row().health_checked_at !== '' };
      `,
    });
    expect(result.error).toBeUndefined();
    expect(result.value.afterJob).toEqual([
      'healthy',
      'down',
      'Project or work item type not found (404) - HTTP 404: TF200016: The following project does not exist: Gone. (ProjectDoesNotExistWithNameException)',
    ]);
    expect(result.value.sent).toEqual([
      'GET https://dev.azure.com/fabrikam/Ops/_apis/wit/workitemtypes/Task?api-version=7.1',
      'GET https://dev.azure.com/fabrikam/Gone/_apis/wit/workitemtypes/Task?api-version=7.1',
      'GET https://dev.azure.com/fabrikam/Gone/_apis/wit/workitemtypes/Task?api-version=7.1',
    ]);
    expect(result.value.checkedAt).toBe(true);
    expect(result.logs.filter((l) => l.level === 'info').map((l) => l.message)).toContain(
      'Connection health: down - Project or work item type not found (404) - HTTP 404: TF200016: The following project does not exist: Gone. (ProjectDoesNotExistWithNameException)'
    );
    expect(result.filesRun).toEqual(expect.arrayContaining(['dist/es5/entry/job/connection_health_check.js', 'dist/es5/entry/ui/connection_check.js']));
  });
});

describeInRhino('retention in Rhino', () => {
  test('the built job deletes old log rows and finished entries, keeps the rest', async () => {
    const result = await runInRhino({
      app,
      code: `
        instance.clock.set(Date.UTC(2026, 10, 22, 10, 0, 0));
        var old = '2026-10-01 00:00:00';
        var recent = '2026-11-20 00:00:00';
        function row(table, when, values) {
          values.sys_created_on = when;
          values.sys_updated_on = when;
          return instance.db.insert(table, values);
        }
        row('x_incb_bridge_log', old, { direction: 'outbound', outcome: 'success' });
        row('x_incb_bridge_log', recent, { direction: 'outbound', outcome: 'success' });
        row('x_incb_bridge_outbox', old, { state: 'sent' });
        row('x_incb_bridge_outbox', old, { state: 'dead' });
        row('x_incb_bridge_inbox', old, { state: 'processed' });
        row('x_incb_bridge_inbox', old, { state: 'received' });
        runFile('dist/es5/entry/job/retention_purge.js', {});
        function states(table) { return instance.db.rows(table, 'ORDERBYsys_created_on').map(function (r) { return r.state || r.outcome; }); }
        return { log: instance.db.rows('x_incb_bridge_log', 'sys_created_on<2026-11-22 00:00:00').length, outbox: states('x_incb_bridge_outbox'), inbox: states('x_incb_bridge_inbox') };
      `,
    });
    expect(result.error).toBeUndefined();
    expect(result.value).toEqual({ log: 1, outbox: ['dead'], inbox: ['received'] });
    expect(result.filesRun).toContain('dist/es5/entry/job/retention_purge.js');
  });
});

