// The "Inbound fuzz" section of the faults report: inputs and answers per route, then the figures that must be zero.
import type { InboundFuzzReport } from './inbound-fuzz';

export function printFuzz(f: InboundFuzzReport): void {
  const routes = Object.keys(f.routes);
  console.log(`Inbound fuzz (seed ${f.seed}): ${f.inputs} malformed inputs over ${routes.length} routes, ${(f.wallMs / 1000).toFixed(1)} s`);
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
