// startSandboxProcess(args): the sandbox program (dist/node/sandbox/cli.js) as a child process, the way external
// clients meet it: the end-to-end tests and the benchmark start it with this and talk to it over HTTP only. It waits
// for the start-up line (cli.ts: "Incident Bridge sandbox listening on URL (engine: E, app V)") and gives its URL.
// The child gets an IPC channel, so it stops by itself when this process goes away (cli.ts), even if nobody
// calls stop(); stop() sends SIGTERM (the sandbox saves --data and exits 0) and kills it if it hangs.
import { ChildProcess, spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import path from 'node:path';
import readline from 'node:readline';
import { repositoryRoot } from './repository-root';

const STARTUP_LINE = /^Incident Bridge sandbox listening on (\S+) \(engine: (rhino|node), app (\S+)\)$/;

export interface SandboxProcessOptions {
  /** command-line flags (cli-options.ts), e.g. ['--port', '0', '--tick-ms', '0', '--engine', 'rhino'] */
  args?: string[];
  /** repository root holding dist/node (default: the folder of the package.json above this file) */
  root?: string;
  env?: NodeJS.ProcessEnv;
  /** give up (and kill the child) when the start-up line has not come by then; default 120 s */
  startTimeoutMs?: number;
  /** a stop that has not ended by then becomes SIGKILL; default 30 s */
  stopTimeoutMs?: number;
}

export interface SandboxProcess {
  url: string;
  engine: 'rhino' | 'node';
  appVersion: string;
  pid: number;
  /** every line the child wrote so far, stdout and stderr, in arrival order */
  output: string[];
  /** the first output line matching `pattern`, once it has come (the start-up report follows the first line) */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** SIGTERM, then the exit code (null: it had to be killed) */
  stop(): Promise<number | null>;
}

function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

export async function startSandboxProcess(options: SandboxProcessOptions = {}): Promise<SandboxProcess> {
  const root = options.root ?? repositoryRoot();
  const child = spawn(process.execPath, [path.join(root, 'dist', 'node', 'sandbox', 'cli.js'), ...(options.args ?? [])], {
    cwd: root,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const output: string[] = [];
  const lines = new EventEmitter();
  const collect = (line: string): void => {
    output.push(line);
    lines.emit('line', line);
  };
  readline.createInterface({ input: child.stderr! }).on('line', collect);
  readline.createInterface({ input: child.stdout! }).on('line', collect);
  const exited = exitOf(child);

  let stopping: Promise<number | null> | undefined;
  const stop = (): Promise<number | null> => {
    stopping = stopping ?? (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const overdue = new Promise<'overdue'>((resolve) => (timer = setTimeout(() => resolve('overdue'), options.stopTimeoutMs ?? 30000)));
      const outcome = await Promise.race([exited, overdue]);
      clearTimeout(timer);
      if (outcome !== 'overdue') return outcome;
      child.kill('SIGKILL');
      await exited;
      return null;
    })();
    return stopping;
  };

  const waitForLine = (pattern: RegExp, timeoutMs = 10000): Promise<string> =>
    new Promise((resolve, reject) => {
      const seen = output.find((line) => pattern.test(line));
      if (seen !== undefined) return resolve(seen);
      const timer = setTimeout(() => {
        lines.off('line', onLine);
        reject(new Error(`no output line matched ${pattern} within ${timeoutMs} ms:\n${output.join('\n')}`));
      }, timeoutMs);
      // a wait nobody needs any more (the child exited) must not hold the process open
      timer.unref();
      const onLine = (line: string): void => {
        if (!pattern.test(line)) return;
        clearTimeout(timer);
        lines.off('line', onLine);
        resolve(line);
      };
      lines.on('line', onLine);
    });

  const exitedEarly = exited.then((code) => {
    throw new Error(`the sandbox exited with ${code} before it listened:\n${output.join('\n')}`);
  });
  let started: RegExpExecArray;
  try {
    started = STARTUP_LINE.exec(await Promise.race([waitForLine(STARTUP_LINE, options.startTimeoutMs ?? 120000), exitedEarly]))!;
  } catch (error) {
    await stop();
    throw error;
  }

  return { url: started[1], engine: started[2] as 'rhino' | 'node', appVersion: started[3], pid: child.pid!, output, waitForLine, stop };
}
