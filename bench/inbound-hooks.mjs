// Figures of the inbound side in a --demo sandbox, whose Azure DevOps fake delivers its service hooks to the sandbox's
// hook route over HTTP (the web hook subscription the demo sets up):
//   received   K changes a person makes in Azure DevOps to M linked work items, their hooks held by the fake and then
//              let go at once: hooks accepted per second by the route (it only checks and stores them in the inbox)
//              and database operations per received hook (GET /sandbox/v1/stats around the deliveries)
//   processed  the drain that applies them (inbox processor: revision order, value maps, journal, write-back):
//              events per second and database operations per event
// Each is the other's reference: the route must stay much cheaper than the processing it defers, since Azure DevOps
// waits for its answer and the processing does not.
import { createIncident, dbOps, demoFake, drain, stats } from './demo-api.mjs';
import { basicAuth, expectStatus, request } from './http-client.mjs';
import { timeOnce } from './timing.mjs';

async function deliveries(fake) {
  return (await expectStatus(200, `${fake.url}/_fake/deliveries`)).json;
}

/** the deliveries once none is queued (the fake sends them in the background, one after the other) */
async function settledDeliveries(fake) {
  for (let attempt = 0; attempt < 1200; attempt++) {
    const all = await deliveries(fake);
    if (all.every((d) => d.state !== 'queued')) return all;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('hook deliveries still queued after 30 s');
}

/** Azure DevOps as the demo person (someone else than the connection's own identity) */
async function asPerson(fake, method, route, body, contentType) {
  const reply = await request(`${fake.organizationUrl}/${fake.project}/_apis/wit/${route}`, {
    method,
    body: Buffer.from(JSON.stringify(body)),
    headers: { Authorization: basicAuth('', fake.personPat), 'Content-Type': contentType },
  });
  if (reply.status >= 300) throw new Error(`${method} ${route} answered ${reply.status}: ${reply.body.toString('utf8').slice(0, 300)}`);
}

export async function measureInboundHooks(demoSandbox, { workItems: m, changesPerItem: k }) {
  const fake = await demoFake(demoSandbox);
  const linked = [];
  for (let i = 0; i < m; i++) linked.push(await createIncident(demoSandbox, `bench inbound ${i}`));
  await drain(demoSandbox);
  const ids = [];
  for (const incident of linked) {
    const read = await expectStatus(200, `${demoSandbox.url}/api/now/table/incident/${incident.sys_id}?sysparm_fields=correlation_id`, { as: 'admin' });
    ids.push(Number(read.json.result.correlation_id));
  }
  // the creates' own hooks, delivered and processed before the measured ones
  await settledDeliveries(fake);
  await drain(demoSandbox);

  // held deliveries are listed (queued) as soon as a change raises them
  const before = (await deliveries(fake)).length;
  await expectStatus(204, `${fake.url}/_fake/hooks/pause`, { method: 'POST' });
  for (const id of ids) {
    for (let n = 0; n < k - 1; n++) {
      await asPerson(fake, 'PATCH', `workitems/${id}?api-version=7.1`, [{ op: 'add', path: '/fields/System.Title', value: `bench inbound ${id} change ${n}` }], 'application/json-patch+json');
    }
    await asPerson(fake, 'POST', `workItems/${id}/comments?api-version=7.1-preview.4`, { text: `bench inbound comment on ${id}` }, 'application/json');
  }
  const statsBeforeReceive = await stats(demoSandbox);
  const { ms: receiveMs, value: settled } = await timeOnce(async () => {
    await expectStatus(204, `${fake.url}/_fake/hooks/resume`, { method: 'POST' });
    return settledDeliveries(fake);
  });
  const measured = settled.slice(before);
  const refused = measured.filter((d) => d.state !== 'delivered' || d.status !== 200).length;
  const statsAfterReceive = await stats(demoSandbox);

  const { ms: processMs, value: drained } = await timeOnce(() => drain(demoSandbox));
  const statsAfterProcess = await stats(demoSandbox);
  const perSecond = (count, ms) => Math.round((count / ms) * 1000 * 10) / 10;
  const perEvent = (ops) => Math.round((ops / measured.length) * 10) / 10;
  return {
    engine: demoSandbox.engine,
    workItems: m,
    changes: m * k,
    hooks: measured.length,
    refused,
    received: { ms: receiveMs, perSecond: perSecond(measured.length, receiveMs), dbOpsPerHook: perEvent(dbOps(statsBeforeReceive, statsAfterReceive)) },
    processed: { ms: processMs, eventsRun: drained.ran.events, perSecond: perSecond(measured.length, processMs), dbOpsPerHook: perEvent(dbOps(statsAfterReceive, statsAfterProcess)) },
  };
}
