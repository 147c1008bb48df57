// Contract tier: every kind of request the Azure DevOps client sends goes to the fake, which validates it against
// Microsoft's WIT 7.1 spec; `validationFailures` must stay empty. Our own asserts cover what the validator does not:
// the exact Content-Type, the api-version per operation, the `workItems` casing of the comments path, no `from` key
// outside move/copy, and octet-stream uploads.
import AzureDevOpsSync from '../../src/app/azure-devops/AzureDevOpsSync';
import type { RecordedRequest } from '@incb/ado-fake';
import { PAT, SyncBed, attachFile, insertIncident, payloadFor, startBed, updateIncident } from '../unit/azure-devops/adoSyncFixture';

let bed: SyncBed;
let requests: RecordedRequest[];

/** Drives one incident through every request kind: create, update (with a 412 re-read), comment, upload + link,
 * and a validateOnly dry run. */
beforeAll(async () => {
  bed = await startBed();
  const sync = () => new AzureDevOpsSync(bed.connection);
  const id = insertIncident({ short_description: 'Contract <check>', description: 'x & y', state: '1', priority: '2' });
  const number = bed.instance.db.get('incident', id)!.number;
  expect(sync().syncIncident(payloadFor(id, number, { reason: 'create', changedFields: ['short_description', 'description', 'state', 'priority'] })).outcome).toBe('sent');
  // A remote edit makes the next update's rev stale: 412, GET, PATCH.
  bed.fake.handleSync({
    method: 'PATCH',
    url: `${bed.fake.organizationUrl}/${bed.fake.project}/_apis/wit/workitems/1?api-version=7.1`,
    headers: { 'Content-Type': 'application/json-patch+json', Authorization: 'Basic ' + Buffer.from(':' + PAT).toString('base64') },
    body: JSON.stringify([{ op: 'add', path: '/fields/System.Tags', value: 'remote' }]),
  });
  updateIncident(id, { state: '2', work_notes: 'A note for the comments API' });
  const attachment = attachFile(id, 'report.txt', 'bytes');
  expect(sync().syncIncident(payloadFor(id, number, { changedFields: ['state'], journal: true, attachments: [attachment] })).outcome).toBe('sent');
  const other = insertIncident({ short_description: 'Validate only', state: '1', priority: '2' });
  expect(sync().dryRun(other, true).responses).toHaveLength(1);
  const linked = insertIncident({ short_description: 'x', priority: '1' });
  sync().syncIncident(payloadFor(linked, 'INC', { reason: 'create', changedFields: ['short_description'] }));
  updateIncident(linked, { priority: '3' });
  expect(sync().dryRun(linked, true).responses![0].status).toBe(200);
  requests = bed.fake.requests.filter((r) => !(r.method === 'PATCH' && (r.body as any[])[0].value === 'remote'));
});
afterAll(() => bed && bed.fake.stop());

const kind = (r: RecordedRequest) => r.operationId;
const ofKind = (operationId: string) => requests.filter((r) => kind(r) === operationId);

test('every request kind was sent, and the spec validator found nothing wrong with any', () => {
  const kinds = new Set(requests.map(kind));
  for (const k of ['Work Items_Create', 'Work Items_Update', 'Work Items_Get Work Item', 'Comments_Add Comment', 'Attachments_Create']) expect(kinds).toContain(k);
  expect(requests.some((r) => r.query.validateOnly === 'true' && kind(r) === 'Work Items_Create')).toBe(true);
  expect(requests.some((r) => r.query.validateOnly === 'true' && kind(r) === 'Work Items_Update')).toBe(true);
  expect(requests.some((r) => r.status === 412)).toBe(true);
  expect(bed.fake.validationFailures).toEqual([]);
});

test('create and update carry exactly Content-Type: application/json-patch+json and api-version 7.1', () => {
  const patches = [...ofKind('Work Items_Create'), ...ofKind('Work Items_Update')];
  expect(patches.length).toBeGreaterThanOrEqual(5);
  for (const r of patches) {
    expect(r.headers['content-type']).toBe('application/json-patch+json');
    expect(r.query['api-version']).toBe('7.1');
    expect(r.headers.accept).toBe('application/json');
  }
});

test('no JSON Patch op has a `from` key (not even null): we never move or copy', () => {
  for (const r of [...ofKind('Work Items_Create'), ...ofKind('Work Items_Update')]) {
    for (const op of r.body as Array<{ [key: string]: unknown }>) {
      expect(['add', 'test', 'remove', 'replace']).toContain(op.op);
      expect(Object.prototype.hasOwnProperty.call(op, 'from')).toBe(false);
    }
  }
});

test('updates start with test /rev', () => {
  for (const r of ofKind('Work Items_Update')) expect((r.body as any[])[0]).toEqual({ op: 'test', path: '/rev', value: expect.any(Number) });
});

test('comments go to .../workItems/{id}/comments (camel case) with api-version 7.1-preview.4 and a JSON {text}', () => {
  const comments = ofKind('Comments_Add Comment');
  expect(comments).toHaveLength(1);
  expect(comments[0].path).toMatch(/\/_apis\/wit\/workItems\/1\/comments$/);
  expect(comments[0].query['api-version']).toBe('7.1-preview.4');
  expect(comments[0].headers['content-type']).toBe('application/json');
  expect(Object.keys(comments[0].body as object)).toEqual(['text']);
});

test('uploads are application/octet-stream with fileName and api-version 7.1, then linked as AttachedFile', () => {
  const uploads = ofKind('Attachments_Create');
  expect(uploads).toHaveLength(1);
  expect(uploads[0].headers['content-type']).toBe('application/octet-stream');
  expect(uploads[0].query).toEqual({ fileName: 'report.txt', 'api-version': '7.1' });
  const link = ofKind('Work Items_Update').find((r) => (r.body as any[]).some((op) => op.value && op.value.rel === 'AttachedFile'));
  expect(link).toBeDefined();
  expect((link!.body as any[])[1]).toMatchObject({ op: 'add', path: '/relations/-', value: { rel: 'AttachedFile', url: expect.stringContaining('/_apis/wit/attachments/') } });
});

test('the re-read after a 412 is a plain GET with api-version 7.1 and no body', () => {
  const reads = ofKind('Work Items_Get Work Item');
  expect(reads.length).toBeGreaterThanOrEqual(1);
  for (const r of reads) {
    expect(r.query['api-version']).toBe('7.1');
    expect(r.body).toBeUndefined();
  }
});
