// GET .../_apis/wit/workitemtypes/{type}: the cheap authenticated read a connection health check makes. The request
// passes Microsoft's spec; answers follow the project's process; unknown types and projects are 404 with Azure
// DevOps' error, a wrong credential 401.
import { AdoFake, startAdoFake } from '..';
import { basicAuth, call } from '../test-client';

let fake: AdoFake;
afterEach(() => fake && fake.stop());

test('a type of the process: its name, reference name and states with their categories', async () => {
  fake = await startAdoFake({ process: 'Agile' });
  const answer = await call(fake, 'GET', '/_apis/wit/workitemtypes/task?api-version=7.1');
  expect(answer.status).toBe(200);
  expect(answer.json).toMatchObject({ name: 'Task', referenceName: 'Microsoft.VSTS.WorkItemTypes.Task', isDisabled: false });
  expect(answer.json.states.map((s: any) => [s.name, s.category])).toEqual([
    ['New', 'Proposed'],
    ['Active', 'InProgress'],
    ['Closed', 'Completed'],
    ['Removed', 'Removed'],
  ]);
  expect(fake.validationFailures).toEqual([]);
});

test('the fields that exist on a type follow the process: Repro Steps on Bug only, the System fields everywhere', async () => {
  fake = await startAdoFake({ process: 'Agile', extraFields: [{ referenceName: 'Custom.ServiceNowNumber', name: 'ServiceNow Number', type: 'string' }] });
  const fieldsOf = async (type: string) => (await call(fake, 'GET', `/_apis/wit/workitemtypes/${type}?api-version=7.1`)).json.fields.map((f: any) => f.referenceName);
  const bug = await fieldsOf('Bug');
  const task = await fieldsOf('Task');
  for (const ref of ['System.Title', 'System.Description', 'System.State', 'Microsoft.VSTS.Common.Priority', 'Custom.ServiceNowNumber']) {
    expect(bug).toContain(ref);
    expect(task).toContain(ref);
  }
  expect(bug).toEqual(expect.arrayContaining(['Microsoft.VSTS.TCM.ReproSteps', 'Microsoft.VSTS.Common.Severity']));
  expect(task).not.toContain('Microsoft.VSTS.TCM.ReproSteps');
  expect(task).not.toContain('Microsoft.VSTS.Common.Severity');
  const title = (await call(fake, 'GET', '/_apis/wit/workitemtypes/Bug?api-version=7.1')).json.fields.find((f: any) => f.referenceName === 'System.Title');
  expect(title).toEqual({ alwaysRequired: true, referenceName: 'System.Title', name: 'Title', url: `${fake.organizationUrl}/_apis/wit/fields/System.Title` });
  expect(fake.validationFailures).toEqual([]);
});

test('unknown type, unknown project, wrong credential', async () => {
  fake = await startAdoFake();
  const type = await call(fake, 'GET', '/_apis/wit/workitemtypes/Bug?api-version=7.1');
  expect(type.status).toBe(404);
  expect(type.json.typeKey).toBe('WorkItemTypeNotFoundException');
  const project = await call(fake, 'GET', '//NoSuchProject/_apis/wit/workitemtypes/Task?api-version=7.1');
  expect(project.status).toBe(404);
  expect(project.json.typeKey).toBe('ProjectDoesNotExistWithNameException');
  const auth = await call(fake, 'GET', '/_apis/wit/workitemtypes/Task?api-version=7.1', { auth: basicAuth('wrong') });
  expect(auth.status).toBe(401);
  expect(fake.validationFailures).toEqual([]);
});
