// A revision applied after a newer one (its hook came late, or never came and the catch-up poll found it): the
// fields it changed that no later revision changed again are still the work item's values, so they apply; the
// fields a later revision changed again are stale and stay.
import AzureDevOpsCatchUp from '../../../src/app/inbound/AzureDevOpsCatchUp';
import { inboxRows, InboundBed, linkedIncident, startInboundBed } from './inboundBed';

let bed: InboundBed;
let incident: string;
let workItem: number;

beforeEach(async () => {
  bed = await startInboundBed({ connection: { catchup_watermark: '2026-11-22 09:59:00' } });
  ({ incident, workItem } = linkedIncident(bed));
});
afterEach(() => bed.fake.stop());

const incidentRow = () => bed.instance.db.get('incident', incident)!;

test('a late hook of an older revision applies the fields no newer revision changed again', () => {
  bed.jamal.update(workItem, { 'Microsoft.VSTS.Common.Priority': 1, 'System.Title': 'Older title' }); // rev 2
  bed.jamal.update(workItem, { 'System.Title': 'Newer title' }); // rev 3
  const [older, newer] = bed.takeHooks();
  bed.deliver(newer);
  bed.process();
  bed.deliver(older);
  bed.process();
  expect(incidentRow()).toMatchObject({ priority: '1', short_description: 'Newer title' });
  expect(inboxRows(bed).map((r) => [r.remote_rev, r.state])).toEqual([
    ['3', 'processed'],
    ['2', 'processed'],
  ]);
});

test('the catch-up poll stores and applies a missed older revision whose fields no newer revision changed again', () => {
  bed.jamal.update(workItem, { 'Microsoft.VSTS.Common.Priority': 1 }); // rev 2: its hook is lost
  bed.jamal.update(workItem, { 'System.Description': '<p>Seen in <b>release 7</b></p>' }); // rev 3
  bed.jamal.update(workItem, { 'System.Title': 'Dropped title' }); // rev 4: its hook is lost
  bed.jamal.update(workItem, { 'System.Title': 'Final title' }); // rev 5
  const hooks = bed.takeHooks();
  bed.deliver(hooks[1]);
  bed.deliver(hooks[3]);
  bed.process();
  expect(new AzureDevOpsCatchUp().poll(bed.connection)).toBe(1);
  expect(incidentRow()).toMatchObject({ priority: '1', description: 'Seen in release 7', short_description: 'Final title' });
  // rev 4 changed only the title, which rev 5 changed again: nothing of it is left to apply
  expect(inboxRows(bed).map((r) => [r.remote_rev, r.state])).toEqual([
    ['3', 'processed'],
    ['5', 'processed'],
    ['2', 'processed'],
  ]);
});
