// Rate limits end to end (installed capture rule, event, script actions and includes, the Azure DevOps fake): a 429
// or 503 with Retry-After pauses the WHOLE connection (every incident's entries wait, none is sent inside the
// window), delivery resumes when the window ends through the scheduled resume event, and near the limit requests are
// spaced so the limit is never hit.
import { CONNECTION_TABLE } from '../../../src/app/core/tables';
import OutboxDispatcher from '../../../src/app/outbox/OutboxDispatcher';
import { SyncBed, insertIncident, outboxRows, startBed, updateIncident } from '../azure-devops/adoSyncFixture';

declare const gs: { setProperty(name: string, value: string): void };

let bed: SyncBed;
afterEach(() => bed && bed.fake.stop());

/** Times (instance clock) at which the fake received each Azure DevOps request. */
function recordRequestTimes(): number[] {
  const times: number[] = [];
  const original = bed.fake.handleSync;
  (bed.fake as any).handleSync = (request: any) => {
    times.push(bed.instance.clock.now());
    return original(request);
  };
  return times;
}

function connectionRow() {
  return bed.instance.db.get(CONNECTION_TABLE, bed.connection)!;
}

function resumeEvents() {
  return bed.instance.db.rows('sysevent', 'name=x_incb_bridge.connection.resume^ORDERBYprocess_on');
}

const at = (ms: number) => new Date(ms).toISOString().replace('T', ' ').substring(0, 19);

describe('a Retry-After window pauses the whole connection', () => {
  test('429 on one incident: the others wait without a request; all go out when the window ends', async () => {
    bed = await startBed();
    const start = bed.instance.clock.now();
    const times = recordRequestTimes();
    bed.fake.addFault({ mode: 'status', status: 429, retryAfterSeconds: 120 });
    insertIncident({ short_description: 'First', priority: '1' });
    insertIncident({ short_description: 'Second', priority: '1' });
    insertIncident({ short_description: 'Third', priority: '1' });
    bed.instance.processEvents();

    // One request: the 429. The other two were held back before sending, which costs them no attempt.
    expect(times).toEqual([start]);
    const [first, second, third] = outboxRows(bed);
    expect(first).toMatchObject({ state: 'queued', attempts: '1' });
    for (const held of [second, third]) {
      expect(held).toMatchObject({ state: 'queued', attempts: '0', next_attempt_at: at(start + 120000) });
      expect(held.last_error).toContain('rate-limits this connection until ' + at(start + 120000));
    }
    expect(connectionRow().rate_limited_until).toBe(at(start + 120000));
    expect(resumeEvents().map((e) => [e.parm1, e.process_on, e.state])).toEqual([[bed.connection, at(start + 120000), 'ready']]);

    // One second before the end: neither the sweep nor a new save sends anything.
    bed.instance.clock.set(start + 119000);
    new OutboxDispatcher().sweep();
    insertIncident({ short_description: 'Fourth', priority: '1' });
    bed.instance.processEvents();
    expect(times).toHaveLength(1);

    // The resume event fires at the end of the window and delivers everything.
    bed.instance.clock.set(start + 120000);
    bed.instance.processEvents();
    expect(outboxRows(bed).map((r) => r.state)).toEqual(['sent', 'sent', 'sent', 'sent']);
    expect(times.slice(1).every((t) => t >= start + 120000)).toBe(true);
    expect(bed.fake.state().workItems).toBe(4);
    expect(bed.fake.validationFailures).toEqual([]);
  });

  test('503 with Retry-After as an HTTP-date pauses until that date', async () => {
    bed = await startBed();
    const start = bed.instance.clock.now();
    const times = recordRequestTimes();
    const original = bed.fake.handleSync;
    let answered = false;
    (bed.fake as any).handleSync = (request: any) => {
      if (!answered) {
        answered = true;
        times.push(bed.instance.clock.now());
        return { status: 503, headers: { 'Retry-After': 'Sun, 22 Nov 2026 10:05:00 GMT' }, body: 'Service Unavailable' };
      }
      return original(request);
    };
    insertIncident({ short_description: 'First', priority: '1' });
    insertIncident({ short_description: 'Second', priority: '1' });
    bed.instance.processEvents();
    expect(connectionRow().rate_limited_until).toBe('2026-11-22 10:05:00');
    expect(times).toHaveLength(1);
    bed.instance.clock.set(Date.UTC(2026, 10, 22, 10, 5, 0));
    bed.instance.processEvents();
    expect(outboxRows(bed).map((r) => r.state)).toEqual(['sent', 'sent']);
    expect(start).toBe(Date.UTC(2026, 10, 22, 10, 0, 0));
  });

  test('a window ending mid-second is rounded up: the next request never comes early', async () => {
    bed = await startBed();
    bed.instance.clock.set(Date.UTC(2026, 10, 22, 10, 0, 0) + 400);
    (global as any).gs.setProperty('x_incb_bridge.rate_limit.slow_down_below', '0');
    bed.fake.setRateLimit({ limit: 1, refillPerSecond: 0.4 });
    insertIncident({ short_description: 'First', priority: '1' });
    insertIncident({ short_description: 'Second', priority: '1' });
    bed.instance.processEvents();
    // The second request met the empty bucket: 429, Retry-After 3 (2.5 s rounded up by Azure DevOps), from 10:00:00.4
    const limited = connectionRow().rate_limited_until;
    expect(limited).toBe('2026-11-22 10:00:04');
    bed.instance.clock.set(Date.UTC(2026, 10, 22, 10, 0, 3, 999));
    bed.instance.processEvents();
    expect(outboxRows(bed).filter((r) => r.state === 'sent')).toHaveLength(1);
    bed.instance.clock.set(Date.UTC(2026, 10, 22, 10, 0, 4));
    bed.instance.processEvents();
    expect(outboxRows(bed).map((r) => r.state)).toEqual(['sent', 'sent']);
  });
});

test('a pause another worker records while this delivery is under way holds its next request', async () => {
  bed = await startBed();
  const id = insertIncident({ short_description: 'Disk full', priority: '1' });
  bed.instance.processEvents();
  updateIncident(id, { short_description: 'Disk full on db01', work_notes: 'Freed 20 GB' });
  const start = bed.instance.clock.now();
  const original = bed.fake.handleSync;
  (bed.fake as any).handleSync = (request: any) => {
    const answer = original(request);
    // Right after the PATCH, another node meets a 429 and records the window on the connection.
    if (request.method === 'PATCH') setLimited(at(start + 60000));
    return answer;
  };
  bed.instance.processEvents();
  (bed.fake as any).handleSync = original;
  expect(bed.fake.requests.map((r) => r.method)).toEqual(['POST', 'PATCH']);
  expect(outboxRows(bed)[1]).toMatchObject({ state: 'queued', attempts: '0', next_attempt_at: at(start + 60000) });
  bed.instance.clock.set(start + 60000);
  new OutboxDispatcher().sweep();
  expect(bed.fake.requests.map((r) => r.method)).toEqual(['POST', 'PATCH', 'POST']);
  expect(outboxRows(bed).map((r) => r.state)).toEqual(['sent', 'sent']);
});

function setLimited(until: string) {
  const gr = new (global as any).GlideRecord(CONNECTION_TABLE);
  gr.get(bed.connection);
  gr.setValue('rate_limited_until', until);
  gr.update();
}

describe('slowing down before the limit', () => {
  test('a backlog drains at the rate the limit refills, without a single 429', async () => {
    bed = await startBed();
    gs.setProperty('x_incb_bridge.rate_limit.slow_down_below', '5');
    // 10 TSTUs, one back per second, X-RateLimit-Remaining once 5 or fewer are left.
    bed.fake.setRateLimit({ limit: 10, refillPerSecond: 1, warnBelow: 5 });
    const start = bed.instance.clock.now();
    const times = recordRequestTimes();
    for (let i = 0; i < 20; i++) insertIncident({ short_description: 'Backlog ' + i, priority: '1' });
    // Time moves on only when nothing is due now: the next scheduled event.
    for (let guard = 0; guard < 100 && outboxRows(bed).some((r) => r.state !== 'sent'); guard++) {
      bed.instance.processEvents();
      const next = bed.instance.db.rows('sysevent', 'state=ready^ORDERBYprocess_on')[0];
      if (next) bed.instance.clock.set(Math.max(bed.instance.clock.now(), Date.parse(next.process_on.replace(' ', 'T') + 'Z')));
    }
    expect(outboxRows(bed).every((r) => r.state === 'sent')).toBe(true);
    expect(bed.fake.requests.filter((r) => r.status === 429)).toEqual([]);
    expect(bed.fake.state().workItems).toBe(20);
    // 20 requests against 10 TSTUs refilling at 1/s take at least 10 s; spacing keeps it close to that.
    const drain = times[times.length - 1] - start;
    expect(drain).toBeGreaterThanOrEqual(10000);
    expect(drain).toBeLessThanOrEqual(20000);
    expect(Number(connectionRow().rate_limit_remaining)).toBeLessThan(5);
  });

  test('without the X-RateLimit headers nothing slows down', async () => {
    bed = await startBed();
    for (let i = 0; i < 5; i++) insertIncident({ short_description: 'Fast ' + i, priority: '1' });
    bed.instance.processEvents();
    expect(outboxRows(bed).every((r) => r.state === 'sent')).toBe(true);
    expect(connectionRow()).toMatchObject({ rate_limited_until: '', rate_limit_remaining: '' });
    expect(resumeEvents()).toEqual([]);
  });
});
