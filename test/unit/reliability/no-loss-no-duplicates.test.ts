// Nothing lost, nothing twice, whatever breaks between a request and its recorded answer: a create whose answer is
// lost (timeout after Azure DevOps made the item, a malformed answer, a worker that dies right after) is looked up
// with WIQL and adopted, never repeated; a comment in doubt is looked for before it is posted again; a claim left by
// a dead worker is requeued after the claim timeout and delivered by the next one.
import OutboxDispatcher from '../../../src/app/outbox/OutboxDispatcher';
import { LINK_TABLE, LOG_TABLE } from '../../../src/app/core/tables';
import { SyncBed, attachFile, insertIncident, linkOf, outboxRows, requestLines, startBed, updateIncident } from '../azure-devops/adoSyncFixture';

let bed: SyncBed;
afterEach(() => bed && bed.fake.stop());

const CLAIM_TIMEOUT_MS = 300000;

/** Runs `work` as a worker that dies right after Azure DevOps carried out the first request matching `when`: what
 * the instance wrote after that moment is undone, as if the node had stopped there. */
function dieAfter(when: (request: { method: string; url: string }) => boolean, work: () => void): void {
  const original = bed.fake.handleSync;
  let snapshot: ReturnType<typeof bed.instance.db.dump> | undefined;
  (bed.fake as any).handleSync = (request: any) => {
    const answer = original(request);
    if (!snapshot && when(request)) snapshot = bed.instance.db.dump();
    return answer;
  };
  try {
    work();
  } finally {
    (bed.fake as any).handleSync = original;
  }
  if (!snapshot) throw new Error('the worker never reached the request it was to die after');
  bed.instance.db.load(snapshot);
}

const isCreate = (r: { method: string; url: string }) => r.method === 'POST' && r.url.indexOf('/workitems/$') >= 0;
const isComment = (r: { method: string; url: string }) => r.method === 'POST' && /\/comments\?/.test(r.url);

/** Every due retry and abandoned claim, as the sweep job finds them an hour later. */
function sweepLater(ms = 3600000) {
  bed.instance.clock.advance(ms);
  new OutboxDispatcher().sweep();
}

function workItemsOf(number: string): any[] {
  const ids: number[] = [];
  for (let id = 1; id <= 50; id++) if (bed.fake.workItem(id)) ids.push(id);
  return ids.map((id) => bed.fake.workItem(id) as any).filter((item) => String(item.fields['System.Tags']).indexOf(number) >= 0);
}

describe('a create whose answer was lost is never sent twice', () => {
  test('timeout after Azure DevOps created it (createThenTimeout): the next attempt finds it with WIQL and adopts it', async () => {
    bed = await startBed();
    bed.fake.addFault({ mode: 'createThenTimeout', method: 'POST', pathContains: '/workitems/$' });
    const id = insertIncident({ short_description: 'Disk full', priority: '1' });
    bed.instance.processEvents();
    expect(outboxRows(bed)[0]).toMatchObject({ state: 'queued', attempts: '1' });
    expect(linkOf(bed, id)).toMatchObject({ remote_id: '', state: 'linked' });
    // meanwhile the incident changes: the adopted work item must end with the latest values
    updateIncident(id, { short_description: 'Disk full on db01' });
    sweepLater();

    const number = bed.instance.db.get('incident', id)!.number;
    const items = workItemsOf(number);
    expect(items).toHaveLength(1);
    expect(items[0].fields['System.Title']).toBe(`${number}: Disk full on db01`);
    expect(linkOf(bed, id)).toMatchObject({ remote_id: String(items[0].id) });
    expect(bed.instance.db.get('incident', id)).toMatchObject({ correlation_id: String(items[0].id) });
    expect(outboxRows(bed).map((r) => r.state)).toEqual(['sent', 'sent']);
    const path = `/${bed.fake.organization}/${bed.fake.project}/_apis/wit`;
    expect(requestLines(bed)).toEqual([
      `POST ${path}/workitems/$Task`,
      `POST ${path}/wiql`,
      `GET ${path}/workitems/${items[0].id}`,
      `PATCH ${path}/workitems/${items[0].id}`,
    ]);
    expect(bed.instance.db.rows(LOG_TABLE, 'direction=internal^outcome=success')[0].error).toContain(`Adopted work item ${items[0].id}`);
    expect(bed.fake.validationFailures).toEqual([]);
  });

  test('a 200 whose body is not JSON (malformed): adopted, not created again', async () => {
    bed = await startBed();
    bed.fake.addFault({ mode: 'malformed', method: 'POST', pathContains: '/workitems/$' });
    const id = insertIncident({ short_description: 'Disk full', priority: '1' });
    bed.instance.processEvents();
    expect(outboxRows(bed)[0]).toMatchObject({ state: 'queued', attempts: '1' });
    sweepLater();
    expect(workItemsOf(bed.instance.db.get('incident', id)!.number)).toHaveLength(1);
    expect(outboxRows(bed)[0].state).toBe('sent');
  });

  test('a 200 whose JSON nests 200,000 levels deep: read as no answer (never parsed), adopted, not created again', async () => {
    bed = await startBed();
    bed.fake.addFault({ mode: 'deeplyNested', method: 'POST', pathContains: '/workitems/$' });
    const id = insertIncident({ short_description: 'Disk full', priority: '1' });
    bed.instance.processEvents();
    expect(outboxRows(bed)[0]).toMatchObject({ state: 'queued', attempts: '1' });
    // the exchange is logged, its body redacted as text
    const logged = bed.instance.db.rows(LOG_TABLE, 'direction=outbound^http_status=200')[0];
    expect(logged.response_body.startsWith('{"id": [[[')).toBe(true);
    sweepLater();
    expect(workItemsOf(bed.instance.db.get('incident', id)!.number)).toHaveLength(1);
    expect(outboxRows(bed)[0].state).toBe('sent');
  });

  test('no answer and no work item (reset before Azure DevOps saw it): the lookup finds nothing and it is created once', async () => {
    bed = await startBed();
    bed.fake.addFault({ mode: 'reset', method: 'POST', pathContains: '/workitems/$' });
    const id = insertIncident({ short_description: 'Disk full', priority: '1' });
    bed.instance.processEvents();
    sweepLater();
    expect(workItemsOf(bed.instance.db.get('incident', id)!.number)).toHaveLength(1);
    expect(linkOf(bed, id)!.remote_id).toBe('1');
  });

  test('a refused create (400) leaves no pending link: nothing was made, nothing to look for', async () => {
    bed = await startBed();
    bed.fake.addFault({ mode: 'status', status: 400, method: 'POST', pathContains: '/workitems/$' });
    const id = insertIncident({ short_description: 'Disk full', priority: '1' });
    bed.instance.processEvents();
    expect(outboxRows(bed)[0].state).toBe('failed');
    expect(bed.instance.db.rows(LINK_TABLE, 'incident=' + id)).toEqual([]);
  });

  test('a lookup that cannot be completed sends no create (retry later instead of risking a second item)', async () => {
    bed = await startBed();
    bed.fake.addFault({ mode: 'createThenTimeout', method: 'POST', pathContains: '/workitems/$' });
    const id = insertIncident({ short_description: 'Disk full', priority: '1' });
    bed.instance.processEvents();
    bed.fake.addFault({ mode: 'status', status: 503, pathContains: '/wiql' });
    sweepLater();
    expect(requestLines(bed).filter((l) => l.indexOf('/workitems/$') >= 0)).toHaveLength(1);
    expect(bed.fake.requests.map((r) => r.status).slice(0, 2)).toEqual([0, 503]);
    sweepLater();
    expect(workItemsOf(bed.instance.db.get('incident', id)!.number)).toHaveLength(1);
    expect(outboxRows(bed)[0].state).toBe('sent');
  });
});

describe('a worker that dies mid-send', () => {
  test('right after Azure DevOps created the work item: its claim expires, the next worker adopts the item', async () => {
    bed = await startBed();
    const id = insertIncident({ short_description: 'Disk full', priority: '1' });
    dieAfter(isCreate, () => bed.instance.processEvents());
    // As the dead worker left it: claimed, the link still pending, the work item made.
    expect(outboxRows(bed)[0]).toMatchObject({ state: 'sending', attempts: '0' });
    expect(linkOf(bed, id)!.remote_id).toBe('');
    expect(bed.fake.state().workItems).toBe(1);

    // Before the claim timeout nobody touches it; after it the sweep requeues and delivers it.
    bed.instance.clock.advance(CLAIM_TIMEOUT_MS);
    new OutboxDispatcher().sweep();
    expect(outboxRows(bed)[0].state).toBe('sending');
    sweepLater(1000);
    expect(outboxRows(bed)[0]).toMatchObject({ state: 'sent', attempts: '1' });
    expect(bed.fake.state().workItems).toBe(1);
    expect(linkOf(bed, id)!.remote_id).toBe('1');
  });

  test('right after Azure DevOps took a comment: the next worker finds it there and does not post it again', async () => {
    bed = await startBed();
    const id = insertIncident({ short_description: 'Disk full', priority: '1' });
    bed.instance.processEvents();
    updateIncident(id, { work_notes: 'Restarted the database' });
    dieAfter(isComment, () => bed.instance.processEvents());
    expect(linkOf(bed, id)!.synced_journal_ids).toMatch(/\?[0-9a-f]{32}$/);
    sweepLater(CLAIM_TIMEOUT_MS + 1000);
    const comments = (bed.fake.workItem(1) as any).fields['System.CommentCount'];
    expect(comments).toBe(1);
    // the dead worker delivered it: the next one had nothing left to send
    expect(outboxRows(bed).map((r) => r.state)).toEqual(['sent', 'skipped']);
    expect(linkOf(bed, id)!.synced_journal_ids).not.toContain('?');
    // the comment was looked for (GET comments), not posted again
    expect(requestLines(bed).filter((l) => l.startsWith('POST') && l.endsWith('/comments'))).toHaveLength(1);
    expect(requestLines(bed).filter((l) => l.startsWith('GET') && l.endsWith('/comments'))).toHaveLength(1);
  });

  test('right after Azure DevOps linked an attachment: the next worker finds the relation and does not link it again', async () => {
    bed = await startBed();
    const id = insertIncident({ short_description: 'Disk full', priority: '1' });
    bed.instance.processEvents();
    attachFile(id, 'trace.log', 'stack trace');
    dieAfter((r) => r.method === 'PATCH', () => bed.instance.processEvents());
    expect(linkOf(bed, id)!.synced_attachment_ids).toMatch(/^\?[0-9a-f]{32}$/);
    sweepLater(CLAIM_TIMEOUT_MS + 1000);
    const relations = ((bed.fake.workItem(1) as any).relations || []).filter((r: any) => r.rel === 'AttachedFile');
    expect(relations).toHaveLength(1);
    expect(linkOf(bed, id)!.synced_attachment_ids).toMatch(/^[0-9a-f]{32}$/);
    expect(requestLines(bed).filter((l) => l.endsWith('/attachments'))).toHaveLength(1);
  });

  test('right after Azure DevOps applied an update: the next worker meets the new rev (412), re-reads, and sends the same values once more', async () => {
    bed = await startBed();
    const id = insertIncident({ short_description: 'Disk full', priority: '1' });
    bed.instance.processEvents();
    updateIncident(id, { short_description: 'Disk full on db01', state: '2' });
    dieAfter((r) => r.method === 'PATCH', () => bed.instance.processEvents());
    sweepLater(CLAIM_TIMEOUT_MS + 1000);
    const number = bed.instance.db.get('incident', id)!.number;
    const [item] = workItemsOf(number);
    expect(item.fields['System.Title']).toBe(`${number}: Disk full on db01`);
    expect(item.fields['System.State']).toBe('Doing');
    expect(workItemsOf(number)).toHaveLength(1);
    expect(outboxRows(bed).map((r) => r.state)).toEqual(['sent', 'sent']);
    expect(bed.fake.requests.filter((r) => r.method === 'PATCH').map((r) => r.status)).toEqual([200, 412, 200]);
  });
});
