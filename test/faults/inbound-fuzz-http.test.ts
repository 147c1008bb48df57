// The inbound fuzz where the app really runs (npm run faults prints the same figures at full scale): the seeded
// malformed requests over real HTTP into a sandbox on the Rhino engine (the node engine, said loudly, where Rhino is
// missing). Every answer a 4xx in ServiceNow's error JSON, no record changed, per request and over the whole run, and
// no engine death: in process, Node copes with what kills Rhino.
import { httpFuzzFailed, HttpFuzzReport, runInboundFuzzOverHttp } from '../../sandbox/faults/inbound-fuzz-http';
import { routeSpecs } from '../../sandbox/faults/malformed-requests';
import { builtApp } from '../support/appInstance';
import { announceRhinoSkip } from '../unit/sandbox/rhinoOrSkip';

announceRhinoSkip('inbound fuzz over HTTP (runs on the node engine instead)');
let report: HttpFuzzReport;

beforeAll(async () => {
  report = await runInboundFuzzOverHttp({ app: builtApp(), seed: 11, scale: 0.3 });
}, 180000);

test('every route gets its inputs over HTTP, the engine-killing bodies included', () => {
  expect(Object.keys(report.routes).sort()).toEqual(routeSpecs().map((spec) => spec.route).sort());
  expect(report.inputs + report.skipped).toBeGreaterThanOrEqual(200);
  const hook = report.routes['POST /hooks/azure-devops/{connection}'];
  expect(hook.inputs).toBeGreaterThanOrEqual(15);
  expect(report.engine).toBe(report.engineFallback ? 'node' : 'rhino');
});

test('every answer is a 4xx in ServiceNow error format, nothing changed, the engine never died', () => {
  expect(report.findings).toEqual([]);
  expect(report.byClass).toEqual({ '4xx': report.inputs });
  expect(report.badErrorFormat).toBe(0);
  expect(report.records).toEqual({ inserted: 0, updated: 0, deleted: 0 });
  expect(report.wholeRun).toEqual({ inserted: 0, updated: 0, deleted: 0 });
  expect(report.engineDeaths).toBe(0);
  expect(report.logRowsAdded).toBeGreaterThan(0);
  expect(httpFuzzFailed(report)).toBe(false);
});

test('a failure is a failure: an engine death alone fails the run', () => {
  expect(httpFuzzFailed({ ...report, engineDeaths: 1 })).toBe(true);
  expect(httpFuzzFailed({ ...report, wholeRun: { inserted: 0, updated: 1, deleted: 0 } })).toBe(true);
});
