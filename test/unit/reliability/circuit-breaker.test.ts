// The circuit breaker end to end (installed rules, events, includes; the Azure DevOps fake): N deliveries failing
// in a row because Azure DevOps is down open the circuit: the connection pauses for the cool-down (health degraded),
// then exactly ONE delivery probes; success closes it, failure opens it again. Refusals (4xx) are not outages.
import { CONNECTION_TABLE } from '../../../src/app/core/tables';
import { ConnectionGate } from '../../../src/app/reliability/connectionGate';
import { SyncBed, insertIncident, outboxRows, startBed } from '../azure-devops/adoSyncFixture';

declare const gs: { setProperty(name: string, value: string): void };

let bed: SyncBed;
afterEach(() => bed && bed.fake.stop());

const at = (ms: number) => new Date(ms).toISOString().replace('T', ' ').substring(0, 19);

function connectionRow() {
  return bed.instance.db.get(CONNECTION_TABLE, bed.connection)!;
}

/** A bed whose circuit opens after 3 failed deliveries and cools down for 60 s; returns the start time. */
async function circuitBed(): Promise<number> {
  bed = await startBed();
  gs.setProperty('x_incb_bridge.circuit.failure_threshold', '3');
  gs.setProperty('x_incb_bridge.circuit.cooldown_seconds', '60');
  return bed.instance.clock.now();
}

test('three outages in a row open the circuit; nothing is sent during the cool-down; one probe closes it', async () => {
  const start = await circuitBed();
  bed.fake.addFault({ mode: 'status', status: 503, count: 3 });
  for (let i = 0; i < 5; i++) insertIncident({ short_description: 'Outage ' + i, priority: '1' });
  bed.instance.processEvents();

  // Three deliveries met the outage; the fourth and fifth were held back by the open circuit, without a request.
  expect(bed.fake.requests.map((r) => r.status)).toEqual([503, 503, 503]);
  expect(connectionRow()).toMatchObject({ consecutive_failures: '3', circuit_open_until: at(start + 60000), circuit_probe_token: '', health_status: 'degraded' });
  expect(connectionRow().health_error).toContain('after 3 failed in a row');
  const states = outboxRows(bed).map((r) => [r.state, r.attempts]);
  expect(states).toEqual([['queued', '1'], ['queued', '1'], ['queued', '1'], ['queued', '0'], ['queued', '0']]);
  expect(outboxRows(bed)[4].last_error).toContain('circuit breaker');

  // The cool-down ends: the resume event sends ONE probe first; it succeeds, the circuit closes, and everything due
  // follows (the three retries came due during the cool-down; their creates met a 503, so each first looks for a
  // work item the lost create might have made: WIQL, then the create).
  bed.instance.clock.set(start + 60000);
  bed.instance.processEvents();
  expect(connectionRow()).toMatchObject({ consecutive_failures: '0', circuit_open_until: '', circuit_probe_token: '' });
  const after = bed.fake.requests.slice(3);
  expect(after.every((r) => r.status === 200)).toBe(true);
  expect(after.filter((r) => /\/wiql$/.test(r.path))).toHaveLength(3);
  expect(after.filter((r) => /\/workitems\/\$Task$/.test(r.path))).toHaveLength(5);
  expect(outboxRows(bed).every((r) => r.state === 'sent')).toBe(true);
  expect(bed.fake.state().workItems).toBe(5);
});

test('a failed probe opens the circuit for another cool-down, with exactly one request', async () => {
  const start = await circuitBed();
  bed.fake.addFault({ mode: 'reset', count: 4 });
  for (let i = 0; i < 4; i++) insertIncident({ short_description: 'Down ' + i, priority: '1' });
  bed.instance.processEvents();
  expect(bed.fake.requests).toHaveLength(3);
  bed.instance.clock.set(start + 60000);
  bed.instance.processEvents();
  // one probe, no answer: open again until a cool-down after the probe
  expect(bed.fake.requests).toHaveLength(4);
  expect(connectionRow()).toMatchObject({ consecutive_failures: '4', circuit_open_until: at(start + 120000) });
  bed.instance.clock.set(start + 120000);
  bed.instance.processEvents();
  expect(connectionRow()).toMatchObject({ consecutive_failures: '0', circuit_open_until: '' });
});

test('refusals (4xx) are answers, not outages: they reset the count', async () => {
  await circuitBed();
  gs.setProperty('x_incb_bridge.circuit.failure_threshold', '10');
  bed.fake.addFault({ mode: 'status', status: 502, count: 100 });
  insertIncident({ short_description: 'A', priority: '1' });
  bed.instance.processEvents();
  // 1, or a few more when the jittered backoff came to under a second and the dispatch retried at once
  const failures = Number(connectionRow().consecutive_failures);
  expect(failures).toBeGreaterThan(0);
  expect(failures).toBe(bed.fake.requests.length);
  bed.fake.clearFaults();
  bed.fake.addFault({ mode: 'status', status: 400, count: 1 });
  insertIncident({ short_description: 'C', priority: '1' });
  bed.instance.processEvents();
  expect(outboxRows(bed)[1].state).toBe('failed');
  expect(connectionRow()).toMatchObject({ consecutive_failures: '0', circuit_open_until: '' });
});

test('half-open: of two deliveries admitted at the same moment exactly one is the probe', async () => {
  const start = await circuitBed();
  const GlideRecord = (global as any).GlideRecord;
  const gr = new GlideRecord(CONNECTION_TABLE);
  gr.get(bed.connection);
  gr.setValue('consecutive_failures', '7');
  gr.setValue('circuit_open_until', at(start - 1000));
  gr.update();
  const first = new ConnectionGate(bed.connection);
  const second = new ConnectionGate(bed.connection);
  const answers = [first.admit(), second.admit()];
  expect(answers.map((a) => a.go)).toEqual([true, false]);
  // the probe holds the circuit shut for the others until it reports (at most the outbox claim timeout)
  expect(answers[1].reason).toContain('circuit breaker');
  expect(connectionRow().circuit_open_until).toBe(at(start + 300000));
  expect(connectionRow().circuit_probe_token).toMatch(/^[0-9a-f]{32}$/);
});

test('an admin clearing circuit_open_until lets the next delivery probe at once', async () => {
  const start = await circuitBed();
  bed.fake.addFault({ mode: 'status', status: 500, count: 3 });
  for (let i = 0; i < 3; i++) insertIncident({ short_description: 'X ' + i, priority: '1' });
  bed.instance.processEvents();
  expect(connectionRow().circuit_open_until).toBe(at(start + 60000));
  const GlideRecord = (global as any).GlideRecord;
  const gr = new GlideRecord(CONNECTION_TABLE);
  gr.get(bed.connection);
  gr.setValue('circuit_open_until', '');
  gr.update();
  insertIncident({ short_description: 'After the fix', priority: '1' });
  bed.instance.processEvents();
  expect(outboxRows(bed)[3].state).toBe('sent');
  expect(connectionRow().consecutive_failures).toBe('0');
});
