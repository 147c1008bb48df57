// One ATF run in a fresh sandbox: the built app installed (with or without its demo data) into an emulated instance
// on a script engine, prepared as the guide tells an admin (prepare.ts), every suite run (runner.ts), the sandbox
// stopped. Background work runs only when a test waits for it or ends (tick 0, drained by the runner), so a run does
// the same work every time.
import path from 'node:path';
import { loadApp } from '@incb/glide-emulator/loader';
import type { LoadedApp } from '@incb/glide-emulator/loader';
import { repositoryRoot } from '../repository-root';
import { DEFAULT_USERS } from '../sandbox-users';
import { startSandbox } from '../server';
import { prepareForAtf } from './prepare';
import { AtfRun, AtfTestResult, runAtf } from './runner';

export interface AtfSandboxOptions {
  /** the built package to install (default: the repository's dist/app) */
  appDir?: string;
  /** or the package already loaded (a test's modified copy); demoData is then how it was loaded */
  app?: LoadedApp;
  engine: 'rhino' | 'node';
  /** install the package's demo data too (default true: every test the package ships) */
  demoData?: boolean;
  suites?: string[];
  root?: string;
  onTest?: (result: AtfTestResult, suite: string | null) => void;
}

export interface AtfSandboxRun {
  run: AtfRun;
  engine: 'rhino' | 'node';
  /** why Rhino was asked for and node ran */
  engineFallback?: string;
  app: { name: string; scope: string; version: string };
  demoData: boolean;
  durationMs: number;
}

export async function runAtfInSandbox(options: AtfSandboxOptions): Promise<AtfSandboxRun> {
  const started = Date.now();
  const root = options.root ?? repositoryRoot();
  const demoData = options.demoData ?? true;
  const app = options.app ?? loadApp(options.appDir ?? path.join(root, 'dist', 'app'), { includeDemoData: demoData });
  const preparation = prepareForAtf(app);
  const sandbox = await startSandbox({
    root,
    app,
    engine: options.engine,
    port: 0,
    tickMs: 0,
    quiet: true,
    log: () => undefined,
    users: [...DEFAULT_USERS.map((u) => ({ ...u, roles: [...u.roles] })), ...preparation.users],
    records: preparation.records,
  });
  try {
    const run = await runAtf({ app, target: { url: sandbox.url, session: sandbox.session }, suites: options.suites, onTest: options.onTest });
    return { run, engine: sandbox.engine, engineFallback: sandbox.engineFallback, app: { name: app.app.name, scope: app.app.scope, version: app.app.version }, demoData, durationMs: Date.now() - started };
  } finally {
    await sandbox.stop();
  }
}
