// Reads a console exchange line back into its values by the printer's own column widths (sandbox/exchange-lines.ts),
// so a test can check that a line, one in the documentation or one a sandbox printed, is exactly what the printer
// makes of those values: read it, print it again, compare (printedAgain).
import { ExchangeKind, ExchangeLine, WIDTHS, formatExchangeLine } from '../../sandbox/exchange-lines';

const KINDS: ExchangeKind[] = ['outbound', 'inbound', 'refused', 'DEAD LETTER'];
const SUBJECT = /^(?:(\S+) )?(->|<-)(?: work item (\d+))?$/;
const SEPARATOR = 2;

/** The values of `line`, or null when it is no exchange line (a request line, a background line...). */
export function readExchangeLine(line: string): ExchangeLine | null {
  const columns: string[] = [];
  let at = 0;
  for (const width of [WIDTHS.kind, WIDTHS.connection, WIDTHS.subject, WIDTHS.operation, WIDTHS.status, WIDTHS.duration]) {
    columns.push(line.slice(at, at + width));
    at += width + SEPARATOR;
  }
  const [kindText, connection, subjectText, operation, status, duration] = columns.map((c) => c.trim());
  const kind = KINDS.find((k) => k === kindText);
  if (!kind || connection === '') return null;
  const subject = subjectText === '' ? ['', '', kind === 'outbound' || kind === 'DEAD LETTER' ? '->' : '<-', ''] : SUBJECT.exec(subjectText);
  const ms = duration === '' ? [''] : /^(\d+) ms$/.exec(duration);
  if (!subject || !ms) return null;
  return {
    kind,
    connection,
    incident: subject[1] || '',
    arrow: subject[2] as '->' | '<-',
    workItem: subject[3] || '',
    operation,
    status,
    durationMs: duration === '' ? '' : ms[1]!,
    reason: line.slice(at).trim(),
  };
}

/** `line` as the printer prints the values read from it ('' when it is no exchange line). */
export function printedAgain(line: string): string {
  const values = readExchangeLine(line);
  return values ? formatExchangeLine(values) : '';
}
