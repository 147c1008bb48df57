// The "Several workers at once" section of the faults report: the same fault run (and inbound run) with 1, 2, 4...
// workers, side by side, and which of its figures must be zero.
import type { ScenarioReport } from './fault-scenario';
import type { InboundScenarioReport } from './inbound-fault-scenario';
import { WORK_KINDS, WorkerStats } from './workers';

type Row = [string, ...string[]];

function table(rows: Row[]): void {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => (row[column] || '').length)));
  for (const row of rows) console.log(('  ' + row.map((cell, column) => (cell || '').padEnd(widths[column] + 3)).join('')).trimEnd());
}

function header(workers: WorkerStats[]): Row {
  return ['', ...workers.map((w) => `${w.workers} worker${w.workers === 1 ? '' : 's'}`)];
}

/** interleaved runs, then per kind "runs: claimed / nothing", then the claimed pairs */
function interleaving(workers: WorkerStats[]): Row[] {
  const rows: Row[] = [['interleaved runs', ...workers.map((w) => String(w.runs))]];
  for (const kind of WORK_KINDS) {
    if (!workers.some((w) => w.byKind[kind])) continue;
    rows.push([`  ${kind}`, ...workers.map((w) => {
      const k = w.byKind[kind];
      return k ? `${k.runs}: claimed ${k.claimed}, nothing ${k.nothing}` : '-';
    })]);
  }
  rows.push(['on a claimed pair', ...workers.map((w) => `${w.onClaimedPair}, taken over ${w.claimsTakenOver}`)]);
  return rows;
}

export function printWorkers(outbound: ScenarioReport[], inbound: InboundScenarioReport[]): void {
  const first = outbound[0];
  console.log(`Several workers at once (seed ${first.seed}): the other workers run inside each outbound request of the first; a claimed pair is one a live claim holds`);
  console.log(`  fault run, ${first.audit.incidents} incidents`);
  table([
    header(outbound.map((r) => r.workers)),
    ['changes made', ...outbound.map((r) => String(r.audit.changesMade))],
    ['changes delivered', ...outbound.map((r) => String(r.audit.changesDelivered))],
    ['lost', ...outbound.map((r) => String(r.audit.lost))],
    ['duplicated', ...outbound.map((r) => String(r.audit.duplicates))],
    ['order kept', ...outbound.map((r) => `${r.audit.orderChecked - r.audit.orderBroken} of ${r.audit.orderChecked} incidents`)],
    ['requests', ...outbound.map((r) => String(r.wire.requests))],
    ['inside a window', ...outbound.map((r) => String(r.wire.insideWindow))],
    ['workers died', ...outbound.map((r) => String(r.wire.deaths))],
    ...interleaving(outbound.map((r) => r.workers)),
  ]);
  for (const r of outbound) for (const why of r.audit.orderDetail) console.log(`  order (${r.workers.workers} workers): ${why}`);
  if (!inbound.length) return;
  console.log(`  inbound run, ${inbound[0].audit.workItems} work items`);
  table([
    header(inbound.map((r) => r.workers)),
    ['changes made', ...inbound.map((r) => String(r.audit.changesMade))],
    ['changes delivered', ...inbound.map((r) => String(r.audit.changesDelivered))],
    ['lost', ...inbound.map((r) => String(r.audit.lost))],
    ['duplicated', ...inbound.map((r) => String(r.audit.duplicates))],
    ['echoes', ...inbound.map((r) => String(r.echoes))],
    ['requests', ...inbound.map((r) => String(r.requests))],
    ...interleaving(inbound.map((r) => r.workers)),
  ]);
}

/** Lost, duplicated, out of order, or a claim taken over, in any run: each must be 0. */
export function workersFailures(outbound: ScenarioReport[], inbound: InboundScenarioReport[]): number {
  let failures = 0;
  for (const r of outbound) failures += r.audit.lost + r.audit.duplicates + r.audit.orderBroken + r.wire.insideWindow + r.workers.claimsTakenOver;
  for (const r of inbound) failures += r.audit.lost + r.audit.duplicates + r.echoes + r.workers.claimsTakenOver;
  return failures;
}
