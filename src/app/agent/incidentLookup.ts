// The {id} of an incident route: a sys_id (exactly 32 hexadecimal characters) or an incident number (2-4 capital
// letters and at least 7 digits, INC0010001). Anything else is a 400 before any query runs; the value reaches the
// database only through addQuery(field, value), never inside an encoded query.
import { ApiError, badRequest, notFound } from './apiError';
import { INCIDENT_TABLE } from '../core/tables';

var SYS_ID = /^[0-9a-fA-F]{32}$/;
var NUMBER = /^[A-Z]{2,4}\d{7,}$/;

export type IdKind = 'sys_id' | 'number';

export function idKind(id: string): IdKind | null {
  if (SYS_ID.test(id)) return 'sys_id';
  if (NUMBER.test(id)) return 'number';
  return null;
}

export interface IncidentLookup {
  record?: GlideRecord;
  error?: ApiError;
}

function idText(id: string): string {
  return String(id === undefined || id === null ? '' : id);
}

/** The 400 for an {id} that is neither a sys_id nor a number, or null: for routes that check all their ids before
 * looking anything up. */
export function invalidIncidentId(id: string): ApiError | null {
  if (idKind(idText(id))) return null;
  return badRequest('Invalid incident id', 'Give a sys_id (32 hexadecimal characters) or an incident number such as INC0010001');
}

export function findIncident(id: string): IncidentLookup {
  var text = idText(id);
  var kind = idKind(text);
  if (!kind) return { error: invalidIncidentId(text)! };
  var gr = new GlideRecord(INCIDENT_TABLE);
  gr.addQuery(kind, kind === 'sys_id' ? text.toLowerCase() : text);
  gr.setLimit(1);
  gr.query();
  if (!gr.next()) return { error: notFound('No incident ' + text) };
  return { record: gr };
}
