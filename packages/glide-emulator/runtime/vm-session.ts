// The Node vm engine's session channel: a worker thread (vm-session-worker.cjs) holding the session's vm context,
// so scripts run off the sandbox's event loop, and this side performing the scripts' outbound requests while the
// worker waits for them (SharedArrayBuffer + Atomics; the deadlock case is described in the worker). While a call
// is in flight the worker keeps Node alive; an idle session does not.
import path from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { SessionChannel } from './engine-session';
import { OutboundRequest, performOutboundRequest } from './outbound-http';
import type { EngineStartInfo, ScriptResult } from './script-engine';

interface WorkerMessage {
  type: 'ready' | 'result' | 'http';
  id?: number;
  info?: EngineStartInfo;
  result?: string;
  request?: string;
}

function failed(name: string, message: string): ScriptResult {
  return { ok: false, error: { name, message }, logs: [], filesRun: [] };
}

/** Starts the worker and resolves once its engine context is ready. */
export function startVmSessionChannel(root: string, callTimeoutMs: number): Promise<SessionChannel> {
  const signalBuffer = new SharedArrayBuffer(4);
  const signal = new Int32Array(signalBuffer);
  const { port1: answers, port2: replies } = new MessageChannel();
  // only ever posted to: it must not keep Node alive
  answers.unref();
  const worker = new Worker(path.join(__dirname, 'vm-session-worker.cjs'), {
    workerData: { root, signal: signalBuffer, replies },
    transferList: [replies],
  });
  const pending = new Map<number, (result: ScriptResult) => void>();
  let nextId = 1;
  let dead: string | undefined;

  const idle = (): void => {
    if (pending.size === 0) worker.unref();
  };
  const fail = (why: string): void => {
    dead = why;
    for (const resolve of pending.values()) resolve(failed('SessionLostError', why));
    pending.clear();
  };

  return new Promise((resolveReady, rejectReady) => {
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') {
        idle();
        resolveReady(channel);
      } else if (message.type === 'result') {
        const resolve = pending.get(message.id!);
        pending.delete(message.id!);
        idle();
        resolve?.(JSON.parse(message.result!));
      } else if (message.type === 'http') {
        performOutboundRequest(JSON.parse(message.request!) as OutboundRequest).then((answer) => {
          answers.postMessage({ id: message.id, answer: JSON.stringify(answer) });
          Atomics.store(signal, 0, 1);
          Atomics.notify(signal, 0);
        });
      }
    });
    worker.on('error', (error) => {
      rejectReady(error);
      fail(`Node vm session worker failed: ${error.message}`);
    });
    worker.on('exit', (code) => {
      rejectReady(new Error(`Node vm session worker exited (code ${code}) before it was ready`));
      fail(`Node vm session worker exited (code ${code})`);
    });

    const channel: SessionChannel = {
      send(request: object): Promise<ScriptResult> {
        if (dead) return Promise.resolve(failed('SessionLostError', dead));
        return new Promise((resolve) => {
          const id = nextId++;
          pending.set(id, resolve);
          worker.ref();
          worker.postMessage({ type: 'session', id, request: JSON.stringify(request), timeoutMs: callTimeoutMs });
        });
      },
      alive: () => !dead,
      async dispose(): Promise<void> {
        answers.close();
        if (!dead) {
          dead = 'the session was closed';
          await worker.terminate();
        }
      },
    };
  });
}
