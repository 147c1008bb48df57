// GET /sandbox/v1/log, /outbox and /inbox (admin only): the app's integration log, outbox and inbox, which the Table
// API refuses (as an instance does: there an admin reads them in the app's lists) and a sandbox user has no other way
// to read. The rows are as the app stored them: it redacted what it wrote, and nothing here adds to or un-redacts it;
// password2 columns never leave the engine (packages/glide-emulator/glide/session/records-query.ts). Newest first.
//
// Filters, as query parameters, each at most once:
//   connection  a connection's sys_id or name
//   incident    an incident's number or sys_id; the inbox has no incident column, so there it is the events whose
//               connection and work item are linked to the incident
//   since       rows created at or after a date-time: 2026-11-22T10:00:00Z (ISO 8601 with a zone) or
//               2026-11-22 10:00:00 (UTC, as stored)
//   limit       1 to 1000, default 50
//   and the table's own columns (ROUTES below); a choice column takes its choice values, several separated by commas.
// A value that names nothing (an unknown connection or incident, a state the column has no choice for, a date that is
// no date) or a parameter the route does not take is a 400 in ServiceNow's error JSON, never an empty answer that
// looks like "nothing happened".
import type { InstanceHttpRequest } from '@incb/glide-emulator';
import type { RecordsQuery } from '@incb/glide-emulator';
import type { LoadedApp } from '@incb/glide-emulator/loader';
import type { EngineSession } from '@incb/glide-emulator/runtime';

type Row = { [field: string]: string };

export interface AppTableRoute {
  table: string;
  /** the table's own columns the route filters by */
  columns: string[];
}

const CONNECTION_TABLE = 'x_incb_bridge_connection';
const LINK_TABLE = 'x_incb_bridge_link';

export const APP_TABLE_ROUTES: { [path: string]: AppTableRoute } = {
  '/sandbox/v1/log': { table: 'x_incb_bridge_log', columns: ['direction', 'outcome', 'operation', 'remote_id'] },
  '/sandbox/v1/outbox': { table: 'x_incb_bridge_outbox', columns: ['state', 'operation'] },
  '/sandbox/v1/inbox': { table: 'x_incb_bridge_inbox', columns: ['state', 'event_type', 'remote_id'] },
};

const COMMON = ['connection', 'incident', 'since', 'limit'];
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;
const SYS_ID = /^[0-9a-f]{32}$/;
/** what an incident number can be (a prefix and digits): nothing that could reach an encoded query as syntax */
const NUMBER = /^[A-Za-z]{1,10}[0-9]{1,20}$/;
const STORED_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A filter the route cannot apply: answered 400 with `message` and `detail`. */
export class FilterError extends Error {
  constructor(message: string, readonly detail: string) {
    super(message);
    this.name = 'FilterError';
  }
}

function storedTime(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').substring(0, 19);
}

/** `since` as stored ('yyyy-MM-dd HH:mm:ss' UTC), or a FilterError. */
export function parseSince(text: string): string {
  const stored = STORED_TIME.exec(text);
  let ms = NaN;
  if (stored) {
    const [, y, mo, d, h, mi, s] = stored.map(Number);
    ms = Date.UTC(y, mo - 1, d, h, mi, s);
    // Date.UTC rolls 2026-02-31 over into March: a date that is no date is refused, not moved.
    if (storedTime(ms) !== text) ms = NaN;
  } else if (ISO_TIME.test(text)) {
    ms = Date.parse(text);
  }
  if (isNaN(ms)) throw new FilterError('Invalid since', `"${text}" is not a date-time: use 2026-11-22T10:00:00Z (ISO 8601 with a zone) or 2026-11-22 10:00:00 (UTC)`);
  return storedTime(ms);
}

export function parseLimit(text: string): number {
  if (!/^\d{1,7}$/.test(text) || Number(text) < 1 || Number(text) > MAX_LIMIT) {
    throw new FilterError('Invalid limit', `limit is a whole number from 1 to ${MAX_LIMIT}, not "${text}"`);
  }
  return Number(text);
}

/** The values a column filter takes: choice values (comma-separated) for a choice column, one value otherwise. */
function columnValues(app: LoadedApp, table: string, column: string, text: string): string[] {
  const schema = app.schema.tables.find((t) => t.name === table);
  const field = schema?.fields[column];
  if (!field) throw new Error(`the app has no column ${table}.${column}`);
  if (field.choices && field.choices.length > 0) {
    const known = field.choices.map((c) => c.value);
    const values = text.split(',');
    for (const value of values) {
      if (!known.includes(value)) throw new FilterError(`Invalid ${column}`, `"${value}" is not a ${column} of ${table}: one of ${known.join(', ')} (several separated by commas)`);
    }
    return values;
  }
  if (text === '' || (field.maxLength !== undefined && text.length > field.maxLength)) {
    throw new FilterError(`Invalid ${column}`, `${column} takes one value of 1 to ${field.maxLength ?? 'any number of'} characters`);
  }
  return [text];
}

/** The filters of one request, checked: everything but what needs the instance (connection, incident). */
interface CheckedFilters {
  where: { [field: string]: string[] };
  connection?: string;
  incident?: string;
  since?: string;
  limit: number;
}

export function checkFilters(app: LoadedApp, route: AppTableRoute, params: { [name: string]: string[] }): CheckedFilters {
  const accepted = COMMON.concat(route.columns);
  const checked: CheckedFilters = { where: {}, limit: DEFAULT_LIMIT };
  for (const name of Object.keys(params)) {
    if (!accepted.includes(name)) throw new FilterError(`Unknown parameter ${name}`, `this route takes ${accepted.join(', ')}`);
    if (params[name].length !== 1) throw new FilterError(`Invalid ${name}`, `give ${name} once (a choice column takes several values separated by commas)`);
    const value = params[name][0];
    if (name === 'limit') checked.limit = parseLimit(value);
    else if (name === 'since') checked.since = parseSince(value);
    else if (name === 'connection' || name === 'incident') {
      if (value === '') throw new FilterError(`Invalid ${name}`, `${name} names one ${name}: its sys_id, or its ${name === 'connection' ? 'name' : 'number'}`);
      checked[name] = value;
    } else checked.where[name] = columnValues(app, route.table, name, value);
  }
  return checked;
}

/** The sys_ids of the connections a `connection` filter names (by sys_id, else by name: names need not be unique). */
async function connectionIds(session: EngineSession, value: string): Promise<string[]> {
  const rows = (await session.records({ table: CONNECTION_TABLE, anyOf: [{ sys_id: value }, { name: value }], limit: MAX_LIMIT })).value;
  if (rows.length === 0) throw new FilterError('Invalid connection', `no connection has the sys_id or name "${value}"`);
  return rows.map((r) => r.sys_id);
}

/** The incident an `incident` filter names, through the instance's Table API as the caller (who may read incidents). */
async function incidentId(session: EngineSession, value: string, user: string): Promise<string> {
  const notFound = new FilterError('Invalid incident', `no incident has the number or sys_id "${value}"`);
  if (!SYS_ID.test(value) && !NUMBER.test(value)) throw notFound;
  const request: InstanceHttpRequest = {
    method: 'GET',
    path: '/api/now/table/incident',
    query: { sysparm_query: [`number=${value}^ORsys_id=${value}`], sysparm_fields: ['sys_id'], sysparm_limit: ['1'] },
    headers: { accept: 'application/json' },
    body: '',
    user,
  };
  const reply = (await session.http(request)).value;
  const found = reply.status === 200 ? (JSON.parse(reply.body).result as Row[]) : [];
  if (found.length === 0) throw notFound;
  return found[0].sys_id;
}

/** The rows a request asks for; throws FilterError for a filter that cannot be applied. */
export async function readAppTable(session: EngineSession, app: LoadedApp, route: AppTableRoute, params: { [name: string]: string[] }, user: string): Promise<Row[]> {
  const filters = checkFilters(app, route, params);
  const query: RecordsQuery = { table: route.table, where: filters.where, limit: filters.limit };
  if (filters.since) query.since = filters.since;
  if (filters.connection !== undefined) query.where!.connection = await connectionIds(session, filters.connection);
  if (filters.incident !== undefined) {
    const incident = await incidentId(session, filters.incident, user);
    if (route.table !== 'x_incb_bridge_inbox') query.where!.incident = [incident];
    else {
      const links = (await session.records({ table: LINK_TABLE, where: { incident: [incident] }, limit: MAX_LIMIT })).value;
      query.anyOf = links.filter((l) => l.remote_id).map((l) => ({ connection: l.connection, remote_id: l.remote_id }));
    }
  }
  return (await session.records(query)).value;
}
