// The EngineSession both engines hand out, over the one thing each engine provides: a channel that carries a
// session request (job-runner.js's `session(requestJson)` protocol) into the engine and brings its result back.
import type { AtfBasicAuth, AtfRollbackReport, AtfServerStepRequest, AtfStepOutcome } from '../glide/atf/types';
import type { InstanceHttpRequest, InstanceHttpResponse } from '../glide/http/types';
import type { DrainReport, JobRun, RecordsQuery, SessionInfo, SessionSnapshot, SessionStats, TickReport } from '../glide/session/types';
import { EngineSession, ScriptResult, SessionReply, SessionSpec, sessionReply } from './script-engine';

export interface SessionChannel {
  /** sends one session request; resolves with the engine's result (never rejects) */
  send(request: object): Promise<ScriptResult>;
  /** releases what the channel holds (a worker thread); the engine itself stays */
  dispose(): Promise<void>;
  /** false once the engine side holding the session is gone */
  alive(): boolean;
}

export async function openEngineSession(engine: 'rhino' | 'node', channel: SessionChannel, spec: SessionSpec): Promise<EngineSession> {
  const { app, options, ...start } = spec;
  let sessionId: string;
  try {
    sessionId = sessionReply<{ sessionId: string }>(await channel.send({ action: 'open', spec: { app, options } })).value.sessionId;
  } catch (error) {
    await channel.dispose();
    throw error;
  }
  const call = async <T>(op: string, arg?: unknown): Promise<SessionReply<T>> => sessionReply<T>(await channel.send({ action: 'call', sessionId, op, arg }));
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await channel.send({ action: 'close', sessionId });
    await channel.dispose();
  };
  let opened: SessionInfo;
  try {
    opened = (await call<SessionInfo>('start', start)).value;
  } catch (error) {
    await close();
    throw error;
  }
  return {
    engine,
    opened,
    http: (request: InstanceHttpRequest) => call<InstanceHttpResponse>('http', request),
    tick: (nowMs?: number) => call<TickReport>('tick', nowMs),
    drain: () => call<DrainReport>('drain'),
    dump: () => call<SessionSnapshot>('dump'),
    runJob: (nameOrSysId: string) => call<JobRun | null>('runJob', nameOrSysId),
    info: () => call<SessionInfo>('info'),
    stats: () => call<SessionStats>('stats'),
    records: (query: RecordsQuery) => call<Array<{ [field: string]: string }>>('records', query),
    atfBegin: () => call<{ enabled: boolean }>('atfBegin'),
    atfStep: (request: AtfServerStepRequest) => call<AtfStepOutcome>('atfStep', request),
    atfBasicAuth: (profileSysId: string) => call<AtfBasicAuth>('atfBasicAuth', profileSysId),
    atfEnd: () => call<AtfRollbackReport>('atfEnd'),
    isAlive: () => !closed && channel.alive(),
    close,
  };
}
