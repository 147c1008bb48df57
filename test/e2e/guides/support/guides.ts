// What the tests of docs/guides share: the guides' record files and curl commands, read from the Markdown by marker
// (test/support/doc-examples.ts) and run as written against a sandbox. Only the values a reader replaces (`<like
// this>`) are filled in, and what is left unfilled fails the test, so a guide cannot show a placeholder its test
// does not know about.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { AddressInfo } from 'node:net';
import { DocExample, REPO_ROOT } from '../../../support/doc-examples';
import { loadBuiltApp } from '../../../support/builtApp';
import { platformTables } from '@incb/glide-emulator';
import { TableSchema } from '@incb/glide-emulator';
import { readDataFile } from '../../../../sandbox/data-file';
import { basicAuth, call, Reply } from '../../support/http-client';
import { RecordSpec } from '../../support/records-file';
import { AdoFake, AdoFakeUser, startAdoFake } from '@incb/ado-fake';

export type { RecordSpec };

const PLACEHOLDER = /<[A-Za-z][^<>\n]*>/g;

/** Replaces every `<placeholder>` named in `values` in every string of `value`; any other placeholder left throws. */
export function fill<T>(value: T, values: { [placeholder: string]: string }, where = 'example'): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const filled = v.replace(PLACEHOLDER, (token) => (Object.prototype.hasOwnProperty.call(values, token) ? values[token] : token));
      const left = filled.match(PLACEHOLDER);
      if (left) throw new Error(`${where}: no value for ${left.join(', ')}`);
      return filled;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const out: { [k: string]: unknown } = {};
      for (const [k, x] of Object.entries(v as object)) out[k] = walk(x);
      return out;
    }
    return v;
  };
  return walk(value) as T;
}

/** A JSON block of a guide (`docExample('guides/...')`), parsed, with its placeholders filled. */
export function guideJson<T = unknown>(example: DocExample, values: { [placeholder: string]: string } = {}): T {
  return fill(JSON.parse(example.text) as T, values, example.id);
}

/** A record of a guide's record file with some fields changed (a guide's "change these fields" block). */
export function withFields(records: RecordSpec[], sysId: string, fields: { [name: string]: string }): RecordSpec[] {
  return records.map((r) => (r.sys_id === sysId ? { ...r, fields: { ...r.fields, ...fields } } : r));
}

let tables: Map<string, TableSchema> | undefined;
function tableSchemas(): Map<string, TableSchema> {
  if (!tables) {
    tables = new Map();
    for (const t of platformTables) tables.set(t.name, t);
    for (const t of loadBuiltApp().schema.tables) tables.set(t.name, t);
  }
  return tables;
}

/** Problems with a guide's records: a table or field the built package (or the instance's platform tables, as the
 * emulator knows them) does not have, a choice value the field does not offer, a reference that is not a sys_id. */
export function recordProblems(records: RecordSpec[]): string[] {
  const problems: string[] = [];
  for (const record of records) {
    const table = tableSchemas().get(record.table);
    if (!table) {
      problems.push(`${record.table}: no such table`);
      continue;
    }
    for (const [name, value] of Object.entries(record.fields)) {
      const field = table.fields[name];
      if (!field) {
        problems.push(`${record.table}.${name}: no such field`);
        continue;
      }
      if (value === '') continue;
      if (field.choices && field.choices.length > 0 && !field.choices.some((c) => c.value === value)) {
        problems.push(`${record.table}.${name}: "${value}" is not one of ${field.choices.map((c) => c.value).join(', ')}`);
      }
      if (field.type === 'boolean' && value !== 'true' && value !== 'false') problems.push(`${record.table}.${name}: "${value}" is not a boolean`);
      if (field.type === 'integer' && !/^-?\d+$/.test(value)) problems.push(`${record.table}.${name}: "${value}" is not an integer`);
      if (field.type === 'reference' && !/^[0-9a-f]{32}$/.test(value)) problems.push(`${record.table}.${name}: "${value}" is not a sys_id`);
      if (field.maxLength && value.length > field.maxLength) problems.push(`${record.table}.${name}: longer than ${field.maxLength}`);
    }
  }
  return problems;
}

/** A field's choice values as the built package declares them. */
export function choiceValues(table: string, field: string): string[] {
  return (tableSchemas().get(table)?.fields[field]?.choices ?? []).map((c) => c.value);
}

/** Writes a JSON file for --records or --users and returns [flag, file]. */
export function fileArg(flag: '--records' | '--users', content: unknown): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'incb-guides-'));
  const file = path.join(dir, flag.slice(2) + '.json');
  fs.writeFileSync(file, JSON.stringify(content, null, 2));
  return [flag, file];
}

/** The sandbox's own admin (drain, jobs, Table API reads), added to a guide's users. */
export const SANDBOX_ADMIN = { user_name: 'admin', password: 'admin', roles: ['admin'] };

// ---- curl ----------------------------------------------------------------------------------------------------------

export interface CurlRequest {
  method: string;
  url: string;
  user?: string;
  password?: string;
  headers: { [name: string]: string };
  /** -d / --data text */
  data?: string;
  /** --data-binary @file, relative to the repository root */
  dataFile?: string;
}

/** Shell words of a command: single and double quotes, backslash line continuations. */
function shellWords(text: string): string[] {
  const src = text.replace(/\\\n/g, ' ');
  const words: string[] = [];
  let word: string | null = null;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "'") {
      const end = src.indexOf("'", i + 1);
      word = (word ?? '') + src.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      const end = src.indexOf('"', i + 1);
      word = (word ?? '') + src.slice(i + 1, end);
      i = end;
    } else if (/\s/.test(c)) {
      if (word !== null) words.push(word);
      word = null;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== null) words.push(word);
  return words;
}

/** The one curl command of a guide's shell block. */
export function parseCurl(text: string): CurlRequest {
  const words = shellWords(text.trim());
  if (words[0] !== 'curl') throw new Error(`not a curl command: ${text}`);
  const request: CurlRequest = { method: '', url: '', headers: {} };
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w === '-s' || w === '--silent') continue;
    if (w === '-u' || w === '--user') {
      const credentials = words[++i];
      const colon = credentials.indexOf(':');
      request.user = credentials.slice(0, colon);
      request.password = credentials.slice(colon + 1);
    } else if (w === '-H' || w === '--header') {
      const header = words[++i];
      const colon = header.indexOf(':');
      request.headers[header.slice(0, colon).trim()] = header.slice(colon + 1).trim();
    } else if (w === '-d' || w === '--data') {
      request.data = words[++i];
    } else if (w === '--data-binary') {
      const value = words[++i];
      if (!value.startsWith('@')) throw new Error('--data-binary takes @file in the guides');
      request.dataFile = value.slice(1);
    } else if (w === '-X' || w === '--request') {
      request.method = words[++i];
    } else if (!w.startsWith('-')) {
      request.url = w;
    } else {
      throw new Error(`curl option ${w} is not understood by the guides' tests`);
    }
  }
  if (!request.method) request.method = request.data !== undefined || request.dataFile !== undefined ? 'POST' : 'GET';
  return request;
}

/** Sends a guide's curl command (`docExample('guides/...')`) to the sandbox: its instance URL becomes `baseUrl`,
 * placeholders are filled. */
export async function runCurl(example: DocExample, baseUrl: string, values: { [placeholder: string]: string }): Promise<Reply> {
  const request = fill(parseCurl(example.text), { '<instance>': '__instance__', ...values }, example.id);
  const url = request.url.replace('https://__instance__.service-now.com', baseUrl);
  if (url === request.url) throw new Error(`${example.id}: the URL is not on https://<instance>.service-now.com`);
  const headers: { [name: string]: string } = { ...request.headers };
  if (request.user !== undefined) headers.Authorization = basicAuth(request.user, request.password);
  const body = request.dataFile !== undefined ? fs.readFileSync(path.join(REPO_ROOT, request.dataFile)) : request.data;
  const response = await fetch(url, { method: request.method, headers, body });
  const bytes = Buffer.from(await response.arrayBuffer());
  const text = bytes.toString('utf8');
  const isJson = /json/i.test(response.headers.get('content-type') || '') && text !== '';
  return { status: response.status, headers: response.headers, bytes, text, json: isJson ? JSON.parse(text) : undefined };
}

// ---- what the sandbox recorded --------------------------------------------------------------------------------------

export type Row = { [field: string]: string };

/** The tables of a --data file the sandbox saved on exit. */
export function savedTables(dataFile: string): { [table: string]: Row[] } {
  const snapshot = readDataFile(dataFile);
  if (!snapshot) throw new Error(`no data file at ${dataFile}`);
  return snapshot.database.tables;
}

/** A troubleshooting line's text as a regular expression: `<...>` matches any text. */
export function linePattern(text: string): RegExp {
  const parts = text.split(PLACEHOLDER).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp('^' + parts.join('[\\s\\S]*?') + '$');
}

// ---- a stand-in for Microsoft Entra ID's token endpoint -------------------------------------------------------------

export interface TokenRequest {
  path: string;
  form: URLSearchParams;
}

export interface TokenServer {
  url: string;
  requests: TokenRequest[];
  close(): Promise<void>;
}

/** POST /{tenant}/oauth2/v2.0/token with the client credentials grant, answered as Entra ID documents it
 * (token_type, expires_in, access_token; a 401 with error and error_description for wrong client credentials). */
export function startTokenServer(expect: { tenant: string; clientId: string; clientSecret: string; scope: string; accessToken: string }): Promise<TokenServer> {
  const requests: TokenRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', (): void => {
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      requests.push({ path: req.url || '', form });
      const json = (status: number, body: unknown): void => {
        res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
      };
      if (req.method !== 'POST' || req.url !== `/${expect.tenant}/oauth2/v2.0/token`) json(404, { error: 'not_found' });
      else if (form.get('grant_type') !== 'client_credentials') json(400, { error: 'unsupported_grant_type', error_description: 'AADSTS70003: unsupported grant type' });
      else if (form.get('client_id') !== expect.clientId || form.get('client_secret') !== expect.clientSecret) {
        json(401, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' });
      } else if (form.get('scope') !== expect.scope) json(400, { error: 'invalid_scope', error_description: 'AADSTS70011: The provided value for the input parameter scope is not valid.' });
      else json(200, { token_type: 'Bearer', expires_in: 3599, access_token: expect.accessToken });
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        requests,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

// ---- driving the sandbox --------------------------------------------------------------------------------------------

/** The sandbox's own routes and the Table API, as its `admin` (see SANDBOX_ADMIN) or another user. */
export function sandboxOps(baseUrl: string) {
  const api = (method: string, route: string, options: { as?: string; password?: string; json?: unknown } = {}) =>
    call(baseUrl, method, route, { as: 'admin', ...options });
  return {
    api,
    /** runs everything due (events, async rules, jobs) until nothing is */
    async drain(): Promise<void> {
      const reply = await api('POST', '/sandbox/v1/drain');
      if (reply.status !== 200 || reply.json.settled !== true) throw new Error(`drain: ${reply.status} ${reply.text}`);
    },
    /** a scheduled job now ("Execute Now") */
    async runJob(name: string): Promise<void> {
      const reply = await api('POST', `/sandbox/v1/jobs/${encodeURIComponent(name)}/run`);
      if (reply.status !== 200 || reply.json.result.ok !== true) throw new Error(`job ${name}: ${reply.status} ${reply.text}`);
    },
    /** the connections' health as GET /api/x_incb_bridge/v1/health reports it, by connection name */
    async health(): Promise<{ [name: string]: { status: string; error: string } }> {
      const reply = await api('GET', '/api/x_incb_bridge/v1/health');
      const out: { [name: string]: { status: string; error: string } } = {};
      for (const c of reply.json.result.connections) out[c.name] = { status: c.health.status, error: c.health.error };
      return out;
    },
    async createIncident(fields: { [name: string]: string }, as = 'admin', password?: string): Promise<{ sys_id: string; number: string }> {
      const reply = await api('POST', '/api/now/table/incident', { as, password, json: fields });
      if (reply.status !== 201) throw new Error(`incident insert: ${reply.status} ${reply.text}`);
      return reply.json.result;
    },
    async incident(sysId: string, fields: string): Promise<{ [name: string]: string }> {
      return (await api('GET', `/api/now/table/incident/${sysId}?sysparm_fields=${fields}`)).json.result;
    },
  };
}

/** The Azure DevOps fake as the guides' records name it: organization fabrikam, project "Fabrikam Fiber", Agile. */
export function startGuideFake(users: AdoFakeUser[]): Promise<AdoFake> {
  return startAdoFake({ organization: 'fabrikam', project: 'Fabrikam Fiber', process: 'Agile', users });
}

/** The connection's own Azure DevOps user (its PAT is the guide's) and a person who changes work items. */
export const appUser = (pat: string): AdoFakeUser => ({ displayName: 'Incident Bridge Service', uniqueName: 'incident-bridge@fabrikam.example', pat });
export const personUser = (pat: string): AdoFakeUser => ({ displayName: 'Dana Whitfield', uniqueName: 'dana.whitfield@fabrikam.example', pat });
