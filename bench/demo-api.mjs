// What the benchmark asks of a --demo sandbox and its Azure DevOps fake, over HTTP only: the sandbox's counters,
// drains and Table API, the fake's request count and the PATs the start-up report names.
import { expectStatus } from './http-client.mjs';

export const stats = async (sandbox) => (await expectStatus(200, `${sandbox.url}/sandbox/v1/stats`, { as: 'admin' })).json.result;
export const fakeRequests = async (fake) => (await expectStatus(200, `${fake.url}/_fake/state`)).json.requests;

export async function drain(sandbox) {
  const reply = await expectStatus(200, `${sandbox.url}/sandbox/v1/drain`, { method: 'POST', as: 'admin' });
  if (!reply.json.settled) throw new Error('the drain did not settle');
  return reply.json;
}

export const createIncident = async (sandbox, shortDescription) =>
  (await expectStatus(201, `${sandbox.url}/api/now/table/incident`, { method: 'POST', as: 'itil.user', json: { short_description: shortDescription, impact: '2', urgency: '2' } })).json.result;

/** the fake's URLs (GET /sandbox/v1/info), the connection's PAT and the demo person's PAT (the start-up report) */
export async function demoFake(sandbox) {
  const info = (await expectStatus(200, `${sandbox.url}/sandbox/v1/info`, { as: 'admin' })).json.result;
  if (!info.demo) throw new Error('the sandbox was not started with --demo');
  const pat = /PAT "([^"]*)"/.exec(await sandbox.waitForLine(/^Azure DevOps fake: /))[1];
  const personPat = /PAT "([^"]*)"/.exec(await sandbox.waitForLine(/^Azure DevOps fake person/))[1];
  return { ...info.demo, pat, personPat };
}

/** the total of a stats delta's database operations */
export function dbOps(before, after) {
  return ['queries', 'inserts', 'updates', 'deletes'].reduce((sum, op) => sum + after.db[op] - before.db[op], 0);
}
