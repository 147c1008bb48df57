// GET .../_apis/wit/workitemtypes/{type}: the cheap authenticated read a connection health check makes. The request
// passes Microsoft's spec; answers follow the project's process; unknown types and projects are 404 with Azure
// DevOps' error, a wrong credential 401.
import { AdoFake, startAdoFake } from '../../../sandbox/ado-fake';
import { basicAuth, call } from './ado-test-client';

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
