// Idempotent and ordered: replays change nothing, late older revisions bring only their comments (once), a burst
// applies in revision order whatever order it was delivered in, and an event whose processing fails (or whose
// worker dies) is retried, holding back the newer events of its work item until then.
import InboxProcessor from '../../../src/app/inbound/InboxProcessor';
import { RevisionApplier } from '../../../src/app/inbound/revisionApplier';
import { claimRow, openRows } from '../../../src/app/queue/inboxRows';
import { INBOX_TABLE } from '../../../src/app/core/tables';
import { HookPayload } from '@incb/ado-fake';
import { asIfWorkerDied, inboxRows, InboundBed, linkedIncident, linkRow, logRows, outboxRows, startInboundBed } from './inboundBed';

let bed: InboundBed;
let incident: string;
let workItem: number;

beforeEach(async () => {
  bed = await startInboundBed();
  ({ incident, workItem } = linkedIncident(bed));
});
afterEach(() => {
  jest.restoreAllMocks();
  return bed.fake.stop();
});

const g = global as any;
const incidentRow = () => bed.instance.db.get('incident', incident)!;
const revOf = (h: HookPayload) => (h.resource as any).rev;
const notes = () => bed.rows('sys_journal_field', `element_id=${incident}^element=work_notes`).map((j) => j.value).filter((v) => v.indexOf('Azure DevOps comment') === 0);

/** Records the short description at every save of the incident. */
function watchTitles(): string[] {
  const seen: string[] = [];
  bed.instance.addBusinessRule({ name: 'watch', table: 'incident', when: 'after', update: true, script: (current: any) => seen.push(current.getValue('short_description')) });
  return seen;
}

test('a replayed event changes nothing: duplicate answer, no new row, no second write', () => {
  bed.jamal.update(workItem, { 'System.Title': 'Renamed once' });
  const [hook] = bed.takeHooks();
  bed.deliver(hook);
  bed.process();
  const applied = incidentRow();
  // Azure DevOps sends the same envelope again (the fake's redelivery repeats it byte for byte)
  const redelivery = bed.fake.redeliver(bed.fake.deliveries[bed.fake.deliveries.length - 1].id).payload;
  expect(redelivery.id).toBe(hook.id);
  expect(bed.deliver(redelivery).json.result.status).toBe('duplicate');
  expect(bed.process()).toBe(0);
  expect(incidentRow()).toEqual(applied);
  expect(inboxRows(bed)).toHaveLength(1);
});

test('an older revision arriving after a newer one: its fields are stale, its comment still lands, once', () => {
  bed.jamal.update(workItem, { 'System.Title': 'Old title' }); // rev 2
  bed.jamal.comment(workItem, '<p>Found the cause</p>'); // rev 3: updated + commented
  bed.jamal.update(workItem, { 'System.Title': 'New title', 'System.State': 'To Do' }); // rev 4
  const hooks = bed.takeHooks();
  expect(hooks.map((h) => [h.eventType, revOf(h)])).toEqual([
    ['workitem.updated', 2],
    ['workitem.updated', 3],
    ['workitem.commented', 3],
    ['workitem.updated', 4],
  ]);
  bed.deliver(hooks[3]);
  bed.process();
  for (const h of hooks.slice(0, 3)) bed.deliver(h);
  bed.process();
  expect(incidentRow()).toMatchObject({ short_description: 'New title', state: '1' });
  expect(notes()).toEqual(['Azure DevOps comment by Jamal Hartnett:\nFound the cause']);
  expect(inboxRows(bed).map((r) => [r.remote_rev, r.event_type, r.state, r.last_error])).toEqual([
    ['4', 'workitem.updated', 'processed', ''],
    ['2', 'workitem.updated', 'ignored', 'Revision 2 is not newer than revision 4, applied already'],
    ['3', 'workitem.updated', 'processed', ''],
    ['3', 'workitem.commented', 'ignored', 'Revision 3 was applied already'],
  ]);
  expect(linkRow(bed, incident).last_inbound_rev).toBe('4');
});

test('a burst delivered out of order before processing applies in revision order', () => {
  const titles = watchTitles();
  for (const title of ['A', 'B', 'C']) bed.jamal.update(workItem, { 'System.Title': title });
  const hooks = bed.takeHooks();
  for (const h of [hooks[2], hooks[0], hooks[1]]) bed.deliver(h);
  bed.process();
  expect(titles).toEqual(['A', 'B', 'C']);
  expect(inboxRows(bed).map((r) => r.state)).toEqual(['processed', 'processed', 'processed']);
});

test('a delete and a restore (one revision) delivered in reverse apply in the order Azure DevOps raised them', () => {
  bed.jamal.remove(workItem);
  bed.jamal.restore(workItem);
  const [deleted, restored] = bed.takeHooks();
  expect([deleted.eventType, restored.eventType, revOf(deleted) === revOf(restored)]).toEqual(['workitem.deleted', 'workitem.restored', true]);
  bed.deliver(restored);
  bed.deliver(deleted);
  bed.process();
  expect(linkRow(bed, incident).state).toBe('linked');
  expect(inboxRows(bed).map((r) => [r.event_type, r.state])).toEqual([
    ['workitem.restored', 'processed'],
    ['workitem.deleted', 'processed'],
  ]);
  expect(notes()).toEqual([]);
  expect(bed.rows('sys_journal_field', `element_id=${incident}^valueSTARTSWITHAzure DevOps work item`).map((j) => j.value.split('.')[0])).toEqual([
    `Azure DevOps work item ${workItem} was deleted`,
    `Azure DevOps work item ${workItem} was restored`,
  ]);
});

test('delete, restore, delete, restore applied in one second: the last restore relinks (the order they were applied in, not arrival)', () => {
  for (const change of [bed.jamal.remove, bed.jamal.restore, bed.jamal.remove, bed.jamal.restore]) change(workItem);
  const [deleted1, restored1, deleted2, restored2] = bed.takeHooks();
  expect([deleted1, restored1, deleted2, restored2].map((h) => h.eventType)).toEqual(['workitem.deleted', 'workitem.restored', 'workitem.deleted', 'workitem.restored']);
  // The first restore arrives late, after the second delete; each arrival a second apart.
  for (const hook of [deleted1, deleted2, restored1, restored2]) {
    bed.deliver(hook);
    bed.instance.clock.advance(1000);
  }
  // One pass, one second: every row gets the same processed_at.
  bed.process();
  expect(inboxRows(bed).map((r) => [r.event_type, r.state])).toEqual([
    ['workitem.deleted', 'processed'],
    ['workitem.deleted', 'processed'],
    ['workitem.restored', 'processed'],
    ['workitem.restored', 'processed'],
  ]);
  expect(new Set(inboxRows(bed).map((r) => r.processed_at)).size).toBe(1);
  expect(linkRow(bed, incident).state).toBe('linked');
});

test('processing that throws fails the row (nothing lost), holds back the newer ones, and the sweep applies both in order', () => {
  const titles = watchTitles();
  jest.spyOn(RevisionApplier.prototype, 'apply').mockImplementationOnce(() => {
    throw new Error('database unavailable');
  });
  bed.jamal.update(workItem, { 'System.Title': 'First' });
  bed.deliver(bed.takeHooks()[0]);
  bed.process();
  expect(inboxRows(bed).map((r) => [r.state, r.attempts, r.last_error])).toEqual([['failed', '1', 'Processing stopped with an error: Error: database unavailable']]);
  expect(logRows(bed, 'outcome=retry').map((r) => r.error)).toEqual([expect.stringContaining('database unavailable')]);
  bed.jamal.update(workItem, { 'System.Title': 'Second' });
  bed.deliver(bed.takeHooks()[0]);
  bed.process();
  // the newer row waits for the failed one
  expect(inboxRows(bed).map((r) => r.state)).toEqual(['failed', 'received']);
  expect(titles).toEqual([]);
  expect(new InboxProcessor().sweep()).toBe(2);
  expect(titles).toEqual(['First', 'Second']);
  expect(inboxRows(bed).map((r) => [r.state, r.attempts])).toEqual([
    ['processed', '2'],
    ['processed', '1'],
  ]);
});

test('a row whose worker died is taken back by the sweep once the processing time-out passed', () => {
  bed.jamal.update(workItem, { 'System.Title': 'Stuck' });
  bed.deliver(bed.takeHooks()[0]);
  const [row] = openRows(bed.connection, String(workItem));
  expect(claimRow(row, 'dead-worker')).toBe(true);
  expect(new InboxProcessor().sweep()).toBe(0);
  bed.instance.clock.advance(11 * 60 * 1000);
  expect(new InboxProcessor().sweep()).toBe(1);
  expect(incidentRow().short_description).toBe('Stuck');
  expect(inboxRows(bed).map((r) => [r.state, r.attempts])).toEqual([['processed', '2']]);
});

describe('an attempt that saved the incident and stopped before it recorded the comment', () => {
  const comment = 'Azure DevOps comment by Jamal Hartnett:\nRolled back the release';

  test('failing after the save: the retry finds the entry on the incident and does not write it again', () => {
    // the step after the save (recording the entry on the link) fails once
    jest.spyOn(RevisionApplier.prototype as any, 'keep').mockImplementationOnce(() => {
      throw new Error('connection to the database lost');
    });
    bed.jamal.comment(workItem, '<p>Rolled back the release</p>');
    for (const hook of bed.takeHooks()) bed.deliver(hook);
    bed.process();
    expect(notes()).toEqual([comment]);
    expect(inboxRows(bed).map((r) => r.state)).toContain('failed');
    new InboxProcessor().sweep();
    expect(notes()).toEqual([comment]);
    expect(inboxRows(bed).map((r) => r.state)).not.toContain('failed');
    // recorded as synced, so the sender never sends it back
    const entry = bed.rows('sys_journal_field', `element_id=${incident}^element=work_notes`).filter((j) => j.value === comment)[0];
    expect(linkRow(bed, incident).synced_journal_ids).toContain(entry.sys_id);
  });

  test('its worker dying: the sweep takes the row back after the time-out and writes the comment once', () => {
    bed.jamal.comment(workItem, '<p>Rolled back the release</p>');
    const [updated, commented] = bed.takeHooks();
    bed.deliver(updated);
    const linkBefore = linkRow(bed, incident).synced_journal_ids;
    const [row] = openRows(bed.connection, String(workItem));
    bed.process();
    expect(notes()).toEqual([comment]);
    // what the database holds when the worker died right after the save: the row still claimed, the link not told
    asIfWorkerDied(bed, row.sysId, incident, 'synced_journal_ids', linkBefore);
    bed.instance.clock.advance(11 * 60 * 1000);
    new InboxProcessor().sweep();
    bed.deliver(commented);
    bed.process();
    expect(notes()).toEqual([comment]);
    expect(inboxRows(bed).map((r) => [r.event_type, r.state])).toEqual([
      ['workitem.updated', 'processed'],
      ['workitem.commented', 'ignored'],
    ]);
  });

  test('a first attempt still writes a comment identical to an earlier one (a person may say the same twice)', () => {
    bed.jamal.comment(workItem, '<p>Rolled back the release</p>');
    bed.jamal.comment(workItem, '<p>Rolled back the release</p>');
    for (const hook of bed.takeHooks()) bed.deliver(hook);
    bed.process();
    expect(notes()).toEqual([comment, comment]);
  });
});

test('of two claims on the same row only the first holds it', () => {
  bed.jamal.update(workItem, { 'System.Title': 'Contended' });
  bed.deliver(bed.takeHooks()[0]);
  const [row] = openRows(bed.connection, String(workItem));
  expect(claimRow(row, 'first')).toBe(true);
  // the second claimer read the row before the first claim: its conditional update matches nothing
  expect(claimRow(row, 'second')).toBe(false);
  expect(bed.instance.db.get(INBOX_TABLE, row.sysId)).toMatchObject({ state: 'processing', attempts: '1', last_error: 'Processing (claim first)' });
});

test('a row that failed its last attempt stays failed and no longer holds back the newer ones', () => {
  const apply = jest.spyOn(RevisionApplier.prototype, 'apply').mockImplementation(() => {
    throw new Error('always');
  });
  bed.jamal.update(workItem, { 'System.Title': 'Never' });
  bed.deliver(bed.takeHooks()[0]);
  bed.process();
  for (let i = 0; i < 6; i++) new InboxProcessor().sweep();
  expect(inboxRows(bed).map((r) => [r.state, r.attempts])).toEqual([['failed', '5']]);
  expect(logRows(bed, 'outcome=failure').map((r) => r.attempt)).toEqual(['5']);
  apply.mockRestore();
  bed.jamal.update(workItem, { 'System.Title': 'Later' });
  bed.deliver(bed.takeHooks()[0]);
  bed.process();
  expect(incidentRow().short_description).toBe('Later');
  // an admin sets the failed row back to Received: it runs again (its fields are stale by now)
  const gr = new g.GlideRecord(INBOX_TABLE);
  gr.get(inboxRows(bed)[0].sys_id);
  gr.setValue('state', 'received');
  gr.update();
  new InboxProcessor().sweep();
  expect(inboxRows(bed).map((r) => r.state)).toEqual(['ignored', 'processed']);
  expect(outboxRows(bed).filter((r) => r.state === 'queued')).toEqual([]);
});
