// The benchmark's console report: one table, each figure next to its reference and what that reference is, and the
// machine they came from.
function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  const numeric = (column) => column === 2 || column === 3;
  return rows
    .map((row, i) => {
      const line = row.map((cell, column) => (numeric(column) ? String(cell).padStart(widths[column]) : String(cell).padEnd(widths[column]))).join('  ');
      return i === 0 ? `${line.trimEnd()}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line.trimEnd();
    })
    .join('\n');
}

export function printReport({ machine, figures, date }) {
  const { tableApiWrites, requestOverhead, saveTransaction, burst, dispatcher, inbound } = figures;
  console.log(`\nIncident Bridge benchmark, ${date}`);
  console.log(`${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, load ${machine.loadAverage.join(' ')}`);
  console.log(`Node ${machine.node}; ${machine.java ?? 'no Java'}; ${machine.rhino ?? 'no Rhino'}\n`);

  const { rhino, node } = tableApiWrites;
  const { withSync, withoutSync } = saveTransaction;
  const rows = [
    ['figure', 'engine', 'value', 'reference', 'reference is'],
    [`(a) incident creates per second (n=${rhino.n})`, rhino.engine, rhino.perSecond, node.perSecond, `the same creates, ${node.engine} engine`],
    ['    mean ms per create', rhino.engine, rhino.meanMs, node.meanMs, `the same creates, ${node.engine} engine`],
  ];
  for (const route of requestOverhead) {
    rows.push([`(b) GET ${route.route}, median ms (n=${route.sandbox.n})`, route.engine, route.sandbox.p50Ms, route.bare.p50Ms, 'bare Node server, same bytes']);
  }
  rows.push(
    [`(c) HTTP calls during ${withSync.saves} saves`, withSync.engine, withSync.outboundRequestsDuringSaves + withSync.fakeRequestsDuringSaves, 0, 'required'],
    ['    database operations per save', withSync.engine, withSync.dbOpsPerSave.total, withoutSync.dbOpsPerSave.total, 'the same save, no connection'],
    ['    mean ms per save', withSync.engine, withSync.saveTime.meanMs, withoutSync.saveTime.meanMs, 'the same save, no connection'],
    [`(d) requests to the fake after ${burst.saves} saves + drain`, burst.engine, burst.requestsSentAtDrain, burst.saves, 'one per save (no coalescing)'],
    [`(e) requests per second, ${dispatcher.incidents} creates`, dispatcher.engine, dispatcher.dispatcher.requestsPerSecond, dispatcher.plainClient.requestsPerSecond, 'plain HTTP client, same requests'],
    ['    mean ms per delivered incident', dispatcher.engine, dispatcher.dispatcher.msPerIncident, dispatcher.plainClient.msPerIncident, 'plain HTTP client, same requests'],
    [`(f) hooks received per second (${inbound.hooks} hooks)`, inbound.engine, inbound.received.perSecond, inbound.processed.perSecond, 'the same events processed per second'],
    ['    database operations per hook', inbound.engine, inbound.received.dbOpsPerHook, inbound.processed.dbOpsPerHook, 'the same events processed']
  );
  console.log(table(rows));
}
