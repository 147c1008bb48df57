// Who may do what through the Table API: web service access of the app's tables, the app's record ACLs (table,
// field, "nobody" scripts, admin overrides), the platform stand-in policy, row filtering, and password2 secrets.
import { builtApp } from '../../support/appInstance';
import { CONNECTION, call, newIncident, sandbox, withAcls, withWebServiceAccess } from '../../support/instance-http-harness';

const SECRET = 'hook-secret-1';

function connectionRow(box: ReturnType<typeof sandbox>, name: string): string {
  return box.instance.db.insert(CONNECTION, { name, type: 'webhook', inbound_secret: SECRET, signing_key: 'sign-2' });
}

describe('the app tables are closed to web services (ws_access false)', () => {
  test.each(['itil.user', 'admin', 'bridge.admin'])('%s gets 403 User Not Authorized on the connection table', (user) => {
    const box = sandbox();
    const sysId = connectionRow(box, 'ADO');
    for (const [method, path] of [['GET', `/api/now/table/${CONNECTION}`], ['GET', `/api/now/table/${CONNECTION}/${sysId}`], ['POST', `/api/now/table/${CONNECTION}`]]) {
      const res = call(box, method, path, { user, body: method === 'POST' ? { name: 'x' } : undefined });
      expect(res.status).toBe(403);
      expect(res.json.error.message).toBe('User Not Authorized');
      expect(JSON.stringify(res.json)).not.toContain(SECRET);
    }
  });
});

describe('Application Access binds web services too (c_RuntimeAccessToAppTables.md)', () => {
  test('web service access on, but Can create / update / delete off: the write is refused and changes nothing', () => {
    const box = sandbox(withWebServiceAccess(builtApp(), [CONNECTION], { create: false, update: false, delete: false }));
    const sysId = connectionRow(box, 'ADO');
    expect(call(box, 'GET', `/api/now/table/${CONNECTION}/${sysId}`, { user: 'admin' }).status).toBe(200);
    for (const [method, path, body] of [
      ['PATCH', `/api/now/table/${CONNECTION}/${sysId}`, { name: 'renamed' }],
      ['POST', `/api/now/table/${CONNECTION}`, { name: 'made' }],
      ['DELETE', `/api/now/table/${CONNECTION}/${sysId}`, undefined],
    ] as const) {
      const res = call(box, method, path, { user: 'admin', body });
      expect(res.status).toBe(403);
      expect(res.json.status).toBe('failure');
    }
    expect(box.instance.db.rows(CONNECTION).map((r) => r.name)).toEqual(['ADO']);
    expect(box.instance.logs.filter((l) => /Security restricted: (Write|Create|Delete) operation against 'x_incb_bridge_connection' from scope 'global'/.test(l.message))).toHaveLength(3);
  });
});

describe('record ACLs of the app (web service access switched on for the test)', () => {
  const open = () => sandbox(withWebServiceAccess(builtApp(), [CONNECTION, 'x_incb_bridge_log', 'x_incb_bridge_outbox']));

  test('an itil user sees no connection rows (200, empty) and cannot read one (404)', () => {
    const box = open();
    const sysId = connectionRow(box, 'ADO');
    const list = call(box, 'GET', `/api/now/table/${CONNECTION}`, { user: 'itil.user' });
    expect(list.status).toBe(200);
    expect(list.json.result).toEqual([]);
    expect(call(box, 'GET', `/api/now/table/${CONNECTION}/${sysId}`, { user: 'itil.user' }).status).toBe(404);
  });

  test('the app admin reads connections, and password2 values never leave in clear, in any display mode', () => {
    const box = open();
    connectionRow(box, 'ADO');
    box.instance.db.insert(CONNECTION, { name: 'no secret', type: 'webhook' });
    for (const mode of ['false', 'true', 'all']) {
      const res = call(box, 'GET', `/api/now/table/${CONNECTION}?sysparm_display_value=${mode}&sysparm_query=ORDERBYname`, { user: 'bridge.admin' });
      expect(res.status).toBe(200);
      expect(res.json.result.map((r: any) => r.name.value || r.name)).toEqual(['ADO', 'no secret']);
      expect(JSON.stringify(res.json)).not.toContain(SECRET);
      expect(JSON.stringify(res.json)).not.toContain('sign-2');
      const masked = mode === 'all' ? { display_value: '********', value: '********' } : '********';
      expect(res.json.result[0].inbound_secret).toEqual(masked);
      expect(res.json.result[1].inbound_secret).toEqual(mode === 'all' ? { display_value: '', value: '' } : '');
    }
  });

  test('field ACLs hide secrets from a reader of the table who lacks the field role', () => {
    const box = sandbox(withAcls(withWebServiceAccess(builtApp(), [CONNECTION]), [{ name: CONNECTION, operation: 'read', roles: ['itil'] }]));
    const sysId = connectionRow(box, 'ADO');
    const res = call(box, 'GET', `/api/now/table/${CONNECTION}/${sysId}`, { user: 'itil.user' });
    expect(res.status).toBe(200);
    expect(res.json.result.name).toBe('ADO');
    expect(res.json.result).not.toHaveProperty('inbound_secret');
    expect(res.json.result).not.toHaveProperty('signing_key');
    const byAdmin = call(box, 'GET', `/api/now/table/${CONNECTION}/${sysId}`, { user: 'bridge.admin' });
    expect(byAdmin.json.result).toHaveProperty('inbound_secret');
    const queried = call(box, 'GET', `/api/now/table/${CONNECTION}?sysparm_query=inbound_secret=${SECRET}`, { user: 'itil.user' });
    expect(queried.status).toBe(403);
    expect(queried.json.error).toEqual({ message: 'Insufficient rights to query records', detail: 'Field(s) present in the query do not have permission to be read' });
  });

  test('fields the caller may not write are ignored on update; other fields are written', () => {
    const box = sandbox(
      withAcls(withWebServiceAccess(builtApp(), [CONNECTION]), [
        { name: CONNECTION, operation: 'read', roles: ['itil'] },
        { name: CONNECTION, operation: 'write', roles: ['itil'] },
      ])
    );
    const sysId = connectionRow(box, 'ADO');
    const res = call(box, 'PATCH', `/api/now/table/${CONNECTION}/${sysId}`, { user: 'itil.user', body: { name: 'renamed', inbound_secret: 'stolen' } });
    expect(res.status).toBe(200);
    const row = box.instance.db.get(CONNECTION, sysId)!;
    expect(row.name).toBe('renamed');
    expect(row.inbound_secret).toBe(SECRET);
  });

  test('writes without the role are refused with the platform ACL exceptions', () => {
    const box = open();
    const sysId = connectionRow(box, 'ADO');
    const insert = call(box, 'POST', `/api/now/table/${CONNECTION}`, { user: 'agent', body: { name: 'x', type: 'webhook' } });
    expect(insert.status).toBe(403);
    expect(insert.json.error).toEqual({ message: 'Operation Failed', detail: 'ACL Exception Insert Failed due to security constraints' });
    const readable = sandbox(withAcls(withWebServiceAccess(builtApp(), [CONNECTION]), [{ name: CONNECTION, operation: 'read', roles: ['itil'] }]));
    const readOnly = connectionRow(readable, 'ADO');
    const update = call(readable, 'PATCH', `/api/now/table/${CONNECTION}/${readOnly}`, { user: 'itil.user', body: { name: 'x' } });
    expect(update.json.error.detail).toBe('ACL Exception Update Failed due to security constraints');
    const remove = call(readable, 'DELETE', `/api/now/table/${CONNECTION}/${readOnly}`, { user: 'itil.user' });
    expect(remove.json.error.detail).toBe('ACL Exception Delete Failed due to security constraints');
    expect(readable.instance.db.get(CONNECTION, readOnly)).not.toBeNull();
    expect(box.instance.db.rows(CONNECTION).map((r) => r.sys_id)).toEqual([sysId]);
  });

  test('"nobody" ACLs (answer = false, no admin override) stop even the platform admin', () => {
    const box = open();
    const logId = box.instance.db.insert('x_incb_bridge_log', { direction: 'internal', endpoint: 'x' });
    expect(call(box, 'POST', '/api/now/table/x_incb_bridge_log', { body: { endpoint: 'forged' } }).status).toBe(403);
    expect(call(box, 'PATCH', `/api/now/table/x_incb_bridge_log/${logId}`, { body: { endpoint: 'edited' } }).status).toBe(403);
    expect(call(box, 'DELETE', `/api/now/table/x_incb_bridge_log/${logId}`).status).toBe(403);
    expect(call(box, 'POST', '/api/now/table/x_incb_bridge_outbox', { body: { payload: '{}' } }).status).toBe(403);
    expect(box.instance.db.rows('x_incb_bridge_log').map((r) => r.endpoint)).toEqual(['x']);
    // reading has admin override: the platform admin reads the log
    expect(call(box, 'GET', `/api/now/table/x_incb_bridge_log/${logId}`).status).toBe(200);
  });

  test('a scripted ACL decides per row: rows it refuses are hidden, the page is cut before ACLs and the count is the query count', () => {
    const box = sandbox(
      withAcls(withWebServiceAccess(builtApp(), [CONNECTION]), [
        { name: CONNECTION, operation: 'read', roles: ['itil'], adminOverrides: false, script: "answer = current.name.toString().indexOf('visible') === 0;" },
      ])
    );
    connectionRow(box, 'visible one');
    connectionRow(box, 'hidden');
    connectionRow(box, 'visible two');
    const all = call(box, 'GET', `/api/now/table/${CONNECTION}?sysparm_fields=name`, { user: 'itil.user' });
    expect(all.json.result).toEqual([{ name: 'visible one' }, { name: 'visible two' }]);
    expect(all.headers['X-Total-Count']).toBe('3');
    const page = call(box, 'GET', `/api/now/table/${CONNECTION}?sysparm_fields=name&sysparm_limit=2`, { user: 'itil.user' });
    expect(page.json.result).toEqual([{ name: 'visible one' }]);
  });
});

describe('ACL conditions, deny-unless rules and the create fallback', () => {
  const base = () => withWebServiceAccess(builtApp(), [CONNECTION]);

  test('a condition limits the rows a reader sees', () => {
    const box = sandbox(withAcls(base(), [{ name: CONNECTION, operation: 'read', roles: ['itil'], condition: 'type=webhook' }]));
    box.instance.db.insert(CONNECTION, { name: 'hook', type: 'webhook' });
    box.instance.db.insert(CONNECTION, { name: 'ado', type: 'azure_devops' });
    expect(call(box, 'GET', `/api/now/table/${CONNECTION}?sysparm_fields=name`, { user: 'itil.user' }).json.result).toEqual([{ name: 'hook' }]);
  });

  test('a failing deny-unless rule refuses even where an allow rule passes', () => {
    const box = sandbox(
      withAcls(base(), [
        { name: CONNECTION, operation: 'read', roles: ['itil'] },
        { name: CONNECTION, operation: 'read', roles: [], decisionType: 'deny', adminOverrides: false, condition: 'active=true' },
      ])
    );
    box.instance.db.insert(CONNECTION, { name: 'on', active: 'true' });
    box.instance.db.insert(CONNECTION, { name: 'off', active: 'false' });
    expect(call(box, 'GET', `/api/now/table/${CONNECTION}?sysparm_fields=name`, { user: 'itil.user' }).json.result).toEqual([{ name: 'on' }]);
  });

  test('without a create rule for a field, its write rule decides what an insert may set', () => {
    const box = sandbox(
      withAcls(base(), [
        { name: CONNECTION, operation: 'read', roles: ['itil'] },
        { name: CONNECTION, operation: 'create', roles: ['itil'] },
      ])
    );
    const res = call(box, 'POST', `/api/now/table/${CONNECTION}`, { user: 'itil.user', body: { name: 'made', type: 'webhook', signing_key: 'planted' } });
    expect(res.status).toBe(201);
    expect(box.instance.db.get(CONNECTION, res.json.result.sys_id)!.signing_key).toBe('');
  });
});

describe('platform tables: the documented stand-in policy', () => {
  test('incidents: itil reads and writes, users without itil see nothing and cannot create', () => {
    const box = sandbox();
    const sysId = newIncident(box, { short_description: 'secret outage' });
    expect(call(box, 'GET', '/api/now/table/incident', { user: 'itil.user' }).json.result).toHaveLength(1);
    expect(call(box, 'PATCH', `/api/now/table/incident/${sysId}`, { user: 'itil.user', body: { priority: '2' } }).status).toBe(200);
    expect(call(box, 'GET', '/api/now/table/incident', { user: 'agent' }).json.result).toEqual([]);
    expect(call(box, 'GET', `/api/now/table/incident/${sysId}`, { user: 'agent' }).status).toBe(404);
    expect(call(box, 'POST', '/api/now/table/incident', { user: 'agent', body: { short_description: 'x' } }).status).toBe(403);
    expect(call(box, 'DELETE', `/api/now/table/incident/${sysId}`, { user: 'itil.user' }).status).toBe(403);
    expect(call(box, 'DELETE', `/api/now/table/incident/${sysId}`, { user: 'admin' }).status).toBe(204);
  });

  test('sys_user is readable by every authenticated user; other platform tables by admins only', () => {
    const box = sandbox();
    const users = call(box, 'GET', '/api/now/table/sys_user?sysparm_query=user_name=agent&sysparm_fields=user_name', { user: 'nobody' });
    expect(users.json.result).toEqual([{ user_name: 'agent' }]);
    expect(call(box, 'PATCH', `/api/now/table/sys_user/${box.instance.db.rows('sys_user', 'user_name=agent')[0].sys_id}`, { user: 'nobody', body: { title: 'x' } }).status).toBe(403);
    expect(call(box, 'GET', '/api/now/table/sys_properties', { user: 'itil.user' }).json.result).toEqual([]);
    expect(call(box, 'GET', '/api/now/table/sys_properties', { user: 'admin' }).json.result.length).toBeGreaterThan(0);
  });
});
