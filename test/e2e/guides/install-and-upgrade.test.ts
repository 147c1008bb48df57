// docs/guides/install-and-upgrade.md, followed where the sandbox can: the privileges and properties it lists are the
// built package's, the version it says the build takes from package.json is the built app's, and a sandbox started
// with the guide's users file lets each user call exactly the routes its role admits (the health check of step 5
// run as written). now-sdk auth and install need an instance: those blocks carry `needs:`.
import fs from 'node:fs';
import path from 'node:path';
import { docExample, REPO_ROOT } from '../../support/doc-examples';
import { loadBuiltApp } from '../../support/builtApp';
import { call } from '../support/http-client';
import { SandboxProcess, startE2eSandbox } from '../support/e2e-sandbox';
import { fileArg, guideJson, runCurl, SANDBOX_ADMIN } from './support/guides';

const app = loadBuiltApp();
const PASSWORD = 'Guide-install-1';

describe('what the guide lists is what the build ships', () => {
  test('the 15 cross-scope privileges, each allowed', () => {
    const listed = docExample('guides/install/privileges').text.trim().split('\n').map((line) => line.trim());
    const built = app.privileges.map((p) => `${p.targetName} ${p.operation}`);
    expect(listed).toHaveLength(15);
    expect([...listed].sort()).toEqual([...built].sort());
    expect(new Set(app.privileges.map((p) => p.status))).toEqual(new Set(['allowed']));
  });

  test('the properties and their shipped values', () => {
    const listed = guideJson<{ [name: string]: string }>(docExample('guides/install/properties'));
    const built: { [name: string]: string } = {};
    for (const p of app.properties) built[p.name] = String(p.value);
    expect(listed).toEqual(built);
  });

  test('the app version is package.json\'s', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(app.app.version).toBe(pkg.version);
  });

  test('the roles table names the three roles the package has', () => {
    expect(app.roles.map((r) => r.name).sort()).toEqual(['x_incb_bridge.admin', 'x_incb_bridge.agent', 'x_incb_bridge.integration']);
  });

  test('the guides\' own test command points at this folder and the e2e project', () => {
    expect(docExample('guides/readme/run-tests').text.trim()).toBe('npx jest test/e2e/guides --selectProjects e2e');
    expect(fs.existsSync(path.join(REPO_ROOT, 'test/e2e/guides'))).toBe(true);
  });
});

describe('a sandbox with the guide\'s users', () => {
  let sandbox: SandboxProcess;
  const users = guideJson<Array<{ user_name: string; password: string; roles: string[] }>>(docExample('guides/install/users'), { '<password>': PASSWORD });

  beforeAll(async () => {
    sandbox = await startE2eSandbox(fileArg('--users', [SANDBOX_ADMIN, ...users]));
  }, 180000);
  afterAll(() => sandbox?.stop());

  const as = (user: string, method: string, route: string, json?: unknown) =>
    call(sandbox.url, method, route, { as: user, password: PASSWORD, ...(json === undefined ? {} : { json }) });

  test('step 5: the health check as written answers ok, with the app and no connection yet', async () => {
    const reply = await runCurl(docExample('guides/install/health'), sandbox.url, { '<password>': PASSWORD });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual(guideJson(docExample('guides/install/health-answer'), { '<app version>': app.app.version, '<now>': reply.json.result.checked_at }));
  });

  test('bridge.admin (x_incb_bridge.admin) reaches the admin dry run, the health route and the agent API', async () => {
    expect((await as('bridge.admin', 'POST', '/api/x_incb_bridge/v1/admin/dry-run', {})).status).toBe(400);
    expect((await as('bridge.admin', 'GET', '/api/x_incb_bridge/v1/health')).status).toBe(200);
    expect((await as('bridge.admin', 'GET', '/api/x_incb_bridge/v1/agent/incidents')).status).toBe(200);
  });

  test('ado.servicehook (x_incb_bridge.integration) reaches the hook route only', async () => {
    // past the ACL: the route itself answers, here that there is no such connection
    expect((await as('ado.servicehook', 'POST', '/api/x_incb_bridge/v1/hooks/azure-devops/none-yet', {})).status).toBe(404);
    expect((await as('ado.servicehook', 'GET', '/api/x_incb_bridge/v1/health')).status).toBe(403);
    expect((await as('ado.servicehook', 'GET', '/api/x_incb_bridge/v1/agent/incidents')).status).toBe(403);
    expect((await as('ado.servicehook', 'POST', '/api/x_incb_bridge/v1/admin/dry-run', {})).status).toBe(403);
  });

  test('sre.agent (itil, x_incb_bridge.agent) reaches the agent API and health, not the hooks or the dry run', async () => {
    expect((await as('sre.agent', 'GET', '/api/x_incb_bridge/v1/agent/incidents')).status).toBe(200);
    expect((await as('sre.agent', 'GET', '/api/x_incb_bridge/v1/health')).status).toBe(200);
    expect((await as('sre.agent', 'POST', '/api/x_incb_bridge/v1/hooks/azure-devops/none-yet', {})).status).toBe(403);
    expect((await as('sre.agent', 'POST', '/api/x_incb_bridge/v1/admin/dry-run', {})).status).toBe(403);
  });
});
