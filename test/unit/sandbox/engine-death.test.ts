// The sandbox on Rhino when its script engine really dies: a scheduled job (added to the built app for the test)
// JSON.parse's text nested 100,000 levels deep, Rhino dies of a java.lang.StackOverflowError that no script catch
// sees, and the request that ran it gets a 500 in ServiceNow's error JSON. The sandbox then answers 503 with
// Retry-After while a new engine starts on the data committed before the death, and serves again, that data intact.
import { TABLES_FROM_BUILD } from '@incb/glide-emulator';
import type { SessionSnapshot } from '@incb/glide-emulator';
import { Sandbox, startSandbox } from '../../../sandbox/server';
import { appWithExtras } from './appWithExtras';
import { announceRhinoSkip, rhinoAvailable } from './rhinoOrSkip';

announceRhinoSkip('engine death');
const app = appWithExtras({ jobs: [{ name: 'test: overflow', script: "JSON.parse(new Array(100001).join('['));" }] });
const basic = (user: string) => ({ Authorization: `Basic ${Buffer.from(`${user}:${user}`).toString('base64')}` });

/** The data of a dump: what a restart restores (tables derived from the build come new from it: database-restore.ts). */
function data(snapshot: SessionSnapshot): SessionSnapshot['database'] {
  const tables = { ...snapshot.database.tables };
  for (const table of TABLES_FROM_BUILD) delete tables[table];
  return { tables, numbers: snapshot.database.numbers };
}

async function call(sandbox: Sandbox, route: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; body: any }> {
  const response = await fetch(sandbox.url + route, { ...init, headers: { ...basic('admin'), 'Content-Type': 'application/json', ...(init.headers as object) } });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

(rhinoAvailable ? test : test.skip)('a StackOverflowError kills Rhino: 500 for that request, 503 with Retry-After, then the committed data serves again', async () => {
  const lines: string[] = [];
  const sandbox = await startSandbox({ engine: 'rhino', app, port: 0, tickMs: 0, quiet: true, log: (line) => lines.push(line) });
  try {
    const created = await call(sandbox, '/api/now/table/incident', { method: 'POST', body: JSON.stringify({ short_description: 'Committed before the death' }) });
    expect(created.status).toBe(201);
    const { sys_id: sysId, number } = created.body.result;
    const committed = data((await sandbox.session.dump()).value);

    const killing = await call(sandbox, `/sandbox/v1/jobs/${encodeURIComponent('test: overflow')}/run`, { method: 'POST' });
    expect(killing.status).toBe(500);
    expect(killing.body).toEqual({ error: { message: 'Internal sandbox error', detail: expect.stringMatching(/^the sandbox's script engine died while answering \(EngineError: Rhino exited \(code 3\).*restarts on the data committed before this request$/) }, status: 'failure' });

    const restarting = await call(sandbox, '/api/now/table/incident?sysparm_limit=1');
    expect(restarting.status).toBe(503);
    expect(Number(restarting.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(restarting.body).toEqual({ error: { message: 'Service Unavailable', detail: expect.stringContaining('restarting after it died') }, status: 'failure' });
    expect((await call(sandbox, '/sandbox/v1/info')).body.result).toMatchObject({ engineState: 'restarting', engineRestarts: 0 });

    const started = Date.now();
    let again = restarting;
    while (again.status === 503 && Date.now() - started < 30000) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      again = await call(sandbox, `/api/now/table/incident/${sysId}`);
    }
    expect(again.status).toBe(200);
    expect(again.body.result).toMatchObject({ number, short_description: 'Committed before the death' });
    expect((await call(sandbox, '/sandbox/v1/info')).body.result).toMatchObject({ engineState: 'serving', engineRestarts: 1 });
    // every row and counter as committed before the death, nothing more, nothing less
    expect(data((await sandbox.session.dump()).value)).toEqual(committed);
    expect((await call(sandbox, '/api/x_incb_bridge/v1/health', { headers: basic('agent') })).status).toBe(200);
    expect(lines.join('\n')).toMatch(/SANDBOX ENGINE FAILURE \(EngineError\): Rhino exited \(code 3\)[\s\S]*java\.lang\.StackOverflowError/);
  } finally {
    await sandbox.stop();
  }
}, 120000);
