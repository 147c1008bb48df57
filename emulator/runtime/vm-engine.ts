// VmEngine: the job protocol of RhinoEngine in a Node vm context, for speed (no JVM) where Rhino's fidelity is not
// needed. Same job-runner.js, same emulator bundle, same ServiceNow-ES5 profile. Objects created outside a context
// keep the outer realm's prototypes (an outer array would bring `.find` back), so only strings cross the boundary:
// the job goes in as JSON text and the result comes out as JSON text.
//
// Known differences from Rhino (the Rhino tier is the authority): V8's Date.parse accepts more formats (7-digit
// fractions parse here, NaN in Rhino); Object.keys order and error messages differ; RegExp.prototype.flags stays
// (see the profile's keptDeliberately); and the global object carries one engine slot, `__scriptEngineJob`, because
// vm can only enforce a time-out on code it starts itself.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import {
  DEFAULT_JOB_TIMEOUT_MS,
  EngineOptions,
  EngineStartInfo,
  ScriptEngine,
  ScriptJob,
  ScriptResult,
  repositoryRoot,
  timeoutResult,
} from './script-engine';

const JOB_SLOT = '__scriptEngineJob';

interface Context {
  context: vm.Context;
  /** inner-realm object at JOB_SLOT: { run(jobJson), job } */
  slot: { run: (jobJson: string) => string; job: string };
  runJob: vm.Script;
  info: EngineStartInfo;
}

export class VmEngine implements ScriptEngine {
  readonly kind = 'node' as const;
  private readonly root: string;
  private readonly jobTimeoutMs: number;
  private current?: Context;

  constructor(options: EngineOptions = {}) {
    this.root = repositoryRoot(options);
    this.jobTimeoutMs = options.jobTimeoutMs ?? DEFAULT_JOB_TIMEOUT_MS;
  }

  async start(): Promise<EngineStartInfo> {
    return this.ensureContext().info;
  }

  async run(job: ScriptJob): Promise<ScriptResult> {
    let current: Context;
    try {
      current = this.ensureContext();
    } catch (error) {
      return { ok: false, error: { name: 'EngineError', message: (error as Error).message }, logs: [], filesRun: [] };
    }
    current.slot.job = JSON.stringify(job);
    try {
      return JSON.parse(current.runJob.runInContext(current.context, { timeout: this.jobTimeoutMs }) as string);
    } catch (error) {
      // Only a time-out gets here (job-runner.js catches everything else); the interrupted job skipped its clean-up,
      // so the next job gets a new context.
      this.current = undefined;
      if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return timeoutResult('Node vm', this.jobTimeoutMs);
      return { ok: false, error: { name: 'EngineError', message: String((error as Error).message) }, logs: [], filesRun: [] };
    }
  }

  async close(): Promise<void> {
    this.current = undefined;
  }

  private ensureContext(): Context {
    if (!this.current) this.current = this.createContext();
    return this.current;
  }

  private createContext(): Context {
    const started = Date.now();
    const context = vm.createContext({});
    const global = vm.runInContext('this', context);
    const readText = (relPath: string): string => fs.readFileSync(path.join(this.root, relPath), 'utf8');
    // As in rhino-driver.js: the file is the body of a function compiled in the context, so its top-level
    // declarations stay local, only `resultName` comes out, and stack traces show the file's own lines.
    const compileFile = (relPath: string, resultName: string): (() => unknown) =>
      vm.compileFunction(`${readText(relPath)}\nreturn ${resultName};`, [], { parsingContext: context, filename: relPath }) as () => unknown;
    const includesDir = path.join(this.root, 'dist', 'es5', 'includes');
    const includes = fs.existsSync(includesDir)
      ? fs.readdirSync(includesDir).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3)).sort()
      : [];
    const slot = vm.runInContext('({})', context);
    // Defined before the runner snapshots the clean global object, so the per-job clean-up leaves it alone.
    Object.defineProperty(global, JOB_SLOT, { value: slot, enumerable: false, writable: false, configurable: false });
    const createJobRunner = compileFile('emulator/runtime/job-runner.js', 'createJobRunner')() as Function;
    const applyProfile = compileFile('emulator/runtime/apply-servicenow-es5-profile.js', 'applyServiceNowEs5Profile')();
    const setup = JSON.stringify({ profile: JSON.parse(readText('emulator/runtime/servicenow-es5-profile.json')), includeNames: includes });
    const runner = createJobRunner(global, { readText, compileFile }, applyProfile, setup);
    slot.run = runner.run;
    return {
      context,
      slot,
      runJob: new vm.Script(`${JOB_SLOT}.run(${JOB_SLOT}.job)`, { filename: 'vm-engine' }),
      info: {
        engine: 'node',
        startupMs: Date.now() - started,
        includes,
        removed: Array.from(runner.startup.removed as string[]),
        undeletable: Array.from(runner.startup.undeletable as string[]),
      },
    };
  }
}
