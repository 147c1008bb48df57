// createInstance as a whole: seeded platform rows, schema loading, raw db access and stats, script evaluation,
// installed globals, the clock, and the Host the service side (sn_ws, attachments) works through.
import { emulate, newIncident } from './emulated-instance';

describe('schema', () => {
  test('the base dictionary is seeded as rows: sys_db_object with parents, sys_choice from the choice lists', () => {
    const { instance } = emulate();
    const incident = instance.db.rows('sys_db_object', 'name=incident')[0];
    const task = instance.db.rows('sys_db_object', 'name=task')[0];
    expect(incident.super_class).toBe(task.sys_id);
    expect(task.is_extendable).toBe('true');
    const codes = instance.db.rows('sys_choice', 'name=incident^element=close_code^ORDERBYsequence').map((r) => r.value);
    expect(codes).toEqual(['Duplicate', 'Known error', 'No resolution provided', 'Resolved by caller', 'Resolved by change', 'Resolved by problem', 'Resolved by request', 'Solution provided', 'Workaround provided']);
    expect(instance.db.rows('sys_choice', 'name=incident^element=state').map((r) => r.label)).toEqual(['New', 'In Progress', 'On Hold', 'Resolved', 'Closed', 'Canceled']);
  });

  test('an app schema adds tables (extending task) and columns to platform tables', () => {
    const { instance, glide } = emulate({
      schema: [{
        tables: [
          { name: 'x_incb_bridge_connection', label: 'Connection', displayField: 'name', fields: { name: { type: 'string', maxLength: 40 }, enabled: { type: 'boolean', defaultValue: 'true' } } },
          { name: 'x_incb_bridge_work', extends: 'task', numberPrefix: 'BRW', fields: { ado_id: { type: 'integer' } } },
          { name: 'incident', fields: { x_incb_bridge_ado_id: { type: 'integer', label: 'ADO id' } } },
        ],
      }],
    });
    const connection = new glide.GlideRecord('x_incb_bridge_connection');
    connection.initialize();
    connection.name = 'ado';
    const cid = connection.insert();
    expect(instance.db.get('x_incb_bridge_connection', cid)).toMatchObject({ name: 'ado', enabled: 'true' });
    const work = new glide.GlideRecord('x_incb_bridge_work');
    work.initialize();
    work.ado_id = '42';
    work.short_description = 'inherited from task';
    const wid = work.insert();
    expect(instance.db.get('task', wid)).toMatchObject({ number: 'BRW0010001', sys_class_name: 'x_incb_bridge_work', ado_id: '42' });
    const id = newIncident(glide, { x_incb_bridge_ado_id: 7 });
    expect(instance.db.rows('incident', 'x_incb_bridge_ado_id>5').map((r) => r.sys_id)).toEqual([id]);
  });
});

describe('raw database access', () => {
  test('db.insert skips business rules, fills sys_ fields and defaults, and accepts tables the dictionary lacks', () => {
    const { instance, glide } = emulate();
    let ran = 0;
    instance.addBusinessRule({ name: 'count', table: 'incident', when: 'before', insert: true, script: () => { ran++; } });
    const id = instance.db.insert('incident', { short_description: 'fixture', priority: '2' });
    expect(ran).toBe(0);
    expect(instance.db.get('incident', id)).toMatchObject({ short_description: 'fixture', priority: '2', state: '1', sys_class_name: 'incident', sys_created_by: 'admin' });
    const route = instance.db.insert('sys_ws_operation', { name: 'health', http_method: 'GET' });
    expect(instance.db.rows('sys_ws_operation', 'http_method=GET')).toEqual([expect.objectContaining({ sys_id: route, name: 'health' })]);
    expect(new glide.GlideRecord('sys_ws_operation').isValid()).toBe(false);
  });

  test('db.get and db.rows return copies', () => {
    const { instance } = emulate();
    const id = instance.db.insert('incident', { short_description: 'original' });
    instance.db.get('incident', id)!.short_description = 'mutated';
    instance.db.rows('incident')[0].short_description = 'mutated';
    expect(instance.db.get('incident', id)!.short_description).toBe('original');
    expect(instance.db.get('incident', 'missing')).toBeNull();
  });

  test('stats count the GlideRecord operations since the last reset, not raw fixture writes', () => {
    const { instance, glide } = emulate();
    instance.db.insert('incident', {});
    expect(instance.db.stats()).toEqual({ queries: 0, inserts: 0, updates: 0, deletes: 0 });
    const gr = new glide.GlideRecord('incident');
    gr.initialize();
    gr.work_notes = 'a journal entry is a row too';
    gr.insert();
    gr.query();
    expect(instance.db.stats()).toEqual({ queries: 1, inserts: 2, updates: 0, deletes: 0 });
    instance.db.resetStats();
    expect(instance.db.stats().inserts).toBe(0);
  });
});

describe('scripts', () => {
  test('evaluate runs script text as a function body with globals and vars in scope and returns its return value', () => {
    const { instance } = emulate();
    const id = instance.evaluate("var gr = new GlideRecord('incident'); gr.initialize(); gr.short_description = label; return gr.insert();", { label: 'from script' });
    expect(instance.db.get('incident', id)!.short_description).toBe('from script');
    expect(instance.evaluate('1 + 1;', {})).toBeUndefined();
    expect(instance.evaluate('return typeof gs.info + typeof GlideDateTime + typeof sn_ws.RESTMessageV2;', {})).toBe('functionfunctionfunction');
    expect(instance.evaluate('return gs;', { gs: 'overridden' })).toBe('overridden');
  });

  test('install defines the script globals; GlideRecord instances pass instanceof', () => {
    const { instance } = emulate();
    const target: any = {};
    instance.install(target);
    for (const name of ['GlideRecord', 'GlideSysAttachment', 'gs', 'GlideDateTime', 'sn_ws', 'sn_ws_err', 'sn_auth', 'GlideStringUtil', 'GlideDigest', 'CertificateEncryption']) {
      expect(target[name]).toBeDefined();
    }
    expect(target.rest).toBeUndefined();
    expect(new target.GlideRecord('incident') instanceof target.GlideRecord).toBe(true);
  });

  test('two instances are independent', () => {
    const a = emulate();
    const b = emulate();
    newIncident(a.glide);
    expect(a.instance.db.rows('incident')).toHaveLength(1);
    expect(b.instance.db.rows('incident')).toHaveLength(0);
    expect(newIncident(b.glide)).not.toBe('');
    expect(b.instance.db.rows('incident')[0].number).toBe('INC0010001');
  });
});

describe('users', () => {
  test('addUser computes the name, grants roles, and refuses a duplicate user_name', () => {
    const { instance } = emulate();
    const id = instance.addUser({ user_name: 'beth.anglin', first_name: 'Beth', last_name: 'Anglin', roles: ['itil', 'x_incb_bridge.agent'] });
    expect(instance.db.get('sys_user', id)).toMatchObject({ name: 'Beth Anglin', active: 'true' });
    expect(instance.db.rows('sys_user_role', 'name=x_incb_bridge.agent')).toHaveLength(1);
    expect(instance.db.rows('sys_user_has_role', 'user=' + id)).toHaveLength(2);
    expect(() => instance.addUser({ user_name: 'beth.anglin' })).toThrow(/exists/);
  });
});

describe('services through the Host', () => {
  test('outbound REST uses the instance transport, records the request and reads a basic auth profile row', () => {
    const { instance, glide } = emulate();
    const profile = instance.db.insert('sys_auth_profile_basic', { name: 'ado', username: '', password: 'pat-123' });
    instance.http.setTransport({ send: () => ({ status: 201, headers: { 'Content-Type': 'application/json' }, body: '{"id":1}' }) });
    const request = new glide.sn_ws.RESTMessageV2();
    request.setEndpoint('https://dev.azure.com/org/_apis/wit/workitems/$Bug?api-version=7.1');
    request.setHttpMethod('POST');
    request.setAuthenticationProfile('basic', profile);
    request.setRequestBody('[]');
    const response = request.execute();
    expect(response.getStatusCode()).toBe(201);
    expect(instance.http.requests).toHaveLength(1);
    expect(instance.http.requests[0].authProfile).toEqual({ type: 'basic', sysId: profile });
  });

  test('without a transport an outbound call fails as a connection error would', () => {
    const { glide } = emulate();
    const request = new glide.sn_ws.RESTMessageV2();
    request.setEndpoint('https://example.invalid/');
    request.setHttpMethod('GET');
    const response = request.execute();
    expect(response.getStatusCode()).toBe(0);
    expect(response.haveError()).toBe(true);
  });

  test('an attachment can be sent as a request body (the service side reads it through the Host)', () => {
    const { instance, glide } = emulate();
    const gr = new glide.GlideRecord('incident');
    gr.get(newIncident(glide));
    const attachment = new glide.GlideSysAttachment().writeBase64(gr, 'log.bin', 'application/octet-stream', 'AAEC');
    instance.http.setTransport({ send: () => ({ status: 200, headers: {}, body: '' }) });
    const request = new glide.sn_ws.RESTMessageV2();
    request.setEndpoint('https://example.test/upload');
    request.setHttpMethod('POST');
    request.setRequestBodyFromAttachment(attachment);
    request.execute();
    expect(instance.http.requests[0].bodyBase64).toBe('AAEC');
  });

  test('rest builds scripted REST request/response objects', () => {
    const { instance } = emulate();
    const request = instance.rest.request({ method: 'GET', uri: '/api/x_incb_bridge/v1/health', headers: { Accept: 'application/json' } });
    const response = instance.rest.response();
    instance.evaluate('response.setStatus(204);', { request, response });
    expect(response.result().status).toBe(204);
  });
});
