// VmEngine: the job protocol of RhinoEngine in a Node vm context, for speed (no JVM) where Rhino's fidelity is not
// needed. Same job-runner.js, same emulator bundle, same ServiceNow-ES5 profile (the context is built by
// vm-context.cjs). Jobs run in the calling thread; a session runs in a worker thread of its own (vm-session.ts), so
// its scripts never block the caller's event loop and can wait for real outbound HTTP.
//
// Known differences from Rhino (the Rhino tier is the authority): V8's Date.parse accepts more formats (7-digit
// fractions parse here, NaN in Rhino); Object.keys order and error messages differ; RegExp.prototype.flags stays
// (see the profile's keptDeliberately); and the global object carries one engine slot, `__scriptEngineJob`, because
// vm can only enforce a time-out on code it starts itself.
import path from 'node:path';
import { openEngineSession } from './engine-session';
import {
  DEFAULT_JOB_TIMEOUT_MS,
  DEFAULT_SESSION_CALL_TIMEOUT_MS,
  EngineOptions,
  EngineSession,
  EngineStartInfo,
  ScriptEngine,
  ScriptJob,
  ScriptResult,
  SessionSpec,
  repositoryRoot,
  RUNTIME_DIR,
  scopedJob,
  timeoutResult,
} from './script-engine';
import { startVmSessionChannel } from './vm-session';

/** what vm-context.cjs builds (plain JavaScript, shared with the session worker thread) */
interface EngineContext {
  info: EngineStartInfo;
  /** the runner's JSON text; throws what vm throws, ERR_SCRIPT_EXECUTION_TIMEOUT on a time-out */
  run(kind: 'job' | 'session', inputText: string, timeoutMs: number): string;
}

export class VmEngine implements ScriptEngine {
  readonly kind = 'node' as const;
  private readonly root: string;
  private readonly scope?: string;
  private readonly jobTimeoutMs: number;
  private readonly sessionCallTimeoutMs: number;
  private current?: EngineContext;
  private readonly sessions = new Set<EngineSession>();

  constructor(options: EngineOptions) {
    this.root = repositoryRoot(options);
    this.scope = options.scope;
    this.jobTimeoutMs = options.jobTimeoutMs ?? DEFAULT_JOB_TIMEOUT_MS;
    this.sessionCallTimeoutMs = options.sessionCallTimeoutMs ?? DEFAULT_SESSION_CALL_TIMEOUT_MS;
  }

  async start(): Promise<EngineStartInfo> {
    return this.ensureContext().info;
  }

  async run(job: ScriptJob): Promise<ScriptResult> {
    let current: EngineContext;
    try {
      current = this.ensureContext();
    } catch (error) {
      return { ok: false, error: { name: 'EngineError', message: (error as Error).message }, logs: [], filesRun: [] };
    }
    try {
      return JSON.parse(current.run('job', JSON.stringify(scopedJob(job, { root: this.root, scope: this.scope })), this.jobTimeoutMs));
    } catch (error) {
      // Only a time-out gets here (job-runner.js catches everything else); the interrupted job skipped its clean-up,
      // so the next job gets a new context.
      this.current = undefined;
      if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return timeoutResult('Node vm', this.jobTimeoutMs);
      return { ok: false, error: { name: 'EngineError', message: String((error as Error).message) }, logs: [], filesRun: [] };
    }
  }

  async openSession(spec: SessionSpec): Promise<EngineSession> {
    const channel = await startVmSessionChannel(this.root, this.sessionCallTimeoutMs);
    const session = await openEngineSession('node', channel, spec);
    this.sessions.add(session);
    const close = session.close;
    return {
      ...session,
      close: async () => {
        this.sessions.delete(session);
        await close();
      },
    };
  }

  async close(): Promise<void> {
    this.current = undefined;
    const open = [...this.sessions];
    this.sessions.clear();
    await Promise.all(open.map((session) => session.close()));
  }

  private ensureContext(): EngineContext {
    if (!this.current) this.current = this.createContext();
    return this.current;
  }

  private createContext(): EngineContext {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { createEngineContext } = require(path.join(RUNTIME_DIR, 'vm-context.cjs'));
    return createEngineContext(this.root) as EngineContext;
  }
}
