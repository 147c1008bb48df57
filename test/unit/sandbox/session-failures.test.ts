// A session call that runs away: the Node vm engine interrupts it and the session carries on; in Rhino the engine
// process is replaced, so the session is lost (later calls say so) while the engine itself keeps working.
import { RhinoEngine, SessionCallError, VmEngine } from '@incb/glide-emulator/runtime';
import { APP_SCOPE, ROOT } from '../../support/builtApp';
import { DEFAULT_USERS } from '../../../sandbox/sandbox-users';
import { appWithExtras } from './appWithExtras';
import { announceRhinoSkip, rhinoAvailable } from './rhinoOrSkip';

announceRhinoSkip('session failures');
const app = appWithExtras({ jobs: [{ name: 'spin', script: 'for (;;) {}' }] });
const users = DEFAULT_USERS.map((u) => ({ ...u }));

function rejection(promise: Promise<unknown>): Promise<SessionCallError> {
  return promise.then(
    () => { throw new Error('expected the call to fail'); },
    (error) => error as SessionCallError
  );
}

test('Node vm: a runaway call times out and the session carries on', async () => {
  const engine = new VmEngine({ root: ROOT, scope: APP_SCOPE, sessionCallTimeoutMs: 1000 });
  try {
    const session = await engine.openSession({ app, users });
    const error = await rejection(session.runJob('spin'));
    expect(error).toBeInstanceOf(SessionCallError);
    expect(error.name).toBe('TimeoutError');
    expect((await session.http({ method: 'GET', path: '/api/x_incb_bridge/v1/health', query: {}, headers: {}, body: '', user: 'agent' })).value.status).toBe(200);
  } finally {
    await engine.close();
  }
}, 60000);

(rhinoAvailable ? test : test.skip)('Rhino: a runaway call times out, the session is lost, the engine runs on', async () => {
  const engine = new RhinoEngine({ root: ROOT, scope: APP_SCOPE, sessionCallTimeoutMs: 3000 });
  try {
    const session = await engine.openSession({ app, users });
    expect((await rejection(session.runJob('spin'))).name).toBe('TimeoutError');
    expect((await rejection(session.info())).name).toBe('SessionLostError');
    expect(await engine.run({ code: 'return 6 * 7;' })).toMatchObject({ ok: true, value: 42 });
  } finally {
    await engine.close();
  }
}, 60000);
