// `npm run bench`: the benchmark of the sandbox and the app (see BENCHMARKS.md). It starts the sandbox program as
// child processes on 127.0.0.1 (sandbox/sandbox-process.ts; they stop with this process), measures each figure next
// to its reference in the same run, prints a table and writes bench/results/latest.json with the machine it ran on.
// Sizes are small enough for the whole run to stay well under two minutes on two cores. While it runs, progress lines
// (phase, how far, seconds) go to stderr (sandbox/progress.ts).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Progress } from '../dist/node/sandbox/progress.js';
import { startSandboxProcess } from '../dist/node/sandbox/sandbox-process.js';
import { closeConnections } from './http-client.mjs';
import { machineInfo } from './machine.mjs';
import { measureInboundHooks } from './inbound-hooks.mjs';
import { measureDispatcher, measureSaveTransactionAndBurst } from './outbound-sync.mjs';
import { printReport } from './report.mjs';
import { measureRequestOverhead } from './request-overhead.mjs';
import { measureTableApiWrites } from './table-api-writes.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const RESULTS_FILE = path.join(BENCH_DIR, 'results', 'latest.json');

const SIZES = {
  writes: { n: 60, warmup: 15 },
  overhead: { requests: 400, rounds: 4, warmup: 100 },
  saves: 20,
  dispatcher: { incidents: 20 },
  inbound: { workItems: 10, changesPerItem: 4 },
};

/** What must hold for the figures to mean anything; a run that breaks one says so and exits 1. */
function violations({ tableApiWrites, saveTransaction, dispatcher, inbound }) {
  const found = [];
  for (const writes of [tableApiWrites.rhino, tableApiWrites.node]) {
    if (writes.priorityMismatches > 0) found.push(`${writes.engine}: ${writes.priorityMismatches} created incidents lack the priority of the lookup`);
  }
  const { withSync } = saveTransaction;
  if (withSync.outboundRequestsDuringSaves + withSync.fakeRequestsDuringSaves > 0) found.push("HTTP calls were made during the user's save");
  if (dispatcher.dispatcher.requests !== dispatcher.plainClient.requests) found.push('the plain client did not send as many requests as the dispatcher');
  if (inbound.refused > 0) found.push(`${inbound.refused} of the ${inbound.hooks} hooks were not accepted`);
  if (inbound.hooks < inbound.changes) found.push(`${inbound.changes} changes raised only ${inbound.hooks} hooks`);
  return found;
}

function startSandbox(engine, extraArgs = []) {
  return startSandboxProcess({ args: ['--port', '0', '--tick-ms', '0', '--quiet', '--engine', engine, ...extraArgs] });
}

async function main() {
  const started = Date.now();
  const progress = new Progress({ label: 'bench' });
  /** a phase without a count of its own: its start and end */
  const phase = async (name, run) => {
    progress.start(name);
    const value = await run();
    progress.end();
    return value;
  };
  const machine = machineInfo();
  const running = [];
  const start = async (engine, extraArgs) => {
    const sandbox = await startSandbox(engine, extraArgs);
    running.push(sandbox);
    if (engine === 'rhino' && sandbox.engine !== 'rhino') {
      console.error(`\n${'#'.repeat(78)}\n#  RHINO IS NOT AVAILABLE: the "rhino" figures below ran on the node engine.\n${'#'.repeat(78)}\n`);
    }
    return sandbox;
  };
  const stop = async (sandbox) => {
    running.splice(running.indexOf(sandbox), 1);
    await sandbox.stop();
  };

  try {
    const rhino = await phase('rhino sandbox: start', () => start('rhino'));
    console.log(`rhino sandbox ${rhino.url}: Table API writes, request overhead...`);
    const writesRhino = await measureTableApiWrites(rhino, SIZES.writes, progress);
    const overheadRhino = await measureRequestOverhead(rhino, SIZES.overhead, progress);

    const node = await phase('node sandbox: start', () => start('node'));
    console.log(`node sandbox ${node.url}: Table API writes, request overhead...`);
    const writesNode = await measureTableApiWrites(node, SIZES.writes, progress);
    const overheadNode = await measureRequestOverhead(node, SIZES.overhead, progress);
    await stop(node);

    const demo = await phase('rhino --demo sandbox: start', () => start('rhino', ['--demo']));
    console.log(`rhino --demo sandbox ${demo.url}: save transaction, burst, dispatcher...`);
    const { saveTransaction, burst } = await phase('save transaction and burst', () => measureSaveTransactionAndBurst(demo, rhino, { saves: SIZES.saves }));
    const dispatcher = await phase('dispatcher', () => measureDispatcher(demo, SIZES.dispatcher));
    console.log(`rhino --demo sandbox ${demo.url}: inbound hooks received and processed...`);
    const inbound = await phase('inbound hooks', () => measureInboundHooks(demo, SIZES.inbound));

    const results = {
      date: new Date().toISOString(),
      durationMs: Date.now() - started,
      machine,
      // the engines that ran: 'node' where 'rhino' was asked for means Java or Rhino was missing
      engines: { rhinoSandbox: rhino.engine, nodeSandbox: node.engine, demoSandbox: demo.engine },
      app: { version: rhino.appVersion },
      sizes: SIZES,
      figures: {
        tableApiWrites: { rhino: writesRhino, node: writesNode },
        requestOverhead: [...overheadRhino, ...overheadNode],
        saveTransaction,
        burst,
        dispatcher,
        inbound,
      },
    };
    results.violations = violations(results.figures);
    fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
    fs.writeFileSync(RESULTS_FILE, JSON.stringify(results, null, 2) + '\n');
    printReport(results);
    console.log(`\nwritten: ${path.relative(process.cwd(), RESULTS_FILE)} (${Math.round(results.durationMs / 1000)} s)`);
    if (results.violations.length > 0) {
      console.error(`\nINVALID RUN:\n  ${results.violations.join('\n  ')}`);
      process.exitCode = 1;
    }
  } finally {
    for (const sandbox of [...running]) await stop(sandbox);
    closeConnections();
  }
}

main().catch((error) => {
  console.error(`The benchmark failed: ${error.stack || error.message}`);
  process.exit(1);
});
