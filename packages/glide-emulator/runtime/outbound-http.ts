// Performs a session's outbound request for the Node vm engine, in the sandbox's own thread (the session's thread
// waits meanwhile; see vm-session-worker.cjs). The protocol and the failure kinds are those of
// packages/glide-emulator/glide/session/engine-transport.ts, and the behaviour matches rhino-http.js: HTTP/1.1, redirects not
// followed, header names lower case (repeated ones joined with ', '), and timeoutMs bounds the whole exchange.
import http from 'node:http';
import https from 'node:https';
import type { HostHttpAnswer, TransportFailure } from '../glide/session/engine-transport';

export interface OutboundRequest {
  method: string;
  url: string;
  headers: { [name: string]: string };
  body: string;
  bodyBase64?: string;
  timeoutMs: number;
}

/** headers the client computes itself, as Java's HttpClient refuses to take them from the caller */
const COMPUTED_HEADERS = new Set(['connection', 'content-length', 'expect', 'host', 'upgrade']);

function failureKind(error: NodeJS.ErrnoException): TransportFailure {
  if (error.code === 'ECONNREFUSED') return 'refused';
  if (error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') return 'unknown_host';
  if (error.code === 'ECONNRESET' || error.code === 'EPIPE' || error.message === 'socket hang up') return 'reset';
  return 'other';
}

export function performOutboundRequest(request: OutboundRequest): Promise<HostHttpAnswer> {
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch (error) {
      resolve({ failure: 'other', detail: `invalid URL ${request.url}` });
      return;
    }
    const body = request.bodyBase64 !== undefined ? Buffer.from(request.bodyBase64, 'base64') : Buffer.from(request.body || '', 'utf8');
    const headers: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(request.headers || {})) {
      if (!COMPUTED_HEADERS.has(name.toLowerCase())) headers[name] = value;
    }
    if (body.length > 0) headers['Content-Length'] = body.length;
    const client = url.protocol === 'https:' ? https : http;
    let settled = false;
    const settle = (answer: HostHttpAnswer): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(answer);
    };
    const outgoing = client.request(url, { method: request.method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', (error: NodeJS.ErrnoException) => settle({ failure: failureKind(error), detail: error.message }));
      response.on('end', () => {
        const bytes = Buffer.concat(chunks);
        const responseHeaders: { [name: string]: string } = {};
        for (const [name, value] of Object.entries(response.headers)) {
          if (value !== undefined) responseHeaders[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        settle({ status: response.statusCode ?? 0, headers: responseHeaders, body: bytes.toString('utf8'), bodyBase64: bytes.toString('base64') });
      });
    });
    const timer = setTimeout(() => {
      settle({ failure: 'timeout', detail: `no complete answer within ${request.timeoutMs} ms` });
      outgoing.destroy();
    }, request.timeoutMs);
    outgoing.on('error', (error: NodeJS.ErrnoException) => settle({ failure: failureKind(error), detail: error.message }));
    outgoing.end(body.length > 0 ? body : undefined);
  });
}
