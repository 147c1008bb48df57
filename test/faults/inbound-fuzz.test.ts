// The inbound fuzz (npm run faults prints the same figures): every inbound route of the built app receives seeded
// malformed requests, from permitted callers (so the refusal must come from input validation) and some that are not.
// Every answer is a 4xx in ServiceNow's error JSON; no record changes (integration log rows aside).
import { fuzzFailed, runInboundFuzz } from '../../sandbox/faults/inbound-fuzz';
import { routeSpecs } from '../../sandbox/faults/malformed-requests';
import { builtApp } from '../support/appInstance';

const report = runInboundFuzz({ app: builtApp(), seed: 11 });

test('at least 500 malformed inputs, every inbound route covered', () => {
  expect(report.inputs).toBeGreaterThanOrEqual(500);
  expect(Object.keys(report.routes).sort()).toEqual(routeSpecs().map((spec) => spec.route).sort());
  for (const route of Object.keys(report.routes)) expect(report.routes[route].inputs).toBeGreaterThanOrEqual(20);
});

test('every answer is a 4xx in ServiceNow error format: zero 5xx, zero 2xx', () => {
  expect(report.findings.filter((f) => f.status < 400 || f.status >= 500)).toEqual([]);
  expect(report.byClass).toEqual({ '4xx': report.inputs });
  expect(report.badErrorFormat).toBe(0);
});

test('zero records inserted, updated or deleted; refusals are logged', () => {
  expect(report.findings.filter((f) => f.changes.length > 0)).toEqual([]);
  expect(report.records).toEqual({ inserted: 0, updated: 0, deleted: 0 });
  // every refusal of the hook route writes one integration log row
  expect(report.logRowsAdded).toBeGreaterThan(0);
  expect(fuzzFailed(report)).toBe(false);
});

test('the refusals are the specific ones, not one catch-all status', () => {
  const statuses = new Set<string>();
  for (const route of Object.keys(report.routes)) for (const status of Object.keys(report.routes[route].byStatus)) statuses.add(status);
  for (const status of ['400', '401', '403', '404', '405', '409', '413', '415']) expect(statuses).toContain(status);
});
