// A stateful Azure DevOps (WIT 7.1) fake on 127.0.0.1 for one organization/project. Every request is recorded and
// validated against Microsoft's spec before it is served; an invalid one is answered like Azure DevOps would
// (400/415 with its error JSON) and kept in `validationFailures`, so tests can assert their client sent none.
// Around that: PAT/Bearer auth, a rate limiter, injectable faults, and service hook deliveries after each change.
import { randomUUID } from 'crypto';
import * as http from 'http';
import { AddressInfo, Socket } from 'net';
import { AdoRequestValidator, AdoValidationResult, createAdoRequestValidator } from './spec';
import { adoErrors, AdoHttpError } from './ado-errors';
import { AdoFieldDefinition, createFieldRegistry } from './ado-fields';
import { identityFor, stableGuid } from './ado-identities';
import { AdoProcessDefinition, AdoProcessName, resolveProcess } from './ado-processes';
import { createAdoClock } from './ado-timestamps';
import { createAdoUrls } from './ado-urls';
import { API_HANDLERS, ApiContext } from './api-handlers';
import { AttachmentStore } from './attachment-store';
import { CONTROL_PREFIX, handleControl } from './control-api';
import { ActiveFault, DEEPLY_NESTED_LEVELS, FaultInjector, FaultMode, FaultRule } from './fault-injector';
import { buildHookPayload } from './hook-payloads';
import { RateLimitConfig, RateLimiter } from './rate-limiter';
import { HookDelivery, HookSubscription, HookSubscriptionInput, ServiceHooks } from './service-hooks';
import { IdentityFormat } from './work-item-json';
import { WorkItemStore } from './work-item-store';

export interface AdoFakeUser {
  displayName: string;
  uniqueName: string;
  /** accepted as the password of HTTP Basic (any user name, as Azure DevOps does for PATs) */
  pat?: string;
  /** accepted as `Authorization: Bearer <token>` (Microsoft Entra ID tokens in real life) */
  bearerToken?: string;
}

export interface AdoFakeOptions {
  /** 0 (default) picks a free port */
  port?: number;
  organization?: string;
  project?: string;
  users?: AdoFakeUser[];
  process?: AdoProcessName | AdoProcessDefinition;
  /** custom fields the project has (writing any other unknown field is TF51535) */
  extraFields?: AdoFieldDefinition[];
  rateLimit?: RateLimitConfig;
  /** how identities appear in hook payloads: "Name <mail>" strings (default, as in Microsoft's samples) or objects */
  hookIdentities?: IdentityFormat;
  hookTimeoutMs?: number;
  /** the fake's clock in epoch milliseconds (default Date.now) */
  now?: () => number;
  /** share one validator between fakes: loading the spec takes a few hundred milliseconds */
  validator?: AdoRequestValidator;
  /** keep the process running while the fake listens (a standalone sandbox); tests leave it false */
  keepProcessAlive?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: { [name: string]: string | string[] };
  headers: http.IncomingHttpHeaders;
  /** parsed JSON, the raw bytes of a non-JSON body, or undefined */
  body: unknown;
  /** 0 while unanswered, and for requests that never get an answer (reset, createThenTimeout) */
  status: number;
  at: string;
  operationId?: string;
  fault?: FaultMode;
}

export interface ValidationFailure {
  method: string;
  path: string;
  query: { [name: string]: string | string[] };
  errors: string[];
  status: number;
  at: string;
}

export interface AdoFake {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  /** what a client configures as its organization URL: <url>/<organization> */
  readonly organizationUrl: string;
  readonly organization: string;
  readonly project: string;
  readonly projectId: string;
  readonly requests: RecordedRequest[];
  readonly validationFailures: ValidationFailure[];
  readonly deliveries: HookDelivery[];
  /** Serve one request in process, synchronously, through the same pipeline as HTTP (validation, auth, rate limit,
   * faults, handlers, hooks); recorded in `requests` and `validationFailures` like any other. */
  handleSync(request: SyncRequest): SyncResponse;
  subscribe(input: HookSubscriptionInput): HookSubscription;
  unsubscribe(subscriptionId: string): void;
  pauseHooks(): void;
  resumeHooks(): void;
  redeliver(deliveryId: string): HookDelivery;
  /** resolves when no hook delivery is queued (unless paused) or in flight */
  hooksSettled(): Promise<void>;
  addFault(rule: FaultRule): ActiveFault;
  clearFaults(): void;
  setRateLimit(config: RateLimitConfig | null): void;
  /** a work item as GET .../workitems/{id}?$expand=all returns it, or undefined (deleted or unknown) */
  workItem(id: number): unknown;
  /** a summary, also served at GET /_fake/state */
  state(): AdoFakeState;
  stop(): Promise<void>;
}

export interface AdoFakeState {
  organization: string;
  project: string;
  projectId: string;
  workItems: number;
  recycleBin: number;
  attachments: number;
  requests: number;
  validationFailures: ValidationFailure[];
  faults: ActiveFault[];
  rateLimit: RateLimitConfig | null;
  deliveries: Pick<HookDelivery, 'id' | 'eventType' | 'state' | 'status'>[];
}

export const DEFAULT_FAKE_USER: AdoFakeUser = { displayName: 'Incident Bridge Service', uniqueName: 'incident-bridge@fabrikam.example', pat: 'fake-pat' };

const MAX_BODY_BYTES = 32 * 1024 * 1024;

export async function startAdoFake(options: AdoFakeOptions = {}): Promise<AdoFake> {
  const organization = options.organization || 'fabrikam';
  const project = options.project || 'IncidentBridge';
  const projectId = stableGuid(`project:${organization}/${project}`);
  const collectionId = stableGuid(`collection:${organization}`);
  const users = (options.users || [DEFAULT_FAKE_USER]).map((u) => ({ ...u, identity: identityFor(u.displayName, u.uniqueName) }));
  const validator = options.validator || createAdoRequestValidator();
  const clock = createAdoClock(options.now);
  const fields = createFieldRegistry(options.extraFields);
  const attachments = new AttachmentStore();
  const faults = new FaultInjector();
  const hooks = new ServiceHooks(options.hookTimeoutMs ?? 10000, () => clock.next());
  let rateLimiter = options.rateLimit ? new RateLimiter(options.rateLimit, clock.nowMs) : undefined;
  const requests: RecordedRequest[] = [];
  const validationFailures: ValidationFailure[] = [];
  const hungSockets = new Set<Socket>();
  let ctx: ApiContext | undefined;

  const process = resolveProcess(options.process);
  const store = new WorkItemStore({
    projectName: project,
    process,
    fields,
    attachments,
    clock,
    listener: (event) => hooks.publish(event.eventType, () => buildHookPayload(event, { urls: ctx!.urls, collectionId, identities: options.hookIdentities || 'string', createdDate: clock.next() })),
  });

  const server = http.createServer((req, res) => {
    readBody(req)
      .then((bytes) => serveHttp(req, res, bytes))
      .catch((e) => {
        if (!res.headersSent) writeOutcome(res, { kind: 'respond', status: 500, body: { message: String((e as Error).message || e) }, headers: {} });
      });
  });

  async function serveHttp(req: http.IncomingMessage, res: http.ServerResponse, bytes: Buffer | null): Promise<void> {
    let outcome = pipeline({ method: req.method || 'GET', target: req.url || '/', headers: req.headers, bytes });
    if (outcome.kind === 'delay') {
      const delayMs = outcome.delayMs;
      await new Promise<void>((resolve) => setTimeout(resolve, delayMs).unref());
      // A client that gave up meanwhile gets nothing, and nothing is processed.
      if (req.socket.destroyed) return;
      outcome = outcome.proceed();
    }
    if (outcome.kind === 'reset') {
      req.socket.destroy();
      return;
    }
    if (outcome.kind === 'hang') {
      hungSockets.add(req.socket);
      req.socket.once('close', () => hungSockets.delete(req.socket));
      return;
    }
    writeOutcome(res, outcome);
  }

  /** The in-process entry: the same pipeline as the HTTP server, answered synchronously (what a synchronous
   * RESTMessageV2.execute() needs in Jest). Faults that need a socket become transport failures (status 0): reset,
   * createThenTimeout (after processing, as on the wire), and a delay at least as long as the request's timeout
   * (nothing processed, as when an HTTP client gives up); a shorter delay is answered at once. */
  function handleSync(request: SyncRequest): SyncResponse {
    const headers: http.IncomingHttpHeaders = {};
    for (const name of Object.keys(request.headers || {})) headers[name.toLowerCase()] = request.headers![name];
    const bytes = request.bodyBase64 !== undefined ? Buffer.from(request.bodyBase64, 'base64') : Buffer.from(request.body || '', 'utf8');
    if (bytes.length > 0 && headers['content-length'] === undefined) headers['content-length'] = String(bytes.length);
    const url = new URL(request.url, 'http://127.0.0.1');
    let outcome: Outcome;
    try {
      outcome = pipeline({ method: request.method, target: url.pathname + url.search, headers, bytes: bytes.length > MAX_BODY_BYTES ? null : bytes });
    } catch (e) {
      // A bug in a handler: HTTP answers 500 for it, so does this entry.
      return { status: 500, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ message: String((e as Error).message || e) }) };
    }
    if (outcome.kind === 'delay') {
      if (request.timeoutMs !== undefined && request.timeoutMs > 0 && outcome.delayMs >= request.timeoutMs) {
        return transportFailure(`Read timed out after ${request.timeoutMs} ms (fault: delay ${outcome.delayMs} ms)`);
      }
      outcome = outcome.proceed();
    }
    if (outcome.kind === 'reset') return transportFailure('Connection reset (fault: reset)');
    if (outcome.kind === 'hang') return transportFailure('Read timed out: no response (fault: createThenTimeout)');
    if (outcome.kind === 'raw') return { status: outcome.status, headers: { ...outcome.headers }, body: outcome.text };
    const sent = responseOf(outcome);
    if (sent.bytes) return { status: sent.status, headers: sent.headers, body: '', bodyBase64: sent.bytes.toString('base64') };
    return { status: sent.status, headers: sent.headers, body: sent.text };
  }

  /** Everything between reading a request and writing its answer, shared by the HTTP server and handleSync. */
  function pipeline(input: PipelineInput): Outcome {
    const url = new URL(input.target, 'http://127.0.0.1');
    const method = input.method.toUpperCase();
    const bytes = input.bytes;
    if (url.pathname.startsWith(CONTROL_PREFIX)) {
      const [status, body] = handleControl(fake, method, url.pathname, parseJsonSafe(bytes));
      return { kind: 'respond', status, body, headers: {} };
    }
    const query = queryOf(url.searchParams);
    const record: RecordedRequest = { method, path: url.pathname, query, headers: input.headers, body: undefined, status: 0, at: clock.next() };
    requests.push(record);
    const respond = (status: number, body: unknown, headers: { [name: string]: string | string[] } = {}, apiVersion?: string): FinalOutcome => {
      record.status = status;
      return { kind: 'respond', status, body, headers, apiVersion };
    };
    if (bytes === null) return respond(413, adoErrors.notSupportedByFake(`request bodies over ${MAX_BODY_BYTES} bytes`).body);
    const contentType = headerText(input.headers['content-type']);
    const isJson = /[/+]json\b/i.test(contentType || '');
    record.body = bytes.length === 0 ? undefined : isJson ? parseJsonSafe(bytes) : bytes;

    // Validated first, whatever the answer will be, so a bad request is counted even when a fault, the rate limiter
    // or authentication answers it.
    const validation: AdoValidationResult =
      isJson && bytes.length > 0 && record.body === undefined
        ? { valid: false, status: 400, errors: ['The request body is not valid JSON'] }
        : validator.validate({ method, url: input.target, headers: input.headers, body: record.body });
    record.operationId = validation.operationId;
    if (!validation.valid) {
      validationFailures.push({ method, path: record.path, query, errors: validation.errors, status: validation.status || 400, at: record.at });
    }

    const fault = faults.take(method, safeDecode(url.pathname));
    if (fault) record.fault = fault.mode;
    if (fault?.mode === 'reset') return { kind: 'reset' };
    if (fault?.mode === 'status') {
      return respond(fault.status!, adoErrors.injectedFault(fault.status!).body, fault.retryAfterSeconds !== undefined ? { 'Retry-After': String(fault.retryAfterSeconds) } : {});
    }

    const serve = (): FinalOutcome => {
      const user = authenticate(headerText(input.headers.authorization));
      if (!user) {
        return respond(401, adoErrors.unauthorized().body, {
          'WWW-Authenticate': ['Bearer authorization_uri=https://login.microsoftonline.com/common', 'Basic realm="https://dev.azure.com/"', 'TFS-Federated'],
        });
      }
      const rate = rateLimiter?.take();
      if (rate && !rate.allowed) return respond(429, adoErrors.requestBlocked(rateLimiter!.config.resource || 'ATCPU').body, rate.headers);
      const rateHeaders = rate ? rate.headers : {};

      if (!validation.valid) {
        const status = validation.status || 400;
        const error = status === 415 ? adoErrors.contentTypeNotSupported(validation.errors.join('; ')) : adoErrors.specViolation(status, validation.errors);
        return respond(status, error.body, rateHeaders);
      }
      const params = validation.pathParams || {};
      const apiVersion = typeof query['api-version'] === 'string' ? query['api-version'] : undefined;
      try {
        const org = (params.organization || '').toLowerCase();
        const proj = (params.project || '').toLowerCase();
        if (org !== organization.toLowerCase() || (proj !== project.toLowerCase() && proj !== projectId)) throw adoErrors.projectNotFound(params.project);
        const handler = API_HANDLERS[validation.operationId || ''];
        if (!handler) {
          return respond(501, adoErrors.notSupportedByFake(`the operation "${validation.operationId}"`).body, rateHeaders);
        }
        const result = handler({ pathParams: params, query: url.searchParams, body: record.body, actor: user.identity }, ctx!);
        if (fault?.mode === 'createThenTimeout') {
          record.status = 0;
          return { kind: 'hang' };
        }
        if (fault?.mode === 'malformed' || fault?.mode === 'deeplyNested') {
          record.status = 200;
          // cut off mid-document, as a broken proxy would; or valid JSON no real answer resembles
          const text = fault.mode === 'malformed' ? '{"id": 1, "rev": ' : '{"id": ' + '['.repeat(DEEPLY_NESTED_LEVELS) + ']'.repeat(DEEPLY_NESTED_LEVELS) + '}';
          return { kind: 'raw', status: 200, text, headers: { 'Content-Type': jsonContentType(apiVersion), ...rateHeaders } };
        }
        record.status = result.status;
        if (result.bytes) return { kind: 'respond', status: result.status, body: undefined, bytes: result.bytes, headers: rateHeaders };
        return respond(result.status, result.json, rateHeaders, apiVersion);
      } catch (e) {
        if (!(e instanceof AdoHttpError)) throw e;
        return respond(e.status, e.body, { ...rateHeaders, ...e.headers });
      }
    };
    if (fault?.mode === 'delay') return { kind: 'delay', delayMs: fault.delayMs || 0, proceed: serve };
    return serve();
  }

  function authenticate(header: string | undefined): (typeof users)[number] | undefined {
    if (!header) return undefined;
    const [scheme, credentials] = header.split(/\s+/, 2);
    if (/^basic$/i.test(scheme) && credentials) {
      const decoded = Buffer.from(credentials, 'base64').toString('utf8');
      const secret = decoded.slice(decoded.indexOf(':') + 1);
      return decoded.indexOf(':') >= 0 ? users.find((u) => u.pat !== undefined && u.pat === secret) : undefined;
    }
    if (/^bearer$/i.test(scheme) && credentials) return users.find((u) => u.bearerToken !== undefined && u.bearerToken === credentials);
    return undefined;
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port || 0, '127.0.0.1', () => resolve());
  });
  // In tests the fake must never keep the process alive on its own.
  if (!options.keepProcessAlive) server.unref();
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const urls = createAdoUrls(baseUrl, organization, projectId);
  ctx = { store, attachments, fields, urls, clock, projectName: project, process };

  const fake: AdoFake = {
    url: baseUrl,
    organizationUrl: `${baseUrl}/${encodeURIComponent(organization)}`,
    organization,
    project,
    projectId,
    requests,
    validationFailures,
    deliveries: hooks.deliveries,
    handleSync,
    subscribe: (input) => hooks.subscribe(input),
    unsubscribe: (id) => hooks.unsubscribe(id),
    pauseHooks: () => hooks.pause(),
    resumeHooks: () => hooks.resume(),
    redeliver: (id) => hooks.redeliver(id),
    hooksSettled: () => hooks.settled(),
    addFault: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
    setRateLimit: (config) => {
      rateLimiter = config ? new RateLimiter(config, clock.nowMs) : undefined;
    },
    workItem: (id) => {
      const item = store.find(id);
      return item ? API_HANDLERS['Work Items_Get Work Item']({ pathParams: { id: String(id) }, query: new URLSearchParams('$expand=all'), body: undefined, actor: users[0].identity }, ctx!).json : undefined;
    },
    stop: async () => {
      hooks.stop();
      hungSockets.forEach((s) => s.destroy());
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    state: () => ({
      organization,
      project,
      projectId,
      workItems: store.live().length,
      recycleBin: store.recycled().length,
      attachments: attachments.count(),
      requests: requests.length,
      validationFailures,
      faults: faults.list(),
      rateLimit: rateLimiter ? rateLimiter.config : null,
      deliveries: hooks.deliveries.map((d) => ({ id: d.id, eventType: d.eventType, state: d.state, status: d.status })),
    }),
  };
  return fake;
}

function readBody(req: http.IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseJsonSafe(bytes: Buffer | null): unknown {
  if (!bytes || bytes.length === 0) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function queryOf(params: URLSearchParams): { [name: string]: string | string[] } {
  const query: { [name: string]: string | string[] } = {};
  params.forEach((value, key) => {
    const existing = query[key];
    query[key] = existing === undefined ? value : ([] as string[]).concat(existing, value);
  });
  return query;
}

function jsonContentType(apiVersion: string | undefined): string {
  return 'application/json; charset=utf-8' + (apiVersion ? `; api-version=${apiVersion}` : '');
}

/** One request as the pipeline sees it: method, path with query, lower-case headers, body bytes (null: too large). */
interface PipelineInput {
  method: string;
  target: string;
  headers: http.IncomingHttpHeaders;
  bytes: Buffer | null;
}

/** What the pipeline decided; the HTTP server and handleSync each carry it out in their own way. */
type FinalOutcome =
  | { kind: 'respond'; status: number; body: unknown; headers: { [name: string]: string | string[] }; apiVersion?: string; bytes?: Buffer }
  /** a 200 whose body is not JSON (fault "malformed") or is nested far too deeply (fault "deeplyNested") */
  | { kind: 'raw'; status: number; text: string; headers: { [name: string]: string } }
  /** drop the connection without an answer (fault "reset") */
  | { kind: 'reset' }
  /** processed, but the answer never comes (fault "createThenTimeout") */
  | { kind: 'hang' };

/** ... or first wait delayMs, then `proceed` unless the client gave up (fault "delay"). */
type Outcome = FinalOutcome | { kind: 'delay'; delayMs: number; proceed: () => FinalOutcome };

/** The request handleSync takes: what the emulator's HttpTransport receives from RESTMessageV2. */
export interface SyncRequest {
  method: string;
  /** absolute URL or path, with the query */
  url: string;
  headers?: { [name: string]: string };
  body?: string;
  /** binary body (wins over `body`) */
  bodyBase64?: string;
  /** the client's timeout: a delay fault at least this long is a timeout */
  timeoutMs?: number;
}

/** handleSync's answer. status 0 = no HTTP answer (reset, timeout); errorMessage then says why. */
export interface SyncResponse {
  status: number;
  headers: { [name: string]: string };
  body: string;
  /** set instead of `body` for a binary answer (an attachment's bytes) */
  bodyBase64?: string;
  errorMessage?: string;
}

function transportFailure(message: string): SyncResponse {
  return { status: 0, headers: {}, body: '', errorMessage: message };
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The status, headers and body text or bytes of a 'respond' outcome, exactly as the wire carries them. */
function responseOf(outcome: Extract<FinalOutcome, { kind: 'respond' }>): { status: number; headers: { [name: string]: string }; text: string; bytes?: Buffer } {
  const headers: { [name: string]: string } = {};
  const put = (extra: { [name: string]: string | string[] }) => {
    for (const name of Object.keys(extra)) headers[name] = headerText(extra[name]) || '';
  };
  if (outcome.bytes) {
    put({ 'Content-Type': 'application/octet-stream', ...outcome.headers });
    return { status: outcome.status, headers, text: '', bytes: outcome.bytes };
  }
  const activity = { ActivityId: randomUUID() };
  if (outcome.body === undefined || outcome.status === 204) {
    put({ ...activity, ...outcome.headers });
    return { status: outcome.status, headers, text: '' };
  }
  put({ 'Content-Type': jsonContentType(outcome.apiVersion), ...activity, ...outcome.headers });
  return { status: outcome.status, headers, text: JSON.stringify(outcome.body) };
}

function writeOutcome(res: http.ServerResponse, outcome: Extract<FinalOutcome, { kind: 'respond' } | { kind: 'raw' }>): void {
  if (outcome.kind === 'raw') {
    res.writeHead(outcome.status, outcome.headers);
    res.end(outcome.text);
    return;
  }
  const sent = responseOf(outcome);
  // Multi-valued headers (WWW-Authenticate) go out as separate lines, as Azure DevOps sends them.
  const headers: { [name: string]: string | string[] } = { ...sent.headers };
  for (const name of Object.keys(outcome.headers)) headers[name] = outcome.headers[name];
  res.writeHead(sent.status, headers);
  res.end(sent.bytes || sent.text || undefined);
}
