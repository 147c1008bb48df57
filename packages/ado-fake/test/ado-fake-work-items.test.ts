// The fake's work item API: state, revisions and the errors Azure DevOps answers, with every request validated.
import { AdoFake, startAdoFake } from '..';
import { createAdoRequestValidator } from '../spec';
import { call, createWorkItem, JSON_PATCH, patchWorkItem, wiql } from '../test-client';

const validator = createAdoRequestValidator();
let fake: AdoFake;

beforeEach(async () => {
  fake = await startAdoFake({ validator, extraFields: [{ referenceName: 'Custom.ServiceNowNumber', name: 'ServiceNow Number', type: 'string' }] });
});
afterEach(() => fake.stop());

describe('create and read', () => {
  it('creates a work item with ADO defaults, 7-digit timestamps and identity objects', async () => {
    const r = await createWorkItem(fake, 'Task', { 'System.Title': 'Disk full on db01', 'Microsoft.VSTS.Common.Priority': 1, 'System.Tags': 'servicenow; INC0010001;  servicenow' });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8; api-version=7.1');
    expect(r.json).toMatchObject({ id: 1, rev: 1, url: `${fake.organizationUrl}/${fake.projectId}/_apis/wit/workItems/1` });
    const f = r.json.fields;
    expect(f).toMatchObject({
      'System.Title': 'Disk full on db01',
      'System.State': 'To Do',
      'System.WorkItemType': 'Task',
      'System.TeamProject': 'IncidentBridge',
      'System.AreaPath': 'IncidentBridge',
      'System.Tags': 'INC0010001; servicenow',
      'Microsoft.VSTS.Common.Priority': 1,
      'System.CommentCount': 0,
    });
    expect(f['System.ChangedDate']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/);
    expect(f['System.CreatedBy']).toMatchObject({ displayName: 'Incident Bridge Service', uniqueName: 'incident-bridge@fabrikam.example' });
    expect(f['System.Id']).toBeUndefined();
    expect(r.json._links.self.href).toBe(r.json.url);
    expect(fake.validationFailures).toEqual([]);
  });

  it('reads back by id (relations only with $expand), by id list, and by fields=', async () => {
    const a = (await createWorkItem(fake, 'Issue', { 'System.Title': 'A' })).json;
    await patchWorkItem(fake, a.id, [{ op: 'add', path: '/relations/-', value: { rel: 'Hyperlink', url: 'https://sn.example/incident/1', attributes: { comment: 'ServiceNow' } } }]);
    const plain = await call(fake, 'GET', `/_apis/wit/workitems/${a.id}?api-version=7.1`);
    expect(plain.json.relations).toBeUndefined();
    const expanded = await call(fake, 'GET', `/_apis/wit/workitems/${a.id}?api-version=7.1&$expand=relations`);
    expect(expanded.json.relations).toEqual([{ rel: 'Hyperlink', url: 'https://sn.example/incident/1', attributes: expect.objectContaining({ comment: 'ServiceNow' }) }]);
    const list = await call(fake, 'GET', `/_apis/wit/workitems?ids=${a.id},999&errorPolicy=omit&api-version=7.1`);
    expect(list.json.count).toBe(2);
    expect(list.json.value[0].id).toBe(a.id);
    expect(list.json.value[1]).toBeNull();
    expect((await call(fake, 'GET', `/_apis/wit/workitems?ids=${a.id},999&api-version=7.1`)).status).toBe(404);
    const some = await call(fake, 'GET', `/_apis/wit/workitems/${a.id}?fields=System.Id,System.State&api-version=7.1`);
    expect(some.json.fields).toEqual({ 'System.Id': a.id, 'System.State': 'To Do' });
  });

  it('answers 404 TF401232 for an unknown work item', async () => {
    const r = await call(fake, 'GET', '/_apis/wit/workitems/4242?api-version=7.1');
    expect(r.status).toBe(404);
    expect(r.json).toMatchObject({ $id: '1', innerException: null, typeKey: 'WorkItemUnauthorizedAccessException', errorCode: 0, message: expect.stringMatching(/^TF401232: Work item 4242 does not exist/) });
  });

  it('accepts the project by name or id, and 404s another project', async () => {
    const byId = await call(fake, 'GET', `//${fake.projectId}/_apis/wit/workitems/1?api-version=7.1`);
    expect(byId.status).toBe(404);
    expect(byId.json.typeKey).toBe('WorkItemUnauthorizedAccessException');
    const other = await call(fake, 'GET', '//OtherProject/_apis/wit/workitems/1?api-version=7.1');
    expect(other.json).toMatchObject({ typeKey: 'ProjectDoesNotExistWithNameException', message: expect.stringMatching(/^TF200016/) });
  });
});

describe('rules', () => {
  it('rejects an unknown State with 400 RuleValidationException and stores nothing', async () => {
    const r = await createWorkItem(fake, 'Task', { 'System.Title': 'x', 'System.State': 'Resolved' });
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({
      typeKey: 'RuleValidationException',
      message: 'TF401320: Rule Error for field State. Error code: Required, HasValues, LimitedToValues, InvalidListValue.',
      customProperties: { FieldReferenceName: 'System.State' },
    });
    expect(fake.workItem(1)).toBeUndefined();
  });

  it('follows the configured process (Agile states)', async () => {
    await fake.stop();
    fake = await startAdoFake({ validator, process: 'Agile' });
    const bug = await createWorkItem(fake, 'Bug', { 'System.Title': 'x' });
    expect(bug.json.fields).toMatchObject({ 'System.State': 'New', 'System.Reason': 'New defect reported' });
    const active = await patchWorkItem(fake, bug.json.id, [{ op: 'add', path: '/fields/System.State', value: 'Active' }]);
    expect(active.json.fields['System.State']).toBe('Active');
    expect((await patchWorkItem(fake, bug.json.id, [{ op: 'add', path: '/fields/System.State', value: 'Doing' }])).status).toBe(400);
  });

  it('takes only the fields a type has: Repro Steps on a Bug, not on a Task nor anywhere in Basic; Description everywhere', async () => {
    const basicTask = await createWorkItem(fake, 'Task', { 'System.Title': 'x', 'Microsoft.VSTS.TCM.ReproSteps': 'steps' });
    expect(basicTask.status).toBe(400);
    expect(basicTask.json).toMatchObject({ message: 'TF51535: Cannot find field Microsoft.VSTS.TCM.ReproSteps.', typeKey: 'WorkItemTrackingFieldDefinitionNotFoundException' });
    await fake.stop();
    fake = await startAdoFake({ validator, process: 'Scrum' });
    const bug = await createWorkItem(fake, 'Bug', { 'System.Title': 'x', 'Microsoft.VSTS.TCM.ReproSteps': '<p>steps</p>', 'System.Description': '<p>kept, though the Bug form does not show it</p>' });
    expect(bug.status).toBe(200);
    expect(bug.json.fields['Microsoft.VSTS.TCM.ReproSteps']).toBe('<p>steps</p>');
    const task = await createWorkItem(fake, 'Task', { 'System.Title': 'x', 'System.Description': '<p>d</p>' });
    expect(task.status).toBe(200);
    // by display name as well, on update as on create; nothing is stored
    const refused = await patchWorkItem(fake, task.json.id, [{ op: 'add', path: '/fields/Repro Steps', value: 'steps' }]);
    expect(refused.status).toBe(400);
    expect(refused.json.message).toBe('TF51535: Cannot find field Repro Steps.');
    expect((await patchWorkItem(fake, task.json.id, [{ op: 'add', path: '/fields/Microsoft.VSTS.Common.Severity', value: '2 - High' }])).status).toBe(400);
    expect((fake.workItem(task.json.id) as { rev: number }).rev).toBe(1);
    expect(fake.validationFailures).toEqual([]);
  });

  it('requires a Title, knows its fields and keeps system fields read-only', async () => {
    expect((await createWorkItem(fake, 'Task', { 'System.Description': 'no title' })).json.message).toMatch(/TF401320: Rule Error for field Title/);
    expect((await createWorkItem(fake, 'Task', { 'System.Title': 'x', 'Custom.Nope': 1 })).json.message).toBe('TF51535: Cannot find field Custom.Nope.');
    expect((await createWorkItem(fake, 'Task', { 'System.Title': 'x', 'System.CreatedDate': '2020-01-01' })).json.message).toMatch(/ReadOnly/);
    expect((await createWorkItem(fake, 'Task', { 'System.Title': 'x', 'Custom.ServiceNowNumber': 'INC1' })).status).toBe(200);
    expect((await createWorkItem(fake, 'Task', { 'System.Title': 'x'.repeat(256) })).status).toBe(400);
    expect((await createWorkItem(fake, 'Pony', { 'System.Title': 'x' })).status).toBe(404);
  });
});

describe('updates', () => {
  it('updates with test /rev, bumps rev and ChangedDate, and answers a stale rev with 412', async () => {
    const created = (await createWorkItem(fake, 'Task', { 'System.Title': 'x' })).json;
    const updated = await patchWorkItem(fake, created.id, [
      { op: 'test', path: '/rev', value: 1 },
      { op: 'replace', path: '/fields/System.State', value: 'doing' },
    ]);
    expect(updated.status).toBe(200);
    expect(updated.json.rev).toBe(2);
    expect(updated.json.fields['System.State']).toBe('Doing');
    expect(updated.json.fields['System.ChangedDate'] > created.fields['System.ChangedDate']).toBe(true);
    const stale = await patchWorkItem(fake, created.id, [
      { op: 'test', path: '/rev', value: 1 },
      { op: 'add', path: '/fields/System.Title', value: 'lost update' },
    ]);
    expect(stale.status).toBe(412);
    expect(stale.json).toMatchObject({
      typeKey: 'TestPatchOperationFailedException',
      message: 'VS403351: Test Operation for path /rev failed, value 2 was not equal to test value 1.',
    });
    const after = await call(fake, 'GET', `/_apis/wit/workitems/${created.id}?api-version=7.1`);
    expect(after.json).toMatchObject({ rev: 2, fields: { 'System.Title': 'x' } });
  });

  it('keeps System.History only in the revision that wrote it and lists updates', async () => {
    const { id } = (await createWorkItem(fake, 'Task', { 'System.Title': 'x' })).json;
    const withHistory = await patchWorkItem(fake, id, [{ op: 'add', path: '/fields/System.History', value: '<p>Synced from ServiceNow</p>' }]);
    expect(withHistory.json.fields['System.History']).toBe('<p>Synced from ServiceNow</p>');
    const next = await patchWorkItem(fake, id, [{ op: 'add', path: '/fields/System.Title', value: 'y' }]);
    expect(next.json.fields['System.History']).toBeUndefined();
    const updates = await call(fake, 'GET', `/_apis/wit/workItems/${id}/updates?api-version=7.1`);
    expect(updates.json.count).toBe(3);
    expect(updates.json.value[2].fields['System.Title']).toEqual({ oldValue: 'x', newValue: 'y' });
  });

  it('validateOnly runs the rules but stores nothing', async () => {
    const dry = await createWorkItem(fake, 'Task', { 'System.Title': 'dry run' }, '&validateOnly=true');
    expect(dry.status).toBe(200);
    expect(dry.json.id).toBeUndefined();
    expect(dry.json.fields['System.Title']).toBe('dry run');
    expect((await createWorkItem(fake, 'Task', { 'System.Title': 'x', 'System.State': 'Nope' }, '&validateOnly=true')).status).toBe(400);
    const real = (await createWorkItem(fake, 'Task', { 'System.Title': 'real' })).json;
    expect(real.id).toBe(1);
    const dryUpdate = await patchWorkItem(fake, real.id, [{ op: 'add', path: '/fields/System.Title', value: 'changed?' }], '&validateOnly=true');
    expect(dryUpdate.json.fields['System.Title']).toBe('changed?');
    expect((fake.workItem(real.id) as { rev: number; fields: { [k: string]: unknown } }).fields['System.Title']).toBe('real');
  });

  it('makes no revision for a patch that changes nothing', async () => {
    const { id } = (await createWorkItem(fake, 'Task', { 'System.Title': 'x' })).json;
    const same = await patchWorkItem(fake, id, [{ op: 'test', path: '/rev', value: 1 }, { op: 'add', path: '/fields/System.Title', value: 'x' }]);
    expect(same.json.rev).toBe(1);
  });
});

describe('comments, attachments, recycle bin', () => {
  it('adds and lists comments on the workItems path; each comment is exactly one revision, and its answer has no rev', async () => {
    const { id } = (await createWorkItem(fake, 'Task', { 'System.Title': 'x' })).json;
    const added = await call(fake, 'POST', `/_apis/wit/workItems/${id}/comments?api-version=7.1-preview.4`, { body: { text: 'First note' } });
    expect(added.status).toBe(200);
    expect(added.json).toMatchObject({ workItemId: id, id: expect.any(Number), version: 1, text: 'First note', isDeleted: false, createdBy: { uniqueName: 'incident-bridge@fabrikam.example' } });
    expect(added.json).not.toHaveProperty('rev');
    expect((fake.workItem(id) as { rev: number }).rev).toBe(2);
    // A client that counted the comment tests the right rev.
    expect((await patchWorkItem(fake, id, [{ op: 'test', path: '/rev', value: 2 }, { op: 'add', path: '/fields/System.Title', value: 'y' }])).status).toBe(200);
    await call(fake, 'POST', `/_apis/wit/workItems/${id}/comments?api-version=7.1-preview.4`, { body: { text: 'Second' } });
    const list = await call(fake, 'GET', `/_apis/wit/workItems/${id}/comments?api-version=7.1-preview.4&order=asc`);
    expect(list.json.totalCount).toBe(2);
    expect(list.json.comments.map((c: { text: string }) => c.text)).toEqual(['First note', 'Second']);
    expect((fake.workItem(id) as { rev: number; fields: { [k: string]: unknown } }).fields['System.CommentCount']).toBe(2);
    expect((fake.workItem(id) as { rev: number }).rev).toBe(4);
    const lower = await call(fake, 'POST', `/_apis/wit/workitems/${id}/comments?api-version=7.1-preview.4`, { body: { text: 'x' } });
    expect(lower.status).toBe(400);
    expect(fake.validationFailures).toHaveLength(1);
  });

  it('stores an attachment (201 {id,url}), serves its bytes, and links it as AttachedFile', async () => {
    const bytes = Buffer.from([0, 1, 2, 250, 255]);
    const up = await call(fake, 'POST', '/_apis/wit/attachments?fileName=dump.bin&api-version=7.1', { body: bytes, contentType: 'application/octet-stream' });
    expect(up.status).toBe(201);
    expect(up.json.url).toBe(`${fake.organizationUrl}/${fake.projectId}/_apis/wit/attachments/${up.json.id}?fileName=dump.bin`);
    const down = await fetch(`${up.json.url}&api-version=7.1`, { headers: { Authorization: 'Basic ' + Buffer.from(':fake-pat').toString('base64') } });
    expect(Buffer.from(await down.arrayBuffer())).toEqual(bytes);
    const { id } = (await createWorkItem(fake, 'Task', { 'System.Title': 'x' })).json;
    const linked = await patchWorkItem(fake, id, [{ op: 'add', path: '/relations/-', value: { rel: 'AttachedFile', url: up.json.url, attributes: { comment: 'dump' } } }]);
    expect(linked.json.relations[0]).toMatchObject({ rel: 'AttachedFile', url: up.json.url, attributes: { name: 'dump.bin', resourceSize: 5, comment: 'dump' } });
    const bogus = await patchWorkItem(fake, id, [{ op: 'add', path: '/relations/-', value: { rel: 'AttachedFile', url: `${fake.url}/x/_apis/wit/attachments/00000000-0000-0000-0000-000000000000` } }]);
    expect(bogus.status).toBe(404);
  });

  it('deletes to the recycle bin and restores', async () => {
    const { id } = (await createWorkItem(fake, 'Task', { 'System.Title': 'x' })).json;
    const deleted = await call(fake, 'DELETE', `/_apis/wit/workitems/${id}?api-version=7.1`);
    expect(deleted.json).toMatchObject({ id, code: 200, type: 'Task', name: 'x', url: expect.stringMatching(/\/_apis\/wit\/recyclebin\/1$/) });
    expect((await call(fake, 'GET', `/_apis/wit/workitems/${id}?api-version=7.1`)).status).toBe(404);
    expect((await call(fake, 'GET', '/_apis/wit/recyclebin?api-version=7.1')).json.value).toEqual([{ id, url: deleted.json.url }]);
    const restored = await call(fake, 'PATCH', `/_apis/wit/recyclebin/${id}?api-version=7.1`, { body: { IsDeleted: false } });
    expect(restored.status).toBe(200);
    expect((await call(fake, 'GET', `/_apis/wit/workitems/${id}?api-version=7.1`)).status).toBe(200);
  });
});

describe('WIQL over HTTP', () => {
  it('answers a flat query result with columns and work item references', async () => {
    await createWorkItem(fake, 'Task', { 'System.Title': 'a', 'System.Tags': 'sync' });
    await createWorkItem(fake, 'Task', { 'System.Title': 'b' });
    const r = await wiql(fake, "SELECT [System.Id], [System.Title] FROM WorkItems WHERE [System.Tags] CONTAINS 'sync' AND [System.TeamProject] = @project");
    expect(r.json).toMatchObject({
      queryType: 'flat',
      queryResultType: 'workItem',
      columns: [{ referenceName: 'System.Id', name: 'ID' }, { referenceName: 'System.Title', name: 'Title' }],
      workItems: [{ id: 1, url: `${fake.organizationUrl}/${fake.projectId}/_apis/wit/workItems/1` }],
    });
  });

  it('catches up by ChangedDate with timePrecision=true and excludes deleted items', async () => {
    const first = (await createWorkItem(fake, 'Task', { 'System.Title': 'a' })).json;
    const second = (await createWorkItem(fake, 'Task', { 'System.Title': 'b' })).json;
    const since = first.fields['System.ChangedDate'];
    const q = `SELECT [System.Id] FROM WorkItems WHERE [System.ChangedDate] > '${since}' ORDER BY [System.ChangedDate]`;
    expect((await wiql(fake, q)).status).toBe(400);
    expect((await wiql(fake, q, '&timePrecision=true')).json.workItems.map((w: { id: number }) => w.id)).toEqual([second.id]);
    await call(fake, 'DELETE', `/_apis/wit/workitems/${second.id}?api-version=7.1`);
    expect((await wiql(fake, q, '&timePrecision=true')).json.workItems).toEqual([]);
  });
});

it('records every request with its status and operation', async () => {
  await createWorkItem(fake, 'Task', { 'System.Title': 'x' });
  await call(fake, 'GET', '/_apis/wit/workitems/1?api-version=7.1');
  expect(fake.requests.map((r) => [r.method, r.status, r.operationId])).toEqual([
    ['POST', 200, 'Work Items_Create'],
    ['GET', 200, 'Work Items_Get Work Item'],
  ]);
  expect(fake.requests[0].body).toEqual([{ op: 'add', path: '/fields/System.Title', value: 'x' }]);
  expect(fake.requests[0].query).toEqual({ 'api-version': '7.1' });
  expect(fake.requests[0].headers['content-type']).toBe(JSON_PATCH);
});
