// The catch-up poll against the Azure DevOps fake (WIQL with timePrecision, the list of ChangedDates, each linked
// item's update history, all validated against Microsoft's spec): it applies what the hooks missed, once, in order,
// skips our own changes and what was delivered already, and moves the watermark only as far as it got.
import AzureDevOpsCatchUp from '../../../src/app/inbound/AzureDevOpsCatchUp';
import { CONNECTION_TABLE } from '../../../src/app/core/tables';
import { inboxRows, InboundBed, linkedIncident, linkRow, logRows, outboxRows, startInboundBed } from './inboundBed';

let bed: InboundBed;
let incident: string;
let workItem: number;

const g = global as any;
const BEFORE = '2026-11-22 09:59:00';

beforeEach(async () => {
  bed = await startInboundBed({ connection: { catchup_watermark: BEFORE } });
  ({ incident, workItem } = linkedIncident(bed));
});
afterEach(() => bed.fake.stop());

const watermark = () => bed.instance.db.get(CONNECTION_TABLE, bed.connection)!.catchup_watermark;
const incidentRow = () => bed.instance.db.get('incident', incident)!;
const operations = (from: number) => bed.fake.requests.slice(from).map((r) => r.operationId);

test('applies what the hooks never delivered: fields, comment and file, through inbox rows, in revision order', () => {
  bed.jamal.update(workItem, { 'System.Title': 'Missed title' });
  bed.jamal.comment(workItem, '<p>Missed <b>comment</b></p>');
  bed.jamal.attach(workItem, 'missed.txt', 'missed bytes');
  bed.jamal.update(workItem, { 'System.State': 'To Do' });
  bed.takeHooks(); // lost: Azure DevOps could not reach us
  const requests = bed.fake.requests.length;
  expect(new AzureDevOpsCatchUp().poll(bed.connection)).toBe(4);
  expect(operations(requests)).toEqual(['Wiql_Query By Wiql', 'Work Items_List', 'Updates_List', 'Attachments_Get']);
  expect(bed.fake.validationFailures).toEqual([]);
  const wiql = bed.fake.requests[requests];
  expect(wiql.query).toMatchObject({ 'api-version': '7.1', timePrecision: 'true', $top: '200' });
  expect((wiql.body as any).query).toBe(
    "SELECT [System.Id], [System.ChangedDate] FROM WorkItems WHERE [System.TeamProject] = @project AND [System.ChangedDate] > '2026-11-22T09:59:00Z' ORDER BY [System.ChangedDate] ASC"
  );
  expect(incidentRow()).toMatchObject({ short_description: 'Missed title', state: '1' });
  expect(bed.rows('sys_journal_field', `element_id=${incident}^valueSTARTSWITHAzure DevOps comment`).map((j) => j.value)).toEqual(['Azure DevOps comment by Jamal Hartnett:\nMissed comment']);
  expect(bed.rows('sys_attachment', `table_name=incident^table_sys_id=${incident}`).map((a) => a.file_name)).toEqual(['missed.txt']);
  expect(inboxRows(bed).map((r) => [r.event_id, r.event_type, r.state])).toEqual([
    [`catch-up/${workItem}/2`, 'workitem.updated', 'processed'],
    [`catch-up/${workItem}/3`, 'workitem.updated', 'processed'],
    [`catch-up/${workItem}/4`, 'workitem.updated', 'processed'],
    [`catch-up/${workItem}/5`, 'workitem.updated', 'processed'],
  ]);
  expect(linkRow(bed, incident).last_inbound_rev).toBe('5');
  // the newest ChangedDate seen, to the second, rounded down
  expect(watermark()).toBe('2026-11-22 10:00:00');
  expect(logRows(bed, 'direction=inbound^outcome=success').map((r) => r.error)).toEqual([expect.stringContaining('found 4 revision(s)')]);
});

test('a second poll finds nothing new: the item changed within the watermark second is read again, nothing is stored', () => {
  bed.jamal.update(workItem, { 'System.Title': 'Missed title' });
  bed.takeHooks();
  expect(new AzureDevOpsCatchUp().poll(bed.connection)).toBe(1);
  const mods = incidentRow().sys_mod_count;
  expect(new AzureDevOpsCatchUp().poll(bed.connection)).toBe(0);
  expect(inboxRows(bed)).toHaveLength(1);
  expect(incidentRow().sys_mod_count).toBe(mods);
});

test('revisions already delivered by a hook, and our own changes, get no row', () => {
  bed.jamal.update(workItem, { 'System.Title': 'Delivered' });
  bed.deliver(bed.takeHooks()[0]);
  bed.process();
  // our own change (the sender's PATCH), whose hook was lost
  const gr = new g.GlideRecord('incident');
  gr.get(incident);
  gr.setValue('priority', '1');
  gr.update();
  bed.process();
  bed.jamal.comment(workItem, 'Only this one was missed');
  bed.takeHooks();
  const entries = outboxRows(bed).length;
  expect(new AzureDevOpsCatchUp().poll(bed.connection)).toBe(1);
  expect(inboxRows(bed).map((r) => [r.event_id.indexOf('catch-up/') === 0 ? 'catch-up' : 'hook', r.remote_rev, r.state])).toEqual([
    ['hook', '2', 'processed'],
    ['catch-up', '4', 'processed'],
  ]);
  // the comment becomes a work note (the connection sends work notes) with every business rule running, yet as the
  // app's own write it queues no outbox entry, and nothing is sent
  const requests = bed.fake.requests.length;
  bed.process();
  expect(outboxRows(bed)).toHaveLength(entries);
  expect(bed.fake.requests.length).toBe(requests);
});

test('unlinked work items are not caught up, but the watermark moves past them', () => {
  const other = bed.jamal.create({ 'System.Title': 'Someone else\'s task' });
  bed.jamal.update(other.id, { 'System.State': 'Doing' });
  bed.takeHooks();
  const requests = bed.fake.requests.length;
  expect(new AzureDevOpsCatchUp().poll(bed.connection)).toBe(0);
  // the linked item (changed by our own create) has its history read; the other one is not looked at
  expect(operations(requests)).toEqual(['Wiql_Query By Wiql', 'Work Items_List', 'Updates_List']);
  expect(bed.fake.requests.slice(requests)[2].path).toMatch(new RegExp(`/workItems/${workItem}/updates$`));
  expect(bed.rows('incident')).toHaveLength(1);
  expect(watermark()).toBe('2026-11-22 10:00:00');
});

test('a failed query moves nothing; an empty watermark starts the poll from now', () => {
  bed.jamal.update(workItem, { 'System.Title': 'Missed' });
  bed.fake.addFault({ mode: 'status', status: 500, pathContains: '/wiql' });
  expect(new AzureDevOpsCatchUp().poll(bed.connection)).toBe(0);
  expect(watermark()).toBe(BEFORE);
  expect(incidentRow().short_description).toBe('Mail is down');
  expect(logRows(bed, 'direction=outbound^http_status=500')).toHaveLength(1);

  const gr = new g.GlideRecord(CONNECTION_TABLE);
  gr.get(bed.connection);
  gr.setValue('catchup_watermark', '');
  gr.update();
  const requests = bed.fake.requests.length;
  bed.instance.clock.advance(90 * 1000);
  expect(new AzureDevOpsCatchUp().poll(bed.connection)).toBe(0);
  expect(watermark()).toBe('2026-11-22 10:01:30');
  expect(bed.fake.requests.length).toBe(requests);
});

test('a failed update history stops the poll before that item: the watermark stays below it', () => {
  const second = bed.jamal.create({ 'System.Title': 'Second linked' });
  const secondIncident = bed.instance.db.insert('incident', { short_description: 'x', number: 'INC0019999' });
  bed.instance.db.insert('x_incb_bridge_link', { incident: secondIncident, connection: bed.connection, remote_id: String(second.id), state: 'linked' });
  bed.jamal.update(workItem, { 'System.Title': 'First missed' });
  bed.jamal.update(second.id, { 'System.Title': 'Second missed' });
  bed.takeHooks();
  bed.fake.addFault({ mode: 'status', status: 503, pathContains: `/workItems/${second.id}/updates` });
  expect(new AzureDevOpsCatchUp().poll(bed.connection)).toBe(1);
  expect(incidentRow().short_description).toBe('First missed');
  // both items changed within the same millisecond (the fake's clock stands still): the watermark stays below the
  // item not handled, although the handled one is as new
  expect(watermark()).toBe('2026-11-22 09:59:59');
  // the next poll reads both again: the first item has nothing new, the second brings its two revisions
  expect(new AzureDevOpsCatchUp().poll(bed.connection)).toBe(2);
  expect(bed.rows('incident', `sys_id=${secondIncident}`)[0].short_description).toBe('Second missed');
  expect(watermark()).toBe('2026-11-22 10:00:00');
});

test('an answer nested 200,000 levels deep is read as no answer, never parsed: nothing stored, the watermark stays', () => {
  bed.jamal.update(workItem, { 'System.Title': 'Missed' });
  bed.takeHooks();
  for (const pathContains of ['/wiql', `/workItems/${workItem}/updates`]) {
    bed.fake.addFault({ mode: 'deeplyNested', pathContains });
    expect(new AzureDevOpsCatchUp().poll(bed.connection)).toBe(0);
    expect(watermark()).toBe(BEFORE);
    expect(inboxRows(bed)).toEqual([]);
    expect(incidentRow().short_description).toBe('Mail is down');
  }
  // both exchanges are in the log, their bodies redacted as text
  expect(logRows(bed, 'direction=outbound^http_status=200^response_bodySTARTSWITH{"id": [[[')).toHaveLength(2);
  expect(new AzureDevOpsCatchUp().poll(bed.connection)).toBe(1);
  expect(incidentRow().short_description).toBe('Missed');
});

test('pollAll polls the active inbound Azure DevOps connections only', () => {
  bed.instance.db.insert(CONNECTION_TABLE, { name: 'Outbound only', type: 'azure_devops', active: 'true', sync_direction: 'outbound', base_url: bed.fake.url, ado_organization: bed.fake.organization, ado_project: bed.fake.project, catchup_watermark: BEFORE });
  bed.jamal.update(workItem, { 'System.Title': 'Missed' });
  bed.takeHooks();
  const requests = bed.fake.requests.length;
  new AzureDevOpsCatchUp().pollAll();
  expect(operations(requests).filter((o) => o === 'Wiql_Query By Wiql')).toHaveLength(1);
  expect(incidentRow().short_description).toBe('Missed');
});
