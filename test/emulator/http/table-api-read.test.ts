// Table API reads through handle(): list and single record, every sysparm the app's clients use, display values,
// reference links, the count and paging headers, and the error answers for unknown tables, records and queries.
import { call, newIncident, sandbox, Sandbox } from '../../support/instance-http-harness';

const HOST = 'https://instance.service-now.com';

function seed(box: Sandbox) {
  const callerId = box.instance.addUser({ user_name: 'abel.tuter', first_name: 'Abel', last_name: 'Tuter' });
  const ids = [
    newIncident(box, { short_description: 'Disk full', priority: '1', caller_id: callerId, state: '2' }),
    newIncident(box, { short_description: 'VPN down', priority: '3' }),
    newIncident(box, { short_description: 'Printer jam', priority: '4' }),
  ];
  return { callerId, ids };
}

describe('Table API: GET a list', () => {
  test('returns every row with stored values as strings, JSON content type and X-Total-Count', () => {
    const box = sandbox();
    const { ids } = seed(box);
    const res = call(box, 'GET', '/api/now/table/incident');
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toBe('application/json;charset=UTF-8');
    expect(res.headers['X-Total-Count']).toBe('3');
    expect(res.headers['X-Is-Logged-In']).toBe('true');
    expect(res.json.result.map((r: any) => r.sys_id)).toEqual(ids);
    const first = res.json.result[0];
    expect(first.number).toMatch(/^INC\d{7}$/);
    expect(first.priority).toBe('1');
    expect(first.active).toBe('true');
    for (const value of Object.values(first)) expect(['string', 'object']).toContain(typeof value);
  });

  test('sysparm_query filters and orders (ORDERBYDESC), and X-Total-Count counts the query', () => {
    const box = sandbox();
    seed(box);
    const res = call(box, 'GET', '/api/now/table/incident?sysparm_query=priority>=3^ORDERBYDESCpriority');
    expect(res.json.result.map((r: any) => r.short_description)).toEqual(['Printer jam', 'VPN down']);
    expect(res.headers['X-Total-Count']).toBe('2');
  });

  test('name=value pairs filter like a query when there is no sysparm_query', () => {
    const box = sandbox();
    seed(box);
    const res = call(box, 'GET', '/api/now/table/incident?priority=3&sysparm_fields=short_description');
    expect(res.json.result).toEqual([{ short_description: 'VPN down' }]);
  });

  test('sysparm_fields picks fields in order, dot-walks references and ignores unknown names', () => {
    const box = sandbox();
    seed(box);
    const res = call(box, 'GET', '/api/now/table/incident?sysparm_query=priority=1&sysparm_fields=number,caller_id.name,no_such_field,short_description');
    expect(Object.keys(res.json.result[0])).toEqual(['number', 'caller_id.name', 'short_description']);
    expect(res.json.result[0]['caller_id.name']).toBe('Abel Tuter');
  });

  test('sysparm_limit and sysparm_offset page through the rows; Link names first, prev, next and last pages', () => {
    const box = sandbox();
    const { ids } = seed(box);
    const res = call(box, 'GET', '/api/now/table/incident?sysparm_limit=1&sysparm_offset=1&sysparm_fields=sys_id');
    expect(res.json.result).toEqual([{ sys_id: ids[1] }]);
    expect(res.headers['X-Total-Count']).toBe('3');
    const links = res.headers.Link.split(',');
    expect(links).toEqual([
      `<${HOST}/api/now/table/incident?sysparm_fields=sys_id&sysparm_offset=0&sysparm_limit=1>;rel="first"`,
      `<${HOST}/api/now/table/incident?sysparm_fields=sys_id&sysparm_offset=0&sysparm_limit=1>;rel="prev"`,
      `<${HOST}/api/now/table/incident?sysparm_fields=sys_id&sysparm_offset=2&sysparm_limit=1>;rel="next"`,
      `<${HOST}/api/now/table/incident?sysparm_fields=sys_id&sysparm_offset=2&sysparm_limit=1>;rel="last"`,
    ]);
  });

  test('no Link header when one page holds everything or when suppressed; no count with sysparm_no_count', () => {
    const box = sandbox();
    seed(box);
    expect(call(box, 'GET', '/api/now/table/incident').headers.Link).toBeUndefined();
    expect(call(box, 'GET', '/api/now/table/incident?sysparm_limit=1&sysparm_suppress_pagination_header=true').headers.Link).toBeUndefined();
    expect(call(box, 'GET', '/api/now/table/incident?sysparm_no_count=true').headers['X-Total-Count']).toBeUndefined();
  });

  test('the default limit is 10000', () => {
    const box = sandbox();
    for (let i = 0; i < 10001; i++) box.instance.db.insert('sys_journal_field', { element: 'comments', element_id: 'x', name: 'incident', value: String(i) });
    const res = call(box, 'GET', '/api/now/table/sys_journal_field?sysparm_fields=value');
    expect(res.json.result).toHaveLength(10000);
    expect(res.headers['X-Total-Count']).toBe('10001');
  });

  test('an empty result is 200 [] on the default and v2 URLs, 404 on v1', () => {
    const box = sandbox();
    expect(call(box, 'GET', '/api/now/table/incident').json).toEqual({ result: [] });
    expect(call(box, 'GET', '/api/now/v2/table/incident').json).toEqual({ result: [] });
    const v1 = call(box, 'GET', '/api/now/v1/table/incident');
    expect(v1.status).toBe(404);
    expect(v1.json.error.message).toBe('No Record found');
  });
});

describe('Table API: display values and reference links', () => {
  test('references are {link, value} by default, plain with sysparm_exclude_reference_link', () => {
    const box = sandbox();
    const { callerId } = seed(box);
    const fields = 'sysparm_query=priority=1&sysparm_fields=caller_id,assigned_to';
    const res = call(box, 'GET', `/api/now/table/incident?${fields}`);
    expect(res.json.result[0].caller_id).toEqual({ link: `${HOST}/api/now/table/sys_user/${callerId}`, value: callerId });
    expect(res.json.result[0].assigned_to).toBe('');
    const plain = call(box, 'GET', `/api/now/table/incident?${fields}&sysparm_exclude_reference_link=true`);
    expect(plain.json.result[0].caller_id).toBe(callerId);
  });

  test('sysparm_display_value=true gives choice labels and the referenced display value', () => {
    const box = sandbox();
    const { callerId } = seed(box);
    const res = call(box, 'GET', '/api/now/table/incident?sysparm_query=priority=1&sysparm_fields=state,priority,caller_id&sysparm_display_value=true');
    expect(res.json.result[0]).toEqual({
      state: 'In Progress',
      priority: '1 - Critical',
      caller_id: { display_value: 'Abel Tuter', link: `${HOST}/api/now/table/sys_user/${callerId}` },
    });
  });

  test('sysparm_display_value=all gives both, and the link', () => {
    const box = sandbox();
    const { callerId } = seed(box);
    const res = call(box, 'GET', '/api/now/table/incident?sysparm_query=priority=1&sysparm_fields=state,caller_id&sysparm_display_value=all');
    expect(res.json.result[0]).toEqual({
      state: { display_value: 'In Progress', value: '2' },
      caller_id: { display_value: 'Abel Tuter', value: callerId, link: `${HOST}/api/now/table/sys_user/${callerId}` },
    });
  });

  test('links use the host and scheme the request came through', () => {
    const box = sandbox();
    const { callerId } = seed(box);
    const res = call(box, 'GET', '/api/now/table/incident?sysparm_query=priority=1&sysparm_fields=caller_id', {
      headers: { host: '127.0.0.1:8080', 'x-forwarded-proto': 'http' },
    });
    expect(res.json.result[0].caller_id.link).toBe(`http://127.0.0.1:8080/api/now/table/sys_user/${callerId}`);
  });
});

describe('Table API: GET one record', () => {
  test('returns the record, honouring sysparm_fields and display values', () => {
    const box = sandbox();
    const { ids } = seed(box);
    const res = call(box, 'GET', `/api/now/table/incident/${ids[0]}?sysparm_fields=short_description,state&sysparm_display_value=true`);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ result: { short_description: 'Disk full', state: 'In Progress' } });
  });

  test('a record of a child table is found through its parent table, with the parent table fields', () => {
    const box = sandbox();
    const { ids } = seed(box);
    const res = call(box, 'GET', `/api/now/table/task/${ids[0]}`);
    expect(res.json.result.sys_class_name).toBe('incident');
    expect(res.json.result.caller_id).toBeUndefined();
  });

  test('an unknown sys_id is 404 with the platform message', () => {
    const box = sandbox();
    const res = call(box, 'GET', '/api/now/table/incident/0123456789abcdef0123456789abcdef');
    expect(res.status).toBe(404);
    expect(res.json).toEqual({
      error: { message: 'No Record found', detail: "Record doesn't exist or ACL restricts the record retrieval" },
      status: 'failure',
    });
  });
});

describe('Table API: errors', () => {
  test('an unknown table is 400 Invalid table', () => {
    const box = sandbox();
    const res = call(box, 'GET', '/api/now/table/u_no_such_table');
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error: { message: 'Invalid table u_no_such_table', detail: 'Table u_no_such_table does not exist' }, status: 'failure' });
  });

  test('an invalid sysparm_query (unknown field, bad operator) is 400 with the reason', () => {
    const box = sandbox();
    seed(box);
    const unknownField = call(box, 'GET', '/api/now/table/incident?sysparm_query=no_such_field=1');
    expect(unknownField.status).toBe(400);
    expect(unknownField.json.error.message).toBe('Invalid query');
    expect(unknownField.json.error.detail).toContain('no_such_field');
    expect(call(box, 'GET', '/api/now/table/incident?sysparm_query=priority~~1').status).toBe(400);
  });

  test('methods the resource does not have are 405', () => {
    const box = sandbox();
    const { ids } = seed(box);
    expect(call(box, 'PATCH', '/api/now/table/incident', { body: {} }).status).toBe(405);
    const post = call(box, 'POST', `/api/now/table/incident/${ids[0]}`, { body: {} });
    expect(post.status).toBe(405);
    expect(post.json.error.message).toBe('Method not Supported');
  });

  test('paths no API answers are 400 Requested URI does not represent any resource', () => {
    const box = sandbox();
    for (const path of ['/api/now/table', '/api/now/table/incident/a/b', '/api/now/no_such_api/x', '/nothing', '/api']) {
      const res = call(box, 'GET', path);
      expect(res.status).toBe(400);
      expect(res.json).toEqual({ error: { message: 'Requested URI does not represent any resource', detail: null }, status: 'failure' });
    }
  });

  test('without credentials: 401 with the Basic challenge; unknown, inactive or locked-out users likewise', () => {
    const box = sandbox();
    box.instance.addUser({ user_name: 'gone', active: false });
    const locked = box.instance.addUser({ user_name: 'locked' });
    const user = new box.glide.GlideRecord('sys_user');
    user.get(locked);
    user.setValue('locked_out', true);
    user.update();
    for (const user of [null, 'no.such.user', 'gone', 'locked']) {
      const res = call(box, 'GET', '/api/now/table/incident', { user });
      expect(res.status).toBe(401);
      expect(res.headers['WWW-Authenticate']).toBe('Basic realm="Service-now"');
      expect(res.headers['X-Is-Logged-In']).toBeUndefined();
      expect(res.json).toEqual({ error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' }, status: 'failure' });
    }
  });
});
