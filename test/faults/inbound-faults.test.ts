// The inbound fault run at a small scale (npm run faults runs it bigger): the built app in an emulated instance
// receives a remote user's changes as service hooks that are dropped, delayed past each other and delivered again
// (some hours later), while the instance's processing fails now and then. Once the faults stop and the catch-up
// poll ran: every change is on the incidents, no comment is in a journal twice, nothing was echoed back.
import { runInboundFaultScenario } from '../../sandbox/faults/inbound-fault-scenario';
import { createAdoRequestValidator } from '@incb/ado-fake/spec';
import { builtApp } from '../support/appInstance';

test('duplicated, reordered, dropped hooks and failing processing: zero lost, zero duplicates, zero echoes', async () => {
  const report = await runInboundFaultScenario({ app: builtApp(), seed: 11, incidents: 12, activeMinutes: 30, outageEveryMinutes: 10, drainMinutes: 600, validator: createAdoRequestValidator() });
  expect(report.audit.detail).toEqual([]);
  expect(report.audit).toMatchObject({ lost: 0, duplicates: 0 });
  expect(report.audit.changesMade).toBeGreaterThan(40);
  expect(report.audit.changesDelivered).toBe(report.audit.changesMade);
  expect(report.echoes).toBe(0);
  expect(report.validationFailures).toBe(0);
  expect(report.inboxStates.failed || 0).toBe(0);
  // the faults were met: hooks dropped (recovered by the catch-up poll), duplicated (answered as duplicates),
  // overtaken, hours late, and saves refused during outages
  expect(report.hooks.dropped).toBeGreaterThan(0);
  expect(report.caughtUp).toBeGreaterThan(0);
  expect(report.hooks.duplicated).toBeGreaterThan(0);
  expect(report.hooks.answers['200 duplicate']).toBeGreaterThan(0);
  expect(report.hooks.reordered).toBeGreaterThan(0);
  expect(report.hooks.late).toBeGreaterThan(0);
  expect(report.refusedSaves).toBeGreaterThan(0);
}, 60000);
