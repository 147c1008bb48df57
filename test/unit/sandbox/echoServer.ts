// A local HTTP server for outbound-request tests, on 127.0.0.1 and a free port, that answers with what it received:
//   any method /echo       200 JSON { method, path, query, contentType, body (UTF-8), length, sha256 }, header X-Echo
//   GET /bytes             200 application/octet-stream: the bytes 0..255
//   any /slow              answers after 3 s (for client time-outs)
// stop() closes it, open connections included.
import { createHash } from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';

export interface EchoServer {
  url: string;
  stop(): Promise<void>;
}

export const ALL_BYTES = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

export async function startEchoServer(): Promise<EchoServer> {
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url || '/', 'http://echo');
      const body = Buffer.concat(chunks);
      if (url.pathname === '/slow') {
        const timer = setTimeout(() => res.end('too late'), 3000);
        timers.add(timer);
        return;
      }
      if (url.pathname === '/bytes') {
        res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(ALL_BYTES);
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json', 'X-Echo': 'yes' }).end(
        JSON.stringify({
          method: req.method,
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          contentType: req.headers['content-type'] ?? null,
          authorization: req.headers.authorization ?? null,
          body: body.toString('utf8'),
          length: body.length,
          sha256: createHash('sha256').update(body).digest('hex'),
        })
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: async () => {
      timers.forEach(clearTimeout);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
