// The outbox as built (dist/es5: the capture rules, the dispatch script action, the sweep job and the OutboxCapture /
// OutboxDispatcher includes), run in Rhino under the ServiceNow-ES5 profile. The sender (AzureDevOpsSync) is a
// scripted stand-in defined in the job: Rhino has no HTTP transport to the Azure DevOps fake, and the dispatcher's
// decisions are what is tested here. Most jobs register the entry files as the rules and action (so each built file
// is run by name); the last one uses the installed package's own records.
import { describeInRhino, runInRhino, ScriptResult } from './rhinoClient';
import { loadBuiltApp } from '../support/builtApp';
import { fingerprint } from '../../src/app/core/fingerprint';

const app = loadBuiltApp();

/** ES5 job preamble: clock, sender stand-in, the entry files wired as rules/action, and helpers. */
const SETUP = `
  var START = Date.UTC(2026, 10, 22, 10, 0, 0);
  instance.clock.set(START);
  var calls = [];
  var answers = [];
  AzureDevOpsSync = function (connection) { this.connection = connection; };
  AzureDevOpsSync.prototype.syncIncident = function (payload, context) {
    calls.push({ connection: this.connection, payload: payload, attempt: context ? context.attempt : null });
    var answer = answers.length ? answers.shift() : { outcome: 'sent' };
    return typeof answer === 'function' ? answer(payload) : answer;
  };
  // the installed scripts resolve the sender by name: they get the stand-in
  instance.replaceScriptInclude('AzureDevOpsSync', AzureDevOpsSync);
  instance.addBusinessRule({ name: 'capture incident', table: 'incident', when: 'after', insert: true, update: true, order: 10000,
    script: function (current, previous) { runFile('dist/es5/entry/br/incident_capture.js', { current: current, previous: previous }); } });
  instance.addBusinessRule({ name: 'capture attachment', table: 'sys_attachment', when: 'after', insert: true, order: 10000,
    filterCondition: 'table_name=incident',
    script: function (current) { runFile('dist/es5/entry/br/attachment_capture.js', { current: current }); } });
  instance.addScriptAction({ name: 'dispatch', eventName: 'x_incb_bridge.outbox.queued',
    script: function (event, current) { runFile('dist/es5/entry/action/outbox_queued.js', { event: event, current: current }); } });
  function sweep() { runFile('dist/es5/entry/job/outbox_sweep.js', {}); }
  function connection(values) {
    var row = { name: 'ADO', type: 'azure_devops', active: 'true', sync_direction: 'both' };
    for (var k in values) row[k] = values[k];
    return instance.db.insert('x_incb_bridge_connection', row);
  }
  function link(incident, conn, values) {
    var row = { incident: incident, connection: conn, remote_id: '7', state: 'linked' };
    for (var k in values || {}) row[k] = values[k];
    return instance.db.insert('x_incb_bridge_link', row);
  }
  // a person's save (not a script of the app): global, with the rules (the built capture entries) running
  function create(values) {
    return instance.runInScope('global', function () {
      var gr = new GlideRecord('incident');
      gr.initialize();
      for (var k in values) gr.setValue(k, values[k]);
      return gr.insert();
    });
  }
  function save(id, values) {
    instance.runInScope('global', function () {
      var gr = new GlideRecord('incident');
      gr.get(id);
      for (var k in values) gr.setValue(k, values[k]);
      gr.update();
    });
  }
  function entries(query) {
    return instance.db.rows('x_incb_bridge_outbox', (query ? query + '^' : '') + 'ORDERBYsequence').map(function (r) {
      return { sequence: r.sequence, state: r.state, connection: r.connection, incident: r.incident, attempts: r.attempts,
        next_attempt_at: r.next_attempt_at, payload: JSON.parse(r.payload) };
    });
  }
`;

function job(code: string): Promise<ScriptResult> {
  // The package installed without its rules and actions (the jobs wire the built entry files themselves): its
  // privileges and table settings hold, and the entry files run in its scope.
  return runInRhino({ app, withoutRules: true, code: SETUP + code });
}

function expectClean(result: ScriptResult) {
  expect(result.error).toBeUndefined();
  expect(result.ok).toBe(true);
  expect(result.logs.filter((l) => l.level === 'error')).toEqual([]);
}

describeInRhino('outbox capture in Rhino (built rules and OutboxCapture)', () => {
  test('trigger matching: empty and non-matching capture nothing, invalid is logged, matching creates; linked syncs regardless', async () => {
    const result = await job(`
      var matching = connection({ name: 'matching', trigger_condition: 'priority=1^EQ' });
      var invalid = connection({ name: 'invalid', trigger_condition: 'no_such_field=1' });
      connection({ name: 'empty', trigger_condition: '' });
      var p1 = create({ short_description: 'Mail down', priority: '1' });
      var p3 = create({ short_description: 'Printer jam', priority: '3' });
      var beforeLink = entries().length;
      link(p3, matching);
      save(p3, { short_description: 'Printer jam on floor 2' });
      return {
        beforeLink: beforeLink,
        entries: entries(),
        log: instance.db.rows('x_incb_bridge_log').map(function (r) { return [r.connection, r.outcome, r.error.indexOf('no_such_field=1') >= 0]; }),
        ids: { matching: matching, invalid: invalid, p1: p1, p3: p3 },
        events: instance.db.rows('sysevent').map(function (e) { return [e.name, e.parm1, e.parm2]; })
      };
    `);
    expectClean(result);
    const { ids, entries, log, events } = result.value;
    expect(result.value.beforeLink).toBe(1);
    expect(entries.map((e: any) => [e.connection, e.incident, e.sequence, e.state, e.payload.reason])).toEqual([
      [ids.matching, ids.p1, '1', 'queued', 'create'],
      [ids.matching, ids.p3, '1', 'queued', 'update'],
    ]);
    expect(entries[0].payload.changedFields).toEqual(['short_description', 'state', 'priority']);
    expect(entries[1].payload.changedFields).toEqual(['short_description']);
    // the invalid trigger was checked at each save (neither incident is linked through that connection), each logged
    expect(log).toEqual([
      [ids.invalid, 'skipped', true],
      [ids.invalid, 'skipped', true],
      [ids.invalid, 'skipped', true],
    ]);
    expect(events).toEqual([
      ['x_incb_bridge.outbox.queued', ids.matching, ids.p1],
      ['x_incb_bridge.outbox.queued', ids.matching, ids.p3],
    ]);
    expect(result.filesRun).toContain('dist/es5/entry/br/incident_capture.js');
  });

  test('delta detection: mapped fields only, the configured journal only, one entry per save; no HTTP', async () => {
    const result = await job(`
      var conn = connection({ sync_work_notes: 'true' });
      var id = create({ short_description: 'Mail down', priority: '3' });
      link(id, conn);
      save(id, { category: 'network' });
      save(id, { comments: 'customer-visible' });
      save(id, { state: '2', category: 'software', work_notes: 'restarted relay' });
      save(id, { work_notes: 'still down' });
      return { entries: entries(), requests: instance.http.requests.length };
    `);
    expectClean(result);
    expect(result.value.requests).toBe(0);
    expect(result.value.entries.map((e: any) => [e.payload.changedFields, e.payload.journal])).toEqual([
      [['state'], true],
      [[], true],
    ]);
  });

  test('echo suppression: values equal to the link fingerprint (computed by the TypeScript core) are not captured', async () => {
    const applied = fingerprint({ short_description: 'Renamed in Azure DevOps', description: '', state: '2', priority: '3' });
    const result = await job(`
      var conn = connection({});
      var id = create({ short_description: 'Mail down', priority: '3', state: '1' });
      link(id, conn, { last_fingerprint: '${applied}' });
      save(id, { short_description: 'Renamed in Azure DevOps', state: '2' });
      var afterEcho = entries().length;
      save(id, { state: '3' });
      return { afterEcho: afterEcho, entries: entries() };
    `);
    expectClean(result);
    expect(result.value.afterEcho).toBe(0);
    expect(result.value.entries.map((e: any) => e.payload.changedFields)).toEqual([['state']]);
  });

  test('an attachment on a linked incident becomes an attachment entry', async () => {
    const result = await job(`
      var conn = connection({});
      var id = create({ short_description: 'Mail down' });
      link(id, conn);
      // a person's upload: the platform writes the row (global), the attachment rules run
      var attachment = instance.runInScope('global', function () {
        var att = new GlideRecord('sys_attachment');
        att.initialize();
        att.setValue('file_name', 'trace.log');
        att.setValue('table_name', 'incident');
        att.setValue('table_sys_id', id);
        return att.insert();
      });
      return { attachment: attachment, entries: entries() };
    `);
    expectClean(result);
    expect(result.value.entries.map((e: any) => [e.payload.reason, e.payload.attachments])).toEqual([['attachment', [result.value.attachment]]]);
    expect(result.filesRun).toContain('dist/es5/entry/br/attachment_capture.js');
  });
});

describeInRhino('outbox dispatch in Rhino (built action, sweep job and OutboxDispatcher)', () => {
  test('coalescing: 20 saves are one sync call with every changed field, all entries sent', async () => {
    const result = await job(`
      var conn = connection({ sync_work_notes: 'true' });
      var id = create({ short_description: 'Mail down', priority: '3' });
      link(id, conn);
      for (var i = 0; i < 20; i++) {
        if (i === 10) save(id, { work_notes: 'note' });
        else if (i % 2 === 0) save(id, { short_description: 'Mail down ' + i });
        else save(id, { priority: i % 4 === 1 ? '2' : '1' });
      }
      var queued = entries().length;
      instance.processEvents();
      return { queued: queued, calls: calls, states: entries().map(function (e) { return e.state; }) };
    `);
    expectClean(result);
    expect(result.value.queued).toBe(20);
    expect(result.value.calls).toHaveLength(1);
    expect(result.value.calls[0].payload).toMatchObject({ reason: 'update', changedFields: ['short_description', 'priority'], journal: true });
    expect(result.value.calls[0].attempt).toBe(1);
    expect(result.value.states).toEqual(new Array(20).fill('sent'));
    expect(result.filesRun).toContain('dist/es5/entry/action/outbox_queued.js');
  });

  test('ordering and retry: a not-yet-due oldest entry holds back newer ones; the sweep sends them together when due', async () => {
    const result = await job(`
      var conn = connection({});
      var id = create({ short_description: 'Mail down' });
      link(id, conn);
      answers.push({ outcome: 'retry', httpStatus: 429, error: 'rate limited', retryAfterMs: 600000 });
      save(id, { state: '2' });
      instance.processEvents();
      var afterRetry = entries();
      save(id, { priority: '1' });
      instance.processEvents();
      sweep();
      var callsBeforeDue = calls.length;
      instance.clock.set(START + 600000);
      sweep();
      return { afterRetry: afterRetry, callsBeforeDue: callsBeforeDue, calls: calls, final: entries() };
    `);
    expectClean(result);
    expect(result.value.afterRetry[0]).toMatchObject({ state: 'queued', attempts: '1', next_attempt_at: '2026-11-22 10:10:00' });
    expect(result.value.callsBeforeDue).toBe(1);
    expect(result.value.calls.map((c: any) => [c.payload.changedFields, c.attempt])).toEqual([
      [['state'], 1],
      [['state', 'priority'], 2],
    ]);
    expect(result.value.final.map((e: any) => e.state)).toEqual(['sent', 'sent']);
    expect(result.filesRun).toContain('dist/es5/entry/job/outbox_sweep.js');
  });

  test('two dispatchers racing at the claim step: exactly one claims and sends', async () => {
    const result = await job(`
      var conn = connection({});
      var id = create({ short_description: 'Mail down' });
      link(id, conn);
      save(id, { state: '2' });
      save(id, { priority: '2' });
      // The second dispatcher runs to completion just before the first one's claim (its updateMultiple).
      var realUpdateMultiple = GlideRecord.prototype.updateMultiple;
      var raced = false;
      GlideRecord.prototype.updateMultiple = function () {
        if (!raced && this.getTableName() === 'x_incb_bridge_outbox') {
          raced = true;
          new OutboxDispatcher().dispatch(conn, id);
        }
        return realUpdateMultiple.apply(this, arguments);
      };
      try {
        new OutboxDispatcher().dispatch(conn, id);
      } finally {
        GlideRecord.prototype.updateMultiple = realUpdateMultiple;
      }
      return { raced: raced, calls: calls, final: entries().map(function (e) { return [e.state, e.attempts]; }) };
    `);
    expectClean(result);
    expect(result.value.raced).toBe(true);
    expect(result.value.calls).toHaveLength(1);
    expect(result.value.calls[0].payload.changedFields).toEqual(['state', 'priority']);
    expect(result.value.final).toEqual([
      ['sent', '1'],
      ['sent', '1'],
    ]);
  });

  test('a dispatcher woken while another is sending waits; entries saved meanwhile go out in the next round', async () => {
    const result = await job(`
      var conn = connection({});
      var id = create({ short_description: 'Mail down' });
      link(id, conn);
      save(id, { state: '2' });
      answers.push(function () {
        save(id, { priority: '1' });
        new OutboxDispatcher().dispatch(conn, id); // a second node picks up the new entry's event now
        return { outcome: 'sent' };
      });
      new OutboxDispatcher().dispatch(conn, id);
      return { calls: calls.map(function (c) { return c.payload.changedFields; }), final: entries().map(function (e) { return e.state; }) };
    `);
    expectClean(result);
    expect(result.value.calls).toEqual([['state'], ['priority']]);
    expect(result.value.final).toEqual(['sent', 'sent']);
  });

  test('max attempts: a retry becomes dead; an abandoned claim is requeued by the sweep', async () => {
    const result = await job(`
      var conn = connection({ max_attempts: '1' });
      var id = create({ short_description: 'Mail down' });
      link(id, conn);
      answers.push({ outcome: 'retry', httpStatus: 503, error: 'down' });
      save(id, { state: '2' });
      instance.processEvents();
      var dead = entries()[0];
      var other = create({ short_description: 'Other' });
      link(other, conn);
      save(other, { state: '2' });
      var gr = new GlideRecord('x_incb_bridge_outbox');
      gr.addQuery('incident', other);
      gr.setValue('state', 'sending');
      gr.setValue('claim_token', 'crashed-node');
      gr.setValue('claimed_at', '2026-11-22 09:00:00');
      gr.setWorkflow(false);
      gr.updateMultiple();
      sweep();
      return { dead: [dead.state, dead.attempts], other: entries('incident=' + other).map(function (e) { return e.state; }), calls: calls.length };
    `);
    expectClean(result);
    expect(result.value.dead).toEqual(['dead', '1']);
    expect(result.value.other).toEqual(['sent']);
    expect(result.value.calls).toBe(2);
  });
});

describeInRhino('outbox wiring of the installed package in Rhino', () => {
  test('the installed capture rule, event and script action deliver an incident matching the trigger', async () => {
    const result = await runInRhino({
      app,
      code: `
        var calls = [];
        function FakeSync(connection) { this.connection = connection; }
        FakeSync.prototype.syncIncident = function (payload) { calls.push(payload.reason); return { outcome: 'sent' }; };
        instance.replaceScriptInclude('AzureDevOpsSync', FakeSync);
        instance.db.insert('x_incb_bridge_connection', { name: 'ADO', type: 'azure_devops', active: 'true', sync_direction: 'both', trigger_condition: 'priority=1' });
        var gr = new GlideRecord('incident');
        gr.initialize();
        gr.setValue('short_description', 'Mail down');
        gr.setValue('priority', '1');
        gr.insert();
        var processed = instance.processEvents();
        return { processed: processed, calls: calls, states: instance.db.rows('x_incb_bridge_outbox').map(function (r) { return r.state; }) };
      `,
    });
    expectClean(result);
    expect(result.value).toEqual({ processed: 1, calls: ['create'], states: ['sent'] });
  });
});
