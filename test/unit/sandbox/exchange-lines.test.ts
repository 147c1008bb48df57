// The console's line per exchange, from what one engine call committed: which rows make a line (a request, a hook
// delivery, an inbox event settled, a dead letter) and which do not (internal notes, rows written again), what each
// line says, and that every line keeps its columns where the others have them.
import type { CommitReport, CommittedRows, RowWrite } from '../../../sandbox/committed-data';
import { ExchangeLine, WIDTHS, exchangeLines, formatExchangeLine } from '../../../sandbox/exchange-lines';
import { docExample } from '../../support/doc-examples';
import { printedAgain, readExchangeLine } from '../../support/exchange-line-reader';

type Row = { [field: string]: string };
const CONNECTION = 'c0000000000000000000000000000001';
const INCIDENT = 'i0000000000000000000000000000001';

function committedRows(tables: { [base: string]: Row[] }): CommittedRows {
  return {
    row: (base, sysId) => (tables[base] ?? []).find((r) => r.sys_id === sysId),
    rows: (base) => tables[base] ?? [],
  };
}

const committed = committedRows({
  x_incb_bridge_connection: [{ sys_id: CONNECTION, name: 'Azure DevOps (demo fake)' }],
  task: [{ sys_id: INCIDENT, number: 'INC0010006' }],
  x_incb_bridge_link: [{ sys_id: 'l1', connection: CONNECTION, incident: INCIDENT, remote_id: '12' }],
});

function report(written: { [base: string]: RowWrite[] }): CommitReport {
  return { tables: {}, written, committed };
}

const inserted = (after: Row): RowWrite => ({ sysId: after.sys_id || 'x', before: null, after });
const log = (fields: Row): RowWrite => inserted({ sys_id: fields.sys_id || Math.random().toString(16).slice(2), connection: CONNECTION, ...fields });

test('an outbound request: connection, incident -> work item, operation, status and duration', () => {
  const lines = exchangeLines(report({ x_incb_bridge_log: [log({ direction: 'outbound', outcome: 'success', incident: INCIDENT, remote_id: '12', operation: 'create', method: 'POST', http_status: '200', duration_ms: '143' })] }));
  expect(lines).toEqual([expect.stringMatching(/^outbound {4,}Azure DevOps \(demo fake\) {2,}INC0010006 -> work item 12 {2,}create {2,}200 {2,}143 ms$/)]);
});

test('a failed request says how and why; no answer is said as such', () => {
  const [retry, none] = exchangeLines(report({
    x_incb_bridge_log: [
      log({ direction: 'outbound', outcome: 'retry', incident: INCIDENT, remote_id: '12', operation: 'update', http_status: '503', duration_ms: '20', error: 'HTTP 503: Service\nUnavailable' }),
      log({ direction: 'outbound', outcome: 'retry', incident: INCIDENT, operation: 'create', http_status: '0', duration_ms: '30000', error: 'No response: timed out' }),
    ],
  }));
  expect(retry).toMatch(/ 503 retry +20 ms {2}HTTP 503: Service Unavailable$/);
  expect(none).toMatch(/INC0010006 -> +create +no answer retry +30000 ms {2}No response: timed out$/);
});

test('a hook delivery: accepted (its incident found through the link), a duplicate, and refusals with their reason', () => {
  const lines = exchangeLines(report({
    x_incb_bridge_log: [
      log({ direction: 'inbound', outcome: 'success', method: 'POST', http_status: '200', remote_id: '12', operation: 'workitem.updated', duration_ms: '6' }),
      log({ direction: 'inbound', outcome: 'skipped', method: 'POST', http_status: '200', remote_id: '12', operation: 'workitem.updated', duration_ms: '2' }),
      log({ direction: 'inbound', outcome: 'rejected', method: 'POST', http_status: '401', duration_ms: '1', error: 'Missing or wrong X-Incident-Bridge-Secret header' }),
      log({ direction: 'inbound', outcome: 'rejected', method: 'POST', http_status: '404', connection: '', error: 'No connection "Nope"' }),
    ],
  }));
  expect(lines[0]).toMatch(/^inbound +Azure DevOps \(demo fake\) +INC0010006 <- work item 12 +workitem\.updated +200 accepted +6 ms$/);
  expect(lines[1]).toMatch(/ 200 duplicate +2 ms$/);
  expect(lines[2]).toMatch(/^refused +Azure DevOps \(demo fake\) {30,}401 +1 ms {2}Missing or wrong X-Incident-Bridge-Secret header$/);
  expect(lines[3]).toMatch(/^refused +\(no connection\) +404 {2,}No connection "Nope"$/);
});

test('an inbox event settled in this call: applied, ignored with the reason, failed again on a retry; not one still open or settled before', () => {
  const event = { sys_id: 'e1', connection: CONNECTION, remote_id: '12', event_type: 'workitem.updated' };
  const lines = exchangeLines(report({
    x_incb_bridge_inbox: [
      { sysId: 'e1', before: { ...event, state: 'received', attempts: '0' }, after: { ...event, state: 'processed', attempts: '1' } },
      { sysId: 'e2', before: { ...event, state: 'received', attempts: '0' }, after: { ...event, state: 'ignored', attempts: '1', last_error: 'our own change' } },
      { sysId: 'e3', before: { ...event, state: 'failed', attempts: '1' }, after: { ...event, state: 'failed', attempts: '2', last_error: 'boom' } },
      { sysId: 'e4', before: null, after: { ...event, state: 'received', attempts: '0' } },
      { sysId: 'e5', before: { ...event, state: 'processed', attempts: '1' }, after: { ...event, state: 'processed', attempts: '1', processed_at: 'later' } },
    ],
  }));
  expect(lines).toEqual([
    expect.stringMatching(/^inbound +Azure DevOps \(demo fake\) +INC0010006 <- work item 12 +workitem\.updated +applied$/),
    expect.stringMatching(/ ignored {2,}our own change$/),
    expect.stringMatching(/ failed {2,}boom$/),
  ]);
});

test('a dead letter stands out; internal notes, inbound processing notes and log rows written again make no line', () => {
  const rewritten: RowWrite = { sysId: 'r1', before: { sys_id: 'r1', direction: 'outbound' }, after: { sys_id: 'r1', direction: 'outbound', outcome: 'success' } };
  const lines = exchangeLines(report({
    x_incb_bridge_log: [
      log({ direction: 'internal', outcome: 'failure', operation: 'dead_letter', incident: INCIDENT, http_status: '503', attempt: '5', error: 'Outbox entries dead after 5 attempts: HTTP 503' }),
      log({ direction: 'internal', outcome: 'skipped', incident: INCIDENT, error: 'Nothing to send' }),
      log({ direction: 'inbound', outcome: 'skipped', remote_id: '12', error: 'Field priority not changed' }),
      rewritten,
    ],
  }));
  expect(lines).toEqual([expect.stringMatching(/^DEAD LETTER +Azure DevOps \(demo fake\) +INC0010006 -> +503 {2,}Outbox entries dead after 5 attempts: HTTP 503$/)]);
});

test('columns line up whatever their content; long names and reasons are cut', () => {
  const base: ExchangeLine = { kind: 'outbound', connection: 'A', incident: 'INC0010001', arrow: '->', workItem: '1', operation: 'create', status: '200', durationMs: '5', reason: '' };
  const lines = [
    base,
    { ...base, kind: 'DEAD LETTER' as const, connection: 'A connection with a very long name indeed', workItem: '123456', operation: 'workitem.commented', status: '503 retry', durationMs: '12345' },
    { ...base, kind: 'refused' as const, incident: '', workItem: '', operation: '', status: '401', durationMs: '', reason: 'x'.repeat(300) },
  ].map(formatExchangeLine);
  const starts = (line: string) => [WIDTHS.kind, WIDTHS.connection, WIDTHS.subject, WIDTHS.operation].reduce<number[]>((at, width) => [...at, at[at.length - 1] + width + 2], [0]);
  for (const line of lines.slice(0, 2)) {
    for (const at of starts(line).slice(1)) expect([line, line[at - 1], line[at - 2]]).toEqual([line, ' ', ' ']);
  }
  expect(lines[1]).toMatch(/^DEAD LETTER  A connection with a ve..  INC0010001 -> work item 123456 +workitem.commented  503 retry +12345 ms$/);
  expect(lines[0].indexOf(' ms')).toBe(lines[1].indexOf(' ms'));
  expect(lines[2].length).toBe(WIDTHS.kind + WIDTHS.connection + WIDTHS.subject + WIDTHS.operation + WIDTHS.status + WIDTHS.duration + 6 * 2 + 80);
  expect(lines[2].endsWith('x..')).toBe(true);
});

test('the console example in sandbox/README.md is what the printer prints, line for line', () => {
  const example = docExample('sandbox/console').text.trimEnd().split('\n');
  expect(example.length).toBeGreaterThanOrEqual(5);
  for (const line of example) expect(printedAgain(line)).toBe(line);
  const kinds = example.map((line) => readExchangeLine(line)!.kind);
  for (const kind of ['outbound', 'inbound', 'refused', 'DEAD LETTER']) expect(kinds).toContain(kind);
});
