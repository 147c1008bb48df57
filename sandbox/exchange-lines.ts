// The console's line per exchange: what the app itself recorded in an engine call, read from the rows the call
// committed (CommitReport), never from the engine again. One line per
//   - integration log row of a request to a remote system (outbound) or of a service hook delivery (inbound: accepted,
//     a duplicate, or refused: a wrong secret, an unknown connection, a body it cannot take);
//   - inbox event that finished processing (applied, ignored or failed: the delivery itself answered earlier);
//   - delivery given up (the log's internal row with operation dead_letter).
// Columns: what, connection, incident and work item, operation, status, duration, and for a refusal, a failure or a
// dead letter the app's own reason. The incident's number and the connection's name are looked up in the committed
// rows the log row references (an inbox event's incident through its link). Values are the stored, redacted ones.
import type { CommitReport, CommittedRows } from './committed-data';

type Row = { [field: string]: string };

const LOG_TABLE = 'x_incb_bridge_log';
const INBOX_TABLE = 'x_incb_bridge_inbox';
const LINK_TABLE = 'x_incb_bridge_link';
const CONNECTION_TABLE = 'x_incb_bridge_connection';
/** incidents are rows of their base table */
const TASK_TABLE = 'task';
const SETTLED_INBOX_STATES: { [state: string]: string } = { processed: 'applied', ignored: 'ignored', failed: 'failed' };

export type ExchangeKind = 'outbound' | 'inbound' | 'refused' | 'DEAD LETTER';

/** One line's values, before they are laid out. */
export interface ExchangeLine {
  kind: ExchangeKind;
  connection: string;
  /** incident number, '' when the exchange names none */
  incident: string;
  /** '->' (to the remote system) or '<-' (from it) */
  arrow: '->' | '<-';
  /** work item id, '' when the exchange names none */
  workItem: string;
  operation: string;
  status: string;
  /** '' when the row has none */
  durationMs: string;
  /** why, for refusals, failures and dead letters ('' otherwise) */
  reason: string;
}

/** Column widths: the longest kind, a connection name cut to 24, an incident number and a seven-digit work item id,
 * the longest hook event type. */
export const WIDTHS = { kind: 11, connection: 24, subject: 32, operation: 18, status: 12, duration: 8 };
const REASON_MAX = 80;

function cut(text: string, width: number): string {
  return text.length <= width ? text : text.slice(0, width - 2) + '..';
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The subject column: "INC0010006 -> work item 12", "INC0010006 ->", "<- work item 12", or '' when the exchange
 * names neither (a delivery refused before its body was read). */
export function subjectOf(line: Pick<ExchangeLine, 'incident' | 'arrow' | 'workItem'>): string {
  if (!line.incident && !line.workItem) return '';
  return [line.incident, line.arrow, line.workItem ? `work item ${line.workItem}` : ''].filter((part) => part !== '').join(' ');
}

/** The line as printed: columns padded to WIDTHS, the duration right-aligned, the reason last. */
export function formatExchangeLine(line: ExchangeLine): string {
  const columns = [
    line.kind.padEnd(WIDTHS.kind),
    cut(line.connection, WIDTHS.connection).padEnd(WIDTHS.connection),
    cut(subjectOf(line), WIDTHS.subject).padEnd(WIDTHS.subject),
    cut(line.operation, WIDTHS.operation).padEnd(WIDTHS.operation),
    line.status.padEnd(WIDTHS.status),
    (line.durationMs === '' ? '' : `${line.durationMs} ms`).padStart(WIDTHS.duration),
  ];
  const reason = line.reason === '' ? '' : `  ${cut(oneLine(line.reason), REASON_MAX)}`;
  return (columns.join('  ') + reason).trimEnd();
}

function connectionName(committed: CommittedRows, sysId: string): string {
  if (!sysId) return '(no connection)';
  return committed.row(CONNECTION_TABLE, sysId)?.name || sysId;
}

function incidentNumber(committed: CommittedRows, sysId: string): string {
  if (!sysId) return '';
  return committed.row(TASK_TABLE, sysId)?.number || sysId;
}

/** The incident linked to a work item through a connection ('' when none is). */
function linkedIncident(committed: CommittedRows, connection: string, remoteId: string): string {
  if (!connection || !remoteId) return '';
  for (const link of committed.rows(LINK_TABLE)) {
    if (link.connection === connection && link.remote_id === remoteId) return link.incident || '';
  }
  return '';
}

function statusOf(row: Row): string {
  const status = row.http_status === '0' ? 'no answer' : row.http_status || '';
  const outcome = row.outcome === 'success' ? '' : row.outcome === 'dry_run' ? 'dry run' : row.outcome || '';
  return [status, outcome].filter((part) => part !== '').join(' ');
}

/** The line of one integration log row, or null for a row that is no exchange (a skip, a purge, a processing note). */
export function logRowLine(row: Row, committed: CommittedRows): ExchangeLine | null {
  const connection = connectionName(committed, row.connection || '');
  if (row.direction === 'internal') {
    if (row.operation !== 'dead_letter') return null;
    return { kind: 'DEAD LETTER', connection, incident: incidentNumber(committed, row.incident || ''), arrow: '->', workItem: row.remote_id || '', operation: '', status: statusOf({ http_status: row.http_status || '', outcome: 'success' }), durationMs: '', reason: row.error || '' };
  }
  if (row.direction === 'outbound') {
    const failed = row.outcome !== 'success' && row.outcome !== 'dry_run';
    return { kind: 'outbound', connection, incident: incidentNumber(committed, row.incident || ''), arrow: '->', workItem: row.remote_id || '', operation: row.operation || row.method || '', status: statusOf(row), durationMs: row.duration_ms || '', reason: failed ? row.error || '' : '' };
  }
  // Inbound rows without a status note what processing found (a skipped field, a retry): the inbox line says how
  // processing ended.
  if (row.direction !== 'inbound' || !row.http_status) return null;
  const incident = incidentNumber(committed, row.incident || linkedIncident(committed, row.connection || '', row.remote_id || ''));
  const base = { connection, incident, arrow: '<-' as const, workItem: row.remote_id || '', operation: row.operation || '', durationMs: row.duration_ms || '' };
  if (row.outcome === 'rejected') return { ...base, kind: 'refused', status: row.http_status, reason: row.error || '' };
  const status = row.outcome === 'success' ? 'accepted' : row.outcome === 'skipped' ? 'duplicate' : 'failed';
  return { ...base, kind: 'inbound', status: `${row.http_status} ${status}`, reason: row.outcome === 'failure' ? row.error || '' : '' };
}

/** The line of an inbox event that finished processing in this call, or null. */
export function inboxRowLine(before: Row | null, after: Row | null, committed: CommittedRows): ExchangeLine | null {
  if (!after || !Object.prototype.hasOwnProperty.call(SETTLED_INBOX_STATES, after.state)) return null;
  // settled in this call: it was not settled so before, or it was tried again (a failed event's retry)
  if (before && before.state === after.state && before.attempts === after.attempts) return null;
  const connection = after.connection || '';
  const outcome = SETTLED_INBOX_STATES[after.state];
  return {
    kind: 'inbound',
    connection: connectionName(committed, connection),
    incident: incidentNumber(committed, linkedIncident(committed, connection, after.remote_id || '')),
    arrow: '<-',
    workItem: after.remote_id || '',
    operation: after.event_type || '',
    status: outcome,
    durationMs: '',
    reason: outcome === 'applied' ? '' : after.last_error || '',
  };
}

/** The lines of what one engine call committed: its log rows in the order written, then the inbox events it settled. */
export function exchangeLines(report: CommitReport): string[] {
  const lines: ExchangeLine[] = [];
  for (const write of report.written[LOG_TABLE] ?? []) {
    if (write.before || !write.after) continue;
    const line = logRowLine(write.after, report.committed);
    if (line) lines.push(line);
  }
  for (const write of report.written[INBOX_TABLE] ?? []) {
    const line = inboxRowLine(write.before, write.after, report.committed);
    if (line) lines.push(line);
  }
  return lines.map(formatExchangeLine);
}
