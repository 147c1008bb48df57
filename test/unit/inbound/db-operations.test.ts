// Database operations per hook event, received and processed (the emulator counts every query, insert, update and
// delete, business rules included). Real envelopes from the fake: ten linked incidents, each with a burst of field
// changes and a comment in Azure DevOps. The bounds are loose on purpose: they catch a change that multiplies the work
// per event (a query per field, a re-read per row). Speed is measured by `npm run bench` (figure f), not here.
import { InboundBed, linkedIncident, startInboundBed } from './inboundBed';

let bed: InboundBed;
afterAll(() => bed && bed.fake.stop());

function total(stats: { queries: number; inserts: number; updates: number; deletes: number }): number {
  return stats.queries + stats.inserts + stats.updates + stats.deletes;
}

test('receiving a hook costs a few database operations, processing it a bounded number', async () => {
  bed = await startInboundBed({ connection: { sync_work_notes: 'false' } });
  const items = [];
  for (let i = 0; i < 10; i++) items.push(linkedIncident(bed, { short_description: `Incident ${i}` }));
  for (const { workItem } of items) {
    for (let n = 0; n < 5; n++) bed.jamal.update(workItem, { 'System.Title': `Change ${n}`, 'System.State': n % 2 ? 'Doing' : 'To Do' });
    bed.jamal.comment(workItem, `<p>Update on <b>${workItem}</b></p>`);
  }
  const hooks = bed.takeHooks();
  expect(hooks).toHaveLength(70);

  bed.instance.db.resetStats();
  for (const hook of hooks) expect(bed.deliver(hook).status).toBe(200);
  const receiveOps = total(bed.instance.db.stats());

  bed.instance.db.resetStats();
  bed.process();
  const stats = bed.instance.db.stats();
  const states = bed.rows('x_incb_bridge_inbox').map((r) => r.state);
  expect(states.filter((s) => s === 'processed')).toHaveLength(60);
  // the commented event repeats its revision's workitem.updated
  expect(states.filter((s) => s === 'ignored')).toHaveLength(10);

  expect(receiveOps / hooks.length).toBeLessThan(10);
  expect(total(stats) / hooks.length).toBeLessThan(60);
});
