// The "Inbound" section of the faults report, and which of its figures must be zero.
import type { InboundScenarioReport } from './inbound-fault-scenario';

export function printInbound(r: InboundScenarioReport): void {
  const a = r.audit;
  const h = r.hooks;
  console.log(`Inbound fault run (seed ${r.seed}${r.workers.workers > 1 ? `, ${r.workers.workers} workers` : ''}): ${a.workItems} work items, ${r.settledAfterMinutes} simulated minutes, ${(r.wallMs / 1000).toFixed(1)} s`);
  console.log(`  hooks              ${h.raised} raised, ${h.copies} copies delivered; duplicated ${h.duplicated}, reordered ${h.reordered}, hours late ${h.late}, dropped ${h.dropped}`);
  console.log('  answers            ' + Object.keys(h.answers).map((k) => `${k}: ${h.answers[k]}`).join(', '));
  console.log(`  processing outages ${r.outages} (${r.refusedSaves} saves refused, retried by the sweep); caught up by the poll ${r.caughtUp}`);
  console.log(`  inbox              ${JSON.stringify(r.inboxStates)}`);
  console.log(`  changes made       ${a.changesMade}`);
  console.log(`  changes delivered  ${a.changesDelivered}`);
  console.log(`  lost               ${a.lost}`);
  console.log(`  duplicates         ${a.duplicates}` + (a.detail.length ? '  ' + a.detail.join('; ') : ''));
  console.log(`  echoes             ${r.echoes}; spec violations ${r.validationFailures}`);
}

/** Lost, duplicated or echoed changes, and requests the spec refuses: each must be 0. */
export function inboundFailures(r: InboundScenarioReport): number {
  return r.audit.lost + r.audit.duplicates + r.echoes + r.validationFailures;
}
