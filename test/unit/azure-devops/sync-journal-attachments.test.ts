// Journal entries become Azure DevOps comments and attachments are uploaded and linked, each exactly once: the link
// records every one right after Azure DevOps accepted it.
import AzureDevOpsSync from '../../../src/app/azure-devops/AzureDevOpsSync';
import { PAT, SyncBed, attachFile, insertIncident, linkOf, logRows, payloadFor, startBed, updateIncident } from './adoSyncFixture';

let bed: SyncBed;
afterEach(() => bed && bed.fake.stop());

function sync(id: string, changes: Parameters<typeof payloadFor>[2]) {
  return new AzureDevOpsSync(bed.connection).syncIncident(payloadFor(id, bed.instance.db.get('incident', id)!.number, changes));
}

function comments(): Array<{ text: string }> {
  const answer = bed.fake.handleSync({
    method: 'GET',
    url: `${bed.fake.organizationUrl}/${bed.fake.project}/_apis/wit/workItems/1/comments?order=asc&api-version=7.1-preview.4`,
    headers: { Authorization: 'Basic ' + Buffer.from(':' + PAT).toString('base64') },
  });
  expect(answer.status).toBe(200);
  return JSON.parse(answer.body).comments;
}

async function linkedIncident(): Promise<string> {
  bed = await startBed();
  const id = insertIncident({ short_description: 'Disk full', state: '1', priority: '2' });
  expect(sync(id, { reason: 'create', changedFields: ['short_description'] }).outcome).toBe('sent');
  return id;
}

describe('journal entries', () => {
  it('sends each new work note once, oldest first, and not the comments journal the connection does not sync', async () => {
    const id = await linkedIncident();
    updateIncident(id, { work_notes: 'Restarted <db01> & checked' });
    bed.instance.clock.advance(1000);
    updateIncident(id, { work_notes: 'Second note\nwith two lines', comments: 'Customer-visible reply' });

    expect(sync(id, { journal: true }).outcome).toBe('sent');
    expect(comments().map((c) => c.text)).toEqual([
      '<p><b>Work note</b> by System Administrator (2026-11-22 10:00:00 UTC):</p><p>Restarted &lt;db01&gt; &amp; checked</p>',
      '<p><b>Work note</b> by System Administrator (2026-11-22 10:00:01 UTC):</p><p>Second note<br>with two lines</p>',
    ]);
    const commentRequests = bed.fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'));
    expect(commentRequests).toHaveLength(2);
    expect(commentRequests[0].path).toMatch(/\/_apis\/wit\/workItems\/1\/comments$/);
    expect(commentRequests[0].query['api-version']).toBe('7.1-preview.4');

    // Run again (a retry, a second entry): nothing is sent twice.
    expect(sync(id, { journal: true }).outcome).toBe('skipped');
    expect(comments()).toHaveLength(2);
    expect(linkOf(bed, id)!.synced_journal_ids.split(',')).toHaveLength(3);
    expect(bed.fake.validationFailures).toEqual([]);
  });

  it('a new work item also gets the work notes the incident already had', async () => {
    bed = await startBed();
    const id = insertIncident({ short_description: 'Noted', priority: '2', work_notes: 'Noted before the sync' });
    sync(id, { reason: 'create', changedFields: ['short_description'], journal: true });
    expect(comments().map((c) => c.text)).toEqual([expect.stringContaining('<p>Noted before the sync</p>')]);
  });

  it('resumes after a failed comment without sending the earlier one again', async () => {
    const id = await linkedIncident();
    updateIncident(id, { work_notes: 'one' });
    bed.instance.clock.advance(1000);
    updateIncident(id, { work_notes: 'two' });
    bed.fake.requests.length = 0;
    // The second comment POST fails: the first stays recorded as sent.
    let posts = 0;
    const original = bed.fake.handleSync;
    (bed.fake as any).handleSync = (request: any) => {
      if (request.method === 'POST' && /\/comments\?/.test(request.url) && ++posts === 2) return { status: 503, headers: { 'Retry-After': '5' }, body: '{"message":"busy"}' };
      return original(request);
    };
    expect(sync(id, { journal: true })).toMatchObject({ outcome: 'retry', httpStatus: 503, retryAfterMs: 5000 });
    (bed.fake as any).handleSync = original;
    // Inside the Retry-After window nothing is sent; after it, the sync resumes.
    expect(sync(id, { journal: true }).outcome).toBe('deferred');
    bed.instance.clock.advance(5000);
    expect(sync(id, { journal: true }).outcome).toBe('sent');
    expect(comments().map((c) => c.text.replace(/^.*<p>(\w+)<\/p>$/, '$1'))).toEqual(['one', 'two']);
  });
});

describe('attachments', () => {
  it('uploads each attachment as octet-stream and links it as AttachedFile, once', async () => {
    const id = await linkedIncident();
    const attachment = attachFile(id, 'trace.log', 'stack trace here');
    bed.fake.requests.length = 0;
    expect(sync(id, { reason: 'attachment', attachments: [attachment] }).outcome).toBe('sent');

    const [upload, patch] = bed.fake.requests;
    expect(`${upload.method} ${upload.path}`).toBe(`POST /${bed.fake.organization}/${bed.fake.project}/_apis/wit/attachments`);
    expect(upload.query).toEqual({ fileName: 'trace.log', 'api-version': '7.1' });
    expect(upload.headers['content-type']).toBe('application/octet-stream');
    expect(Buffer.from(upload.body as Buffer).toString('utf8')).toBe('stack trace here');
    expect(patch.method).toBe('PATCH');
    expect((patch.body as any[])[0]).toMatchObject({ op: 'test', path: '/rev' });
    const item = bed.fake.workItem(1) as any;
    const files = item.relations.filter((r: any) => r.rel === 'AttachedFile');
    expect(files).toHaveLength(1);
    expect(files[0].attributes.comment).toBe('trace.log');
    expect(linkOf(bed, id)!.synced_attachment_ids).toBe(attachment);
    expect(linkOf(bed, id)!.remote_rev).toBe(String(item.rev));

    bed.fake.requests.length = 0;
    expect(sync(id, { reason: 'attachment', attachments: [attachment] }).outcome).toBe('skipped');
    expect(bed.fake.requests).toEqual([]);
    expect(bed.fake.state().attachments).toBe(1);
    expect(bed.fake.validationFailures).toEqual([]);
  });

  it('skips and logs an attachment over x_incb_bridge.attachment.max_bytes', async () => {
    const id = await linkedIncident();
    (global as any).gs.setProperty('x_incb_bridge.attachment.max_bytes', '10');
    const big = attachFile(id, 'big.bin', 'x'.repeat(11));
    const small = attachFile(id, 'small.txt', 'tiny');
    bed.fake.requests.length = 0;
    expect(sync(id, { reason: 'attachment', attachments: [big, small] }).outcome).toBe('sent');
    expect(bed.fake.requests.filter((r) => r.path.endsWith('/attachments')).map((r) => r.query.fileName)).toEqual(['small.txt']);
    const skipped = logRows(bed).filter((r) => r.outcome === 'skipped' && r.error.indexOf('big.bin') >= 0);
    expect(skipped).toHaveLength(1);
    expect(skipped[0].error).toContain('(11 bytes)');
  });

  it('a new work item also gets the files the incident already had', async () => {
    bed = await startBed();
    const id = insertIncident({ short_description: 'With file', priority: '3' });
    attachFile(id, 'before.txt', 'attached before the sync');
    expect(sync(id, { reason: 'create', changedFields: ['short_description'] }).outcome).toBe('sent');
    const item = bed.fake.workItem(1) as any;
    expect(item.relations.map((r: any) => r.rel).sort()).toEqual(['AttachedFile', 'Hyperlink']);
  });
});
