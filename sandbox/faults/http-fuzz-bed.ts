// The inbound fuzz's bed as a real sandbox: the built app in a sandbox on a script engine (Rhino by default), set up
// over HTTP the way clients and an admin would, with the same users, connections, incidents and files as the
// in-process bed (fuzz-bed.ts): the callers sign in with basic auth (password = user name), the connections come as
// --records (the Table API is closed to the app's tables), incidents through the Table API, files through the
// Attachment API, and the inactive agent is deactivated through the Table API.
import http from 'node:http';
import type { LoadedApp } from '@incb/glide-emulator/loader';
import type { CommitReport } from '../committed-data';
import { Sandbox, startSandbox } from '../server';
import type { SandboxUser } from '../sandbox-users';
import { CALLERS, FUZZ_CONNECTIONS, FUZZ_FILES, FUZZ_INCIDENTS, FUZZ_USERS, FuzzTargets, IncidentRef } from './fuzz-bed';

/** the connections' sys_ids, fixed so the bed can name them before the sandbox starts */
const CONNECTION_IDS = ['f0220000000000000000000000000001', 'f0220000000000000000000000000002', 'f0220000000000000000000000000003', 'f0220000000000000000000000000004'];
/** who sets the bed up (an instance always has admin) */
const SETUP_USER = 'admin';

export interface HttpFuzzBed {
  sandbox: Sandbox;
  targets: FuzzTargets;
  /** milliseconds from start to a ready bed */
  startupMs: number;
}

export interface HttpAnswer {
  status: number;
  headers: { [name: string]: string };
  body: string;
}

const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** One request to the sandbox; the path and query as given (already percent-encoded where they need to be). */
export function send(baseUrl: string, method: string, target: string, headers: { [name: string]: string }, body: Buffer | string): Promise<HttpAnswer> {
  const url = new URL(baseUrl);
  // Node sends a GET's or a DELETE's body without a length unless told, and the server then reads it as the next request
  const sized = body.length > 0 ? { ...headers, 'content-length': String(Buffer.byteLength(body)) } : headers;
  return new Promise((resolve, reject) => {
    const request = http.request({ host: url.hostname, port: url.port, method, path: target, headers: sized, agent: keepAlive }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const answerHeaders: { [name: string]: string } = {};
        for (const [name, value] of Object.entries(response.headers)) if (value !== undefined) answerHeaders[name] = Array.isArray(value) ? value.join(', ') : value;
        resolve({ status: response.statusCode || 0, headers: answerHeaders, body: Buffer.concat(chunks).toString('utf8') });
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** every user's password is its user name */
export function basicAuth(user: string): string {
  return 'Basic ' + Buffer.from(`${user}:${user}`).toString('base64');
}

async function asAdmin(sandbox: Sandbox, method: string, target: string, body: Buffer | string, contentType: string): Promise<any> {
  const headers = { Authorization: basicAuth(SETUP_USER), Accept: 'application/json', 'Content-Type': contentType };
  const answer = await send(sandbox.url, method, target, headers, body);
  if (answer.status >= 300) throw new Error(`fuzz bed over HTTP: ${method} ${target} answered ${answer.status}: ${answer.body.slice(0, 300)}`);
  return JSON.parse(answer.body).result;
}

async function addIncident(sandbox: Sandbox, values: { [field: string]: string }): Promise<IncidentRef> {
  const created = await asAdmin(sandbox, 'POST', '/api/now/table/incident', JSON.stringify(values), 'application/json');
  return { sysId: created.sys_id, number: created.number };
}

async function attach(sandbox: Sandbox, table: string, sysId: string, fileName: string): Promise<string> {
  const target = `/api/now/attachment/file?table_name=${table}&table_sys_id=${sysId}&file_name=${encodeURIComponent(fileName)}`;
  return (await asAdmin(sandbox, 'POST', target, Buffer.from(FUZZ_FILES.base64, 'base64'), 'application/octet-stream')).sys_id;
}

/** Starts the sandbox and sets the bed up; `onCommit` hears what every engine call committed from the start. */
export async function startHttpFuzzBed(app: LoadedApp, engine: 'rhino' | 'node', onCommit: (report: CommitReport) => void, log: (line: string) => void): Promise<HttpFuzzBed> {
  const started = Date.now();
  const users: SandboxUser[] = [{ user_name: SETUP_USER, password: SETUP_USER, roles: ['admin'] }, ...FUZZ_USERS.map((u) => ({ ...u, password: u.user_name }))];
  const records = FUZZ_CONNECTIONS.map((fields, i) => ({ table: 'x_incb_bridge_connection', sys_id: CONNECTION_IDS[i], fields }));
  const sandbox = await startSandbox({ engine, app, port: 0, tickMs: 0, quiet: true, seed: false, users, records, onCommit, log });
  try {
    const [connection, ...refusingConnections] = CONNECTION_IDS;
    const [newIncident, inProgressIncident, resolvedIncident] = [await addIncident(sandbox, FUZZ_INCIDENTS[0]), await addIncident(sandbox, FUZZ_INCIDENTS[1]), await addIncident(sandbox, FUZZ_INCIDENTS[2])];
    const attachment = await attach(sandbox, 'incident', newIncident.sysId, FUZZ_FILES.own);
    const foreignAttachments = [await attach(sandbox, 'incident', resolvedIncident.sysId, FUZZ_FILES.otherIncident), await attach(sandbox, 'x_incb_bridge_connection', connection, FUZZ_FILES.connection)];
    const gone = await asAdmin(sandbox, 'GET', `/api/now/table/sys_user?sysparm_query=user_name=${CALLERS.inactiveAgent}&sysparm_fields=sys_id`, '', 'application/json');
    await asAdmin(sandbox, 'PATCH', `/api/now/table/sys_user/${gone[0].sys_id}`, JSON.stringify({ active: 'false' }), 'application/json');
    const targets: FuzzTargets = { connection: { sysId: connection, name: FUZZ_CONNECTIONS[0].name }, refusingConnections, newIncident, inProgressIncident, resolvedIncident, attachment, foreignAttachments };
    return { sandbox, targets, startupMs: Date.now() - started };
  } catch (error) {
    await sandbox.stop();
    throw error;
  }
}
