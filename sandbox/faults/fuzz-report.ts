// The "Inbound fuzz" sections of the faults report: inputs and answers per route, then the figures that must be zero;
// the run over HTTP against the Rhino engine adds its own (engine deaths, the whole-run comparison).
import type { InboundFuzzReport } from './inbound-fuzz';
import type { HttpFuzzReport } from './inbound-fuzz-http';

export function printFuzz(f: InboundFuzzReport, title = 'Inbound fuzz'): void {
  const routes = Object.keys(f.routes);
  console.log(`${title} (seed ${f.seed}): ${f.inputs} malformed inputs over ${routes.length} routes, ${(f.wallMs / 1000).toFixed(1)} s`);
  for (const route of routes) {
    const r = f.routes[route];
    console.log(`  ${route.padEnd(40)} ${String(r.inputs).padStart(4)}  ` + Object.keys(r.byStatus).map((s) => `${s}: ${r.byStatus[s]}`).join(', '));
  }
  const other = f.inputs - (f.byClass['4xx'] || 0) - (f.byClass['5xx'] || 0);
  console.log(`  answers            4xx: ${f.byClass['4xx'] || 0}, 5xx: ${f.byClass['5xx'] || 0}, other: ${other}`);
  console.log(`  error format       ${f.inputs - f.badErrorFormat} in ServiceNow's error JSON, ${f.badErrorFormat} not`);
  const changed = f.records.inserted + f.records.updated + f.records.deleted;
  console.log(`  records changed    ${changed} (inserted ${f.records.inserted}, updated ${f.records.updated}, deleted ${f.records.deleted}); integration log rows added ${f.logRowsAdded}`);
  for (const finding of f.findings.slice(0, 10)) console.log(`  FOUND ${finding.route} [${finding.kind}] ${finding.status}: ${finding.problems.join('; ')} ${finding.changes.slice(0, 3).join(', ')}`);
}

export function printHttpFuzz(f: HttpFuzzReport): void {
  const engine = f.engine === 'rhino' ? 'the Rhino engine' : `the node engine (RHINO NOT AVAILABLE: ${f.engineFallback ?? 'not asked for'})`;
  printFuzz(f, `Inbound fuzz over HTTP, sandbox on ${engine}`);
  const whole = f.wholeRun.inserted + f.wholeRun.updated + f.wholeRun.deleted;
  console.log(`  engine deaths      ${f.engineDeaths}`);
  console.log(`  whole run          ${whole} records changed between a dump before and one after (inserted ${f.wholeRun.inserted}, updated ${f.wholeRun.updated}, deleted ${f.wholeRun.deleted})`);
  console.log(`  sandbox start      ${(f.startupMs / 1000).toFixed(1)} s; inputs adjusted to be sendable over HTTP ${f.adjusted}, not sendable as generated (skipped) ${f.skipped}`);
}
