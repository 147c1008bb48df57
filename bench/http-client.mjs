// The benchmark's HTTP client: node:http over ONE kept-alive connection per target, so the sandbox and the bare
// server it is compared with are measured by exactly the same client code. Basic auth as a sandbox user
// (password = user name), JSON bodies in and out.
import http from 'node:http';

const agents = new Map();

function agentFor(origin) {
  if (!agents.has(origin)) agents.set(origin, new http.Agent({ keepAlive: true, maxSockets: 1 }));
  return agents.get(origin);
}

export function basicAuth(user, password = user) {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** one request; resolves with { status, headers, body (Buffer), json (parsed when the answer is JSON) } */
export function request(url, { method = 'GET', as, json, body, headers = {} } = {}) {
  const target = new URL(url);
  const sent = json !== undefined ? Buffer.from(JSON.stringify(json)) : body;
  const allHeaders = { Accept: 'application/json', ...headers };
  if (as !== undefined) allHeaders.Authorization = basicAuth(as);
  if (json !== undefined) allHeaders['Content-Type'] = 'application/json';
  if (sent !== undefined) allHeaders['Content-Length'] = String(Buffer.byteLength(sent));
  return new Promise((resolve, reject) => {
    const req = http.request(target, { method, headers: allHeaders, agent: agentFor(target.origin) }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        const isJson = /json/i.test(res.headers['content-type'] || '') && bytes.length > 0;
        resolve({ status: res.statusCode, headers: res.headers, body: bytes, json: isJson ? JSON.parse(bytes.toString('utf8')) : undefined });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(sent);
  });
}

/** the request, failing the benchmark on an unexpected status (a figure over failed requests means nothing) */
export async function expectStatus(status, url, options) {
  const reply = await request(url, options);
  if (reply.status !== status) throw new Error(`${options?.method ?? 'GET'} ${url}: expected ${status}, got ${reply.status}: ${reply.body.toString('utf8').slice(0, 500)}`);
  return reply;
}

/** closes the kept-alive connections so the process can end */
export function closeConnections() {
  for (const agent of agents.values()) agent.destroy();
  agents.clear();
}
