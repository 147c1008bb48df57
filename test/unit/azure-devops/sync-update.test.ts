// Later syncs of a linked incident: PATCH only what changed, `test /rev` first; a stale rev (412) is re-read and
// retried; values Azure DevOps already has (the link's fingerprint) are not sent again.
import AzureDevOpsSync from '../../../src/app/azure-devops/AzureDevOpsSync';
import { PAT, SyncBed, insertIncident, linkOf, payloadFor, requestLines, startBed, updateIncident } from './adoSyncFixture';

let bed: SyncBed;
afterEach(() => bed && bed.fake.stop());

/** An incident already synced once (work item 1); the fake's request log is cleared afterwards. */
async function linkedIncident(values: { [field: string]: string } = {}) {
  bed = await startBed();
  const id = insertIncident({ short_description: 'Disk full', state: '1', priority: '2', ...values });
  const number = bed.instance.db.get('incident', id)!.number;
  const created = new AzureDevOpsSync(bed.connection).syncIncident(payloadFor(id, number, { reason: 'create', changedFields: ['short_description', 'state', 'priority'] }));
  expect(created.outcome).toBe('sent');
  bed.fake.requests.length = 0;
  return { id, number };
}

/** Someone else edits the work item in Azure DevOps (its rev moves on). */
function remoteEdit(title: string) {
  const answer = bed.fake.handleSync({
    method: 'PATCH',
    url: `${bed.fake.organizationUrl}/${bed.fake.project}/_apis/wit/workitems/1?api-version=7.1`,
    headers: { 'Content-Type': 'application/json-patch+json', Authorization: 'Basic ' + Buffer.from(':' + PAT).toString('base64') },
    body: JSON.stringify([{ op: 'add', path: '/fields/System.Title', value: title }]),
  });
  expect(answer.status).toBe(200);
  bed.fake.requests.length = 0;
}

describe('update of a linked incident', () => {
  it('PATCHes only the changed fields, with test /rev first, and advances the link', async () => {
    const { id, number } = await linkedIncident();
    const revBefore = Number(linkOf(bed, id)!.remote_rev);
    updateIncident(id, { state: '6', priority: '3' });
    const result = new AzureDevOpsSync(bed.connection).syncIncident(payloadFor(id, number, { changedFields: ['state'] }));

    expect(result).toEqual({ outcome: 'sent', httpStatus: 200 });
    expect(requestLines(bed)).toEqual([`PATCH /${bed.fake.organization}/${bed.fake.project}/_apis/wit/workitems/1`]);
    expect(bed.fake.requests[0].body).toEqual([
      { op: 'test', path: '/rev', value: revBefore },
      { op: 'add', path: '/fields/System.State', value: 'Done' },
    ]);
    expect(bed.fake.validationFailures).toEqual([]);
    const item = bed.fake.workItem(1) as any;
    expect(item.fields['System.State']).toBe('Done');
    expect(linkOf(bed, id)!.remote_rev).toBe(String(item.rev));
  });

  it('sends the latest values at send time, not those of the save that queued the entry', async () => {
    const { id, number } = await linkedIncident();
    updateIncident(id, { short_description: 'first edit' });
    updateIncident(id, { short_description: 'second edit' });
    new AzureDevOpsSync(bed.connection).syncIncident(payloadFor(id, number, { changedFields: ['short_description'] }));
    expect((bed.fake.requests[0].body as any[])[1]).toEqual({ op: 'add', path: '/fields/System.Title', value: `${number}: second edit` });
  });

  it('on 412 re-reads the work item, rebuilds with its rev and succeeds', async () => {
    const { id, number } = await linkedIncident();
    const staleRev = Number(linkOf(bed, id)!.remote_rev);
    remoteEdit('Changed in Azure DevOps');
    updateIncident(id, { priority: '1' });
    const result = new AzureDevOpsSync(bed.connection).syncIncident(payloadFor(id, number, { changedFields: ['priority'] }));

    expect(result.outcome).toBe('sent');
    expect(bed.fake.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['PATCH 412', 'GET 200', 'PATCH 200']);
    expect((bed.fake.requests[0].body as any[])[0]).toEqual({ op: 'test', path: '/rev', value: staleRev });
    expect((bed.fake.requests[2].body as any[])[0]).toEqual({ op: 'test', path: '/rev', value: staleRev + 1 });
    const item = bed.fake.workItem(1) as any;
    expect(item.fields['Microsoft.VSTS.Common.Priority']).toBe(1);
    expect(item.fields['System.Title']).toBe('Changed in Azure DevOps');
    expect(linkOf(bed, id)!.remote_rev).toBe(String(item.rev));
    expect(bed.fake.validationFailures).toEqual([]);
  });

  it('gives up after three stale revs in a row and asks for a retry', async () => {
    const { id, number } = await linkedIncident();
    bed.fake.addFault({ mode: 'status', status: 412, count: 3, method: 'PATCH' });
    updateIncident(id, { priority: '1' });
    const result = new AzureDevOpsSync(bed.connection).syncIncident(payloadFor(id, number, { changedFields: ['priority'] }));
    expect(result).toMatchObject({ outcome: 'retry', httpStatus: 412 });
    expect(bed.fake.requests.map((r) => r.method)).toEqual(['PATCH', 'GET', 'PATCH', 'GET', 'PATCH', 'GET']);
  });

  it('sends nothing when Azure DevOps already has the current values (the link fingerprint matches)', async () => {
    const { id, number } = await linkedIncident();
    // Changed and changed back before the entry was delivered: the work item already shows these values.
    updateIncident(id, { state: '2' });
    updateIncident(id, { state: '1' });
    const result = new AzureDevOpsSync(bed.connection).syncIncident(payloadFor(id, number, { changedFields: ['state'] }));
    expect(result.outcome).toBe('skipped');
    expect(bed.fake.requests).toEqual([]);
  });

  it('skips an incident whose link was unlinked by an admin', async () => {
    const { id, number } = await linkedIncident();
    const link = linkOf(bed, id)!;
    const GlideRecord = (global as any).GlideRecord;
    const gr = new GlideRecord('x_incb_bridge_link');
    gr.get(link.sys_id);
    gr.setValue('state', 'unlinked');
    gr.update();
    updateIncident(id, { state: '2' });
    const result = new AzureDevOpsSync(bed.connection).syncIncident(payloadFor(id, number, { changedFields: ['state'] }));
    expect(result.outcome).toBe('skipped');
    expect(bed.fake.requests).toEqual([]);
  });
});
