// A script engine that stands in for the instance's JavaScript runtime: the built ES5 files run in it against a
// fresh emulated instance per job, under the ServiceNow-ES5 profile. Two implementations share one job protocol
// (job-runner.js runs inside both): RhinoEngine (rhino-engine.ts, the engine family ServiceNow's comes from; the
// authority) and VmEngine (vm-engine.ts, a Node vm context; fast, for the sandbox).
import path from 'node:path';
import type { SchemaJson } from '../glide/contract';
import type { LoadedApp } from '../loader/types';

export interface ScriptJob {
  /** the built package (emulator/loader's loadApp of dist/app), installed into the fresh instance first */
  app?: LoadedApp;
  /** dictionaries to load into the fresh instance (the emulator's base tables are always there) */
  schema?: SchemaJson[];
  /** rows inserted raw (no business rules) before `code` runs; values are stored strings */
  records?: Array<{ table: string; values: { [field: string]: string } }>;
  /** user_name the script runs as (emulator default: admin) */
  user?: string;
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

export interface ScriptEngine {
  readonly kind: 'rhino' | 'node';
  /** Launches the engine (loads the emulator, applies the profile); resolves once it accepts jobs. */
  start(): Promise<EngineStartInfo>;
  /** Runs one job against a fresh instance. Resolves (never rejects) with the result, errors included; starts the
   * engine first if needed, and again after a job killed it. Jobs run one at a time, in call order. */
  run(job: ScriptJob): Promise<ScriptResult>;
  /** Stops the engine; later calls to run() start it again. */
  close(): Promise<void>;
}

export interface EngineOptions {
  /** repository root holding dist/ and emulator/runtime/ (default: two levels above this file) */
  root?: string;
  /** a job running longer is abandoned and reported as a TimeoutError (default 30 s) */
  jobTimeoutMs?: number;
}

export const DEFAULT_JOB_TIMEOUT_MS = 30000;

export function repositoryRoot(options: EngineOptions): string {
  return options.root ?? path.resolve(__dirname, '..', '..');
}

export function timeoutResult(engine: string, timeoutMs: number): ScriptResult {
  return {
    ok: false,
    error: { name: 'TimeoutError', message: `${engine}: the job ran longer than ${timeoutMs} ms and was abandoned; the engine restarts for the next job` },
    logs: [],
    filesRun: [],
  };
}
