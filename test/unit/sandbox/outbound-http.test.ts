// Real outbound HTTP from a script in a sandbox session, in both engines: RESTMessageV2 requests reach a local
// server (GET, PATCH with a body, a binary attachment body) and a time-out or a refused connection comes back as
// status 0 with an error, as RESTResponseV2 reports a request without an HTTP answer.
import { createHash } from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { EngineSession, RhinoEngine, ScriptEngine, VmEngine } from '@incb/glide-emulator/runtime';
import { APP_SCOPE, ROOT } from '../../support/builtApp';
import { DEFAULT_USERS } from '../../../sandbox/sandbox-users';
import { appWithExtras, infoJson } from './appWithExtras';
import { ALL_BYTES, EchoServer, startEchoServer } from './echoServer';
import { announceRhinoSkip, rhinoAvailable } from './rhinoOrSkip';

announceRhinoSkip('outbound HTTP');

/** a port nothing listens on */
async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** a job script that sends one request and reports what the script sees through gs.info (JSON) */
function requestJob(setup: string): string {
  return `
    var message = new sn_ws.RESTMessageV2();
    ${setup}
    var response = message.execute();
    var body = response.getStatusCode() === 0 ? '' : response.getBody();
    gs.info(JSON.stringify({ status: response.getStatusCode(), haveError: response.haveError(), errorCode: response.getErrorCode(),
      errorMessage: response.getErrorMessage(), echo: response.getHeader('X-Echo'), body: body }));`;
}

function jobs(echo: string, refusedUrl: string) {
  return [
    { name: 'get', script: requestJob(`message.setEndpoint('${echo}/echo'); message.setHttpMethod('GET'); message.setQueryParameter('q', 'a b');`) },
    {
      name: 'patch',
      script: requestJob(`message.setEndpoint('${echo}/echo'); message.setHttpMethod('PATCH');
        message.setRequestHeader('Content-Type', 'application/json-patch+json'); message.setBasicAuth('', 'pat-123');
        message.setRequestBody(JSON.stringify([{ op: 'add', path: '/fields/System.Title', value: 'Déjà vu ✓' }]));`),
    },
    {
      name: 'binary',
      script: `
        var incident = new GlideRecord('incident');
        incident.initialize();
        incident.setValue('short_description', 'has a binary attachment');
        incident.insert();
        var attachmentId = new GlideSysAttachment().writeBase64(incident, 'bytes.bin', 'application/octet-stream', '${ALL_BYTES.toString('base64')}');
        ${requestJob(`message.setEndpoint('${echo}/echo'); message.setHttpMethod('POST');
          message.setRequestHeader('Content-Type', 'application/octet-stream'); message.setRequestBodyFromAttachment(attachmentId);`)}`,
    },
    { name: 'timeout', script: requestJob(`message.setEndpoint('${echo}/slow'); message.setHttpMethod('GET'); message.setHttpTimeout(300);`) },
    { name: 'refused', script: requestJob(`message.setEndpoint('${refusedUrl}'); message.setHttpMethod('GET');`) },
  ];
}

describe.each([
  ['node', () => new VmEngine({ root: ROOT, scope: APP_SCOPE }), true],
  ['rhino', () => new RhinoEngine({ root: ROOT, scope: APP_SCOPE }), rhinoAvailable],
] as Array<[string, () => ScriptEngine, boolean]>)('outbound HTTP from a %s session', (_kind, createEngine, available) => {
  const maybe = available ? test : test.skip;
  let echo: EchoServer;
  let engine: ScriptEngine;
  let session: EngineSession;

  /** runs one of the jobs and returns what its script saw */
  async function run(name: string): Promise<any> {
    const reply = await session.runJob(name);
    expect(reply.value).toMatchObject({ ok: true });
    const [seen] = infoJson(reply.logs);
    return { ...seen, echoed: seen.echo === 'yes' ? JSON.parse(seen.body) : undefined };
  }

  beforeAll(async () => {
    if (!available) return;
    echo = await startEchoServer();
    engine = createEngine();
    const app = appWithExtras({ jobs: jobs(echo.url, `http://127.0.0.1:${await closedPort()}/`) });
    session = await engine.openSession({ app, users: DEFAULT_USERS.map((u) => ({ ...u })) });
  }, 60000);
  afterAll(async () => {
    if (!available) return;
    await engine.close();
    await echo.stop();
  });

  maybe('GET with query parameters', async () => {
    const seen = await run('get');
    expect(seen).toMatchObject({ status: 200, haveError: false, echo: 'yes' });
    expect(seen.echoed).toMatchObject({ method: 'GET', path: '/echo', query: { q: 'a b' }, length: 0 });
  });

  maybe('PATCH with a UTF-8 JSON body, its content type and basic auth', async () => {
    const seen = await run('patch');
    expect(seen.status).toBe(200);
    expect(seen.echoed.method).toBe('PATCH');
    expect(seen.echoed.contentType).toBe('application/json-patch+json');
    expect(seen.echoed.authorization).toBe(`Basic ${Buffer.from(':pat-123').toString('base64')}`);
    expect(JSON.parse(seen.echoed.body)).toEqual([{ op: 'add', path: '/fields/System.Title', value: 'Déjà vu ✓' }]);
  });

  maybe('an attachment body arrives byte for byte', async () => {
    const seen = await run('binary');
    expect(seen.echoed).toMatchObject({ method: 'POST', length: ALL_BYTES.length, sha256: createHash('sha256').update(ALL_BYTES).digest('hex') });
  });

  maybe('a time-out is status 0 with an error, after about the time-out', async () => {
    const started = Date.now();
    const seen = await run('timeout');
    expect(Date.now() - started).toBeLessThan(2500);
    expect(seen).toMatchObject({ status: 0, haveError: true, errorCode: 1, errorMessage: expect.stringMatching(/timed out/i) });
  });

  maybe('a refused connection is status 0 with an error', async () => {
    expect(await run('refused')).toMatchObject({ status: 0, haveError: true, errorCode: 1, errorMessage: expect.stringMatching(/refused/i) });
  });
});
