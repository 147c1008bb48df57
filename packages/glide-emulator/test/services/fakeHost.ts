// A small in-memory Host for testing the emulator's service side without the database side: rows per table, a
// settable clock, a scripted transport, and the request/log records the real instance keeps.
import { HttpRequest, HttpResponse } from '../../glide/contract';
import { Host } from '../../glide/host';

export type Row = { [field: string]: string };

export interface FakeHost extends Host {
  rows: { [table: string]: Row[] };
  /** attachment bytes (Base64) by sys_attachment sys_id */
  attachments: { [sysId: string]: string };
  requests: HttpRequest[];
  logs: Array<{ level: string; message: string; source?: string }>;
  setClock(ms: number): void;
  advance(ms: number): void;
  /** answer outbound requests with this function (default: 200 with an empty body) */
  respond(handler: (request: HttpRequest) => HttpResponse): void;
}

export function createFakeHost(startMs = Date.UTC(2024, 4, 17, 9, 30, 15, 250)): FakeHost {
  let now = startMs;
  let handler: (request: HttpRequest) => HttpResponse = () => ({ status: 200, headers: {}, body: '' });
  let nextId = 1;
  const host: FakeHost = {
    rows: {},
    attachments: {},
    requests: [],
    logs: [],
    now: () => now,
    setClock: (ms) => {
      now = ms;
    },
    advance: (ms) => {
      now += ms;
    },
    respond: (h) => {
      handler = h;
    },
    transport: () => ({ send: (request) => handler(request) }),
    recordRequest: (request) => {
      host.requests.push(request);
    },
    log: (level, message, source) => {
      host.logs.push({ level, message, source });
    },
    lookup: (table, sysId) => (host.rows[table] || []).find((r) => r.sys_id === sysId) || null,
    lookupBy: (table, field, value) => (host.rows[table] || []).find((r) => r[field] === value) || null,
    insert: (table, values) => {
      const sysId = values.sys_id || (nextId++).toString(16).padStart(32, '0');
      (host.rows[table] = host.rows[table] || []).push({ ...values, sys_id: sysId });
      return sysId;
    },
    userName: () => 'admin',
    writeAttachment: (table, sysId, fileName, contentType, base64) => {
      const id = host.insert('sys_attachment', { table_name: table, table_sys_id: sysId, file_name: fileName, content_type: contentType });
      host.attachments[id] = base64;
      return id;
    },
    readAttachment: (sysId) => (sysId in host.attachments ? host.attachments[sysId] : null),
  };
  return host;
}

/** A JSON HTTP response. */
export function json(status: number, body: unknown, headers: { [name: string]: string } = {}): HttpResponse {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) };
}
