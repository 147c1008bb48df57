// The health route as installed: the built route script (dist/es5/entry/rest/health_get.js) and the built script
// includes it reaches by global name, run in Rhino under the ServiceNow-ES5 profile on the installed data model.
import { describeInRhino, runInRhino } from './rhinoClient';
import { loadBuiltApp } from '../support/builtApp';

const app = loadBuiltApp();
const CALL_HEALTH = `
  var request = instance.rest.request({ method: 'GET', uri: '/api/x_incb_bridge/v1/health' });
  var response = instance.rest.response();
  runFile('dist/es5/entry/rest/health_get.js', { request: request, response: response });
  return response.result();
`;

describeInRhino('health route in Rhino', () => {
  test('answers 200 with the installed version and ok when there are no connections', async () => {
    const result = await runInRhino({ app, code: CALL_HEALTH });
    expect(result.error).toBeUndefined();
    expect(result.ok).toBe(true);
    expect(result.value.status).toBe(200);
    const body = JSON.parse(result.value.body).result;
    expect(body.status).toBe('ok');
    expect(body.app).toEqual({ name: 'Incident Bridge', scope: 'x_incb_bridge', version: app.app.version });
    expect(result.filesRun).toContain('dist/es5/entry/rest/health_get.js');
    expect(result.logs.filter((l) => l.level === 'error')).toEqual([]);
  });

  test('reports a down connection as degraded and redacts the credential in its error', async () => {
    const result = await runInRhino({
      app,
      records: [
        { table: 'x_incb_bridge_connection', values: { name: 'ADO', type: 'azure_devops', active: 'true', health_status: 'down', health_error: '401 for Authorization: Basic OnNlY3JldHBhdA==' } },
      ],
      code: CALL_HEALTH,
    });
    expect(result.ok).toBe(true);
    const body = JSON.parse(result.value.body).result;
    expect(body.status).toBe('degraded');
    expect(body.connections).toHaveLength(1);
    expect(body.connections[0].health.status).toBe('down');
    expect(body.connections[0].health.error).not.toContain('OnNlY3JldHBhdA==');
  });
});

describeInRhino('integration log writer in Rhino', () => {
  test('writes a redacted, truncated row through the built script include', async () => {
    const result = await runInRhino({
      app,
      code: `
        gs.setProperty('x_incb_bridge.log.max_body_length', '20');
        var id = new IntegrationLogWriter().write({ direction: 'outbound', outcome: 'success', method: 'post',
          requestHeaders: { Authorization: 'Bearer abcdefghijkl' }, requestBody: '0123456789012345678901234567890123456789' });
        return instance.db.get('x_incb_bridge_log', id);
      `,
    });
    expect(result.error).toBeUndefined();
    expect(result.value.method).toBe('POST');
    expect(result.value.request_headers).toBe('Authorization: [REDACTED]');
    expect(result.value.request_body).toBe('01234567890123456789... [truncated 20 of 40 characters]');
  });
});
