// The envelope check on Microsoft's own sample payloads (they must pass, including the updated sample whose
// workItemId is 0) and on each way an envelope can be wrong (each must be refused, with a message saying what).
import { HOOK_EVENT_TYPES, isPositiveId, readEnvelope } from '../../../src/app/inbound/hookEnvelope';
import { hookSample } from '@incb/ado-fake/test-client';

describe('Microsoft samples', () => {
  test.each([
    ['workitem.created', 5, 1],
    ['workitem.commented', 5, 4],
    // resource.workItemId is 0 in this sample: the work item is named by resource.revision.id
    ['workitem.updated', 5, 2],
  ])('%s reads as work item %p revision %p', (eventType, workItemId, rev) => {
    const sample = hookSample(eventType);
    const reading = readEnvelope(sample);
    expect(reading.problem).toBeNull();
    expect(reading.envelope).toMatchObject({ id: sample.id, eventType, resourceVersion: '1.0', workItemId, rev, createdDate: sample.createdDate });
  });
});

describe('refusals', () => {
  const base = () => hookSample('workitem.commented');
  const updated = () => hookSample('workitem.updated');
  const cases: Array<[string, () => unknown, RegExp]> = [
    ['not an object', () => [base()], /JSON object/],
    ['null', () => null, /JSON object/],
    ['no id', () => ({ ...base(), id: undefined }), /"id"/],
    ['an id that is a number', () => ({ ...base(), id: 42 }), /"id"/],
    ['an id with spaces', () => ({ ...base(), id: 'a b' }), /"id"/],
    ['an id over 80 characters', () => ({ ...base(), id: 'a'.repeat(81) }), /"id"/],
    ['no eventType', () => ({ ...base(), eventType: undefined }), /eventType/],
    ['an unknown eventType', () => ({ ...base(), eventType: 'git.push' }), /Unsupported event type "git.push"/],
    ['resourceVersion 2.0', () => ({ ...base(), resourceVersion: '2.0' }), /resourceVersion "2.0"/],
    ['resourceVersion as a number', () => ({ ...base(), resourceVersion: 1 }), /resourceVersion 1/],
    ['no resourceVersion', () => ({ ...base(), resourceVersion: undefined }), /resourceVersion missing/],
    ['no resource', () => ({ ...base(), resource: undefined }), /"resource"/],
    ['a resource array', () => ({ ...base(), resource: [] }), /"resource"/],
    ['resource.id as a string', () => ({ ...base(), resource: { ...base().resource, id: '5' } }), /resource\.id/],
    ['resource.id 0', () => ({ ...base(), resource: { ...base().resource, id: 0 } }), /resource\.id/],
    ['resource.id negative', () => ({ ...base(), resource: { ...base().resource, id: -5 } }), /resource\.id/],
    ['resource.id fractional', () => ({ ...base(), resource: { ...base().resource, id: 5.5 } }), /resource\.id/],
    ['resource.id beyond 32 bits', () => ({ ...base(), resource: { ...base().resource, id: 2147483648 } }), /resource\.id/],
    ['resource.rev missing', () => ({ ...base(), resource: { ...base().resource, rev: undefined } }), /resource\.rev/],
    ['resource.fields not an object', () => ({ ...base(), resource: { ...base().resource, fields: 'x' } }), /resource\.fields/],
    ['updated without any work item id', () => ({ ...updated(), resource: { ...updated().resource, revision: undefined } }), /name its work item/],
    ['updated with a bad workItemId', () => ({ ...updated(), resource: { ...updated().resource, workItemId: 'five' } }), /workItemId/],
    ['updated with workItemId and revision.id disagreeing', () => ({ ...updated(), resource: { ...updated().resource, workItemId: 6 } }), /different work items/],
  ];
  test.each(cases)('%s', (_name, build, message) => {
    const reading = readEnvelope(build());
    expect(reading.envelope).toBeNull();
    expect(reading.problem!.message).toMatch(message);
  });

  test('an unknown event type is answered with the supported ones', () => {
    const reading = readEnvelope({ ...base(), eventType: 'workitem.moved' });
    expect(reading.problem!.detail).toBe('Supported event types: ' + HOOK_EVENT_TYPES.join(', '));
  });
});

test('isPositiveId accepts JSON numbers 1..2^31-1 only', () => {
  expect([1, 42, 2147483647].map(isPositiveId)).toEqual([true, true, true]);
  expect([0, -1, 1.5, '1', NaN, Infinity, null, true].map(isPositiveId)).toEqual([false, false, false, false, false, false, false, false]);
});
