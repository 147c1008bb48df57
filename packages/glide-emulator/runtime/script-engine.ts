// A script engine that stands in for the instance's JavaScript runtime: the built ES5 files run in it against a
// fresh emulated instance per job, under the ServiceNow-ES5 profile. Two implementations share one job protocol
// (job-runner.js runs inside both): RhinoEngine (rhino-engine.ts, the engine family ServiceNow's comes from; the
// authority) and VmEngine (vm-engine.ts, a Node vm context; fast, for the sandbox).
import type { SchemaJson } from '../glide/contract';
import type { InstanceHttpRequest, InstanceHttpResponse } from '../glide/http/types';
import type { DrainReport, JobRun, RecordsQuery, SessionChanges, SessionInfo, SessionSnapshot, SessionStart, SessionStats, TickReport } from '../glide/session/types';
import type { LoadedApp } from '../loader/types';
import type { AtfBasicAuth, AtfRollbackReport, AtfServerStepRequest, AtfStepOutcome } from '../glide/atf/types';

export interface ScriptJob {
  /** the built package (packages/glide-emulator/loader's loadApp of dist/app), installed into the fresh instance first */
  app?: LoadedApp;
  /** the application scope whose scripts run, for a job without `app` (with `app`, the app's) */
  scope?: string;
  /** dictionaries to load into the fresh instance (the emulator's base tables are always there) */
  schema?: SchemaJson[];
  /** rows inserted raw (no business rules) before `code` runs; values are stored strings */
  records?: Array<{ table: string; values: { [field: string]: string } }>;
  /** user_name the script runs as (emulator default: admin) */
  user?: string;
  /** with `app`: install all of the package but its business rules and script actions (the job wires the built
   * entry files itself) */
  withoutRules?: boolean;
  /** 'enforcing' (default: an instance the app was installed on) or 'tracking' (its development instance) */
  accessTracking?: 'enforcing' | 'tracking';
  /** A function body, run inside the engine with these in scope:
   *   instance                 the emulator Instance (contract.ts); its globals (GlideRecord, gs...) are installed
   *   runFile(relPath, vars)   runs a built file, e.g. 'dist/es5/entry/rest/health_get.js', through
   *                            instance.evaluate with `vars` as its local variables; returns the completion value
   *   print(...)               writes to the result's logs (level 'print')
   * Script includes (dist/es5/includes) are globals resolved on first use, afresh in every job.
   * It may `return` a JSON-serializable value. */
  code: string;
}

export interface ScriptLog {
  /** gs.info/warn/error/debug levels as the emulator reports them, or 'print' */
  level: string;
  message: string;
  source?: string;
}

export interface ScriptError {
  name?: string;
  message: string;
  stack?: string;
}

export interface ScriptResult {
  ok: boolean;
  /** what `code` returned, through JSON (absent when it returned undefined) */
  value?: any;
  /** set when ok is false: a throw inside the script, a time-out, or an engine that died */
  error?: ScriptError;
  logs: ScriptLog[];
  /** repository-relative paths of the files runFile ran, in order */
  filesRun: string[];
  /** a session call's result: what the session committed during the call, when anything (job-runner.js) */
  changes?: SessionChanges;
}

export interface EngineStartInfo {
  engine: 'rhino' | 'node';
  /** wall time from launch until the engine accepted jobs */
  startupMs: number;
  /** script include names found in dist/es5/includes */
  includes: string[];
  /** profile paths that existed in the engine and were deleted */
  removed: string[];
  /** profile paths that exist and cannot be deleted (scripts can still read them) */
  undeletable: string[];
}

/** What a persistent session is opened with: the built app, then what its `start` does (SessionStart). */
export interface SessionSpec extends SessionStart {
  app: LoadedApp;
  options?: { platformRules?: boolean; maxDrainRounds?: number; accessTracking?: 'enforcing' | 'tracking' };
}

/** A session call's answer, the log lines (gs.info..., platform errors) written meanwhile, and what it committed. */
export interface SessionReply<T> {
  value: T;
  logs: ScriptLog[];
  changes?: SessionChanges;
}

/** A session call that failed as a whole: the engine died or timed out (name EngineError, TimeoutError or
 * SessionLostError), or the operation threw inside the engine (which may have committed `changes` before it threw). */
export class SessionCallError extends Error {
  constructor(name: string, message: string, readonly logs: ScriptLog[] = [], readonly engineStack?: string, readonly changes?: SessionChanges) {
    super(message);
    this.name = name;
  }
}

/** ONE long-lived emulated instance inside an engine (GlideEmulator.createSession; see packages/glide-emulator/glide/session).
 * Calls run one at a time in call order; each resolves with its value, or rejects with a SessionCallError. After
 * a time-out or a dead engine the session is gone (Rhino) and every later call rejects with SessionLostError. */
export interface EngineSession {
  readonly engine: 'rhino' | 'node';
  /** what start() reported when the session opened */
  readonly opened: SessionInfo;
  http(request: InstanceHttpRequest): Promise<SessionReply<InstanceHttpResponse>>;
  /** due events, async rules and scheduled jobs, once; nowMs ahead of the instance clock moves it forward */
  tick(nowMs?: number): Promise<SessionReply<TickReport>>;
  drain(): Promise<SessionReply<DrainReport>>;
  dump(): Promise<SessionReply<SessionSnapshot>>;
  /** a scheduled job now, by name or sys_id (null value: no such job) */
  runJob(nameOrSysId: string): Promise<SessionReply<JobRun | null>>;
  info(): Promise<SessionReply<SessionInfo>>;
  /** false once the engine holding the session died or lost it (a time-out in Rhino): every later call fails */
  isAlive(): boolean;
  /** database operations and outbound requests since the session started */
  stats(): Promise<SessionReply<SessionStats>>;
  /** rows of one of the app's own tables, filtered, newest first, without password2 columns (records-query.ts) */
  records(query: RecordsQuery): Promise<SessionReply<Array<{ [field: string]: string }>>>;
  /** ATF: a test starts (its changes will be rolled back), one server-side step, a basic auth profile's
   * credentials for a REST step, the test ends (rolled back) */
  atfBegin(): Promise<SessionReply<{ enabled: boolean }>>;
  atfStep(request: AtfServerStepRequest): Promise<SessionReply<AtfStepOutcome>>;
  atfBasicAuth(profileSysId: string): Promise<SessionReply<AtfBasicAuth>>;
  atfEnd(): Promise<SessionReply<AtfRollbackReport>>;
  close(): Promise<void>;
}

export interface ScriptEngine {
  readonly kind: 'rhino' | 'node';
  /** Launches the engine (loads the emulator, applies the profile); resolves once it accepts jobs. */
  start(): Promise<EngineStartInfo>;
  /** Runs one job against a fresh instance. Resolves (never rejects) with the result, errors included; starts the
   * engine first if needed, and again after a job killed it. Jobs run one at a time, in call order. */
  run(job: ScriptJob): Promise<ScriptResult>;
  /** Opens a persistent session (one instance with the app installed, its users and data) and starts it; rejects
   * with a SessionCallError when the engine or start() fails. Its scripts make real outbound HTTP requests. */
  openSession(spec: SessionSpec): Promise<EngineSession>;
  /** Stops the engine and its sessions; later calls to run() start it again. */
  close(): Promise<void>;
}

export interface EngineOptions {
  /** the app's folder holding its build, which the engines run: dist/es5, dist/app and the emulator bundle
   * dist/emulator/glide.js (the app passes its repository root; the engine scripts come from RUNTIME_DIR) */
  root: string;
  /** the application scope of jobs that install no app and name none (ScriptJob.scope); without either, such a job
   * fails as createInstance refuses an instance without a scope */
  scope?: string;
  /** a job running longer is abandoned and reported as a TimeoutError (default 30 s) */
  jobTimeoutMs?: number;
  /** a session call running longer fails with a TimeoutError (default 120 s; a Rhino session is lost then) */
  sessionCallTimeoutMs?: number;
}

export const DEFAULT_JOB_TIMEOUT_MS = 30000;
export const DEFAULT_SESSION_CALL_TIMEOUT_MS = 120000;

/** The folder of the engine scripts (rhino-driver.js, job-runner.js, vm-context.cjs, the profile): this one, in the
 * sources and in the package's build alike (scripts/build-packages.mjs copies them beside the compiled files). */
export const RUNTIME_DIR = __dirname;

/** The job as the engine runs it: one without an app runs as the engine's scope unless it names its own. */
export function scopedJob(job: ScriptJob, options: EngineOptions): ScriptJob {
  return job.app || job.scope || !options.scope ? job : { ...job, scope: options.scope };
}

export function repositoryRoot(options: EngineOptions): string {
  if (!options.root) throw new Error('EngineOptions.root is required: the app folder holding its build (dist/)');
  return options.root;
}

/** Turns an engine's result of a session call into the call's value, or throws it as a SessionCallError. */
export function sessionReply<T>(result: ScriptResult): SessionReply<T> {
  if (!result.ok) {
    const error = result.error ?? { message: 'unknown engine failure' };
    throw new SessionCallError(error.name ?? 'Error', error.message, result.logs, error.stack, result.changes);
  }
  return { value: result.value as T, logs: result.logs, changes: result.changes };
}

export function timeoutResult(engine: string, timeoutMs: number): ScriptResult {
  return {
    ok: false,
    error: { name: 'TimeoutError', message: `${engine}: the job ran longer than ${timeoutMs} ms and was abandoned; the engine restarts for the next job` },
    logs: [],
    filesRun: [],
  };
}
