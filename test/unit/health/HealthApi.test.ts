import HealthApi from '../../../src/app/health/HealthApi';
import { CONNECTION_TABLE } from '../../../src/app/core/tables';
import { appInstance, builtApp } from '../../support/appInstance';

function callHealth() {
  const instance = appInstance.current!;
  const request = instance.rest.request({ method: 'GET', uri: '/api/x_incb_bridge/v1/health' });
  const response = instance.rest.response();
  new HealthApi().get(request, response as any);
  const result = response.result();
  return { status: result.status, body: JSON.parse(result.body).result };
}

describe('HealthApi', () => {
  it('reports the installed app version and ok with no connections', () => {
    appInstance();
    const { status, body } = callHealth();
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.app).toEqual({ name: 'Incident Bridge', scope: 'x_incb_bridge', version: builtApp().app.version });
    expect(body.connections).toEqual([]);
    expect(body.checked_at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it('lists each connection health, is degraded when an active one is down, and never leaks secrets or URLs', () => {
    const instance = appInstance();
    instance.db.insert(CONNECTION_TABLE, {
      name: 'ADO prod', type: 'azure_devops', active: 'true', health_status: 'down', health_checked_at: '2026-11-22 10:00:00',
      health_error: 'HTTP 401 with Authorization: Bearer abcdef123456', base_url: 'https://dev.azure.com/contoso', inbound_secret: 'hook-secret-1',
    });
    instance.db.insert(CONNECTION_TABLE, { name: 'Agent webhook', type: 'webhook', active: 'false', health_status: 'healthy' });
    const { body } = callHealth();
    expect(body.status).toBe('degraded');
    expect(body.connections.map((c: any) => c.name)).toEqual(['ADO prod', 'Agent webhook']);
    expect(body.connections[0]).toMatchObject({ type: 'azure_devops', active: true, health: { status: 'down', checked_at: '2026-11-22 10:00:00' } });
    expect(body.connections[1].active).toBe(false);
    const text = JSON.stringify(body);
    expect(text).not.toContain('abcdef123456');
    expect(text).not.toContain('hook-secret-1');
    expect(text).not.toContain('dev.azure.com');
  });
});
