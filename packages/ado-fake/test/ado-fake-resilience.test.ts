// Auth, rate limiting and injected faults: what a client's retry and reconciliation logic must survive.
import { AdoFake, AdoFakeState, startAdoFake } from '..';
import { createAdoRequestValidator } from '../spec';
import { basicAuth, call, createWorkItem } from '../test-client';

const validator = createAdoRequestValidator();
let fake: AdoFake;
let nowMs: number;

beforeEach(async () => {
  nowMs = Date.UTC(2024, 4, 1, 12);
  fake = await startAdoFake({
    validator,
    now: () => nowMs,
    users: [
      { displayName: 'Sync Service', uniqueName: 'sync@fabrikam.example', pat: 'pat-1' },
      { displayName: 'Entra App', uniqueName: 'app@fabrikam.example', bearerToken: 'entra-token' },
    ],
  });
});
afterEach(() => fake.stop());

const get = (auth?: string | null) => call(fake, 'GET', '/_apis/wit/workitems/1?api-version=7.1', { auth });

describe('authentication', () => {
  it('answers 401 with WWW-Authenticate to a missing or wrong credential; only a missing one breaks the spec', async () => {
    for (const auth of [basicAuth('wrong'), 'Bearer wrong', null]) {
      const r = await get(auth);
      expect(r.status).toBe(401);
      expect(r.headers.get('www-authenticate')).toMatch(/Bearer.*Basic/);
    }
    expect(fake.validationFailures).toEqual([expect.objectContaining({ errors: [expect.stringMatching(/^security:/)] })]);
  });

  it('accepts a PAT as Basic with an empty or any user name, and a configured Bearer token', async () => {
    expect((await get(basicAuth('pat-1'))).status).toBe(404);
    expect((await get(basicAuth('pat-1', 'anything'))).status).toBe(404);
    const created = await createWorkItemAs('Bearer entra-token');
    expect(created.json.fields['System.CreatedBy'].uniqueName).toBe('app@fabrikam.example');
  });
});

function createWorkItemAs(auth: string) {
  return call(fake, 'POST', '/_apis/wit/workitems/$Task?api-version=7.1', {
    auth,
    contentType: 'application/json-patch+json',
    body: [{ op: 'add', path: '/fields/System.Title', value: 'x' }],
  });
}

describe('rate limiting', () => {
  it('warns near the limit, then blocks with 429 and the X-RateLimit headers, then recovers', async () => {
    fake.setRateLimit({ limit: 3, refillPerSecond: 0.5, warnBelow: 1, resource: 'ATCPU' });
    const auth = basicAuth('pat-1');
    const first = await get(auth);
    expect(first.headers.get('x-ratelimit-remaining')).toBeNull();
    const second = await get(auth);
    expect(second.headers.get('x-ratelimit-remaining')).toBe('1');
    expect(second.headers.get('x-ratelimit-limit')).toBe('3');
    await get(auth);
    const blocked = await get(auth);
    expect(blocked.status).toBe(429);
    expect(blocked.json.message).toMatch(/^TF400733: The request has been canceled/);
    expect(Object.fromEntries(['retry-after', 'x-ratelimit-resource', 'x-ratelimit-delay', 'x-ratelimit-limit', 'x-ratelimit-remaining'].map((h) => [h, blocked.headers.get(h)]))).toEqual({
      'retry-after': '2',
      'x-ratelimit-resource': 'ATCPU',
      'x-ratelimit-delay': '2.000',
      'x-ratelimit-limit': '3',
      'x-ratelimit-remaining': '0',
    });
    expect(Number(blocked.headers.get('x-ratelimit-reset'))).toBe(Math.ceil(nowMs / 1000 + 6));
    nowMs += 2000;
    expect((await get(auth)).status).toBe(404);
  });

  it('is driven through the control endpoint too', async () => {
    const put = await fetch(`${fake.url}/_fake/rate-limit`, { method: 'PUT', body: JSON.stringify({ limit: 1, refillPerSecond: 0.1 }) });
    expect(put.status).toBe(200);
    await get(basicAuth('pat-1'));
    expect((await get(basicAuth('pat-1'))).status).toBe(429);
    await fetch(`${fake.url}/_fake/rate-limit`, { method: 'DELETE' });
    expect((await get(basicAuth('pat-1'))).status).toBe(404);
  });
});

describe('faults', () => {
  const auth = basicAuth('pat-1');
  const create = (signal?: AbortSignal, parse?: boolean) =>
    call(fake, 'POST', '/_apis/wit/workitems/$Task?api-version=7.1', { auth, signal, parse, contentType: 'application/json-patch+json', body: [{ op: 'add', path: '/fields/System.Title', value: 'x' }] });

  it('status: answers the status (with Retry-After) for the next N matching requests only, processing nothing', async () => {
    fake.addFault({ mode: 'status', status: 503, retryAfterSeconds: 7, count: 2, method: 'POST' });
    expect((await get(auth)).status).toBe(404);
    const first = await create();
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('7');
    expect((await create()).status).toBe(503);
    expect(fake.workItem(1)).toBeUndefined();
    expect((await create()).status).toBe(200);
    expect(fake.requests.map((r) => r.fault)).toEqual([undefined, 'status', 'status', undefined]);
  });

  it('still validates faulted and throttled requests, so a bad one is counted whatever the answer', async () => {
    fake.addFault({ mode: 'status', status: 502 });
    const bad = await call(fake, 'POST', '/_apis/wit/workitems/$Task?api-version=7.1', { auth, contentType: 'application/json', body: [{ op: 'add', path: '/fields/System.Title', value: 'x' }] });
    expect(bad.status).toBe(502);
    expect(fake.validationFailures).toEqual([expect.objectContaining({ method: 'POST', status: 415 })]);
  });

  it('reset: destroys the connection, nothing is created', async () => {
    fake.addFault({ mode: 'reset' });
    await expect(create()).rejects.toThrow();
    expect(fake.workItem(1)).toBeUndefined();
  });

  it('delay: a patient client gets its answer late; an impatient one gives up and nothing is created', async () => {
    fake.addFault({ mode: 'delay', delayMs: 150 });
    const started = Date.now();
    expect((await create()).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    fake.addFault({ mode: 'delay', delayMs: 300 });
    await expect(create(AbortSignal.timeout(50))).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(fake.workItem(2)).toBeUndefined();
  });

  it('malformed: the request is processed but the 200 body is not JSON', async () => {
    fake.addFault({ mode: 'malformed', pathContains: '/workitems/$' });
    const r = await create();
    expect(r.status).toBe(200);
    expect(() => JSON.parse(r.text)).toThrow();
    expect(fake.workItem(1)).toMatchObject({ id: 1 });
  });

  it('deeplyNested: the request is processed and the 200 body is valid JSON nested 200,000 levels deep', async () => {
    fake.addFault({ mode: 'deeplyNested', pathContains: '/workitems/$' });
    const r = await create(undefined, false);
    expect(r.status).toBe(200);
    expect(r.text).toBe('{"id": ' + '['.repeat(200000) + ']'.repeat(200000) + '}');
    expect(fake.workItem(1)).toMatchObject({ id: 1 });
  });

  it('createThenTimeout: the work item exists but the client never hears back', async () => {
    fake.addFault({ mode: 'createThenTimeout' });
    await expect(create(AbortSignal.timeout(200))).rejects.toThrow();
    expect(fake.workItem(1)).toMatchObject({ id: 1, fields: { 'System.Title': 'x' } });
    expect(fake.requests[0]).toMatchObject({ status: 0, fault: 'createThenTimeout' });
  });

  it('can be added, listed and cleared through the control endpoint', async () => {
    const added = await fetch(`${fake.url}/_fake/faults`, { method: 'POST', body: JSON.stringify({ mode: 'status', status: 500, count: 3 }) });
    expect(added.status).toBe(201);
    const state = (await (await fetch(`${fake.url}/_fake/state`)).json()) as AdoFakeState;
    expect(state.faults).toEqual([expect.objectContaining({ mode: 'status', status: 500, remaining: 3 })]);
    expect((await get(auth)).status).toBe(500);
    await fetch(`${fake.url}/_fake/faults`, { method: 'DELETE' });
    expect((await get(auth)).status).toBe(404);
    const bad = await fetch(`${fake.url}/_fake/faults`, { method: 'POST', body: JSON.stringify({ mode: 'explode' }) });
    expect(bad.status).toBe(400);
    expect(fake.requests.every((r) => !r.path.startsWith('/_fake'))).toBe(true);
  });
});
