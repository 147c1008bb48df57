// The spec validator must accept what Microsoft documents as valid and reject the mistakes real Azure DevOps
// rejects (or that our client contract forbids).
import * as fs from 'fs';
import * as path from 'path';
import { createAdoRequestValidator } from '../spec';
import { basicAuth } from '../test-client';

const validator = createAdoRequestValidator();
const AUTH = { authorization: basicAuth() };
const PATCH_HEADERS = { ...AUTH, 'content-type': 'application/json-patch+json' };
const WI = '/fabrikam/Fabrikam-Fiber-Git/_apis/wit';

/** One of the specification's request examples (samples/http-examples, see SOURCES.md there). */
function example(file: string) {
  return JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'samples', 'http-examples', file), 'utf8'));
}

/** Microsoft's create example sends `"from": null`, which the spec (from: string) and our contract reject. */
function withoutNullFrom(operations: { from?: unknown }[]): unknown[] {
  return operations.map((op) => {
    const copy = { ...op };
    if (copy.from === null) delete copy.from;
    return copy;
  });
}

describe("Microsoft's httpExamples", () => {
  it('accepts the create example once its "from": null is removed, and not before', () => {
    const ex = example('workItems_POST__wit_workitems_create.json');
    const request = { method: 'POST', url: `${WI}/workitems/$Task?api-version=7.1`, headers: PATCH_HEADERS };
    expect(validator.validate({ ...request, body: withoutNullFrom(ex.parameters.body) })).toMatchObject({ valid: true, operationId: 'Work Items_Create' });
    const raw = validator.validate({ ...request, body: ex.parameters.body });
    expect(raw.valid).toBe(false);
    expect(raw.errors.join('\n')).toMatch(/from/);
  });

  it('accepts the update example (test /rev, then adds)', () => {
    const ex = example('workItems_PATCH__wit_workitems__taskId_.json');
    const result = validator.validate({ method: 'PATCH', url: `${WI}/workitems/${ex.parameters.taskId}?api-version=7.1`, headers: PATCH_HEADERS, body: ex.parameters.body });
    expect(result).toMatchObject({ valid: true, operationId: 'Work Items_Update', pathParams: { id: '299' } });
  });

  it('accepts the comment example on the camel-case workItems path with 7.1-preview.4', () => {
    const ex = example('comments_POST__wit_workitems__taskId__comments_create.json');
    const url = `${WI}/workItems/${ex.parameters.workItemId}/comments?api-version=7.1-preview.4`;
    expect(validator.validate({ method: 'POST', url, headers: { ...AUTH, 'content-type': 'application/json' }, body: ex.parameters.body })).toMatchObject({
      valid: true,
      operationId: 'Comments_Add Comment',
    });
  });

  it.each(['attachments_POST__wit_attachments_fileName-_textFile_.json', 'attachments_POST__wit_attachments_fileName-_binaryFile_.json'])(
    'accepts the attachment upload example %s as octet-stream',
    (file) => {
      const ex = example(file);
      const url = `${WI}/attachments?fileName=${encodeURIComponent(ex.parameters.fileName)}&api-version=7.1`;
      const body = Buffer.from(ex.parameters.body);
      expect(validator.validate({ method: 'POST', url, headers: { ...AUTH, 'content-type': 'application/octet-stream' }, body })).toMatchObject({
        valid: true,
        operationId: 'Attachments_Create',
      });
    },
  );
});

describe('rejections', () => {
  const create = (body: unknown, headers: { [name: string]: string } = PATCH_HEADERS, query = '?api-version=7.1') =>
    validator.validate({ method: 'POST', url: `${WI}/workitems/$Task${query}`, headers, body });
  const title = [{ op: 'add', path: '/fields/System.Title', value: 'x' }];

  it('rejects a patch document that is an object instead of an array', () => {
    const result = create({ op: 'add', path: '/fields/System.Title', value: 'x' });
    expect(result.valid).toBe(false);
    expect(result.status).toBe(400);
    expect(result.errors.join('\n')).toMatch(/must be (an )?array/);
  });

  it('rejects an operation without op, or with an unknown op', () => {
    expect(create([{ path: '/fields/System.Title', value: 'x' }]).errors.join('\n')).toMatch(/op/);
    expect(create([{ op: 'upsert', path: '/fields/System.Title', value: 'x' }]).errors.join('\n')).toMatch(/op must be one of/);
  });

  it('rejects "from" on an add even when it is a string, and add without value', () => {
    expect(create([{ op: 'add', path: '/fields/System.Title', value: 'x', from: '/fields/System.Description' }]).errors.join('\n')).toMatch(/"from" is only allowed on move\/copy/);
    expect(create([{ op: 'add', path: '/fields/System.Title' }]).errors.join('\n')).toMatch(/needs a "value"/);
  });

  it('rejects application/json on a json-patch endpoint with 415, as Azure DevOps does', () => {
    const result = create(title, { ...AUTH, 'content-type': 'application/json' });
    expect(result).toMatchObject({ valid: false, status: 415 });
    expect(result.errors.join('\n')).toMatch(/application\/json-patch\+json/);
    expect(create(title, { ...AUTH, 'content-type': 'application/json-patch+json; charset=utf-8' }).valid).toBe(true);
  });

  it('rejects a missing or wrong api-version', () => {
    expect(create(title, PATCH_HEADERS, '').errors.join('\n')).toMatch(/api-version/);
    expect(create(title, PATCH_HEADERS, '?api-version=7.0').errors.join('\n')).toMatch(/api-version must be 7\.1/);
    const comments = validator.validate({ method: 'POST', url: `${WI}/workItems/5/comments?api-version=7.1`, headers: { ...AUTH, 'content-type': 'application/json' }, body: { text: 'x' } });
    expect(comments.errors.join('\n')).toMatch(/7\.1-preview\.4/);
  });

  it('rejects the lower-case workitems comments path and says which casing to use', () => {
    const result = validator.validate({ method: 'POST', url: `${WI}/workitems/5/comments?api-version=7.1-preview.4`, headers: { ...AUTH, 'content-type': 'application/json' }, body: { text: 'x' } });
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/casing.*workItems/);
  });

  it('rejects a request without credentials and a non-integer id', () => {
    expect(validator.validate({ method: 'GET', url: `${WI}/workitems/5?api-version=7.1`, headers: {} }).errors.join('\n')).toMatch(/security/);
    expect(validator.validate({ method: 'GET', url: `${WI}/workitems/abc?api-version=7.1`, headers: AUTH }).errors.join('\n')).toMatch(/id must be integer/);
  });
});

describe('routes the spec cannot express', () => {
  it('accepts WIQL without the optional team segment, and with it', () => {
    const body = { query: 'SELECT [System.Id] FROM WorkItems' };
    const headers = { ...AUTH, 'content-type': 'application/json' };
    expect(validator.validate({ method: 'POST', url: '/fabrikam/Fabrikam-Fiber-Git/_apis/wit/wiql?api-version=7.1', headers, body }).valid).toBe(true);
    expect(validator.validate({ method: 'POST', url: '/fabrikam/Fabrikam-Fiber-Git/Team/_apis/wit/wiql?api-version=7.1', headers, body }).valid).toBe(true);
  });

  it('accepts listing comments without ids (an x-ms-paths operation) and still checks its parameters', () => {
    const list = validator.validate({ method: 'GET', url: `${WI}/workItems/5/comments?api-version=7.1-preview.4&order=asc`, headers: AUTH });
    expect(list).toMatchObject({ valid: true, operationId: 'Comments_Get Comments' });
    expect(validator.validate({ method: 'GET', url: `${WI}/workItems/5/comments?api-version=7.1-preview.4&order=sideways`, headers: AUTH }).valid).toBe(false);
  });
});

it('loads the spec whose bytes the overrides pin', () => {
  expect(validator.spec.sha256).toBe('08e2a20ff9337f06a714066be91e12fccf68ee0ee6e2ae917ee2cae08cd18025');
});
