// Test helpers: a tiny Azure DevOps client on Node's fetch, and a local web hook receiver.
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as path from 'path';
import type { AdoFake } from './';

export const PAT = 'fake-pat';

export function basicAuth(pat: string = PAT, user = ''): string {
  return 'Basic ' + Buffer.from(`${user}:${pat}`).toString('base64');
}

export interface AdoResponse {
  status: number;
  headers: Headers;
  // JSON bodies are read by tests property by property.
  json: any;
  text: string;
}

export interface CallOptions {
  body?: unknown;
  contentType?: string;
  auth?: string | null;
  signal?: AbortSignal;
  /** false: the text only, json undefined (an answer nested too deeply for the unit tier's JSON.parse, which keeps
   * Rhino's limit: test/support/rhino-json-limits.ts) */
  parse?: boolean;
}

/** `path` is relative to the fake's project (`/_apis/wit/...?api-version=...`) unless it starts with `//` (org level). */
export async function call(fake: AdoFake, method: string, path: string, options: CallOptions = {}): Promise<AdoResponse> {
  const url = path.startsWith('//') ? fake.organizationUrl + path.slice(1) : `${fake.organizationUrl}/${encodeURIComponent(fake.project)}${path}`;
  const headers: { [name: string]: string } = {};
  if (options.auth !== null) headers.Authorization = options.auth || basicAuth();
  let body: string | Buffer | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] = options.contentType || 'application/json';
    body = Buffer.isBuffer(options.body) ? options.body : JSON.stringify(options.body);
  }
  const response = await fetch(url, { method, headers, body, signal: options.signal });
  const text = await response.text();
  let json: unknown;
  try {
    json = text && options.parse !== false ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json, text };
}

export const JSON_PATCH = 'application/json-patch+json';

export function createWorkItem(fake: AdoFake, type: string, fields: { [ref: string]: unknown }, query = ''): Promise<AdoResponse> {
  const body = Object.keys(fields).map((ref) => ({ op: 'add', path: `/fields/${ref}`, value: fields[ref] }));
  return call(fake, 'POST', `/_apis/wit/workitems/$${encodeURIComponent(type)}?api-version=7.1${query}`, { body, contentType: JSON_PATCH });
}

export function patchWorkItem(fake: AdoFake, id: number, operations: unknown[], query = '', auth?: string): Promise<AdoResponse> {
  return call(fake, 'PATCH', `/_apis/wit/workitems/${id}?api-version=7.1${query}`, { body: operations, contentType: JSON_PATCH, auth });
}

export function wiql(fake: AdoFake, query: string, params = ''): Promise<AdoResponse> {
  return call(fake, 'POST', `/_apis/wit/wiql?api-version=7.1${params}`, { body: { query } });
}

export interface ReceivedHook {
  headers: http.IncomingHttpHeaders;
  body: any;
}

export interface HookReceiver {
  url: string;
  received: ReceivedHook[];
  /** status the receiver answers with (default 200) */
  status: number;
  /** when set, the receiver answers only once it resolves (a slow receiver) */
  gate?: Promise<void>;
  close(): Promise<void>;
}

export async function startHookReceiver(): Promise<HookReceiver> {
  const receiver: HookReceiver = { url: '', received: [], status: 200, close: async () => undefined };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      receiver.received.push({ headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      await receiver.gate;
      res.writeHead(receiver.status);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  server.unref();
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  receiver.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return receiver;
}

/** One of Microsoft's service hook samples (samples/service-hook-samples, see SOURCES.md there). */
export function hookSample(eventType: string): any {
  return JSON.parse(fs.readFileSync(path.join(__dirname, 'samples', 'service-hook-samples', `${eventType}.json`), 'utf8'));
}
