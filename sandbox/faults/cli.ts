// `npm run faults`: the fault run, the throttled-backlog benchmark, the inbound fault run and the inbound fuzz against
// the built app (dist/app), printed as a report. Exits non-zero when anything was lost or duplicated, a request went
// out inside a Retry-After window, the spec refused a request, a secret reached the log or the outbox, or a malformed
// inbound request got anything but a 4xx in ServiceNow's error format or changed a record, in process or over HTTP
// against a sandbox on the Rhino engine (where an engine death also fails the run). Bounded: a few minutes at most on
// a small machine.
// Options: cli-options.ts. While it runs, progress lines (phase, how far, seconds) go to stderr (../progress.ts): stdout is the report alone.
import path from 'node:path';
import { loadApp } from '@incb/glide-emulator/loader';
import { createAdoRequestValidator } from '@incb/ado-fake/spec';
import { BacklogReport, runFaultScenario, runThrottledBacklog, ScenarioReport } from './fault-scenario';
import { InboundScenarioReport, runInboundFaultScenario } from './inbound-fault-scenario';
import { printWorkers, workersFailures } from './workers-report';
import { inboundFailures, printInbound } from './inbound-report';
import { fuzzFailed, runInboundFuzz } from './inbound-fuzz';
import { printFuzz, printHttpFuzz } from './fuzz-report';
import { FAULTS_USAGE, FaultsOptions, parseFaultsCommandLine } from './cli-options';
import { httpFuzzFailed, runInboundFuzzOverHttp } from './inbound-fuzz-http';
import { Progress } from '../progress';


function printScenario(r: ScenarioReport): void {
  const a = r.audit;
  console.log(`Fault run (seed ${r.seed}${r.workers.workers > 1 ? `, ${r.workers.workers} workers` : ''}): ${a.incidents} incidents, ${r.settledAfterMinutes} simulated minutes, ${(r.wallMs / 1000).toFixed(1)} s`);
  console.log('  faults planned     ' + Object.keys(r.faults).map((k) => `${k} ${r.faults[k as keyof typeof r.faults]}`).join(', '));
  console.log('  faults met         ' + Object.keys(r.faultHits).map((k) => `${k}: ${r.faultHits[k]}`).join(', '));
  console.log(`  requests           ${r.wire.requests} (` + Object.keys(r.wire.byStatus).map((s) => `${s === '0' ? 'no answer' : s}: ${r.wire.byStatus[s]}`).join(', ') + ')');
  console.log(`  Retry-After windows ${r.wire.windows}; workers died ${r.wire.deaths}; proxy echoes ${r.wire.proxyEchoes}`);
  console.log(`  changes made       ${a.changesMade}`);
  console.log(`  changes delivered  ${a.changesDelivered}`);
  console.log(`  lost               ${a.lost}` + (a.lostDetail.length ? '  ' + a.lostDetail.join('; ') : ''));
  console.log(`  duplicates         ${a.duplicates} (work items ${a.duplicateWorkItems}, comments ${a.duplicateComments})`);
  console.log(`  inside a window    ${r.wire.insideWindow}`);
  console.log(`  dead entries       ${a.deadEntries}; outbox ${JSON.stringify(r.outboxStates)}`);
  console.log(`  spec violations    ${r.validationFailures}`);
  console.log(`  secrets found      ${r.secrets.hits.length} in ${r.secrets.rowsScanned} rows`);
}

function printBacklog(b: BacklogReport): void {
  console.log(`Throttled backlog: ${b.incidents} incidents at once, ${b.requests} requests, ${(b.wallMs / 1000).toFixed(1)} s`);
  console.log(`  drained in         ${b.drainSeconds} s (simulated); the limit allows no less than ${b.minimumSeconds} s (${b.minimumSeconds ? (b.drainSeconds / b.minimumSeconds).toFixed(2) + 'x' : '-'})`);
  console.log(`  429 answers        ${b.throttled429}; inside a window ${b.insideWindow}; spec violations ${b.validationFailures}; all sent ${b.allSent}`);
}

async function main(options: FaultsOptions): Promise<void> {
  const app = loadApp(path.resolve(__dirname, '../../../app'));
  const validator = createAdoRequestValidator();
  const progress = new Progress({ label: 'faults' });
  // The fault run once per worker count (workers.ts), the same seed each time: the first count's report in full.
  const scenarios: ScenarioReport[] = [];
  for (const workers of options.workers) {
    scenarios.push(await runFaultScenario({ app, seed: options.seed, incidents: options.incidents, activeMinutes: 60, faultEverySeconds: options.faultEvery, drainMinutes: 600, validator, progress, workers }));
  }
  const scenario = scenarios[0];
  // Azure DevOps' own limit: 200 TSTUs per identity over a sliding 5 minutes.
  const backlog = await runThrottledBacklog({ app, incidents: options.backlog, limit: 200, refillPerSecond: 200 / 300, validator, progress });
  // Inbound: a remote user's changes reach the instance as hooks dropped, reordered and delivered again.
  const inbounds: InboundScenarioReport[] = [];
  for (const workers of options.workers) {
    inbounds.push(await runInboundFaultScenario({ app, seed: options.seed, incidents: options.inbound, activeMinutes: 60, outageEveryMinutes: 10, drainMinutes: 600, validator, progress, workers }));
  }
  const inbound = inbounds[0];
  const fuzz = runInboundFuzz({ app, seed: options.fuzzSeed, progress });
  // The same inputs where the app really runs: over HTTP, into Rhino (what kills an engine does not kill Node).
  const sandboxLines: string[] = [];
  const httpFuzz = await runInboundFuzzOverHttp({ app, seed: options.fuzzSeed, log: (line) => sandboxLines.push(line), progress });
  if (options.json) console.log(JSON.stringify({ scenario, backlog, inbound, fuzz, httpFuzz, workers: { outbound: scenarios, inbound: inbounds } }, null, 2));
  else {
    // what every run below stands on: the package as a target instance runs it (fault-scenario.ts, fuzz-bed.ts)
    console.log(`Instance: ${app.app.name} ${app.app.version} as installed (runtime access tracking enforcing: only its ${app.privileges.length} shipped cross-scope privileges), the platform's incident rules running on every write`);
    printScenario(scenario);
    printBacklog(backlog);
    printInbound(inbound);
    printWorkers(scenarios, inbounds);
    printFuzz(fuzz);
    printHttpFuzz(httpFuzz);
    // the sandbox says an engine failure in its own lines
    for (const line of sandboxLines.filter((l) => /ENGINE FAILURE|restart/i.test(l)).slice(0, 10)) console.log('  sandbox: ' + line.trim());
  }
  const failed =
    inbounds.some((r) => inboundFailures(r) > 0) ||
    workersFailures(scenarios, inbounds) > 0 ||
    scenario.audit.lost + scenario.audit.duplicates + scenario.wire.insideWindow + scenario.validationFailures + scenario.secrets.hits.length + backlog.insideWindow + backlog.validationFailures > 0 ||
    !backlog.allSent ||
    fuzzFailed(fuzz) ||
    httpFuzzFailed(httpFuzz);
  process.exit(failed ? 1 : 0);
}

let command: ReturnType<typeof parseFaultsCommandLine>;
try {
  command = parseFaultsCommandLine(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\n\n${FAULTS_USAGE}`);
  process.exit(2);
}
if (command.help) console.log(FAULTS_USAGE);
else {
  main(command.options).catch((e) => {
    console.error(e);
    process.exit(2);
  });
}
