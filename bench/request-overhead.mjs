// Figure (b): the sandbox's per-request overhead. A GET of a trivial route through the sandbox versus a bare Node
// http server (bare-server.mjs, its own process like the sandbox) answering the same path with the same bytes the
// sandbox answered, measured by the same client over one kept-alive connection, in alternating rounds so both see
// the same machine load. Two routes:
//   /sandbox/v1/info               answered by the sandbox's Node process (basic auth, routing, JSON): its HTTP layer
//   /api/x_incb_bridge/v1/health   the app's health route: the HTTP layer plus a call into the script engine,
//                                  where the instance checks the user, the route's roles and ACL and runs the script
import { startBareServer } from './bare-server.mjs';
import { expectStatus, request } from './http-client.mjs';
import { summarize } from './timing.mjs';
import { performance } from 'node:perf_hooks';

export const OVERHEAD_ROUTES = [
  { path: '/sandbox/v1/info', as: 'admin', layer: 'sandbox HTTP layer (Node only)' },
  { path: '/api/x_incb_bridge/v1/health', as: 'agent', layer: 'HTTP layer + script engine + app route' },
];

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'date', 'content-length', 'transfer-encoding']);

/** `progress` (sandbox/progress.ts), when given, hears of every request, to the sandbox and to the bare server. */
export async function measureRequestOverhead(sandbox, { requests, rounds, warmup }, progress) {
  const answers = {};
  for (const route of OVERHEAD_ROUTES) {
    const reply = await expectStatus(200, sandbox.url + route.path, { as: route.as });
    const headers = {};
    for (const [name, value] of Object.entries(reply.headers)) if (!HOP_BY_HOP.has(name)) headers[name] = value;
    answers[route.path] = { status: reply.status, headers, body: reply.body };
  }
  const bare = await startBareServer(answers);
  const perRound = Math.ceil(requests / rounds);
  let sent = 0;
  progress?.start(`${sandbox.engine}: request overhead`, OVERHEAD_ROUTES.length * 2 * (warmup + perRound * rounds), 'requests');
  try {
    const results = [];
    for (const route of OVERHEAD_ROUTES) {
      const samples = { sandbox: [], bare: [] };
      const get = async (target, into) => {
        const started = performance.now();
        const reply = await request(target + route.path, { as: route.as });
        if (into) into.push(performance.now() - started);
        if (reply.status !== 200) throw new Error(`GET ${target}${route.path} -> ${reply.status}`);
        progress?.update(++sent);
      };
      for (let i = 0; i < warmup; i++) {
        await get(sandbox.url);
        await get(bare.url);
      }
      for (let round = 0; round < rounds; round++) {
        for (let i = 0; i < perRound; i++) await get(sandbox.url, samples.sandbox);
        for (let i = 0; i < perRound; i++) await get(bare.url, samples.bare);
      }
      const throughSandbox = summarize(samples.sandbox);
      const bareServer = summarize(samples.bare);
      results.push({
        route: route.path,
        layer: route.layer,
        engine: sandbox.engine,
        bytes: answers[route.path].body.length,
        sandbox: throughSandbox,
        bare: bareServer,
        overheadMeanMs: Math.round((throughSandbox.meanMs - bareServer.meanMs) * 1000) / 1000,
        overheadP50Ms: Math.round((throughSandbox.p50Ms - bareServer.p50Ms) * 1000) / 1000,
      });
    }
    progress?.end();
    return results;
  } finally {
    await bare.stop();
  }
}
