// GET /agent/health: who is calling, with which roles, whether Incident Bridge can read incidents, the app version,
// and a specific problem for each thing that is wrong.
import { agentBox, agentCall } from './agentHarness';
import { builtApp } from '../../support/appInstance';

describe('GET /agent/health', () => {
  test('an agent is ok: authenticated, agent role, incidents readable, the installed app version, UTC time', () => {
    const box = agentBox();
    const res = agentCall(box, 'GET', '/health');
    expect(res.status).toBe(200);
    const agentId = box.instance.db.rows('sys_user', 'user_name=agent')[0].sys_id;
    expect(res.json.result).toEqual({
      status: 'ok',
      authenticated: true,
      user: { sys_id: agentId, user_name: 'agent', name: 'agent Tester' },
      roles: { agent: true, admin: false },
      can_read_incidents: true,
      app: { name: 'Incident Bridge', scope: 'x_incb_bridge', version: builtApp().app.version, active: true },
      problems: [],
      checked_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
    });
  });

  test('an app admin without the agent role is told exactly that', () => {
    const box = agentBox();
    const res = agentCall(box, 'GET', '/health', { user: 'bridge.admin' });
    expect(res.json.result.status).toBe('problem');
    expect(res.json.result.roles).toEqual({ agent: false, admin: true });
    expect(res.json.result.problems).toEqual([
      { code: 'missing_agent_role', message: "User bridge.admin does not have the x_incb_bridge.agent role that AI SRE agents need; grant it to the agent's user." },
    ]);
  });

  test('an inactive application is reported', () => {
    const box = agentBox();
    const app = box.instance.db.rows('sys_app', 'scope=x_incb_bridge')[0];
    // an admin deactivates the application (not a script of the app)
    box.instance.db.update('sys_app', app.sys_id, { active: 'false' });
    const res = agentCall(box, 'GET', '/health');
    expect(res.json.result.app.active).toBe(false);
    expect(res.json.result.problems.map((p: any) => p.code)).toEqual(['app_inactive']);
  });

  test('users without an agent or admin role never reach it: 403; anonymous callers 401', () => {
    const box = agentBox();
    expect(agentCall(box, 'GET', '/health', { user: 'itil.user' }).status).toBe(403);
    expect(agentCall(box, 'GET', '/health', { user: 'ado.hook' }).status).toBe(403);
    const anonymous = agentCall(box, 'GET', '/health', { user: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['WWW-Authenticate']).toBe('Basic realm="Service-now"');
  });
});
