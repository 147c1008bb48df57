// The fake's in-process entry (handleSync) runs the same pipeline as its HTTP server, so what unit tests see through
// it is what a client sees over the wire; faults that need a socket become transport failures (status 0).
import { AdoFake, startAdoFake } from '@incb/ado-fake';
import { createAdoRequestValidator } from '@incb/ado-fake/spec';
import { basicAuth, createWorkItem } from '@incb/ado-fake/test-client';

const validator = createAdoRequestValidator();
let fake: AdoFake;
beforeEach(async () => {
  fake = await startAdoFake({ validator });
});
afterEach(() => fake.stop());

function create(title = 'x', extra: { timeoutMs?: number; contentType?: string } = {}) {
  return fake.handleSync({
    method: 'POST',
    url: `${fake.organizationUrl}/${fake.project}/_apis/wit/workitems/$Task?api-version=7.1`,
    headers: { 'Content-Type': extra.contentType || 'application/json-patch+json', Authorization: basicAuth() },
    body: JSON.stringify([{ op: 'add', path: '/fields/System.Title', value: title }]),
    timeoutMs: extra.timeoutMs,
  });
}

test('serves, records and validates like the HTTP server, and both share one store', async () => {
  const answer = create('in process');
  expect(answer.status).toBe(200);
  expect(answer.headers['Content-Type']).toBe('application/json; charset=utf-8; api-version=7.1');
  expect(JSON.parse(answer.body)).toMatchObject({ id: 1, fields: { 'System.Title': 'in process' } });
  const overHttp = await createWorkItem(fake, 'Task', { 'System.Title': 'over HTTP' });
  expect(overHttp.json.id).toBe(2);
  expect(fake.requests.map((r) => [r.method, r.status, r.operationId])).toEqual([
    ['POST', 200, 'Work Items_Create'],
    ['POST', 200, 'Work Items_Create'],
  ]);
  expect(fake.validationFailures).toEqual([]);
});

test('a request the spec refuses is answered 415/400 and kept in validationFailures', () => {
  expect(create('x', { contentType: 'application/json' }).status).toBe(415);
  expect(fake.validationFailures).toEqual([expect.objectContaining({ method: 'POST', status: 415 })]);
});

test('authentication and the rate limiter apply', () => {
  const anonymous = fake.handleSync({ method: 'GET', url: `${fake.organizationUrl}/${fake.project}/_apis/wit/workitems/1?api-version=7.1` });
  expect(anonymous.status).toBe(401);
  expect(anonymous.headers['WWW-Authenticate']).toContain('Basic');
  fake.setRateLimit({ limit: 1, refillPerSecond: 0.01 });
  create();
  const blocked = create();
  expect(blocked.status).toBe(429);
  expect(blocked.headers['Retry-After']).toBe('100');
});

test('faults: status and malformed as on the wire; reset, createThenTimeout and a long delay as transport failures', () => {
  fake.addFault({ mode: 'status', status: 503, retryAfterSeconds: 3 });
  expect(create()).toMatchObject({ status: 503, headers: { 'Retry-After': '3' } });
  fake.addFault({ mode: 'malformed' });
  const malformed = create('malformed');
  expect(malformed.status).toBe(200);
  expect(() => JSON.parse(malformed.body)).toThrow();
  fake.addFault({ mode: 'reset' });
  expect(create('reset')).toMatchObject({ status: 0, errorMessage: expect.stringContaining('reset') });
  fake.addFault({ mode: 'createThenTimeout' });
  expect(create('ambiguous').status).toBe(0);
  fake.addFault({ mode: 'delay', delayMs: 5000 });
  expect(create('too slow', { timeoutMs: 1000 }).status).toBe(0);
  fake.addFault({ mode: 'delay', delayMs: 500 });
  expect(create('slow enough', { timeoutMs: 1000 }).status).toBe(200);
  const titles = [1, 2, 3, 4].map((id) => (fake.workItem(id) as any)?.fields['System.Title']);
  // malformed and createThenTimeout were processed; reset and the timed-out delay were not.
  expect(titles).toEqual(['malformed', 'ambiguous', 'slow enough', undefined]);
  expect(fake.requests.map((r) => r.fault)).toEqual(['status', 'malformed', 'reset', 'createThenTimeout', 'delay', 'delay']);
});

test('binary bodies go in and come out as base64', () => {
  const auth = { Authorization: basicAuth() };
  const upload = fake.handleSync({
    method: 'POST',
    url: `${fake.organizationUrl}/${fake.project}/_apis/wit/attachments?fileName=b.bin&api-version=7.1`,
    headers: { 'Content-Type': 'application/octet-stream', ...auth },
    bodyBase64: Buffer.from([0, 255, 1]).toString('base64'),
  });
  expect(upload.status).toBe(201);
  const download = fake.handleSync({ method: 'GET', url: JSON.parse(upload.body).url + '&api-version=7.1', headers: auth });
  expect(download.status).toBe(200);
  expect(download.bodyBase64).toBe(Buffer.from([0, 255, 1]).toString('base64'));
});

test('control endpoints answer in process too, unrecorded', () => {
  const state = fake.handleSync({ method: 'GET', url: '/_fake/state' });
  expect(JSON.parse(state.body).workItems).toBe(0);
  expect(fake.requests).toEqual([]);
});
