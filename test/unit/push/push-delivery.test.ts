// Push delivery end to end inside the emulated instance: a save queues the entry, the installed event's script action
// runs the dispatcher, which hands push entries to PushSender; the request that leaves is checked here with Node's own
// HMAC (node:crypto), an implementation independent of the emulator's and the app's.
import crypto from 'node:crypto';
import { CONNECTION_TABLE, LOG_TABLE, OUTBOX_TABLE } from '../../../src/app/core/tables';
import { AGENT_API_BASE } from '../../../src/app/agent/incidentSummary';
import { HOOK_URL, SIGNING_KEY, START, addPlan, addWebhook, createIncident, pushEntries, pushInstance, updateIncident } from './pushHarness';

function header(headers: { [name: string]: string }, name: string): string {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? '' : headers[key];
}

/** What a receiver does: recompute the HMAC over "<timestamp>.<raw body>" and compare in constant time. */
function verifies(headers: { [name: string]: string }, body: string, key: string): boolean {
  const expected = 'v1=' + crypto.createHmac('sha256', key).update(header(headers, 'X-Incident-Bridge-Timestamp') + '.' + body, 'utf8').digest('hex');
  const given = header(headers, 'X-Incident-Bridge-Signature');
  return given.length === expected.length && crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

function setUp() {
  const { instance, http } = pushInstance();
  const hook = addWebhook(instance);
  addPlan(instance, { target_connection: hook });
  return { instance, http, hook };
}

describe('signed push delivery', () => {
  test('incident.matched goes out as one signed JSON POST that an independent HMAC verifies; the entry is sent', () => {
    const { instance, http, hook } = setUp();
    const incident = createIncident({ impact: '1', urgency: '1' });
    const entry = pushEntries(instance)[0];
    instance.clock.advance(7000);
    instance.processEvents();
    expect(http.requests).toHaveLength(1);
    const request = http.requests[0];
    expect([request.method, request.url]).toEqual(['POST', HOOK_URL]);
    expect(header(request.headers, 'Content-Type')).toBe('application/json');
    expect(header(request.headers, 'X-Incident-Bridge-Event')).toBe('incident.matched');
    expect(header(request.headers, 'X-Incident-Bridge-Timestamp')).toBe(String(START / 1000 + 7));
    expect(header(request.headers, 'X-Incident-Bridge-Delivery')).toBe(entry.sys_id);
    expect(header(request.headers, 'X-Incident-Bridge-Signature')).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(verifies(request.headers, request.body, SIGNING_KEY)).toBe(true);
    // any change to the body, the timestamp or the key breaks it
    expect(verifies(request.headers, request.body.replace('502', '503'), SIGNING_KEY)).toBe(false);
    expect(verifies({ ...request.headers, 'X-Incident-Bridge-Timestamp': String(START / 1000 + 8) }, request.body, SIGNING_KEY)).toBe(false);
    expect(verifies(request.headers, request.body, SIGNING_KEY + 'x')).toBe(false);
    const row = instance.db.get('incident', incident)!;
    expect(JSON.parse(request.body)).toEqual({
      event: 'incident.matched',
      occurred_at: '2026-11-22T10:00:00Z',
      plan: { name: 'Critical', autonomy: 'autonomous' },
      incident: {
        sys_id: incident, number: row.number, short_description: 'Checkout API returns 502',
        state: { value: '1', display_value: 'New' }, priority: { value: '1', display_value: '1 - Critical' },
        impact: { value: '1', display_value: '1 - High' }, urgency: { value: '1', display_value: '1 - High' },
        assignment_group: { value: '', display_value: '' }, assigned_to: { value: '', display_value: '' },
        opened_at: '2026-11-22T10:00:00Z', updated_at: '2026-11-22T10:00:00Z',
        links: { self: `${AGENT_API_BASE}/incidents/${incident}`, ui: expect.stringContaining(`incident.do?sys_id=${incident}`) },
      },
    });
    expect(instance.db.get(OUTBOX_TABLE, entry.sys_id)).toMatchObject({ state: 'sent', attempts: '1' });
    const log = instance.db.rows(LOG_TABLE, 'direction=outbound');
    expect(log.map((r) => [r.outcome, r.operation, r.http_status, r.connection, r.incident, r.outbox, r.endpoint])).toEqual([['success', 'push', '202', hook, incident, entry.sys_id, HOOK_URL]]);
    expect(log[0].request_headers).toContain('X-Incident-Bridge-Signature: [REDACTED]');
    expect(JSON.stringify(instance.db.rows(LOG_TABLE))).not.toContain(SIGNING_KEY);
  });

  test('the signature is over the exact UTF-8 body, non-ASCII text included', () => {
    const { instance, http } = setUp();
    createIncident({ impact: '1', urgency: '1', short_description: 'Zahlungsausfall – Kasse “EU” 💳' });
    instance.processEvents();
    expect(JSON.parse(http.requests[0].body).incident.short_description).toBe('Zahlungsausfall – Kasse “EU” 💳');
    expect(verifies(http.requests[0].headers, http.requests[0].body, SIGNING_KEY)).toBe(true);
  });

  test('updated and resolved follow while linked, each its own delivery with its own id', () => {
    const { instance, http } = setUp();
    const incident = createIncident({ impact: '1', urgency: '1' });
    instance.processEvents();
    updateIncident(incident, { work_notes: 'rolling back' });
    instance.processEvents();
    updateIncident(incident, { state: '6', close_code: 'Solution provided', close_notes: 'rolled back' });
    instance.processEvents();
    expect(http.requests.map((r) => [header(r.headers, 'X-Incident-Bridge-Event'), JSON.parse(r.body).incident.state.value])).toEqual([
      ['incident.matched', '1'], ['incident.updated', '1'], ['incident.resolved', '6'],
    ]);
    expect(new Set(http.requests.map((r) => header(r.headers, 'X-Incident-Bridge-Delivery'))).size).toBe(3);
    expect(http.requests.every((r) => verifies(r.headers, r.body, SIGNING_KEY))).toBe(true);
  });

  test('a burst of saves before delivery is one POST: matched wins, latest values, the newest entry as delivery id', () => {
    const { instance, http } = setUp();
    const incident = createIncident({ impact: '1', urgency: '1' });
    updateIncident(incident, { short_description: 'Checkout down in EU' });
    updateIncident(incident, { state: '6', close_code: 'Solution provided', close_notes: 'n' });
    const entries = pushEntries(instance);
    expect(entries.map((e) => JSON.parse(e.payload).event)).toEqual(['incident.matched', 'incident.updated', 'incident.resolved']);
    instance.processEvents();
    expect(http.requests).toHaveLength(1);
    const body = JSON.parse(http.requests[0].body);
    expect([body.event, body.incident.short_description, body.incident.state.value]).toEqual(['incident.matched', 'Checkout down in EU', '6']);
    expect(header(http.requests[0].headers, 'X-Incident-Bridge-Delivery')).toBe(entries[2].sys_id);
    expect(pushEntries(instance).map((e) => e.state)).toEqual(['sent', 'sent', 'sent']);
  });

  test('a 503 is retried later with the same delivery id; Retry-After is honoured; then it is sent', () => {
    const { instance, http } = setUp();
    http.answers = [{ status: 503, headers: { 'retry-after': '120' }, body: 'busy' }, { status: 200, headers: {}, body: '' }];
    createIncident({ impact: '1', urgency: '1' });
    instance.processEvents();
    const entry = pushEntries(instance)[0];
    expect(entry).toMatchObject({ state: 'queued', attempts: '1', last_error: 'The webhook answered HTTP 503' });
    expect(entry.next_attempt_at >= '2026-11-22 10:02:00').toBe(true);
    instance.clock.advance(3600 * 1000);
    new (global as any).OutboxDispatcher().sweep();
    expect(http.requests).toHaveLength(2);
    expect(header(http.requests[1].headers, 'X-Incident-Bridge-Delivery')).toBe(header(http.requests[0].headers, 'X-Incident-Bridge-Delivery'));
    // a retry is signed afresh, at its own time
    expect(header(http.requests[1].headers, 'X-Incident-Bridge-Timestamp')).not.toBe(header(http.requests[0].headers, 'X-Incident-Bridge-Timestamp'));
    expect(verifies(http.requests[1].headers, http.requests[1].body, SIGNING_KEY)).toBe(true);
    expect(pushEntries(instance)[0]).toMatchObject({ state: 'sent', attempts: '2' });
  });

  test('a 400 from the receiver fails the entry for good', () => {
    const { instance, http, hook } = setUp();
    http.answers = [{ status: 400, headers: {}, body: '{"error":"bad signature"}' }];
    createIncident({ impact: '1', urgency: '1' });
    instance.processEvents();
    expect(pushEntries(instance)[0]).toMatchObject({ state: 'failed', last_error: 'The webhook answered HTTP 400' });
    expect(instance.db.rows(LOG_TABLE, 'direction=outbound')[0].outcome).toBe('failure');
    expect(instance.db.get(CONNECTION_TABLE, hook)!.health_status).toBe('unknown');
  });

  test('an accepted push turns the webhook connection\'s unknown health into healthy', () => {
    const { instance, hook } = setUp();
    expect(instance.db.get(CONNECTION_TABLE, hook)!.health_status).toBe('unknown');
    createIncident({ impact: '1', urgency: '1' });
    instance.processEvents();
    expect(pushEntries(instance)[0].state).toBe('sent');
    expect(instance.db.get(CONNECTION_TABLE, hook)).toMatchObject({ health_status: 'healthy', health_error: '' });
  });

  test('without a signing key nothing is sent: the entry fails and says why', () => {
    const { instance, http } = pushInstance();
    addPlan(instance, { target_connection: addWebhook(instance, { signing_key: '' }) });
    createIncident({ impact: '1', urgency: '1' });
    instance.processEvents();
    expect(http.requests).toEqual([]);
    expect(pushEntries(instance)[0]).toMatchObject({ state: 'failed', last_error: 'The webhook connection SRE agent has no signing key; pushes are only sent signed' });
  });

  test('a connection switched off after the entry was queued skips it, sending nothing', () => {
    const { instance, http, hook } = setUp();
    createIncident({ impact: '1', urgency: '1' });
    const gr = new (global as any).GlideRecord('x_incb_bridge_connection');
    gr.get(hook);
    gr.setValue('active', false);
    gr.update();
    instance.processEvents();
    expect(http.requests).toEqual([]);
    expect(pushEntries(instance)[0]).toMatchObject({ state: 'skipped', last_error: 'The webhook connection SRE agent is inactive' });
  });
});
