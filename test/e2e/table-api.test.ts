// The Table API on incident as an external client uses it, against the running sandbox program: list queries with
// sysparm_query/fields/limit/offset/display_value and X-Total-Count, create (the instance assigns the number),
// update, delete; the platform's priority rule (impact x urgency) and insert/resolve stamps firing on those writes;
// and journal fields: a work note written with PATCH is a sys_journal_field row and part of the incident's journal.
import { client } from './support/http-client';
import { SandboxProcess, startE2eSandbox } from './support/e2e-sandbox';

const INCIDENTS = '/api/now/table/incident';

let sandbox: SandboxProcess;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  sandbox = await startE2eSandbox();
  api = client(sandbox.url);
}, 180000);
afterAll(() => sandbox?.stop());

const query = (params: { [name: string]: string | number }) =>
  '?' + Object.entries(params).map(([name, value]) => `${name}=${encodeURIComponent(String(value))}`).join('&');

async function createIncident(fields: { [name: string]: string }, as = 'itil.user'): Promise<{ [name: string]: any }> {
  const reply = await api('POST', INCIDENTS, { as, json: fields });
  expect(reply.status).toBe(201);
  return reply.json.result;
}

describe('create', () => {
  test('answers 201 with the stored record: a new INC number, the caller as opener, sys fields filled in', async () => {
    const itilUser = (await api('GET', `/api/now/table/sys_user${query({ sysparm_query: 'user_name=itil.user', sysparm_fields: 'sys_id' })}`, { as: 'itil.user' })).json.result[0];
    const first = await createIncident({ short_description: 'e2e create: first' });
    const second = await createIncident({ short_description: 'e2e create: second' });
    expect(first.number).toMatch(/^INC\d{7}$/);
    expect(Number(second.number.slice(3))).toBe(Number(first.number.slice(3)) + 1);
    expect(first).toMatchObject({ short_description: 'e2e create: first', sys_created_by: 'itil.user', sys_mod_count: '0', sys_class_name: 'incident' });
    expect(first.sys_id).toMatch(/^[0-9a-f]{32}$/);
    expect(first.opened_by.value).toBe(itilUser.sys_id);
    expect(first.opened_at).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    const again = await api('GET', `${INCIDENTS}/${first.sys_id}`, { as: 'itil.user' });
    expect(again.json.result.number).toBe(first.number);
  });
});

describe('the platform priority rule', () => {
  // The base system's priority lookup (impact, urgency -> priority), which every instance runs on incident saves.
  const LOOKUP: Array<[string, string, string]> = [['1', '1', '1'], ['1', '3', '3'], ['2', '2', '3'], ['2', '3', '4'], ['3', '3', '5']];

  test.each(LOOKUP)('impact %s, urgency %s on insert gives priority %s', async (impact, urgency, priority) => {
    const created = await createIncident({ short_description: `e2e priority ${impact}/${urgency}`, impact, urgency });
    expect(created.priority).toBe(priority);
  });

  test('recomputes the priority when an update changes the urgency, and ignores a priority the client sends', async () => {
    const created = await createIncident({ short_description: 'e2e priority update', impact: '1', urgency: '3', priority: '5' });
    expect(created.priority).toBe('3');
    const patched = await api('PATCH', `${INCIDENTS}/${created.sys_id}`, { as: 'itil.user', json: { urgency: '1' } });
    expect(patched.status).toBe(200);
    expect(patched.json.result).toMatchObject({ urgency: '1', priority: '1', sys_mod_count: '1' });
  });
});

describe('list', () => {
  const TAG = 'e2e list';
  let numbers: string[];

  beforeAll(async () => {
    numbers = [];
    for (const [impact, urgency] of [['1', '1'], ['2', '2'], ['3', '3']]) {
      numbers.push((await createIncident({ short_description: `${TAG} ${impact}`, impact, urgency })).number);
    }
  });

  test('pages with sysparm_limit/offset over the query, ordered, and X-Total-Count counts the whole query', async () => {
    const reply = await api('GET', INCIDENTS + query({ sysparm_query: `short_descriptionSTARTSWITH${TAG}^ORDERBYnumber`, sysparm_fields: 'number,short_description', sysparm_limit: 2, sysparm_offset: 1 }), { as: 'itil.user' });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('x-total-count')).toBe('3');
    expect(reply.json.result).toEqual([
      { number: numbers[1], short_description: `${TAG} 2` },
      { number: numbers[2], short_description: `${TAG} 3` },
    ]);
  });

  test('ORDERBYDESC reverses the order; a query matching nothing is an empty list with X-Total-Count 0', async () => {
    const reply = await api('GET', INCIDENTS + query({ sysparm_query: `short_descriptionSTARTSWITH${TAG}^ORDERBYDESCnumber`, sysparm_fields: 'number' }), { as: 'itil.user' });
    expect(reply.json.result.map((r: any) => r.number)).toEqual([...numbers].reverse());
    const none = await api('GET', INCIDENTS + query({ sysparm_query: 'short_description=e2e nothing matches this' }), { as: 'itil.user' });
    expect(none.status).toBe(200);
    expect(none.json.result).toEqual([]);
    expect(none.headers.get('x-total-count')).toBe('0');
  });

  test('sysparm_display_value=true gives choice labels and references as display value with a link to the sandbox', async () => {
    const reply = await api('GET', INCIDENTS + query({ sysparm_query: `number=${numbers[0]}`, sysparm_fields: 'number,priority,impact,opened_by', sysparm_display_value: 'true' }), { as: 'itil.user' });
    const [row] = reply.json.result;
    expect(row).toMatchObject({ number: numbers[0], priority: '1 - Critical', impact: '1 - High' });
    expect(row.opened_by.display_value).toBe('ITIL User');
    expect(row.opened_by.link).toMatch(new RegExp(`^${sandbox.url}/api/now/table/sys_user/[0-9a-f]{32}$`));
    const all = await api('GET', INCIDENTS + query({ sysparm_query: `number=${numbers[0]}`, sysparm_fields: 'priority', sysparm_display_value: 'all' }), { as: 'itil.user' });
    expect(all.json.result[0].priority).toEqual({ display_value: '1 - Critical', value: '1' });
  });
});

describe('update and delete', () => {
  test('PUT and PATCH change only the fields they name', async () => {
    const created = await createIncident({ short_description: 'e2e update', description: 'kept' });
    const put = await api('PUT', `${INCIDENTS}/${created.sys_id}`, { as: 'itil.user', json: { short_description: 'e2e update (put)' } });
    expect(put.status).toBe(200);
    const read = await api('GET', `${INCIDENTS}/${created.sys_id}${query({ sysparm_fields: 'short_description,description,sys_mod_count,sys_updated_by' })}`, { as: 'admin' });
    expect(read.json.result).toEqual({ short_description: 'e2e update (put)', description: 'kept', sys_mod_count: '1', sys_updated_by: 'itil.user' });
  });

  test('resolving (state 6) stamps resolved_by/resolved_at, as the platform does', async () => {
    const created = await createIncident({ short_description: 'e2e resolve' });
    expect(created.resolved_at).toBe('');
    const resolved = await api('PATCH', `${INCIDENTS}/${created.sys_id}`, { as: 'itil.user', json: { state: '6', close_notes: 'fixed by e2e' } });
    expect(resolved.status).toBe(200);
    expect(resolved.json.result.resolved_at).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(resolved.json.result.resolved_by.value).toBe(created.opened_by.value);
  });

  test('itil.user may not delete (403); an admin may (204), and the record is gone (404)', async () => {
    const created = await createIncident({ short_description: 'e2e delete' });
    expect((await api('DELETE', `${INCIDENTS}/${created.sys_id}`, { as: 'itil.user' })).status).toBe(403);
    expect((await api('GET', `${INCIDENTS}/${created.sys_id}`, { as: 'itil.user' })).status).toBe(200);
    const deleted = await api('DELETE', `${INCIDENTS}/${created.sys_id}`, { as: 'admin' });
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect((await api('GET', `${INCIDENTS}/${created.sys_id}`, { as: 'admin' })).status).toBe(404);
  });
});

describe('journal fields through the Table API', () => {
  test('a work note on PATCH becomes a sys_journal_field row and part of the incident journal, newest first', async () => {
    const created = await createIncident({ short_description: 'e2e journal' });
    await api('PATCH', `${INCIDENTS}/${created.sys_id}`, { as: 'itil.user', json: { work_notes: 'e2e: first note' } });
    await api('PATCH', `${INCIDENTS}/${created.sys_id}`, { as: 'admin', json: { work_notes: 'e2e: second note', comments: 'e2e: for the caller' } });

    const entries = await api('GET', `/api/now/table/sys_journal_field${query({ sysparm_query: `element_id=${created.sys_id}^ORDERBYsys_created_on`, sysparm_fields: 'name,element,value,sys_created_by' })}`, { as: 'admin' });
    expect(entries.status).toBe(200);
    expect(entries.json.result).toEqual(expect.arrayContaining([
      { name: 'incident', element: 'work_notes', value: 'e2e: first note', sys_created_by: 'itil.user' },
      { name: 'incident', element: 'work_notes', value: 'e2e: second note', sys_created_by: 'admin' },
      { name: 'incident', element: 'comments', value: 'e2e: for the caller', sys_created_by: 'admin' },
    ]));
    expect(entries.json.result).toHaveLength(3);

    const journal = await api('GET', `${INCIDENTS}/${created.sys_id}${query({ sysparm_fields: 'work_notes,comments', sysparm_display_value: 'true' })}`, { as: 'itil.user' });
    const notes: string = journal.json.result.work_notes;
    expect(notes).toContain('e2e: first note');
    expect(notes.indexOf('e2e: second note')).toBeLessThan(notes.indexOf('e2e: first note'));
    expect(notes).not.toContain('e2e: for the caller');
    expect(journal.json.result.comments).toContain('e2e: for the caller');
    // journal fields store nothing on the record itself
    const stored = await api('GET', `${INCIDENTS}/${created.sys_id}${query({ sysparm_fields: 'work_notes' })}`, { as: 'itil.user' });
    expect(stored.json.result.work_notes).toBe('');
  });
});
