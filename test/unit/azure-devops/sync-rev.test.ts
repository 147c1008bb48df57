// The link's remote_rev follows every write the sender makes, so its next `test /rev` passes: no 412 (and no re-read
// GET) ever follows our own writes. A comment makes a work item revision (Microsoft's spec: a WorkItem revision's
// commentVersionRef is "the comment added/edited/deleted in this revision", createdInRevision "the work item revision
// where this comment was originally added"), yet its answer is a Comment, which carries no rev.
import AzureDevOpsSync from '../../../src/app/azure-devops/AzureDevOpsSync';
import { SyncBed, attachFile, insertIncident, linkOf, payloadFor, startBed, updateIncident } from './adoSyncFixture';

let bed: SyncBed;
afterEach(() => bed && bed.fake.stop());

function sync(id: string, changes: Parameters<typeof payloadFor>[2]) {
  return new AzureDevOpsSync(bed.connection).syncIncident(payloadFor(id, bed.instance.db.get('incident', id)!.number, changes));
}

/** "METHOD status operation" of every request the fake served since the last clear. */
function exchanges(): string[] {
  return bed.fake.requests.map((r) => `${r.method} ${r.status} ${r.operationId}`);
}

function workItemRev(): number {
  return (bed.fake.workItem(1) as any).rev;
}

async function linkedIncident(): Promise<string> {
  bed = await startBed();
  const id = insertIncident({ short_description: 'Disk full', state: '1', priority: '2' });
  expect(sync(id, { reason: 'create', changedFields: ['short_description'] }).outcome).toBe('sent');
  bed.fake.requests.length = 0;
  return id;
}

describe('remote_rev after our own writes', () => {
  it('a synced comment moves remote_rev on, so the next field update is one PATCH: no 412, no GET', async () => {
    const id = await linkedIncident();
    updateIncident(id, { work_notes: 'Restarted the service' });
    expect(sync(id, { journal: true }).outcome).toBe('sent');
    expect(exchanges()).toEqual(['POST 200 Comments_Add Comment']);
    expect(linkOf(bed, id)!.remote_rev).toBe(String(workItemRev()));

    bed.fake.requests.length = 0;
    updateIncident(id, { short_description: 'Disk full on db01' });
    expect(sync(id, { changedFields: ['short_description'] }).outcome).toBe('sent');
    expect(exchanges()).toEqual(['PATCH 200 Work Items_Update']);
    expect(linkOf(bed, id)!.remote_rev).toBe(String(workItemRev()));
    expect(bed.fake.validationFailures).toEqual([]);
  });

  it('one sync with a field, two comments and a file sends each once, with no 412 and no GET', async () => {
    const id = await linkedIncident();
    updateIncident(id, { priority: '1', work_notes: 'one' });
    bed.instance.clock.advance(1000);
    updateIncident(id, { work_notes: 'two' });
    const file = attachFile(id, 'trace.log', 'stack trace');
    expect(sync(id, { changedFields: ['priority'], journal: true, attachments: [file] }).outcome).toBe('sent');
    expect(exchanges()).toEqual([
      'PATCH 200 Work Items_Update',
      'POST 200 Comments_Add Comment',
      'POST 200 Comments_Add Comment',
      'POST 201 Attachments_Create',
      'PATCH 200 Work Items_Update',
    ]);
    expect(linkOf(bed, id)!.remote_rev).toBe(String(workItemRev()));
  });

  it('a create that also sends the notes and files the incident had leaves remote_rev current', async () => {
    bed = await startBed();
    const id = insertIncident({ short_description: 'New', priority: '2', work_notes: 'Noted before the sync' });
    attachFile(id, 'before.txt', 'attached before the sync');
    expect(sync(id, { reason: 'create', changedFields: ['short_description'], journal: true }).outcome).toBe('sent');
    expect(exchanges()).toEqual([
      'POST 200 Work Items_Create',
      'POST 200 Comments_Add Comment',
      'POST 201 Attachments_Create',
      'PATCH 200 Work Items_Update',
    ]);
    expect(linkOf(bed, id)!.remote_rev).toBe(String(workItemRev()));

    bed.fake.requests.length = 0;
    updateIncident(id, { state: '2' });
    expect(sync(id, { changedFields: ['state'] }).outcome).toBe('sent');
    expect(exchanges()).toEqual(['PATCH 200 Work Items_Update']);
  });
});

describe('remote_rev after a re-read', () => {
  it('keeps the rev a 412 re-read found even when the PATCH after it fails, so the next attempt meets no 412', async () => {
    const id = await linkedIncident();
    // Someone else changes the work item: our rev is stale, legitimately.
    const remote = bed.fake.handleSync({
      method: 'PATCH',
      url: `${bed.fake.organizationUrl}/${bed.fake.project}/_apis/wit/workitems/1?api-version=7.1`,
      headers: { 'Content-Type': 'application/json-patch+json', Authorization: 'Basic ' + Buffer.from(':fake-pat').toString('base64') },
      body: JSON.stringify([{ op: 'add', path: '/fields/System.Tags', value: 'remote' }]),
    });
    expect(remote.status).toBe(200);
    bed.fake.requests.length = 0;
    // The PATCH after the re-read meets a 503.
    let patches = 0;
    const original = bed.fake.handleSync;
    (bed.fake as any).handleSync = (request: any) => {
      if (request.method === 'PATCH' && ++patches === 2) return { status: 503, headers: {}, body: '{"message":"busy"}' };
      return original(request);
    };
    updateIncident(id, { priority: '1' });
    expect(sync(id, { changedFields: ['priority'] }).outcome).toBe('retry');
    (bed.fake as any).handleSync = original;
    expect(exchanges()).toEqual(['PATCH 412 Work Items_Update', 'GET 200 Work Items_Get Work Item']);

    bed.fake.requests.length = 0;
    expect(sync(id, { changedFields: ['priority'] }).outcome).toBe('sent');
    expect(exchanges()).toEqual(['PATCH 200 Work Items_Update']);
  });
});
