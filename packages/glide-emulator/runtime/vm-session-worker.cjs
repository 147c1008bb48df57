// Node side (CommonJS worker thread, see vm-context.cjs for why .cjs): ONE VmEngine session in a thread of its own,
// so its scripts never block the sandbox's event loop. Started by vm-session.ts with workerData
//   { root, signal: SharedArrayBuffer(4), replies: MessagePort }
// Messages from the parent:  { type: 'session', id, request (JSON text), timeoutMs }
// Messages to the parent:    { type: 'ready', info } once; { type: 'result', id, result (JSON text) } per request;
//                            { type: 'http', id, request (JSON text) } for each outbound request of a script
//
// Outbound HTTP is synchronous for the script, as RESTMessageV2.execute() is on an instance: this thread posts the
// request to the parent, which performs it, posts the answer on `replies` and flips `signal`; meanwhile this thread
// sleeps in Atomics.wait and then reads the answer with receiveMessageOnPort. The parent's event loop stays free.
// DEADLOCK CASE: a script requesting the sandbox under an address other than its glide.servlet.uri (requests to
// that one the session serves in place: packages/glide-emulator/glide/session/loopback.ts). The sandbox forwards that request to
// this very session, which is busy waiting for it; the request cannot be answered until the script's time-out passes
// (it then fails with status 0). Point connections at other servers (the demo's Azure DevOps fake runs in the parent thread and
// never calls back synchronously, so it cannot deadlock).
'use strict';
const { parentPort, workerData, receiveMessageOnPort } = require('node:worker_threads');
const { createEngineContext } = require('./vm-context.cjs');

/** how much longer than the request's own time-out this thread waits for the parent's answer */
const ANSWER_SLACK_MS = 5000;

const signal = new Int32Array(workerData.signal);
const replies = workerData.replies;
let nextHttpId = 1;

function httpSend(requestJson) {
  const id = nextHttpId++;
  const deadline = Date.now() + JSON.parse(requestJson).timeoutMs + ANSWER_SLACK_MS;
  Atomics.store(signal, 0, 0);
  parentPort.postMessage({ type: 'http', id, request: requestJson });
  for (;;) {
    // Answers to requests this thread stopped waiting for are dropped here.
    const received = receiveMessageOnPort(replies);
    if (received) {
      if (received.message.id === id) return received.message.answer;
      continue;
    }
    const left = deadline - Date.now();
    if (left <= 0) return JSON.stringify({ failure: 'timeout', detail: 'no answer from the sandbox thread' });
    Atomics.wait(signal, 0, 0, left);
    Atomics.store(signal, 0, 0);
  }
}

const engine = createEngineContext(workerData.root, httpSend);
parentPort.postMessage({ type: 'ready', info: engine.info });

parentPort.on('message', (message) => {
  if (message.type !== 'session') return;
  let result;
  try {
    result = engine.run('session', message.request, message.timeoutMs);
  } catch (error) {
    // A time-out interrupts the call where it was; the context lives on, and the next call starts from the clean
    // global object (job-runner.js). Writes the call made before it stopped stay, as on an instance whose
    // transaction is cancelled.
    const timedOut = error && error.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
    result = JSON.stringify({
      ok: false,
      error: timedOut
        ? { name: 'TimeoutError', message: `Node vm: the session call ran longer than ${message.timeoutMs} ms and was interrupted` }
        : { name: 'EngineError', message: String(error && error.message) },
      logs: [],
      filesRun: [],
    });
  }
  parentPort.postMessage({ type: 'result', id: message.id, result });
});
