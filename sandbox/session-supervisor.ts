// Keeps the sandbox's engine session alive: every call goes through here, what each finished call committed is kept
// in this process (CommittedData), and when the script engine dies (a java.lang.StackOverflowError or OutOfMemoryError
// ends the Rhino process; a call runs past its time-out, which kills Rhino; the engine's process or worker exits) a new
// engine session is opened on that committed data. Meanwhile every call fails at once with EngineRestartingError, which
// the server answers 503 with Retry-After; the call that met the death fails with the engine's own error (a 500).
// When restarting fails `maxRestartAttempts` times in a row the supervisor gives up: calls fail with
// EngineRestartingError whose retryAfterSeconds is null (503 without Retry-After: restart the sandbox).
import type { AtfServerStepRequest } from '@incb/glide-emulator';
import type { InstanceHttpRequest } from '@incb/glide-emulator';
import type { RecordsQuery, SessionChanges, SessionSnapshot } from '@incb/glide-emulator';
import { EngineSession, ScriptEngine, SessionCallError, SessionReply, SessionSpec } from '@incb/glide-emulator/runtime';
import { CommitReport, CommittedData } from './committed-data';

export type EngineState = 'serving' | 'restarting' | 'failed';

/** A call refused because the engine is being restarted (or could not be). */
export class EngineRestartingError extends SessionCallError {
  constructor(message: string, readonly retryAfterSeconds: number | null) {
    super('EngineRestartingError', message);
  }
}

export interface SupervisorOptions {
  engine: ScriptEngine;
  /** how the session is first opened (seed, upserts...); restarts open it on the committed snapshot instead */
  spec: SessionSpec;
  /** where the failure and restart lines go */
  log: (line: string) => void;
  /** called with what each call committed (tools that count changes per request: the faults run) */
  onCommit?: (report: CommitReport) => void;
  /** consecutive failed restarts before giving up (default 3) */
  maxRestartAttempts?: number;
  /** wait before the n-th retry of a failed restart, n x this (default 1000 ms) */
  retryDelayMs?: number;
}

/** The EngineSession the sandbox uses, plus what the supervision adds. */
export interface SupervisedSession extends EngineSession {
  state(): EngineState;
  /** why the engine last died ('' while it never did) */
  lastFailure(): string;
  /** engines opened after a death */
  restarts(): number;
  /** the committed database, as a new engine would be restored from it */
  committed(): SessionSnapshot;
  /** resolves when the engine serves again (at once while it serves), rejects when restarting was given up */
  serving(): Promise<void>;
}

const DEFAULT_ATTEMPTS = 3;
const DEFAULT_RETRY_DELAY_MS = 1000;

export async function openSupervisedSession(options: SupervisorOptions): Promise<SupervisedSession> {
  const { engine, spec, log } = options;
  const maxAttempts = options.maxRestartAttempts ?? DEFAULT_ATTEMPTS;
  const retryDelayMs = options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;

  /** opens an engine session and takes the full dump its committed copy starts from */
  const open = async (openSpec: SessionSpec): Promise<{ session: EngineSession; data: CommittedData; ms: number }> => {
    const started = Date.now();
    const session = await engine.openSession(openSpec);
    try {
      const data = new CommittedData((await session.dump()).value);
      return { session, data, ms: Date.now() - started };
    } catch (error) {
      await session.close().catch(() => undefined);
      throw error;
    }
  };

  let current = await open(spec);
  let state: EngineState = 'serving';
  let failure = '';
  let restartCount = 0;
  /** bumped by every restart: a call that began before it cannot start another one */
  let generation = 0;
  /** seconds a restart takes, as the last opening took (what Retry-After says) */
  let retryAfter = Math.max(1, Math.ceil(current.ms / 1000));
  let restarting: Promise<void> = Promise.resolve();

  const commit = (changes: SessionChanges | undefined): void => {
    if (!changes) return;
    const report = current.data.apply(changes);
    if (options.onCommit) options.onCommit(report);
  };

  const refusal = (): EngineRestartingError =>
    state === 'failed'
      ? new EngineRestartingError(`the sandbox engine died and could not be restarted (${failure}); restart the sandbox`, null)
      : new EngineRestartingError(`the sandbox engine is restarting after it died (${failure}); retry in ${retryAfter} s`, retryAfter);

  const restart = async (cause: SessionCallError): Promise<void> => {
    state = 'restarting';
    failure = `${cause.name}: ${cause.message}`.slice(0, 2000);
    log(`\n!!! SANDBOX ENGINE FAILURE (${cause.name}): ${cause.message}\n!!! Restarting the engine on the data committed before it; the call that met the failure is lost.\n`);
    const dead = current;
    await dead.session.close().catch(() => undefined);
    const snapshot = dead.data.snapshot();
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        // the committed data already holds the seed and every upsert: written again, they would undo later changes
        const reopened = await open({ app: spec.app, users: spec.users, options: spec.options, snapshot });
        current = reopened;
        generation++;
        restartCount++;
        retryAfter = Math.max(1, Math.ceil(reopened.ms / 1000));
        state = 'serving';
        log(`Sandbox engine restarted in ${reopened.ms} ms on the committed data (restart ${restartCount}).`);
        return;
      } catch (error) {
        log(`!!! Restarting the sandbox engine failed (attempt ${attempt} of ${maxAttempts}): ${(error as Error).message}`);
        if (attempt < maxAttempts) await new Promise((resolve) => setTimeout(resolve, retryDelayMs * attempt));
      }
    }
    state = 'failed';
    log(`!!! The sandbox engine could not be restarted: restart the sandbox (its --data file is saved from the committed data).`);
  };

  /** One session call: its changes are committed; a failure that took the engine with it starts a restart. */
  const call = async <T>(operation: (session: EngineSession) => Promise<SessionReply<T>>): Promise<SessionReply<T>> => {
    if (state !== 'serving') throw refusal();
    const { session } = current;
    const began = generation;
    try {
      const reply = await operation(session);
      commit(reply.changes);
      return reply;
    } catch (error) {
      if (!(error instanceof SessionCallError)) throw error;
      if (began !== generation || state !== 'serving') throw refusal();
      // A script error leaves the engine alive: what the call wrote before it failed stays, as on an instance.
      commit(error.changes);
      if (session.isAlive()) throw error;
      restarting = restart(error);
      throw error;
    }
  };

  const supervised: SupervisedSession = {
    engine: engine.kind,
    get opened() {
      return current.session.opened;
    },
    http: (request: InstanceHttpRequest) => call((s) => s.http(request)),
    tick: (nowMs?: number) => call((s) => s.tick(nowMs)),
    drain: () => call((s) => s.drain()),
    dump: () => call((s) => s.dump()),
    runJob: (nameOrSysId: string) => call((s) => s.runJob(nameOrSysId)),
    info: () => call((s) => s.info()),
    stats: () => call((s) => s.stats()),
    records: (query: RecordsQuery) => call((s) => s.records(query)),
    atfBegin: () => call((s) => s.atfBegin()),
    atfStep: (request: AtfServerStepRequest) => call((s) => s.atfStep(request)),
    atfBasicAuth: (profileSysId: string) => call((s) => s.atfBasicAuth(profileSysId)),
    atfEnd: () => call((s) => s.atfEnd()),
    isAlive: () => state === 'serving' && current.session.isAlive(),
    close: async () => {
      await restarting;
      await current.session.close();
    },
    state: () => state,
    lastFailure: () => failure,
    restarts: () => restartCount,
    committed: () => current.data.snapshot(),
    serving: async () => {
      await restarting;
      if (state !== 'serving') throw refusal();
    },
  };
  return supervised;
}
