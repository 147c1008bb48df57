// Service hook deliveries: payloads shaped like Microsoft's samples, delivered after the API answered, with
// pause/resume and replay for receiver tests.
import { AdoFake, startAdoFake } from '..';
import { createAdoRequestValidator } from '../spec';
import { call, createWorkItem, HookReceiver, hookSample, patchWorkItem, startHookReceiver } from '../test-client';

const validator = createAdoRequestValidator();
let fake: AdoFake;
let receiver: HookReceiver;

beforeEach(async () => {
  fake = await startAdoFake({ validator });
  receiver = await startHookReceiver();
});
afterEach(async () => {
  await fake.stop();
  await receiver.close();
});

function subscribeAll(extra: Partial<Parameters<AdoFake['subscribe']>[0]> = {}) {
  return fake.subscribe({ url: receiver.url, eventTypes: ['workitem.created', 'workitem.updated', 'workitem.commented', 'workitem.deleted', 'workitem.restored'], ...extra });
}

const keys = (o: object) => Object.keys(o).sort();

describe('payload shapes', () => {
  it('workitem.created carries every envelope and resource key of the sample, identities as "Name <mail>"', async () => {
    subscribeAll();
    await createWorkItem(fake, 'Task', { 'System.Title': 'Disk full' });
    await fake.hooksSettled();
    const [hook] = receiver.received.map((r) => r.body);
    const sample = hookSample('workitem.created');
    expect(keys(hook)).toEqual(expect.arrayContaining(keys(sample)));
    expect(keys(hook.resource)).toEqual(expect.arrayContaining(keys(sample.resource)));
    const sampleSystemFields = Object.keys(sample.resource.fields).filter((f) => f.startsWith('System.'));
    expect(keys(hook.resource.fields)).toEqual(expect.arrayContaining(sampleSystemFields));
    expect(hook).toMatchObject({ eventType: 'workitem.created', publisherId: 'tfs', resourceVersion: '1.0', resource: { id: 1, rev: 1 } });
    expect(keys(hook.resourceContainers)).toEqual(keys(sample.resourceContainers));
    expect(hook.resource.fields['System.CreatedBy']).toBe('Incident Bridge Service <incident-bridge@fabrikam.example>');
    expect(hook.createdDate).toMatch(/\.\d{7}Z$/);
    expect(keys(hook.message)).toEqual(['html', 'markdown', 'text']);
  });

  it('workitem.updated carries the update (id = update number, workItemId, old/new values, revision = the item)', async () => {
    subscribeAll();
    const { id } = (await createWorkItem(fake, 'Task', { 'System.Title': 'x' })).json;
    await patchWorkItem(fake, id, [{ op: 'add', path: '/fields/System.State', value: 'Doing' }]);
    await fake.hooksSettled();
    const hook = receiver.received.map((r) => r.body).find((b) => b.eventType === 'workitem.updated');
    const sample = hookSample('workitem.updated');
    expect(keys(hook.resource)).toEqual(expect.arrayContaining(keys(sample.resource)));
    expect(keys(hook.resource.revision)).toEqual(expect.arrayContaining(keys(sample.resource.revision)));
    expect(hook.resource).toMatchObject({ id: 2, workItemId: id, rev: 2, revision: { id, rev: 2, fields: { 'System.State': 'Doing' } } });
    expect(hook.resource.fields['System.State']).toEqual({ oldValue: 'To Do', newValue: 'Doing' });
    expect(hook.resource.fields['System.Rev']).toEqual({ oldValue: 1, newValue: 2 });
    for (const f of ['System.AuthorizedDate', 'System.RevisedDate', 'System.ChangedDate', 'System.Watermark']) {
      expect(keys(hook.resource.fields[f])).toEqual(keys(sample.resource.fields[f]));
    }
  });

  it('a comment fires workitem.commented with the text in System.History, like the sample', async () => {
    subscribeAll();
    const { id } = (await createWorkItem(fake, 'Task', { 'System.Title': 'x' })).json;
    await call(fake, 'POST', `/_apis/wit/workItems/${id}/comments?api-version=7.1-preview.4`, { body: { text: 'Customer called back' } });
    await fake.hooksSettled();
    const hook = receiver.received.map((r) => r.body).find((b) => b.eventType === 'workitem.commented');
    const sample = hookSample('workitem.commented');
    expect(keys(hook)).toEqual(expect.arrayContaining(keys(sample)));
    expect(keys(hook.resource)).toEqual(expect.arrayContaining(keys(sample.resource)));
    expect(hook.resource.fields['System.History']).toBe('Customer called back');
    expect(hook.detailedMessage.text).toMatch(/Customer called back/);
  });

  it('workitem.deleted points at the recycle bin; workitem.restored at the work item again', async () => {
    subscribeAll();
    const { id } = (await createWorkItem(fake, 'Task', { 'System.Title': 'x' })).json;
    await call(fake, 'DELETE', `/_apis/wit/workitems/${id}?api-version=7.1`);
    await call(fake, 'PATCH', `/_apis/wit/recyclebin/${id}?api-version=7.1`, { body: { isDeleted: false } });
    await fake.hooksSettled();
    const deleted = receiver.received.map((r) => r.body).find((b) => b.eventType === 'workitem.deleted');
    const restored = receiver.received.map((r) => r.body).find((b) => b.eventType === 'workitem.restored');
    expect(deleted.resource).toMatchObject({ id, url: expect.stringMatching(/\/recyclebin\/1$/), _links: { self: { href: expect.stringMatching(/\/recyclebin\/1$/) } } });
    expect(restored.resource).toMatchObject({ id, url: expect.stringMatching(/\/workItems\/1$/) });
  });
});

describe('delivery', () => {
  it('sends Basic auth and custom headers, and only the subscribed event types', async () => {
    fake.subscribe({ url: receiver.url, eventTypes: ['workitem.updated'], basicAuth: { username: 'ado', password: 's3cret' }, headers: { 'X-Bridge-Secret': 'abc' } });
    const { id } = (await createWorkItem(fake, 'Task', { 'System.Title': 'x' })).json;
    await patchWorkItem(fake, id, [{ op: 'add', path: '/fields/System.Title', value: 'y' }]);
    await fake.hooksSettled();
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0].headers.authorization).toBe('Basic ' + Buffer.from('ado:s3cret').toString('base64'));
    expect(receiver.received[0].headers['x-bridge-secret']).toBe('abc');
    expect(receiver.received[0].headers['content-type']).toBe('application/json; charset=utf-8');
    expect(fake.deliveries).toEqual([expect.objectContaining({ eventType: 'workitem.updated', state: 'delivered', status: 200 })]);
  });

  it('answers the API before a slow receiver has answered the hook', async () => {
    subscribeAll();
    let release!: () => void;
    receiver.gate = new Promise<void>((resolve) => (release = resolve));
    const created = await createWorkItem(fake, 'Task', { 'System.Title': 'x' });
    expect(created.status).toBe(200);
    expect(fake.deliveries[0].state).toBe('queued');
    release();
    await fake.hooksSettled();
    expect(fake.deliveries[0].state).toBe('delivered');
  });

  it('holds deliveries while paused and sends them in order on resume', async () => {
    subscribeAll();
    fake.pauseHooks();
    const { id } = (await createWorkItem(fake, 'Task', { 'System.Title': 'x' })).json;
    await patchWorkItem(fake, id, [{ op: 'add', path: '/fields/System.Title', value: 'y' }]);
    await fake.hooksSettled();
    expect(receiver.received).toHaveLength(0);
    fake.resumeHooks();
    await fake.hooksSettled();
    expect(receiver.received.map((r) => [r.body.eventType, r.body.notificationId])).toEqual([
      ['workitem.created', 1],
      ['workitem.updated', 2],
    ]);
  });

  it('records failed deliveries and replays a delivery with the same envelope id', async () => {
    const subscription = subscribeAll();
    receiver.status = 500;
    await createWorkItem(fake, 'Task', { 'System.Title': 'x' });
    await fake.hooksSettled();
    expect(fake.deliveries[0]).toMatchObject({ state: 'failed', status: 500, subscriptionId: subscription.id });
    receiver.status = 200;
    const replay = fake.redeliver(fake.deliveries[0].id);
    await fake.hooksSettled();
    expect(replay).toMatchObject({ state: 'delivered', replayOf: fake.deliveries[0].id });
    expect(receiver.received[1].body).toEqual(receiver.received[0].body);
  });

  it('reports an unreachable receiver without affecting the API', async () => {
    fake.subscribe({ url: 'http://127.0.0.1:9/unreachable', eventTypes: ['workitem.created'] });
    expect((await createWorkItem(fake, 'Task', { 'System.Title': 'x' })).status).toBe(200);
    await fake.hooksSettled();
    expect(fake.deliveries[0]).toMatchObject({ state: 'failed', error: expect.any(String) });
    expect(fake.deliveries[0].status).toBeUndefined();
  });

  it('is driven through the control endpoints', async () => {
    const created = await fetch(`${fake.url}/_fake/subscriptions`, { method: 'POST', body: JSON.stringify({ url: receiver.url, eventTypes: ['workitem.created'] }) });
    expect(created.status).toBe(201);
    await fetch(`${fake.url}/_fake/hooks/pause`, { method: 'POST' });
    await createWorkItem(fake, 'Task', { 'System.Title': 'x' });
    await fake.hooksSettled();
    expect(receiver.received).toHaveLength(0);
    await fetch(`${fake.url}/_fake/hooks/resume`, { method: 'POST' });
    await fake.hooksSettled();
    expect(receiver.received).toHaveLength(1);
    const replay = await fetch(`${fake.url}/_fake/deliveries/${fake.deliveries[0].id}/redeliver`, { method: 'POST' });
    expect(replay.status).toBe(201);
    await fake.hooksSettled();
    expect(receiver.received).toHaveLength(2);
    const bad = await fetch(`${fake.url}/_fake/subscriptions`, { method: 'POST', body: JSON.stringify({ url: receiver.url, eventTypes: ['git.push'] }) });
    expect(bad.status).toBe(400);
  });
});
