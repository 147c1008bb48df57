// The Azure DevOps side as installed: the value-map seeding rule and the dry-run route script run from their built
// files (dist/es5/entry) with the built script includes, in Rhino under the ServiceNow-ES5 profile.
import { describeInRhino, runInRhino } from './rhinoClient';
import { loadBuiltApp } from '../support/builtApp';

const app = loadBuiltApp();
const CONNECTION = 'c0000000000000000000000000000001';
const INCIDENT = 'a0000000000000000000000000000001';
const connectionRecord = (values: { [field: string]: string }) => ({
  table: 'x_incb_bridge_connection',
  values: {
    sys_id: CONNECTION, name: 'ADO', label: 'Azure DevOps', type: 'azure_devops', active: 'true', base_url: 'https://dev.azure.com',
    ado_organization: 'fabrikam', ado_project: 'Incident Bridge', auth_type: 'none', sync_work_notes: 'true', ...values,
  },
});

describeInRhino('value map seeding rule in Rhino', () => {
  test('the built rule script seeds a new connection from its preset, once', async () => {
    const result = await runInRhino({
      app,
      records: [connectionRecord({ value_map_preset: 'custom' })],
      code: `
        var current = new GlideRecord('x_incb_bridge_connection');
        current.get('${CONNECTION}');
        runFile('dist/es5/entry/br/connection_seed_value_maps.js', { current: current });
        runFile('dist/es5/entry/br/connection_seed_value_maps.js', { current: current });
        return instance.db.rows('x_incb_bridge_value_map', 'connection=${CONNECTION}^field=state');
      `,
    });
    expect(result.error).toBeUndefined();
    expect(result.value.map((r: any) => [r.sn_value, r.remote_value, r.direction])).toEqual([
      ['1', 'To Do', 'both'], ['2', 'Doing', 'both'], ['3', 'Blocked', 'both'], ['6', 'Done', 'both'], ['7', 'Closed', 'both'],
    ]);
    expect(result.filesRun).toContain('dist/es5/entry/br/connection_seed_value_maps.js');
  });

  test('the installed rule seeds on insert', async () => {
    const result = await runInRhino({
      app,
      code: `
        var gr = new GlideRecord('x_incb_bridge_connection');
        gr.initialize();
        gr.setValue('name', 'Agile ADO');
        gr.setValue('type', 'azure_devops');
        gr.setValue('value_map_preset', 'agile');
        var id = gr.insert();
        var rows = instance.db.rows('x_incb_bridge_value_map', 'connection=' + id);
        var resolved = instance.db.rows('x_incb_bridge_value_map', 'connection=' + id + '^field=state^sn_value=6');
        return [rows.length, resolved[0].remote_value];
      `,
    });
    expect(result.error).toBeUndefined();
    // the default type, Task, has no Resolved in Agile: the seeder read the connection's type
    expect(result.value).toEqual([9, 'Closed']);
  });
});

describeInRhino('dry-run route in Rhino', () => {
  const call = (body: unknown) => `
    instance.db.insert('x_incb_bridge_value_map', { connection: '${CONNECTION}', field: 'state', direction: 'both', sn_value: '2', remote_value: 'Doing', order: '1' });
    var request = instance.rest.request({ method: 'POST', uri: '/api/x_incb_bridge/v1/admin/dry-run', headers: { 'Content-Type': 'application/json' }, body: ${JSON.stringify(JSON.stringify(body))} });
    var response = instance.rest.response();
    runFile('dist/es5/entry/rest/dry_run_post.js', { request: request, response: response });
    return { response: response.result(), sent: instance.http.requests.length, log: instance.db.rows('x_incb_bridge_log'), links: instance.db.rows('x_incb_bridge_link').length };
  `;

  test('answers the create request it would send, sends nothing, logs it as a dry run', async () => {
    const result = await runInRhino({
      app,
      records: [
        connectionRecord({}),
        { table: 'incident', values: { sys_id: INCIDENT, number: 'INC0010001', short_description: 'Rhino <dry> run', state: '2', priority: '5' } },
        { table: 'sys_properties', values: { name: 'glide.servlet.uri', value: 'https://bridge.service-now.example/' } },
      ],
      code: call({ incident: INCIDENT, connection: CONNECTION }),
    });
    expect(result.error).toBeUndefined();
    expect(result.value.response.status).toBe(200);
    const body = JSON.parse(result.value.response.body).result;
    expect(body.requests).toHaveLength(1);
    expect(body.requests[0].url).toBe('https://dev.azure.com/fabrikam/Incident%20Bridge/_apis/wit/workitems/$Task?api-version=7.1');
    expect(JSON.parse(body.requests[0].body)).toEqual([
      { op: 'add', path: '/fields/System.Title', value: 'INC0010001: Rhino <dry> run' },
      { op: 'add', path: '/fields/System.State', value: 'Doing' },
      { op: 'add', path: '/fields/System.Tags', value: 'ServiceNow; INC0010001' },
      { op: 'add', path: '/relations/-', value: { rel: 'Hyperlink', url: `https://bridge.service-now.example/incident.do?sys_id=${INCIDENT}` } },
    ]);
    expect(body.skipped).toEqual([{ field: 'priority', value: '5', reason: expect.stringContaining('priority') }]);
    expect(result.value.sent).toBe(0);
    expect(result.value.links).toBe(0);
    expect(result.value.log.filter((r: any) => r.dry_run === 'true')).toHaveLength(2);
    expect(result.logs.filter((l) => l.level === 'error')).toEqual([]);
  });

  test('answers 404 in ServiceNow\'s error format for an unknown incident', async () => {
    const result = await runInRhino({ app, records: [connectionRecord({})], code: call({ incident: 'f'.repeat(32), connection: CONNECTION }) });
    expect(result.error).toBeUndefined();
    expect(result.value.response.status).toBe(404);
    expect(JSON.parse(result.value.response.body)).toEqual({ error: { message: 'No incident ' + 'f'.repeat(32), detail: '' }, status: 'failure' });
  });
});
