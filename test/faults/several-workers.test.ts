// Several workers at once (engine plan step 7; npm run faults runs it bigger): while each outbound request of the app
// is in flight, other workers run the dispatcher, the outbox sweep and inbox processing against the same database
// (sandbox/faults/workers.ts). The claims must hold: nothing lost, nothing duplicated, every incident's changes in
// order, and a worker aimed at a pair that a live claim holds gets nothing. A copy of the built app whose dispatcher
// ignores live claims shows that the same run would catch it.
import { runFaultScenario } from '../../sandbox/faults/fault-scenario';
import { runInboundFaultScenario } from '../../sandbox/faults/inbound-fault-scenario';
import { createAdoRequestValidator } from '@incb/ado-fake/spec';
import { builtApp } from '../support/appInstance';
import { loadBuiltApp } from '../support/builtApp';
import type { LoadedApp } from '@incb/glide-emulator/loader';

const validator = createAdoRequestValidator();
const outbound = (app: LoadedApp, workers: number) =>
  runFaultScenario({ app, seed: 7, incidents: 40, activeMinutes: 20, faultEverySeconds: 20, drainMinutes: 300, validator, workers });

test('2 and 4 workers: zero lost, zero duplicates, order kept, and the others hit claimed pairs and got nothing', async () => {
  for (const workers of [2, 4]) {
    const report = await outbound(builtApp(), workers);
    expect(report.audit.lostDetail).toEqual([]);
    expect(report.audit.orderDetail).toEqual([]);
    expect(report.audit).toMatchObject({ lost: 0, duplicates: 0, orderBroken: 0, orderChecked: 40, deadEntries: 0 });
    expect(report.audit.changesDelivered).toBe(report.audit.changesMade);
    expect(report.wire.insideWindow).toBe(0);
    expect(report.validationFailures).toBe(0);
    // the interleaving happened: workers - 1 runs per request of the worker in flight, some of them on the very pair
    // it had claimed (they found it held), some claiming other work and sending it
    const w = report.workers;
    expect(w.workers).toBe(workers);
    expect(w.runs).toBeGreaterThan(50);
    expect(w.onClaimedPair).toBeGreaterThan(5);
    expect(w.claimsTakenOver).toBe(0);
    expect(w.byKind['dispatch claimed pair']).toMatchObject({ claimed: 0, requests: 0 });
    expect(w.byKind['dispatch claimed pair']!.nothing).toBeGreaterThan(0);
    expect(w.byKind['outbox sweep']!.claimed).toBeGreaterThan(0);
    expect(w.byKind['dispatch queued pair']!.claimed).toBeGreaterThan(0);
    // the worker that dies mid-send still dies, and what it left is still recovered
    expect(report.wire.deaths).toBeGreaterThan(0);
  }
}, 120000);

test('one worker runs nothing inside a request (the run of before step 7)', async () => {
  const report = await outbound(builtApp(), 1);
  expect(report.workers).toEqual({ workers: 1, runs: 0, byKind: {}, onClaimedPair: 0, claimsTakenOver: 0 });
  expect(report.audit).toMatchObject({ lost: 0, duplicates: 0, orderBroken: 0 });
}, 120000);

/** The built app with a dispatcher that ignores live claims: readiness only waits for abandoned ones to be requeued,
 * and a claim takes sending rows as well as queued ones. */
function appWithBrokenClaims(): LoadedApp {
  const app = loadBuiltApp();
  const include = app.scriptIncludes.find((i) => i.name === 'OutboxDispatcher')!;
  const broken = include.script
    .replace(/if \(!isAbandoned\(gr, claimExpiry\)\)\s*return false;/, 'if (false) return false;')
    .replace(/(function claimQueued[^]*?)gr\.addQuery\('state', 'queued'\);/, "$1gr.addQuery('state', 'IN', 'queued,sending');");
  expect(broken.match(/if \(false\) return false;/g)).toHaveLength(1);
  expect(broken).toMatch(/function claimQueued[^}]*'IN', 'queued,sending'/);
  return { ...app, scriptIncludes: app.scriptIncludes.map((i) => (i === include ? { ...i, script: broken } : i)) };
}

test('with claims broken, the same run with 2 workers takes claims over and duplicates', async () => {
  const report = await outbound(appWithBrokenClaims(), 2);
  expect(report.workers.claimsTakenOver).toBeGreaterThan(0);
  expect(report.workers.byKind['dispatch claimed pair']!.claimed).toBeGreaterThan(0);
  expect(report.audit.duplicates).toBeGreaterThan(0);
}, 120000);

test('inbound with 2 workers: zero lost, zero duplicates, zero echoes, no claim taken over', async () => {
  const report = await runInboundFaultScenario({ app: builtApp(), seed: 11, incidents: 12, activeMinutes: 30, outageEveryMinutes: 10, drainMinutes: 600, validator, workers: 2 });
  expect(report.audit.detail).toEqual([]);
  expect(report.audit).toMatchObject({ lost: 0, duplicates: 0 });
  expect(report.echoes).toBe(0);
  expect(report.inboxStates.failed || 0).toBe(0);
  expect(report.workers.runs).toBeGreaterThan(20);
  expect(report.workers.claimsTakenOver).toBe(0);
}, 60000);
