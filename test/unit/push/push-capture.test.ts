// Which saves become push entries: the installed rule "Incident Bridge: push to response plans" on real saves, with
// plans and webhook connections in every configuration that matters. No HTTP happens in a save.
import { LINK_TABLE, LOG_TABLE } from '../../../src/app/core/tables';
import { addPlan, addWebhook, createIncident, pushEntries, pushInstance, updateIncident } from './pushHarness';

const payloads = (rows: Array<{ [field: string]: string }>) => rows.map((r) => JSON.parse(r.payload));

describe('push capture', () => {
  test('an incident created matching an active plan is linked and queued as incident.matched, without any HTTP', () => {
    const { instance, http } = pushInstance();
    const hook = addWebhook(instance);
    const plan = addPlan(instance, { autonomy: 'review', target_connection: hook });
    const incident = createIncident({ impact: '1', urgency: '1' });
    const rows = pushEntries(instance);
    expect(rows.map((r) => [r.connection, r.incident, r.state, r.sequence, r.source_table, r.source_id])).toEqual([[hook, incident, 'queued', '1', 'incident', incident]]);
    const number = instance.db.get('incident', incident)!.number;
    expect(payloads(rows)).toEqual([{ reason: 'push', incident, number, event: 'incident.matched', plan: { sys_id: plan, name: 'Critical', autonomy: 'review' }, occurred_at: '2026-11-22T10:00:00Z' }]);
    expect(instance.db.rows(LINK_TABLE).map((l) => [l.incident, l.connection, l.state])).toEqual([[incident, hook, 'linked']]);
    expect(instance.db.rows('sysevent', 'name=x_incb_bridge.outbox.queued').map((e) => [e.parm1, e.parm2])).toEqual([[hook, incident]]);
    expect(http.requests).toEqual([]);
  });

  test('an incident updated into the plan is matched then; later saves are updated, and resolving is resolved', () => {
    const { instance } = pushInstance();
    addPlan(instance, { target_connection: addWebhook(instance) });
    const incident = createIncident({ impact: '3', urgency: '3' });
    expect(pushEntries(instance)).toEqual([]);
    instance.clock.advance(60000);
    updateIncident(incident, { impact: '1', urgency: '1' });
    instance.clock.advance(60000);
    updateIncident(incident, { work_notes: 'looking' });
    // leaving the plan's condition does not unlink: it stays linked and keeps being pushed
    updateIncident(incident, { impact: '3' });
    updateIncident(incident, { state: '6', close_code: 'Solution provided', close_notes: 'done' });
    updateIncident(incident, { state: '7' });
    expect(payloads(pushEntries(instance)).map((p) => [p.event, p.plan.name])).toEqual([
      ['incident.matched', 'Critical'],
      ['incident.updated', 'Critical'],
      ['incident.updated', 'Critical'],
      ['incident.resolved', 'Critical'],
      ['incident.updated', 'Critical'],
    ]);
    expect(payloads(pushEntries(instance))[1].occurred_at).toBe('2026-11-22T10:02:00Z');
    expect(instance.db.rows(LINK_TABLE)).toHaveLength(1);
  });

  test('closing or canceling straight from an open state is incident.resolved too', () => {
    const { instance } = pushInstance();
    addPlan(instance, { target_connection: addWebhook(instance) });
    const closed = createIncident({ impact: '1', urgency: '1' });
    const canceled = createIncident({ impact: '1', urgency: '1' });
    updateIncident(closed, { state: '7' });
    updateIncident(canceled, { state: '8' });
    expect(pushEntries(instance).map((r) => [r.incident, JSON.parse(r.payload).event])).toEqual([
      [closed, 'incident.matched'], [canceled, 'incident.matched'], [closed, 'incident.resolved'], [canceled, 'incident.resolved'],
    ]);
  });

  test.each([
    ['an inactive plan', { active: 'false' }, {}],
    ['a plan without a target', { target_connection: '' }, {}],
    ['a plan whose condition does not match', { condition: 'priority=2' }, {}],
    ['a plan with an empty condition', { condition: '' }, {}],
    ['an inactive connection', {}, { active: 'false' }],
    ['an Azure DevOps connection as target', {}, { type: 'azure_devops' }],
  ])('%s pushes nothing', (_what, plan, connection) => {
    const { instance } = pushInstance();
    const hook = addWebhook(instance, connection);
    addPlan(instance, { target_connection: hook, ...plan });
    createIncident({ impact: '1', urgency: '1' });
    expect(pushEntries(instance)).toEqual([]);
    expect(instance.db.rows(LINK_TABLE)).toEqual([]);
  });

  test('an unlinked incident (an admin stopped it) pushes nothing', () => {
    const { instance } = pushInstance();
    const hook = addWebhook(instance);
    addPlan(instance, { target_connection: hook });
    const incident = createIncident({ impact: '1', urgency: '1' });
    const link = instance.db.rows(LINK_TABLE)[0];
    instance.db.load({ tables: { [LINK_TABLE]: [{ ...link, state: 'unlinked' }] }, numbers: {} });
    updateIncident(incident, { short_description: 'changed' });
    expect(pushEntries(instance)).toHaveLength(1);
  });

  test('two plans on one webhook: the first matching plan by name links it once; each webhook gets its own entry', () => {
    const { instance } = pushInstance();
    const first = addWebhook(instance, { name: 'first' });
    const second = addWebhook(instance, { name: 'second' });
    addPlan(instance, { name: 'B all high', condition: 'priority<=2', target_connection: first });
    addPlan(instance, { name: 'A critical', condition: 'priority=1', target_connection: first });
    addPlan(instance, { name: 'C second', condition: 'priority=1', target_connection: second, autonomy: 'review' });
    const incident = createIncident({ impact: '1', urgency: '1' });
    expect(pushEntries(instance).map((r) => [r.connection, JSON.parse(r.payload).plan.name])).toEqual([[first, 'A critical'], [second, 'C second']]);
    expect(instance.db.rows(LINK_TABLE, 'ORDERBYconnection').map((l) => l.connection).sort()).toEqual([first, second].sort());
    updateIncident(incident, { impact: '2' });
    expect(pushEntries(instance).slice(2).map((r) => [r.connection, JSON.parse(r.payload).event, JSON.parse(r.payload).plan.name])).toEqual([
      [first, 'incident.updated', 'B all high'],
      [second, 'incident.updated', 'C second'],
    ]);
  });

  test('an invalid plan condition matches nothing and says so in the integration log', () => {
    const { instance } = pushInstance();
    const hook = addWebhook(instance);
    addPlan(instance, { name: 'Broken', condition: 'no_such_field=1', target_connection: hook });
    const incident = createIncident({ impact: '1', urgency: '1' });
    expect(pushEntries(instance)).toEqual([]);
    expect(instance.db.rows(LOG_TABLE).map((r) => [r.direction, r.outcome, r.connection, r.incident, r.error.indexOf('Response plan "Broken"') === 0])).toEqual([
      ['internal', 'skipped', hook, incident, true],
    ]);
  });
});
