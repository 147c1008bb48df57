// The reference for the sandbox's per-request overhead: a bare Node http server, in a process of its own as the
// sandbox is, answering each path with bytes the sandbox sent for it (status, headers, body), and doing nothing
// else. Started with child_process.fork: it takes {routes: {path: {status, headers, bodyBase64}}} over IPC,
// answers {url}, and exits when its parent disconnects.
import http from 'node:http';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

function serve(routes) {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const route = routes[new URL(req.url, 'http://bare').pathname];
      if (!route) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(route.status, { ...route.headers, 'Content-Length': String(route.body.length) });
      res.end(route.body);
    });
  });
  server.listen(0, '127.0.0.1', () => process.send({ url: `http://127.0.0.1:${server.address().port}` }));
}

if (process.send && process.argv[2] === '--child') {
  process.once('message', ({ routes }) => {
    const decoded = {};
    for (const [path, route] of Object.entries(routes)) decoded[path] = { status: route.status, headers: route.headers, body: Buffer.from(route.bodyBase64, 'base64') };
    serve(decoded);
  });
  process.on('disconnect', () => process.exit(0));
}

/** Starts the bare server answering `routes` ({path: {status, headers, body: Buffer}}); resolves with {url, stop}. */
export function startBareServer(routes) {
  const child = fork(fileURLToPath(import.meta.url), ['--child'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const payload = {};
  for (const [path, route] of Object.entries(routes)) payload[path] = { status: route.status, headers: route.headers, bodyBase64: route.body.toString('base64') };
  child.send({ routes: payload });
  return new Promise((resolve, reject) => {
    child.once('message', ({ url }) =>
      resolve({
        url,
        stop: () => new Promise((done) => {
          child.once('exit', () => done());
          child.disconnect();
        }),
      })
    );
    child.once('exit', (code) => reject(new Error(`the bare server exited with ${code}`)));
  });
}
