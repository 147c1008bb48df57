// A revision read from each source shape: Microsoft's hook samples, and an update history entry (what the catch-up
// poll reads), with the author, changed fields, comment and attached files each comes with.
import { readEnvelope } from '../../../src/app/inbound/hookEnvelope';
import { revisionFromEnvelope, revisionFromUpdate } from '../../../src/app/inbound/remoteRevision';
import { hookSample } from '@incb/ado-fake/test-client';

const revisionOf = (payload: unknown) => revisionFromEnvelope(readEnvelope(payload).envelope!);

test('workitem.updated: the changed fields with their new values; the author from the revision when revisedBy is null', () => {
  const revision = revisionOf(hookSample('workitem.updated'));
  expect(revision).toMatchObject({ kind: 'updated', workItemId: 5, rev: 2, comment: null, attachments: [] });
  expect(revision.fields['System.State']).toBe('Approved');
  expect(revision.fields['System.AssignedTo']).toBe('Jamal Hartnet');
  expect(revision.author).toEqual({ displayName: 'Jamal Hartnett', uniqueName: '', id: '' });
  expect(revision.changedAt).toBe(Date.UTC(2014, 6, 15, 17, 42, 44, 663));
});

test('workitem.commented: the comment is System.History; the whole work item is the field set', () => {
  const revision = revisionOf(hookSample('workitem.commented'));
  expect(revision).toMatchObject({ kind: 'commented', workItemId: 5, rev: 4, comment: 'This is a great new idea' });
  expect(revision.fields['System.Title']).toBe('Some great new idea!');
  expect(revision.author!.displayName).toBe('Jamal Hartnett');
});

test('workitem.created: no comment unless created with one; attached files from its relations', () => {
  const sample = hookSample('workitem.created');
  expect(revisionOf(sample)).toMatchObject({ kind: 'created', rev: 1, comment: null, attachments: [] });
  sample.resource.fields['System.History'] = '<p>Created from a <b>phone</b> call</p>';
  sample.resource.relations = [
    { rel: 'AttachedFile', url: 'https://dev.azure.com/fabrikam/_apis/wit/attachments/11?fileName=log.txt', attributes: { name: 'log.txt', resourceSize: 120 } },
    { rel: 'Hyperlink', url: 'https://example.com' },
  ];
  const revision = revisionOf(sample);
  expect(revision.comment).toBe('<p>Created from a <b>phone</b> call</p>');
  expect(revision.attachments).toEqual([{ url: 'https://dev.azure.com/fabrikam/_apis/wit/attachments/11?fileName=log.txt', fileName: 'log.txt', sizeBytes: 120 }]);
});

test('a whitespace-only History is no comment', () => {
  const sample = hookSample('workitem.commented');
  sample.resource.fields['System.History'] = ' \r\n ';
  expect(revisionOf(sample).comment).toBeNull();
});

test('an update history entry: revisedBy object, cleared fields as null, added AttachedFile relations', () => {
  const update = {
    id: 7,
    workItemId: 12,
    rev: 7,
    revisedBy: { id: 'f1', displayName: 'Jamal Hartnett', uniqueName: 'jamal@fabrikam.example' },
    fields: {
      'System.Description': { oldValue: '<div>old</div>' },
      'System.History': { newValue: '<div>See the trace</div>' },
      'System.ChangedDate': { oldValue: '2026-11-22T09:00:00.1234567Z', newValue: '2026-11-22T10:00:00.9876543Z' },
    },
    relations: { added: [{ rel: 'AttachedFile', url: 'https://dev.azure.com/fabrikam/p/_apis/wit/attachments/a-b?fileName=trace%20one.txt', attributes: {} }] },
  };
  const revision = revisionFromUpdate(update, 12)!;
  expect(revision).toMatchObject({ kind: 'updated', workItemId: 12, rev: 7, comment: '<div>See the trace</div>' });
  expect(revision.author).toEqual({ displayName: 'Jamal Hartnett', uniqueName: 'jamal@fabrikam.example', id: 'f1' });
  expect(revision.fields['System.Description']).toBeNull();
  expect(revision.attachments).toEqual([{ url: update.relations.added[0].url, fileName: 'trace one.txt', sizeBytes: null }]);
  expect(revision.changedAt).toBe(Date.UTC(2026, 10, 22, 10, 0, 0, 987));
});

test.each([null, {}, { rev: 0 }, { rev: '3' }, { rev: 2.5 }])('%p is no update entry', (value) => {
  expect(revisionFromUpdate(value, 1)).toBeNull();
});
