// What an external client does, with Node's fetch: basic auth as one of the sandbox users (password = user name
// unless given), JSON bodies, and the answer read once as bytes, text and (when it is JSON) parsed.
export interface Reply {
  status: number;
  headers: Headers;
  bytes: Buffer;
  text: string;
  /** the parsed body when the answer is JSON, else undefined */
  json: any;
}

export interface CallOptions {
  /** user name; omitted: no Authorization header */
  as?: string;
  password?: string;
  /** sent as JSON with Content-Type application/json */
  json?: unknown;
  body?: string | Buffer;
  headers?: { [name: string]: string };
}

export function basicAuth(user: string, password = user): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

export async function call(baseUrl: string, method: string, route: string, options: CallOptions = {}): Promise<Reply> {
  const headers: { [name: string]: string } = { Accept: 'application/json', ...options.headers };
  if (options.as !== undefined) headers.Authorization = basicAuth(options.as, options.password);
  let body: string | Buffer | undefined = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(baseUrl + route, { method, headers, body });
  const bytes = Buffer.from(await response.arrayBuffer());
  const text = bytes.toString('utf8');
  const isJson = /json/i.test(response.headers.get('content-type') || '') && text !== '';
  return { status: response.status, headers: response.headers, bytes, text, json: isJson ? JSON.parse(text) : undefined };
}

/** the call with `baseUrl` bound: `const api = client(sandbox.url); await api('GET', '/api/...', { as: 'admin' })` */
export function client(baseUrl: string): (method: string, route: string, options?: CallOptions) => Promise<Reply> {
  return (method, route, options) => call(baseUrl, method, route, options);
}

/** a string or null: the platform sends `detail: null` for some errors (an unknown URI) */
const stringOrNull = { asymmetricMatch: (value: unknown) => value === null || typeof value === 'string', toAsymmetricMatcher: () => 'string or null' };

/** the platform's error JSON (ServiceNow REST API: {"error":{"message","detail"},"status":"failure"}) */
export const platformError = (message: unknown = expect.any(String)) => ({ error: { message, detail: stringOrNull }, status: 'failure' });
