// RhinoEngine: ONE long-lived Mozilla Rhino process (rhino-driver.js) fed JSON lines, one job at a time.
//
// Command: java <jvm flags> -cp rhino.jar org.mozilla.javascript.tools.shell.Main -version 180 -opt -1 driver root runtime-dir
//   -version 180  JavaScript 1.8, the language level closest to ServiceNow's ES5 mode. -version 200 (ES6) would add
//                 Map/Set/Promise/Symbol/Object.values... that the profile would then have to delete; at 180 they are
//                 never there (the profile still lists them, so it also holds at 200 and in V8).
//   -opt -1       Rhino's interpreter. Compiled mode (0..9) turns every compiled script into a JVM class, and here
//                 every job's code and every business rule the emulator evaluates is compiled afresh. Measured:
//                 1000 x new Function 114 ms interpreted vs 215-330 ms compiled; a 340 KB script compiles in
//                 ~250 ms vs 400-1000 ms; 1.7x the memory. The bundles run as fast either way.
//   JVM flags     default -XX:TieredStopAtLevel=1 -XX:+UseSerialGC: C1 only. Measured on 2 cores with the emulator
//                 bundle: full tiering starts ~0.5 s slower and spends its first ~100 jobs compiling (10x slower
//                 jobs at first) before it wins (~30 vs ~70 ms per job, dominated by createInstance); a test run
//                 has tens of jobs, so C1 only. A long-lived sandbox may pass jvmFlags: ['-XX:+UseSerialGC'].
//                 -XX:+ExitOnOutOfMemoryError always (ALWAYS_JVM_FLAGS): an OutOfMemoryError in ANY thread ends the
//                 process (exit code 3). In the driver's thread the shell ends anyway, since no script catch sees a
//                 java.lang.Error (the same for a StackOverflowError: a JSON.parse of text nested some thousands of
//                 levels deep); in another thread (java.net.http's) it would leave a JVM that half works and a call
//                 waiting for its time-out. The job or session call reports the dead engine; the next job starts a
//                 new one.
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
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

export const DEFAULT_RHINO_JAR = '/usr/share/java/rhino.jar';
const DEFAULT_JVM_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
const ALWAYS_JVM_FLAGS = ['-XX:+ExitOnOutOfMemoryError'];
const RHINO_ARGS = ['org.mozilla.javascript.tools.shell.Main', '-version', '180', '-opt', '-1'];
const STDERR_TAIL_CHARS = 4000;

export interface RhinoEngineOptions extends EngineOptions {
  /** java executable (default: `java` on PATH) */
  java?: string;
  /** default /usr/share/java/rhino.jar (Debian package `rhino`) */
  rhinoJar?: string;
  /** start-up longer than this fails start() (default 20 s: a cold JVM on a busy 2-core machine) */
  startTimeoutMs?: number;
  /** JVM options before -cp (default: C1 only, serial GC; see the header) */
  jvmFlags?: string[];
}

/** Whether this machine can run RhinoEngine; `reason` says what is missing. */
export function rhinoAvailability(options: Pick<RhinoEngineOptions, 'java' | 'rhinoJar'> = {}): { available: boolean; reason?: string } {
  const jar = options.rhinoJar ?? DEFAULT_RHINO_JAR;
  if (!fs.existsSync(jar)) return { available: false, reason: `Rhino jar not found at ${jar} (Debian package "rhino")` };
  const probe = spawnSync(options.java ?? 'java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    return { available: false, reason: `no working Java runtime (${probe.error ? probe.error.message : 'java -version exited ' + probe.status})` };
  }
  return { available: true };
}

/** A line for the driver: a job, or a session request (job-runner.js's session protocol). */
type DriverRequest = { job: ScriptJob } | { session: object };

interface QueuedJob {
  request: DriverRequest;
  timeoutMs: number;
  /** for a session request: the process holding the session (it dies with it) */
  sessionProcess?: RunningProcess;
  resolve: (result: ScriptResult) => void;
}

interface RunningProcess {
  child: ChildProcess;
  ready: Promise<EngineStartInfo>;
  /** the job written to the driver and not yet answered */
  inFlight?: { id: number; resolve: (result: ScriptResult) => void; timer: NodeJS.Timeout };
  stderrTail: string;
  exited: boolean;
}

export class RhinoEngine implements ScriptEngine {
  readonly kind = 'rhino' as const;
  private readonly root: string;
  private readonly jobTimeoutMs: number;
  private readonly sessionCallTimeoutMs: number;
  private process?: RunningProcess;
  private readonly queue: QueuedJob[] = [];
  private nextId = 1;

  constructor(private readonly options: RhinoEngineOptions) {
    this.root = repositoryRoot(options);
    this.jobTimeoutMs = options.jobTimeoutMs ?? DEFAULT_JOB_TIMEOUT_MS;
    this.sessionCallTimeoutMs = options.sessionCallTimeoutMs ?? DEFAULT_SESSION_CALL_TIMEOUT_MS;
  }

  start(): Promise<EngineStartInfo> {
    if (!this.process || this.process.exited) this.process = this.launch();
    return this.process.ready;
  }

  run(job: ScriptJob): Promise<ScriptResult> {
    return this.enqueue({ request: { job: scopedJob(job, this.options) }, timeoutMs: this.jobTimeoutMs });
  }

  /** The session lives in the current Rhino process, between jobs; a time-out or crash of that process loses it. */
  async openSession(spec: SessionSpec): Promise<EngineSession> {
    await this.start();
    const sessionProcess = this.process!;
    return openEngineSession('rhino', {
      send: (session) => this.enqueue({ request: { session }, timeoutMs: this.sessionCallTimeoutMs, sessionProcess }),
      dispose: async () => undefined,
      alive: () => !sessionProcess.exited && sessionProcess === this.process,
    }, spec);
  }

  private enqueue(item: Omit<QueuedJob, 'resolve'>): Promise<ScriptResult> {
    return new Promise((resolve) => {
      this.queue.push({ ...item, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    const running = this.process;
    this.process = undefined;
    if (!running || running.exited) return;
    const exited = new Promise<void>((resolve) => running.child.once('exit', () => resolve()));
    this.setReferenced(running, true);
    // EOF on stdin makes the driver leave its loop and exit; kill it if it does not within 3 s.
    running.child.stdin?.end();
    const killer = setTimeout(() => running.child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(killer);
  }

  private launch(): RunningProcess {
    const started = Date.now();
    const driver = path.join(RUNTIME_DIR, 'rhino-driver.js');
    const child = spawn(
      this.options.java ?? 'java',
      [...ALWAYS_JVM_FLAGS, ...(this.options.jvmFlags ?? DEFAULT_JVM_FLAGS), '-cp', this.options.rhinoJar ?? DEFAULT_RHINO_JAR, ...RHINO_ARGS, driver, this.root, path.relative(this.root, RUNTIME_DIR)],
      // Its own process group: Ctrl-C in a terminal signals the whole foreground group, and the JVM must outlive
      // the signal so the sandbox can still dump its session while it shuts down. It never outlives Node: EOF on
      // its stdin (Node gone) ends the driver.
      { cwd: this.root, stdio: ['pipe', 'pipe', 'pipe'], detached: true }
    );
    let resolveReady!: (info: EngineStartInfo) => void;
    let rejectReady!: (error: Error) => void;
    const ready = new Promise<EngineStartInfo>((resolve, reject) => {
      resolveReady = resolve;
      rejectReady = reject;
    });
    const running: RunningProcess = { child, ready, stderrTail: '', exited: false };
    const note = (text: string) => {
      running.stderrTail = (running.stderrTail + text).slice(-STDERR_TAIL_CHARS);
    };
    const startTimeoutMs = this.options.startTimeoutMs ?? 20000;
    const startTimer = setTimeout(() => {
      rejectReady(new Error(`Rhino did not start within ${startTimeoutMs} ms${stderrNote(running)}`));
      this.kill(running);
    }, startTimeoutMs);
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', note);
    // A write racing the process's death fails with EPIPE; the 'exit' handler reports that job.
    child.stdin!.on('error', () => undefined);
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      let message;
      try {
        message = JSON.parse(line);
      } catch {
        note('\n[stdout, not protocol] ' + line);
        return;
      }
      if (message.type === 'ready') {
        clearTimeout(startTimer);
        if (!running.inFlight) this.setReferenced(running, false);
        resolveReady({
          engine: 'rhino',
          startupMs: Date.now() - started,
          includes: message.includes,
          removed: message.removed,
          undeletable: message.undeletable,
        });
      } else if (message.type === 'fatal') {
        note('\n[driver] ' + message.message);
      } else {
        this.finish(running, message.id, message.result);
      }
    });
    // 'error': the process could not be spawned (no java) or killed; 'exit' may not follow.
    child.on('error', (error) => {
      running.exited = true;
      clearTimeout(startTimer);
      rejectReady(error);
    });
    child.on('exit', (code, signal) => {
      running.exited = true;
      clearTimeout(startTimer);
      const why = `Rhino exited (${signal ?? 'code ' + code})${stderrNote(running)}`;
      rejectReady(new Error(why));
      if (running.inFlight) this.finish(running, running.inFlight.id, engineError(why));
      this.pump();
    });
    // A failed start is reported through start() or the job's result; this keeps it from also being an unhandled
    // rejection.
    running.ready.catch(() => undefined);
    return running;
  }

  /** Sends the next queued job once the previous one is answered: one job in flight, so a time-out loses only it. */
  private pump(): void {
    if ((this.process && !this.process.exited && this.process.inFlight) || this.queue.length === 0) return;
    const next = this.queue.shift()!;
    if (next.sessionProcess && (next.sessionProcess !== this.process || next.sessionProcess.exited)) {
      next.resolve(sessionLost());
      this.pump();
      return;
    }
    if (!this.process || this.process.exited) this.process = this.launch();
    const running = this.process;
    const id = this.nextId++;
    const timer = setTimeout(() => {
      this.kill(running);
      this.finish(running, id, timeoutResult('Rhino', next.timeoutMs));
    }, next.timeoutMs);
    running.inFlight = { id, resolve: next.resolve, timer };
    this.setReferenced(running, true);
    running.ready.then(
      () => running.child.stdin!.write(JSON.stringify({ id, ...next.request }) + '\n'),
      (error: Error) => this.finish(running, id, engineError(error.message))
    );
  }

  private finish(running: RunningProcess, id: number, result: ScriptResult): void {
    const inFlight = running.inFlight;
    if (!inFlight || inFlight.id !== id) return;
    clearTimeout(inFlight.timer);
    running.inFlight = undefined;
    // While idle the engine must not keep Node alive on its own: a test run or a CLI ends when its work is done.
    if (this.queue.length === 0) this.setReferenced(running, false);
    inFlight.resolve(result);
    this.pump();
  }

  /** Marks the process dead at once (so no further job is written to it) and kills it. */
  private kill(running: RunningProcess): void {
    running.exited = true;
    running.child.kill('SIGKILL');
  }

  private setReferenced(running: RunningProcess, referenced: boolean): void {
    for (const handle of [running.child, running.child.stdin, running.child.stdout, running.child.stderr] as Array<{ ref?: () => void; unref?: () => void } | null>) {
      if (referenced) handle?.ref?.();
      else handle?.unref?.();
    }
  }
}

function stderrNote(running: RunningProcess): string {
  const tail = running.stderrTail.trim();
  return tail ? `; stderr: ${tail}` : '';
}

function sessionLost(): ScriptResult {
  return {
    ok: false,
    error: { name: 'SessionLostError', message: 'Rhino: the session was lost when its engine process ended (a time-out or a crash); open a new session' },
    logs: [],
    filesRun: [],
  };
}

function engineError(message: string): ScriptResult {
  return { ok: false, error: { name: 'EngineError', message }, logs: [], filesRun: [] };
}
