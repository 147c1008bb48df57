// startSandbox(options): the local sandbox, an emulated instance real clients can talk to. This Node process does
// the sockets, basic auth and the sandbox's own control routes; every /api/* request goes, with the authenticated
// user name, to ONE persistent session inside a script engine (Rhino by default, or the Node vm engine), where the
// built app (dist/app) is installed and its scripts, the built ES5, run under the ServiceNow-ES5 profile.
//
//   /api/...                 forwarded to the instance (Table API, Attachment API, the app's scripted REST APIs);
//                            without credentials the request goes in as unauthenticated (user null): the instance
//                            decides, as it does for public routes; wrong credentials are a 401 here
//   GET  /sandbox/v1/info    any signed-in user: engine, app, access tracking, users, URL, demo fake, background interval
//   POST /sandbox/v1/drain   admin only: runs all due events, async rules and scheduled jobs until nothing is due;
//                            { ran: {events, asyncRules, jobs}, rounds, settled, durationMs }
//   POST /sandbox/v1/jobs/{name or sys_id}/run   admin only: a scheduled job now ("Execute Now")
//   GET  /sandbox/v1/stats   admin only: database operations and outbound requests since the start (counters; the
//                            benchmark measures a request by the difference around it)
//   GET  /sandbox/v1/log, /outbox, /inbox   admin only: the app's rows as it stored them, newest first, with filters
//                            (app-table-routes.ts)
// Background processing runs every tickMs (0: only through drain). --data restores the database at start and saves
// it on stop. Bodies over maxBodyBytes are refused with 413.
// The server listens before the session opens (answering 503 until it has), so the instance can be told its own URL
// at start: glide.servlet.uri, which every real instance has, and the demo's web hook subscriptions.
// When the script engine dies (session-supervisor.ts) the request that met the death gets a 500 in ServiceNow's error
// JSON, a new engine is opened on the data committed before it (committed-data.ts), and until it serves every
// request to the instance or to an engine-bound control route gets a 503 with Retry-After.
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { errorResponse, jsonResponse, notAuthenticated } from '@incb/glide-emulator';
import type { InstanceHttpRequest, InstanceHttpResponse } from '@incb/glide-emulator';
import { parseQueryString } from '@incb/glide-emulator';
import type { SeedData, SeedRecord, SessionSnapshot, TickReport } from '@incb/glide-emulator';
import { loadApp } from '@incb/glide-emulator/loader';
import type { LoadedApp } from '@incb/glide-emulator/loader';
import { RhinoEngine, ScriptEngine, ScriptLog, SessionCallError, VmEngine, rhinoAvailability } from '@incb/glide-emulator/runtime';
import { repositoryRoot } from './repository-root';
import type { AdoFakeOptions } from '@incb/ado-fake';
import { APP_TABLE_ROUTES, FilterError, readAppTable } from './app-table-routes';
import { authenticate } from './basic-auth';
import { Ticker, startTicker } from './background-ticker';
import type { CommitReport } from './committed-data';
import { readDataFile, writeDataFile } from './data-file';
import { exchangeLines } from './exchange-lines';
import { DEMO_HOOK_USER, Demo, startDemo, subscribeDemoHooks } from './demo';
import { DEFAULT_USERS, SandboxUser } from './sandbox-users';
import { readBaseData } from './seed-data';
import { EngineRestartingError, SupervisedSession, openSupervisedSession } from './session-supervisor';

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_TICK_MS = 1000;
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
/** fixed sys_id of the glide.servlet.uri row the sandbox writes at every start */
export const SERVLET_URI_PROPERTY_ID = '5b1f0c7e2d8a4e6f9a3c1b2d4e6f8a00';

export interface SandboxOptions {
  /** default 8080; 0 picks a free port (Sandbox.port says which) */
  port?: number;
  /** default 127.0.0.1 */
  host?: string;
  /** default rhino; without Java or Rhino the sandbox says so and runs the node engine */
  engine?: 'rhino' | 'node';
  /** where Java and Rhino are (default: `java` on PATH, /usr/share/java/rhino.jar) */
  rhino?: { java?: string; rhinoJar?: string };
  /** who signs in (default: admin, agent, ado.hook, itil.user, each with its user name as password) */
  users?: SandboxUser[];
  /** restore the database from this file at start (when it exists) and save it there on stop */
  dataFile?: string;
  /** start the Azure DevOps fake beside the sandbox and seed a connection to it */
  demo?: boolean;
  adoFake?: AdoFakeOptions;
  /** records written at every start after the data (matched by sys_id): `--records FILE` */
  records?: SeedRecord[];
  /** background processing interval in ms (default 1000); 0 = none, POST /sandbox/v1/drain only */
  tickMs?: number;
  /** data of a new sandbox (default sandbox/seed/base-data.json); false for none */
  seed?: SeedData | false;
  /** no per-request, per-exchange or background output (the start-up report is the caller's to print; an engine
   * failure is said anyway) */
  quiet?: boolean;
  /** 'enforcing' (default): the instance treats the app as installed, so only its shipped cross-scope privileges
   * let it touch other scopes' tables; 'tracking': its development instance (packages/glide-emulator/glide/access) */
  accessTracking?: 'enforcing' | 'tracking';
  /** where output lines go (default console.log) */
  log?: (line: string) => void;
  maxBodyBytes?: number;
  /** repository root holding dist/ (default: found from this file) */
  root?: string;
  /** a session call running longer fails (default: the engine's, 120 s); in Rhino the engine dies and restarts */
  sessionCallTimeoutMs?: number;
  /** the package to install instead of root/dist/app (tests add scheduled jobs to the built one) */
  app?: LoadedApp;
  /** called with what each session call committed, table by table (the faults run counts changes per request) */
  onCommit?: (report: CommitReport) => void;
}

export interface Sandbox {
  /** http://<host>:<port> */
  url: string;
  host: string;
  port: number;
  engine: 'rhino' | 'node';
  /** why Rhino was asked for and the node engine runs instead */
  engineFallback?: string;
  app: { name: string; scope: string; version: string; runtimeAccessTracking: string };
  /** how the instance treats the app's cross-scope operations (SandboxOptions.accessTracking) */
  accessTracking: 'enforcing' | 'tracking';
  users: ReadonlyArray<Pick<SandboxUser, 'user_name' | 'roles'>>;
  /** true when the users are the defaults (password = user name) */
  defaultUsers: boolean;
  /** where the data came from */
  data: 'seeded' | 'restored' | 'empty';
  /** the demo fake and its credentials; `inboundSecret` (the demo connection's, new at every start) is only here,
   * for in-process callers such as tests, and never printed */
  demo?: { url: string; organizationUrl: string; project: string; pat: string; personPat: string; inboundSecret: string };
  tickMs: number;
  /** the engine session (tests may call it directly); it outlives a dead engine, which it replaces */
  session: SupervisedSession;
  /** writes the --data file now */
  save(): Promise<void>;
  /** saves --data, stops background processing, the HTTP server, the engine and the demo fake */
  stop(): Promise<void>;
}

const TEXT_BODY = /^text\/|[/+](json|xml)\b|x-www-form-urlencoded|javascript/i;

function chooseEngine(options: SandboxOptions, root: string): { engine: ScriptEngine; fallback?: string } {
  const sessionCallTimeoutMs = options.sessionCallTimeoutMs;
  if ((options.engine ?? 'rhino') === 'rhino') {
    const availability = rhinoAvailability(options.rhino);
    if (availability.available) {
      // A long-lived process: full JIT tiering pays off after its first minutes (see rhino-engine.ts).
      return { engine: new RhinoEngine({ ...options.rhino, root, jvmFlags: ['-XX:+UseSerialGC'], sessionCallTimeoutMs }) };
    }
    return { engine: new VmEngine({ root, sessionCallTimeoutMs }), fallback: availability.reason };
  }
  return { engine: new VmEngine({ root, sessionCallTimeoutMs }) };
}

function send(res: http.ServerResponse, response: InstanceHttpResponse, extraHeaders: { [name: string]: string } = {}): void {
  const body = response.bodyBase64 !== undefined ? Buffer.from(response.bodyBase64, 'base64') : Buffer.from(response.body || '', 'utf8');
  res.writeHead(response.status, { ...response.headers, ...extraHeaders, 'Content-Length': String(body.length) });
  res.end(body);
}

/** the body, or null when it is larger than `limit` (the rest is discarded) */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] || 0);
    if (declared > limit) {
      // Read to the end, discarding, before answering: closing on a client that is still sending makes it see a
      // broken pipe instead of the 413.
      req.on('end', () => resolve(null));
      req.on('error', reject);
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function headersOf(req: http.IncomingMessage): { [name: string]: string } {
  const headers: { [name: string]: string } = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  // Links in responses (Table API references, attachment URLs) must point back at this plain-HTTP sandbox.
  if (!headers['x-forwarded-proto']) headers['x-forwarded-proto'] = 'http';
  return headers;
}

function firstLine(text: string): string {
  const line = text.split('\n')[0];
  return line.length > 300 ? line.slice(0, 300) + '...' : line;
}

/** The demo fake's port: the next one up from the sandbox's (8081 beside 8080, so the README's demo commands name
 * fixed URLs), a free one when the sandbox's port is picked freely, or where adoFake.port says. */
export function demoFakePort(options: Pick<SandboxOptions, 'port' | 'adoFake'>): number {
  const port = options.port ?? DEFAULT_PORT;
  return options.adoFake?.port ?? (port === 0 ? 0 : port + 1);
}

/** how many times a drain goes round the engine and the demo fake's hook deliveries before it answers */
const DRAIN_PASSES = 10;

/** the number of service hook deliveries the demo fake has made, once none is queued or in flight */
async function settledDeliveryCount(demo: Demo): Promise<number> {
  await demo.fake.hooksSettled();
  return demo.fake.deliveries.length;
}

function describeTick(report: TickReport): string | undefined {
  const parts: string[] = [];
  if (report.events) parts.push(`${report.events} event${report.events === 1 ? '' : 's'}`);
  if (report.asyncRules) parts.push(`${report.asyncRules} async rule${report.asyncRules === 1 ? '' : 's'}`);
  for (const job of report.jobs) parts.push(`job "${job.name}" ${job.skipped ? 'skipped (condition false)' : job.ok ? 'ran' : `FAILED: ${job.error}`}`);
  return parts.length ? parts.join(', ') : undefined;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const root = options.root ?? repositoryRoot();
  const print = options.log ?? ((line: string) => console.log(line));
  const quiet = options.quiet === true;
  const users = options.users ?? DEFAULT_USERS.map((u) => ({ ...u }));
  const tickMs = options.tickMs ?? DEFAULT_TICK_MS;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const app = options.app ?? loadApp(path.join(root, 'dist', 'app'));
  const snapshot = options.dataFile ? readDataFile(options.dataFile) : undefined;
  const seed = options.seed === false ? undefined : options.seed ?? readBaseData(root);
  const { engine, fallback } = chooseEngine(options, root);

  let demo: Demo | undefined;
  let session: SupervisedSession | undefined;
  let server: http.Server | undefined;
  let ticker: Ticker | undefined;
  const stopServing = async (): Promise<void> => {
    await ticker?.stop();
    ticker = undefined;
    const serving = server;
    server = undefined;
    if (serving) {
      const closed = new Promise<void>((resolve) => serving.close(() => resolve()));
      serving.closeAllConnections();
      await closed;
    }
  };
  const shutDown = async (): Promise<void> => {
    await session?.close();
    await engine.close();
    await demo?.fake.stop();
  };

  try {
    const fakePort = demoFakePort(options);
    if (options.demo) {
      demo = await startDemo({ ...options.adoFake, port: fakePort }).catch((error: Error) => {
        throw new Error(`the Azure DevOps fake could not listen on 127.0.0.1:${fakePort} (${error.message}); --fake-port N picks another port, 0 a free one`);
      });
    }

    let handler: ((req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>) | undefined;
    const listening = http.createServer((req, res) => {
      if (!handler) return send(res, errorResponse(503, 'Service Unavailable', 'the sandbox is starting'));
      handler(req, res).catch((error) => {
        if (error instanceof EngineRestartingError) return sendRestarting(res, error);
        noteFailure(error);
        if (res.headersSent) return res.destroy();
        const died = error instanceof SessionCallError && session !== undefined && !session.isAlive();
        const detail = died ? `the sandbox's script engine died while answering (${error.name}: ${firstLine(error.message)}); it restarts on the data committed before this request` : (error as Error).message;
        send(res, errorResponse(500, 'Internal sandbox error', detail));
      });
    });
    server = listening;
    const host = options.host ?? DEFAULT_HOST;
    await new Promise<void>((resolve, reject) => {
      listening.once('error', reject);
      listening.listen(options.port ?? DEFAULT_PORT, host, () => resolve());
    });
    const port = (listening.address() as AddressInfo).port;
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

    // The instance's own base URL, as every instance has it (links back to records are built from it).
    const servletUri: SeedRecord = { table: 'sys_properties', sys_id: SERVLET_URI_PROPERTY_ID, fields: { name: 'glide.servlet.uri', value: `${url}/`, type: 'string' } };
    const upserts = [servletUri, ...(demo?.upserts ?? []), ...(options.records ?? [])];
    const accessTracking = options.accessTracking ?? 'enforcing';
    session = await openSupervisedSession({
      engine,
      spec: { app, users, seed, snapshot, upserts, options: { accessTracking } },
      // said however quiet the sandbox is: a dead engine is never routine
      log: print,
      onCommit: (report) => {
        // one line per exchange the call recorded (exchange-lines.ts), before the request's or the tick's own line
        if (!quiet) for (const line of exchangeLines(report)) print(line);
        if (options.onCommit) options.onCommit(report);
      },
    });
    const openSession = session;

    const showLogs = (logs: ScriptLog[]): void => {
      if (quiet) return;
      for (const log of logs) print(`[${log.level}]${log.source ? ` ${log.source}:` : ''} ${log.message}`);
    };
    /** a session call's error, logged (a dead engine is said by the supervisor, which restarts it) */
    const noteFailure = (error: unknown): void => {
      if (error instanceof SessionCallError) showLogs(error.logs);
      if (!openSession.isAlive()) return;
      print(`[error] sandbox: ${(error as Error).message}`);
    };
    /** 503 while the engine restarts (with Retry-After), or for good when it could not be restarted */
    const sendRestarting = (res: http.ServerResponse, error: EngineRestartingError): void => {
      const headers: { [name: string]: string } = error.retryAfterSeconds === null ? {} : { 'Retry-After': String(error.retryAfterSeconds) };
      send(res, errorResponse(503, 'Service Unavailable', error.message), headers);
    };

    /** Runs the background work until nothing is due. With --demo, also until the fake has delivered every service
     * hook it queued: a change made in the fake is then in the incident when the drain answers (the README's demo
     * relies on it), and so is the app's handling of the hooks its own requests raised. */
    const drain = async () => {
      const started = Date.now();
      const total = { events: 0, asyncRules: 0, jobs: [] as TickReport['jobs'] };
      let rounds = 0;
      let settled = false;
      for (let pass = 0; pass < DRAIN_PASSES; pass++) {
        const deliveriesBefore = demo ? await settledDeliveryCount(demo) : 0;
        const reply = await openSession.drain();
        showLogs(reply.logs);
        total.events += reply.value.events;
        total.asyncRules += reply.value.asyncRules;
        total.jobs.push(...reply.value.jobs);
        rounds += reply.value.rounds;
        settled = reply.value.settled;
        if (!settled || !demo || (await settledDeliveryCount(demo)) === deliveriesBefore) break;
      }
      return { ran: total, rounds, settled, durationMs: Date.now() - started };
    };

    const info = () => ({
      url,
      engine: engine.kind,
      engineFallback: fallback ?? null,
      app: { name: app.app.name, scope: app.app.scope, version: app.app.version, runtimeAccessTracking: app.app.runtimeAccessTracking },
      accessTracking,
      users: users.map((u) => ({ user_name: u.user_name, roles: u.roles })),
      port,
      demo: demo ? { url: demo.fake.url, organizationUrl: demo.fake.organizationUrl, project: demo.fake.project } : null,
      tickMs,
      dataFile: options.dataFile ?? null,
      engineState: openSession.state(),
      engineRestarts: openSession.restarts(),
    });

    const control = async (req: http.IncomingMessage, res: http.ServerResponse, url: URL, user: SandboxUser | undefined): Promise<void> => {
      const route = url.pathname;
      if (!user) return send(res, notAuthenticated());
      const isAdmin = user.roles.includes('admin');
      const forbidden = () => send(res, errorResponse(403, 'Forbidden', `${route} needs the admin role`));
      if (req.method === 'GET' && route === '/sandbox/v1/info') {
        return send(res, jsonResponse(200, { result: info() }));
      }
      if (req.method === 'POST' && route === '/sandbox/v1/drain') {
        if (!isAdmin) return forbidden();
        return send(res, jsonResponse(200, await drain()));
      }
      if (req.method === 'GET' && route === '/sandbox/v1/stats') {
        if (!isAdmin) return forbidden();
        return send(res, jsonResponse(200, { result: (await openSession.stats()).value }));
      }
      if (req.method === 'GET' && Object.prototype.hasOwnProperty.call(APP_TABLE_ROUTES, route)) {
        if (!isAdmin) return forbidden();
        try {
          const rows = await readAppTable(openSession, app, APP_TABLE_ROUTES[route], parseQueryString(url.search.slice(1)), user.user_name);
          return send(res, jsonResponse(200, { result: rows }));
        } catch (error) {
          if (error instanceof FilterError) return send(res, errorResponse(400, error.message, error.detail));
          throw error;
        }
      }
      const job = /^\/sandbox\/v1\/jobs\/([^/]+)\/run$/.exec(route);
      if (req.method === 'POST' && job) {
        if (!isAdmin) return forbidden();
        const reply = await openSession.runJob(decodeURIComponent(job[1]));
        showLogs(reply.logs);
        if (!reply.value) return send(res, errorResponse(404, 'No Record found', `no scheduled job "${decodeURIComponent(job[1])}" in the app`));
        return send(res, jsonResponse(200, { result: reply.value }));
      }
      return send(res, errorResponse(404, 'Not found', `the sandbox has no ${req.method} ${route}`));
    };

    const forward = async (req: http.IncomingMessage, res: http.ServerResponse, url: URL, body: Buffer, user: SandboxUser | undefined): Promise<void> => {
      const headers = headersOf(req);
      const request: InstanceHttpRequest = {
        method: (req.method || 'GET').toUpperCase(),
        path: url.pathname,
        query: parseQueryString(url.search.slice(1)),
        headers,
        body: '',
        user: user ? user.user_name : null,
      };
      if (body.length > 0 && !TEXT_BODY.test(headers['content-type'] || '')) request.bodyBase64 = body.toString('base64');
      else request.body = body.toString('utf8');
      const reply = await openSession.http(request);
      showLogs(reply.logs);
      if (!quiet) print(`${request.method} ${url.pathname}${url.search} as ${request.user ?? '(unauthenticated)'} -> ${reply.value.status}`);
      send(res, reply.value);
    };

    const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
      const url = new URL(req.url || '/', 'http://sandbox');
      const body = await readBody(req, maxBodyBytes);
      if (body === null) {
        return send(res, errorResponse(413, 'Request Entity Too Large', `the sandbox accepts bodies up to ${maxBodyBytes} bytes`), { Connection: 'close' });
      }
      const auth = authenticate(req.headers.authorization, users);
      if (auth.kind === 'rejected') return send(res, notAuthenticated());
      const user = auth.kind === 'user' ? auth.user : undefined;
      if (url.pathname.startsWith('/sandbox/')) return control(req, res, url, user);
      if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return forward(req, res, url, body, user);
      return send(res, errorResponse(404, 'Not found', 'the sandbox serves /api/... (the instance) and /sandbox/v1/... (its own controls)'));
    };

    handler = handle;
    if (demo) {
      const hookUser = users.find((u) => u.user_name === DEMO_HOOK_USER);
      if (hookUser) subscribeDemoHooks(demo, url, hookUser);
      else print(`--demo: no user "${DEMO_HOOK_USER}" among the users, so the fake's web hooks are not subscribed`);
    }

    if (tickMs > 0) {
      ticker = startTicker(tickMs, async () => {
        if (openSession.state() !== 'serving') return;
        try {
          const reply = await openSession.tick(Date.now());
          showLogs(reply.logs);
          const ran = describeTick(reply.value);
          if (ran && !quiet) print(`background: ${ran}`);
        } catch (error) {
          if (!(error instanceof EngineRestartingError)) noteFailure(error);
        }
      });
    }

    /** --data: the engine's own dump while it serves, else the data committed before it died */
    const save = async (): Promise<void> => {
      if (!options.dataFile) return;
      let saved: SessionSnapshot;
      try {
        saved = (await openSession.dump()).value;
      } catch (error) {
        saved = openSession.committed();
      }
      writeDataFile(options.dataFile, saved);
    };
    let stopping: Promise<void> | undefined;
    return {
      url,
      host,
      port,
      engine: engine.kind,
      engineFallback: fallback,
      app: { name: app.app.name, scope: app.app.scope, version: app.app.version, runtimeAccessTracking: app.app.runtimeAccessTracking },
      accessTracking,
      users: users.map((u) => ({ user_name: u.user_name, roles: u.roles })),
      defaultUsers: options.users === undefined,
      data: snapshot ? 'restored' : seed ? 'seeded' : 'empty',
      demo: demo ? { url: demo.fake.url, organizationUrl: demo.fake.organizationUrl, project: demo.fake.project, pat: demo.pat, personPat: demo.personPat, inboundSecret: demo.inboundSecret } : undefined,
      tickMs,
      session: openSession,
      save,
      stop: () => {
        stopping = stopping ?? (async () => {
          await stopServing();
          try {
            await save();
          } finally {
            await shutDown();
          }
        })();
        return stopping;
      },
    };
  } catch (error) {
    await stopServing();
    await shutDown();
    throw error;
  }
}
