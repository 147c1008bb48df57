// Turns what happened on the wire into the values of one integration log row: every text that can carry a secret
// is redacted first and truncated second (truncating first could cut a secret into a prefix no pattern recognises).
import { redactBody, redactHeaders, redactText, redactUrl, RedactionOptions } from './redact';
import { truncate } from './truncate';

export type LogDirection = 'outbound' | 'inbound' | 'internal';
export type LogOutcome = 'success' | 'failure' | 'retry' | 'skipped' | 'dry_run' | 'rejected';

export interface IntegrationLogEntry {
  direction: LogDirection;
  outcome: LogOutcome;
  /** sys_id of the connection */
  connection?: string;
  method?: string;
  endpoint?: string;
  httpStatus?: number;
  durationMs?: number;
  requestHeaders?: { [name: string]: string };
  requestBody?: string;
  requestContentType?: string;
  responseHeaders?: { [name: string]: string };
  responseBody?: string;
  responseContentType?: string;
  /** sys_id of the incident */
  incident?: string;
  remoteId?: string;
  /** what the exchange did: create, update, comment... (a request), the event type (a service hook delivery),
   * dead_letter (a delivery given up) */
  operation?: string;
  error?: string;
  attempt?: number;
  outbox?: string;
  inbox?: string;
  dryRun?: boolean;
  /** secret values in play for this exchange (a PAT, a shared secret), redacted wherever they appear */
  secrets?: string[];
}

/** Column lengths of x_incb_bridge_log that are not governed by the body-length property. */
var HEADERS_MAX = 4000;
var ENDPOINT_MAX = 1000;
var ERROR_MAX = 4000;
var OPERATION_MAX = 40;

function headersText(headers: { [name: string]: string } | undefined, options: RedactionOptions): string {
  if (!headers) return '';
  var redacted = redactHeaders(headers, options);
  var lines: string[] = [];
  for (var name in redacted) {
    if (Object.prototype.hasOwnProperty.call(redacted, name)) lines.push(name + ': ' + redacted[name]);
  }
  return lines.join('\n');
}

export function logRowValues(entry: IntegrationLogEntry, maxBodyLength: number): { [field: string]: string } {
  var options: RedactionOptions = { secrets: entry.secrets };
  var row: { [field: string]: string } = {
    direction: entry.direction,
    outcome: entry.outcome,
    dry_run: entry.dryRun ? 'true' : 'false',
  };
  function put(field: string, value: string | number | undefined) {
    if (value !== undefined && value !== null && value !== '') row[field] = String(value);
  }
  put('connection', entry.connection);
  put('method', entry.method ? entry.method.toUpperCase() : undefined);
  put('endpoint', entry.endpoint ? truncate(redactUrl(entry.endpoint, options), ENDPOINT_MAX) : undefined);
  put('http_status', entry.httpStatus);
  put('duration_ms', entry.durationMs !== undefined ? Math.round(entry.durationMs) : undefined);
  put('request_headers', truncate(headersText(entry.requestHeaders, options), HEADERS_MAX));
  put('request_body', entry.requestBody ? truncate(redactBody(entry.requestBody, entry.requestContentType, options), maxBodyLength) : undefined);
  put('response_headers', truncate(headersText(entry.responseHeaders, options), HEADERS_MAX));
  put('response_body', entry.responseBody ? truncate(redactBody(entry.responseBody, entry.responseContentType, options), maxBodyLength) : undefined);
  put('incident', entry.incident);
  put('remote_id', entry.remoteId);
  // Cut without truncate()'s marker, which would not fit: a name of the app's own or an event type the envelope
  // check already knows, so the cut only guards the column.
  put('operation', entry.operation ? String(entry.operation).substring(0, OPERATION_MAX) : undefined);
  put('error', entry.error ? truncate(redactText(entry.error, options), ERROR_MAX) : undefined);
  put('attempt', entry.attempt);
  put('outbox', entry.outbox);
  put('inbox', entry.inbox);
  return row;
}
