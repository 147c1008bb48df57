// Figures of the outbound Azure DevOps sync, in a --demo sandbox (the Azure DevOps fake beside it), each with its
// reference measured in the same run:
//   saveTransaction  N saves (PATCH of a linked incident) over the Table API: HTTP calls made during the user's save
//                    (the sandbox's outbound counter and the fake's request counter; both must stay 0) and database
//                    operations per save (GET /sandbox/v1/stats before and after each), next to the same saves in a
//                    sandbox without a connection (what the platform and the app's rules cost without any sync)
//   burst            those N saves went to ONE incident: the requests the drain then sends to the fake (coalesced
//                    into one update when the outbox works as designed) and the revisions the work item gained
//   dispatcher       M new incidents delivered by one drain (event -> dispatcher -> create request -> write-back),
//                    versus a plain HTTP client sending the same M create requests (taken from the app's dry-run API,
//                    which returns the exact requests a sync would send) to the same fake, one after the other
import { DEMO_CONNECTION_ID } from '../dist/node/sandbox/demo.js';
import { createIncident, demoFake, drain, fakeRequests, stats } from './demo-api.mjs';
import { basicAuth, expectStatus, request } from './http-client.mjs';
import { summarize, timeOnce } from './timing.mjs';

async function workItemRev(fake, id) {
  const reply = await expectStatus(200, `${fake.organizationUrl}/${fake.project}/_apis/wit/workitems/${id}?api-version=7.1`, { headers: { Authorization: basicAuth('', fake.pat) } });
  return reply.json.rev;
}

/** N saves of one incident, each measured by the stats around it; `fake` only for the demo sandbox */
async function saves(sandbox, fake, incidentSysId, n) {
  const perSave = { queries: [], inserts: [], updates: [], deletes: [], ms: [] };
  let outbound = 0;
  let toFake = 0;
  for (let i = 0; i < n; i++) {
    const before = await stats(sandbox);
    const fakeBefore = fake ? await fakeRequests(fake) : 0;
    const { ms } = await timeOnce(() =>
      expectStatus(200, `${sandbox.url}/api/now/table/incident/${incidentSysId}?sysparm_fields=sys_id`, { method: 'PATCH', as: 'itil.user', json: { short_description: `bench save ${i}` } })
    );
    const after = await stats(sandbox);
    if (fake) toFake += (await fakeRequests(fake)) - fakeBefore;
    outbound += after.outboundRequests - before.outboundRequests;
    for (const op of ['queries', 'inserts', 'updates', 'deletes']) perSave[op].push(after.db[op] - before.db[op]);
    perSave.ms.push(ms);
  }
  const mean = (values) => Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
  return {
    engine: sandbox.engine,
    saves: n,
    outboundRequestsDuringSaves: outbound,
    fakeRequestsDuringSaves: fake ? toFake : null,
    dbOpsPerSave: { queries: mean(perSave.queries), inserts: mean(perSave.inserts), updates: mean(perSave.updates), deletes: mean(perSave.deletes), total: mean(perSave.queries.map((q, i) => q + perSave.inserts[i] + perSave.updates[i] + perSave.deletes[i])) },
    saveTime: summarize(perSave.ms),
  };
}

export async function measureSaveTransactionAndBurst(demoSandbox, referenceSandbox, { saves: n }) {
  const fake = await demoFake(demoSandbox);
  // A linked incident: created, delivered, written back; from here on a save is an update.
  const incident = await createIncident(demoSandbox, 'bench burst');
  await drain(demoSandbox);
  const linked = (await expectStatus(200, `${demoSandbox.url}/api/now/table/incident/${incident.sys_id}?sysparm_fields=correlation_id`, { as: 'admin' })).json.result;
  const revBefore = await workItemRev(fake, linked.correlation_id);

  const withSync = await saves(demoSandbox, fake, incident.sys_id, n);
  const referenceIncident = await createIncident(referenceSandbox, 'bench burst (no connection)');
  const withoutSync = await saves(referenceSandbox, null, referenceIncident.sys_id, n);

  const fakeBefore = await fakeRequests(fake);
  const { ms, value: drained } = await timeOnce(() => drain(demoSandbox));
  const requestsAfterDrain = (await fakeRequests(fake)) - fakeBefore;
  return {
    saveTransaction: { withSync, withoutSync },
    burst: { saves: n, engine: demoSandbox.engine, requestsSentAtDrain: requestsAfterDrain, workItemRevisionsAdded: (await workItemRev(fake, linked.correlation_id)) - revBefore, eventsRun: drained.ran.events, drainMs: ms },
  };
}

export async function measureDispatcher(demoSandbox, { incidents: m }) {
  const fake = await demoFake(demoSandbox);
  await drain(demoSandbox);
  const created = [];
  for (let i = 0; i < m; i++) created.push(await createIncident(demoSandbox, `bench dispatch ${i}`));
  // The exact requests the dispatcher is about to send, from the app's dry-run API (nothing is sent or changed).
  const planned = [];
  for (const incident of created) {
    const dry = await expectStatus(200, `${demoSandbox.url}/api/x_incb_bridge/v1/admin/dry-run`, { method: 'POST', as: 'admin', json: { incident: incident.sys_id, connection: DEMO_CONNECTION_ID } });
    planned.push(...dry.json.result.requests);
  }

  const fakeBefore = await fakeRequests(fake);
  const { ms: drainMs, value: drained } = await timeOnce(() => drain(demoSandbox));
  const sentByDispatcher = (await fakeRequests(fake)) - fakeBefore;

  const plainBefore = await fakeRequests(fake);
  const { ms: plainMs } = await timeOnce(async () => {
    for (const call of planned) {
      const reply = await request(call.url, { method: call.method, body: Buffer.from(call.body, 'utf8'), headers: { ...call.headers, Authorization: basicAuth('', fake.pat) } });
      if (reply.status < 200 || reply.status > 299) throw new Error(`plain client: ${call.method} ${call.url} -> ${reply.status}: ${reply.body.toString('utf8').slice(0, 300)}`);
    }
  });
  const sentByPlainClient = (await fakeRequests(fake)) - plainBefore;
  const perSecond = (count, ms) => Math.round((count / ms) * 1000 * 10) / 10;
  return {
    engine: demoSandbox.engine,
    incidents: m,
    dispatcher: { requests: sentByDispatcher, eventsRun: drained.ran.events, ms: drainMs, requestsPerSecond: perSecond(sentByDispatcher, drainMs), msPerIncident: Math.round((drainMs / m) * 10) / 10 },
    plainClient: { requests: sentByPlainClient, ms: plainMs, requestsPerSecond: perSecond(sentByPlainClient, plainMs), msPerIncident: Math.round((plainMs / m) * 10) / 10 },
  };
}
