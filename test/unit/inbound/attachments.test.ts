// Files attached in Azure DevOps: downloaded with the connection's credentials through the fake's attachment URL,
// attached to the incident once (replays and the other event of the revision add nothing), never sent back, within
// the size property, only from the connection's own organization, and retried as a whole when a download fails.
import InboxProcessor from '../../../src/app/inbound/InboxProcessor';
import { asIfWorkerDied, inboxRows, InboundBed, linkedIncident, linkRow, logRows, outboxRows, startInboundBed } from './inboundBed';

let bed: InboundBed;
let incident: string;
let workItem: number;

beforeEach(async () => {
  bed = await startInboundBed();
  ({ incident, workItem } = linkedIncident(bed));
});
afterEach(() => bed.fake.stop());

const g = global as any;

function incidentFiles(): Array<{ name: string; content: string; sysId: string }> {
  return bed.rows('sys_attachment', `table_name=incident^table_sys_id=${incident}^ORDERBYsys_created_on`).map((a) => {
    const gr = new g.GlideRecord('sys_attachment');
    gr.get(a.sys_id);
    return { name: a.file_name, content: new g.GlideSysAttachment().getContent(gr), sysId: a.sys_id };
  });
}

function deliverAll(): void {
  for (const h of bed.takeHooks()) bed.deliver(h);
  bed.process();
}

test('a file attached in Azure DevOps lands on the incident once, recorded as synced, and is not sent back', () => {
  const outbox = outboxRows(bed).length;
  const url = bed.jamal.attach(workItem, 'trace.log', 'ERROR smtp relay refused');
  const requests = bed.fake.requests.length;
  const hooks = bed.takeHooks();
  for (const h of hooks) bed.deliver(h);
  bed.process();
  // the same revision delivered again under another envelope id (so not a duplicate delivery) adds nothing
  for (const h of hooks) bed.deliver({ ...h, id: 'again-' + h.id });
  bed.process();
  const files = incidentFiles();
  expect(files.map((f) => [f.name, f.content])).toEqual([['trace.log', 'ERROR smtp relay refused']]);
  expect(linkRow(bed, incident).synced_attachment_ids).toBe(files[0].sysId);
  // one request: the download, with the connection's PAT, at the relation's URL (api-version added)
  const sent = bed.fake.requests.slice(requests);
  expect(sent.map((r) => [r.method, r.operationId, r.status])).toEqual([['GET', 'Attachments_Get', 200]]);
  expect(bed.instance.http.requests.slice(-1)[0].url).toBe(url + '&api-version=7.1');
  expect(sent[0].headers.authorization).toBe('Basic ' + Buffer.from(':fake-pat').toString('base64'));
  expect(bed.fake.validationFailures).toEqual([]);
  // moved, not inserted, onto the incident: the capture rule never saw it
  expect(outboxRows(bed)).toHaveLength(outbox);
  expect(inboxRows(bed).map((r) => r.state)).toEqual(['processed', 'ignored']);
});

test('a file larger than x_incb_bridge.attachment.max_bytes is logged and left', () => {
  g.gs.setProperty('x_incb_bridge.attachment.max_bytes', '10');
  bed.jamal.attach(workItem, 'big.bin', 'more than ten bytes');
  const requests = bed.fake.requests.length;
  deliverAll();
  expect(incidentFiles()).toEqual([]);
  expect(bed.fake.requests.slice(requests)).toEqual([]);
  expect(logRows(bed, 'outcome=skipped').map((r) => r.error)).toEqual(['Attachment big.bin (19 bytes) not downloaded: larger than x_incb_bridge.attachment.max_bytes (10)']);
});

test('a file outside the connection\'s organization is never fetched with its credentials', () => {
  bed.jamal.attach(workItem, 'x.txt', 'x');
  const [hook] = bed.takeHooks();
  const forged = JSON.parse(JSON.stringify(hook));
  forged.resource.relations.added[0].url = 'https://attacker.example/fabrikam/_apis/wit/attachments/1?fileName=x.txt';
  const sent = bed.instance.http.requests.length;
  bed.deliver(forged);
  bed.process();
  expect(bed.instance.http.requests.slice(sent)).toEqual([]);
  expect(incidentFiles()).toEqual([]);
  expect(logRows(bed, 'outcome=skipped').map((r) => r.error)).toEqual([expect.stringContaining("its URL is not under the connection's organization")]);
});

test('a failed download changes nothing; the retry applies the whole revision and leaves no leftover file', () => {
  const first = bed.fake.handleSync({
    method: 'POST',
    url: `${bed.fake.organizationUrl}/${bed.fake.project}/_apis/wit/attachments?fileName=a.txt&api-version=7.1`,
    headers: { Authorization: 'Basic ' + Buffer.from(':jamal-pat').toString('base64'), 'Content-Type': 'application/octet-stream' },
    bodyBase64: Buffer.from('first').toString('base64'),
  });
  const second = bed.fake.handleSync({
    method: 'POST',
    url: `${bed.fake.organizationUrl}/${bed.fake.project}/_apis/wit/attachments?fileName=b.txt&api-version=7.1`,
    headers: { Authorization: 'Basic ' + Buffer.from(':jamal-pat').toString('base64'), 'Content-Type': 'application/octet-stream' },
    bodyBase64: Buffer.from('second').toString('base64'),
  });
  const [a, b] = [JSON.parse(first.body), JSON.parse(second.body)];
  bed.jamal.patch(workItem, [
    { op: 'add', path: '/fields/System.Title', value: 'With two files' },
    { op: 'add', path: '/relations/-', value: { rel: 'AttachedFile', url: a.url } },
    { op: 'add', path: '/relations/-', value: { rel: 'AttachedFile', url: b.url } },
  ]);
  bed.fake.addFault({ mode: 'status', status: 503, method: 'GET', pathContains: `/attachments/${b.id}` });
  deliverAll();
  expect(inboxRows(bed).map((r) => [r.state, r.last_error])).toEqual([['failed', expect.stringContaining('Download of attachment b.txt failed: HTTP 503')]]);
  expect(bed.instance.db.get('incident', incident)!.short_description).toBe('Mail is down');
  expect(incidentFiles()).toEqual([]);
  new InboxProcessor().sweep();
  expect(inboxRows(bed).map((r) => r.state)).toEqual(['processed']);
  expect(bed.instance.db.get('incident', incident)!.short_description).toBe('With two files');
  expect(incidentFiles().map((f) => [f.name, f.content])).toEqual([
    ['a.txt', 'first'],
    ['b.txt', 'second'],
  ]);
  // the first attempt's download of a.txt was cleared from the inbox row, not kept beside the new one
  expect(bed.rows('sys_attachment', `table_name=x_incb_bridge_inbox`)).toEqual([]);
});

test('a worker dying after it moved the files but before the link recorded them: the retry adds no second copy', () => {
  bed.jamal.attach(workItem, 'trace.log', 'ERROR smtp relay refused');
  const [updated, ...others] = bed.takeHooks();
  const linkBefore = linkRow(bed, incident).synced_attachment_ids;
  bed.deliver(updated);
  bed.process();
  expect(incidentFiles().map((f) => f.name)).toEqual(['trace.log']);
  // what the database holds when the worker died right after the move: the row still claimed, the link not told
  const row = inboxRows(bed)[0];
  asIfWorkerDied(bed, row.sys_id, incident, 'synced_attachment_ids', linkBefore);
  const outbox = outboxRows(bed).length;
  bed.instance.clock.advance(11 * 60 * 1000);
  new InboxProcessor().sweep();
  for (const h of others) bed.deliver(h);
  bed.process();
  const files = incidentFiles();
  expect(files.map((f) => [f.name, f.content])).toEqual([['trace.log', 'ERROR smtp relay refused']]);
  // recorded as synced this time, so no sync sends it back to Azure DevOps
  expect(linkRow(bed, incident).synced_attachment_ids).toContain(files[0].sysId);
  expect(outboxRows(bed)).toHaveLength(outbox);
  expect(inboxRows(bed)[0].state).toBe('processed');
});

test("a retry downloads the file even when a person's older file of the same name and size waits unsynced on the incident", () => {
  // a person's file, there before the event arrived, never recorded as synced (the sender left it)
  bed.instance.db.insert('sys_attachment', { table_name: 'incident', table_sys_id: incident, file_name: 'trace.log', content_type: 'text/plain', size_bytes: '24', sys_created_by: 'someone' });
  bed.instance.clock.advance(60 * 1000);
  bed.jamal.attach(workItem, 'trace.log', 'ERROR smtp relay refused');
  bed.fake.addFault({ mode: 'status', status: 503, method: 'GET', pathContains: '/attachments/', count: 1 });
  deliverAll();
  expect(inboxRows(bed).map((r) => r.state)).toEqual(['failed']);
  new InboxProcessor().sweep();
  expect(inboxRows(bed).map((r) => r.state)).toEqual(['processed']);
  const files = incidentFiles();
  expect(files.map((f) => [f.name, f.content])).toEqual([
    ['trace.log', ''], // the person's row (no content stored by this test)
    ['trace.log', 'ERROR smtp relay refused'],
  ]);
  expect(linkRow(bed, incident).synced_attachment_ids.split(',')).toEqual([files[1].sysId]);
});

test('a first attempt brings a file again when a person attached the same file twice', () => {
  bed.jamal.attach(workItem, 'trace.log', 'same bytes');
  bed.jamal.attach(workItem, 'trace.log', 'same bytes');
  deliverAll();
  expect(incidentFiles().map((f) => f.name)).toEqual(['trace.log', 'trace.log']);
});

test('a file that is gone (404) is logged and skipped; the rest of the revision applies', () => {
  bed.jamal.patch(workItem, [
    { op: 'add', path: '/fields/System.Title', value: 'Dangling file' },
  ]);
  const [hook] = bed.takeHooks();
  const withGone = JSON.parse(JSON.stringify(hook));
  withGone.resource.relations = { added: [{ rel: 'AttachedFile', url: `${bed.fake.organizationUrl}/${bed.fake.projectId}/_apis/wit/attachments/00000000-0000-0000-0000-000000000000?fileName=gone.txt`, attributes: { name: 'gone.txt' } }] };
  bed.deliver(withGone);
  bed.process();
  expect(bed.instance.db.get('incident', incident)!.short_description).toBe('Dangling file');
  expect(incidentFiles()).toEqual([]);
  expect(logRows(bed, 'outcome=skipped').map((r) => r.error)).toEqual([expect.stringMatching(/^Attachment gone.txt not downloaded: HTTP 404/)]);
});
