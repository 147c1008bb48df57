// The fault run at a small scale (npm run faults runs it bigger): the built app in an emulated instance against the
// Azure DevOps fake through 5xx storms, 429 windows, throttling, timeouts, resets, malformed answers, creates that
// time out after Azure DevOps made the item, 412 conflicts, workers dying mid-send and a proxy that echoes
// credentials. Whatever the faults, once they stop: nothing lost, nothing duplicated, nothing sent inside a
// Retry-After window, nothing the spec refuses, and no secret in the log or the outbox.
import { runFaultScenario, runThrottledBacklog } from '../../sandbox/faults/fault-scenario';
import { createAdoRequestValidator } from '@incb/ado-fake/spec';
import { builtApp } from '../support/appInstance';

const validator = createAdoRequestValidator();

test('faults of every kind: zero lost, zero duplicates, zero requests inside a window, zero secrets', async () => {
  const report = await runFaultScenario({ app: builtApp(), seed: 7, incidents: 25, activeMinutes: 20, faultEverySeconds: 45, drainMinutes: 300, validator });
  expect(report.audit.changesMade).toBeGreaterThan(50);
  expect(report.audit.lostDetail).toEqual([]);
  expect(report.audit).toMatchObject({ lost: 0, duplicates: 0, deadEntries: 0 });
  expect(report.audit.changesDelivered).toBe(report.audit.changesMade);
  expect(report.wire.insideWindow).toBe(0);
  expect(report.validationFailures).toBe(0);
  expect(report.secrets.hits).toEqual([]);
  expect(report.secrets.rowsScanned).toBeGreaterThan(100);
  // every kind was planned, and requests met them (a malformed answer is not always met at this scale; the
  // no-loss tests cover it on its own)
  expect(Object.keys(report.faults).sort()).toEqual(['conflict412', 'createThenTimeout', 'malformed', 'proxyEcho', 'reset', 'retryAfter429', 'storm5xx', 'throttle', 'timeout', 'workerDies']);
  for (const met of ['status 429', 'reset', 'delay', 'createThenTimeout', '412 conflict', 'worker died', 'proxy echoed credentials']) expect(report.faultHits[met]).toBeGreaterThan(0);
  expect((report.faultHits['status 500'] || 0) + (report.faultHits['status 502'] || 0) + (report.faultHits['status 503'] || 0)).toBeGreaterThan(0);
  expect(report.wire.windows).toBeGreaterThan(0);
  expect(report.outboxStates.queued || 0).toBe(0);
}, 120000);

test('a throttled backlog drains close to the least time the rate limit allows, without a 429', async () => {
  const report = await runThrottledBacklog({ app: builtApp(), incidents: 40, limit: 10, refillPerSecond: 1, validator });
  expect(report.allSent).toBe(true);
  expect(report.throttled429).toBe(0);
  expect(report.insideWindow).toBe(0);
  expect(report.validationFailures).toBe(0);
  expect(report.drainSeconds).toBeGreaterThanOrEqual(report.minimumSeconds);
  expect(report.drainSeconds).toBeLessThanOrEqual(report.minimumSeconds * 2);
}, 120000);
