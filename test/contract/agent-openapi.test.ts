// docs/openapi.yaml against the real thing: every inbound route of the installed app (agent API, health, admin dry
// run, Azure DevOps hook receiver) is called through the emulated instance's HTTP surface, on its happy path and on
// every error status the document lists, and EVERY answer is validated against the document (status documented,
// content type, body schema, documented headers). The document's own examples must satisfy its schemas, and every
// documented (operation, status) pair must have been produced by a real call, so the document cannot drift from
// the code in either direction.
import OpenAPIBackend from 'openapi-backend';
import { OPENAPI_FILE, OpenApiChecker, openApiChecker } from '../support/openapi';
import { AGENT, addIncident, addPlan, agentBox, updateIncident } from '../unit/agent/agentHarness';
import { CallOptions, CallResult, Sandbox, call } from '../support/instance-http-harness';
import { hookSample } from '@incb/ado-fake/test-client';
import { MAX_LINKS } from '../../src/app/agent/incidentDetail';
import { TRACKER_TYPES } from '../../src/app/connectors/registry';

interface Seen {
  operation: string;
  status: number;
}

let checker: OpenApiChecker;
const seen: Seen[] = [];
const problems: string[] = [];

beforeAll(async () => {
  checker = await openApiChecker();
});

/** Calls the route, validates the answer against the document and records which (operation, status) it was. */
function checked(box: Sandbox, method: string, path: string, options: CallOptions, expectedStatus: number): CallResult {
  const res = call(box, method, path, options);
  expect([method, path, res.status]).toEqual([method, path, expectedStatus]);
  const found = checker.problems(method, path, res);
  problems.push(...found);
  expect(found).toEqual([]);
  for (const operation of checker.operationsFor(method, path)) seen.push({ operation, status: res.status });
  return res;
}

/** What the platform answers before the route's script runs, for one route: 405 to every method the path does not
 * take (HEAD and OPTIONS included, credentials or not), 406 to an Accept without the route's response type, and for a
 * POST 415 to a body declared as another type than JSON, each checked against the document. */
function platformRefusals(box: Sandbox, method: 'GET' | 'POST', path: string, user: string, body?: unknown, notAcceptable = 'text/html') {
  for (const other of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'].filter((m) => m !== method)) {
    checked(box, other, path, { user, body: ['GET', 'HEAD'].includes(other) ? undefined : body }, 405);
  }
  checked(box, method === 'GET' ? 'PUT' : 'GET', path, { user: null }, 405);
  checked(box, method, path, { user, body, headers: { Accept: notAcceptable } }, 406);
  if (method === 'POST') checked(box, method, path, { user, body: JSON.stringify(body), headers: { 'Content-Type': 'application/xml' } }, 415);
}

describe('agent API responses conform to docs/openapi.yaml', () => {
  test('list: 200 (with and without plan, paged), 400, 401, 403, 409', () => {
    const box = agentBox();
    for (let i = 0; i < 3; i++) {
      box.instance.clock.advance(1000);
      addIncident(box, { impact: '1', urgency: '2' });
    }
    addPlan(box, { name: 'Broken', condition: 'no_such_field=1' });
    const page = checked(box, 'GET', `${AGENT}/incidents?limit=2`, { user: 'agent' }, 200);
    checked(box, 'GET', `${AGENT}/incidents?limit=2&cursor=${page.json.result.paging.next_cursor}`, { user: 'agent' }, 200);
    checked(box, 'GET', `${AGENT}/incidents?plan=Quickstart&state=1,2&priority=2&updated_since=2020-01-01T00:00:00Z`, { user: 'agent' }, 200);
    checked(box, 'GET', `${AGENT}/incidents?state=1%5EORpriority%3D5`, { user: 'agent' }, 400);
    checked(box, 'GET', `${AGENT}/incidents?plan=Broken`, { user: 'agent' }, 409);
    checked(box, 'GET', `${AGENT}/incidents`, { user: null }, 401);
    checked(box, 'GET', `${AGENT}/incidents`, { user: 'itil.user' }, 403);
    platformRefusals(box, 'GET', `${AGENT}/incidents?limit=2`, 'agent', undefined, 'application/xml');
  });

  test('read: 200 with everything filled in and with nothing related, 400, 401, 403, 404', () => {
    const box = agentBox();
    const group = box.instance.db.insert('sys_user_group', { name: 'Network' });
    const parent = addIncident(box);
    const incident = addIncident(box, { assignment_group: group, parent_incident: parent.sys_id });
    addIncident(box, { parent_incident: incident.sys_id });
    updateIncident(box, incident.sys_id, { work_notes: 'note', comments: 'comment' }, 'agent');
    const gr = new box.glide.GlideRecord('incident');
    gr.get(incident.sys_id);
    new box.glide.GlideSysAttachment().writeBase64(gr, 'log.txt', 'text/plain', Buffer.from('log').toString('base64'));
    const ado = box.instance.db.insert('x_incb_bridge_connection', { name: 'ADO', type: 'azure_devops', active: 'true' });
    box.instance.db.insert('x_incb_bridge_link', { incident: incident.sys_id, connection: ado, remote_id: '7', state: 'linked' });
    checked(box, 'GET', `${AGENT}/incidents/${incident.number}`, { user: 'agent' }, 200);
    checked(box, 'GET', `${AGENT}/incidents/${parent.sys_id}`, { user: 'agent' }, 200);
    checked(box, 'GET', `${AGENT}/incidents/not-an-id`, { user: 'agent' }, 400);
    checked(box, 'GET', `${AGENT}/incidents/INC0099999`, { user: 'agent' }, 404);
    checked(box, 'GET', `${AGENT}/incidents/${incident.number}`, { user: null }, 401);
    checked(box, 'GET', `${AGENT}/incidents/${incident.number}`, { user: 'nobody' }, 403);
    platformRefusals(box, 'GET', `${AGENT}/incidents/${incident.number}`, 'agent');
  });

  test('read: 200 with links through several connections (tracker and webhook; linked, pending, unlinked)', () => {
    const box = agentBox();
    const incident = addIncident(box);
    const connection = (name: string, type: string) => box.instance.db.insert('x_incb_bridge_connection', { name, type, active: 'true' });
    const ado = connection('ADO', 'azure_devops');
    const old = connection('Old ADO', 'azure_devops');
    const hook = connection('Agent hook', 'webhook');
    box.instance.db.insert('x_incb_bridge_link', { incident: incident.sys_id, connection: old, remote_id: '3', remote_url: 'https://dev.azure.com/old/Ops/_workitems/edit/3', state: 'unlinked' });
    box.instance.db.insert('x_incb_bridge_link', { incident: incident.sys_id, connection: ado, state: 'linked' });
    box.instance.db.insert('x_incb_bridge_link', { incident: incident.sys_id, connection: hook, state: 'linked' });
    const result = checked(box, 'GET', `${AGENT}/incidents/${incident.number}`, { user: 'agent' }, 200).json.result;
    expect(result.links.map((l: { system: string; state: string }) => l.system + ' ' + l.state).sort()).toEqual(['azure_devops linked', 'azure_devops unlinked', 'webhook linked']);
    expect(result.azure_devops).toMatchObject({ connection: { sys_id: ado, name: 'ADO' }, work_item_id: '', state: 'linked' });
  });

  test('the deprecated keys of a read are the tracker types: each documented deprecated, naming links and the version that removes it', async () => {
    const api = new OpenAPIBackend({ definition: OPENAPI_FILE });
    await api.init();
    const document = api.document as any;
    const detail = document.components.schemas.IncidentDetail;
    const deprecated = Object.keys(detail.properties).filter((key) => detail.properties[key].deprecated);
    expect(deprecated).toEqual(TRACKER_TYPES);
    for (const key of deprecated) {
      expect(detail.required).toContain(key);
      expect(detail.properties[key].description).toContain('removed in API version 0.2.0: use `links`');
    }
    // 0.2.0 is the next minor version of this document
    expect(document.info.version).toMatch(/^0\.1\.\d+$/);
    expect(detail.properties.links.maxItems).toBe(MAX_LINKS);
  });

  test('attachment download: 200 (binary, UTF-8 text with a name outside ASCII, empty, for any Accept), 400, 401, 403, 404, 405, 406', () => {
    const box = agentBox();
    const incident = addIncident(box);
    const other = addIncident(box);
    const attach = (sysId: string, name: string, type: string, bytes: Buffer): string => {
      const gr = new box.glide.GlideRecord('incident');
      gr.get(sysId);
      return new box.glide.GlideSysAttachment().writeBase64(gr, name, type, bytes.toString('base64'));
    };
    const binary = attach(incident.sys_id, 'core.bin', 'application/octet-stream', Buffer.from([0, 255, 128, 10]));
    const text = attach(incident.sys_id, 'Störung "Köln".txt', 'text/plain; charset=utf-8', Buffer.from('Grüße ✓', 'utf8'));
    const empty = attach(incident.sys_id, 'empty.json', 'application/json', Buffer.alloc(0));
    const theirs = attach(other.sys_id, 'theirs.txt', 'text/plain', Buffer.from('not yours'));
    const path = (id: string, attachmentId: string) => `${AGENT}/incidents/${id}/attachments/${attachmentId}`;
    for (const id of [binary, text, empty]) checked(box, 'GET', path(incident.number, id), { user: 'agent' }, 200);
    // the download_path the incident detail gives is this operation
    for (const a of checked(box, 'GET', `${AGENT}/incidents/${incident.sys_id}`, { user: 'agent' }, 200).json.result.attachments) checked(box, 'GET', a.download_path, { user: 'agent' }, 200);
    checked(box, 'GET', path(incident.sys_id, 'not-an-id'), { user: 'agent' }, 400);
    checked(box, 'GET', path('not-an-id', binary), { user: 'agent' }, 400);
    checked(box, 'GET', path(incident.sys_id, binary), { user: null }, 401);
    checked(box, 'GET', path(incident.sys_id, binary), { user: 'itil.user' }, 403);
    checked(box, 'GET', path(incident.sys_id, theirs), { user: 'agent' }, 404);
    checked(box, 'GET', path('INC0099999', binary), { user: 'agent' }, 404);
    // the route produces any type: an Accept naming another type still gets the file; only refusing all is a 406
    checked(box, 'GET', path(incident.number, binary), { user: 'agent', headers: { Accept: 'text/html' } }, 200);
    platformRefusals(box, 'GET', path(incident.number, binary), 'agent', undefined, '*/*;q=0');
  });

  test('work notes: 201, 400, 401, 403, 404, 405, 406, 409, 413, 415', () => {
    const box = agentBox();
    const incident = addIncident(box);
    const path = `${AGENT}/incidents/${incident.sys_id}/work_notes`;
    checked(box, 'POST', path, { user: 'agent', body: { text: 'Pool exhausted', visibility: 'comments' } }, 201);
    checked(box, 'POST', path, { user: 'agent', body: { text: '' } }, 400);
    checked(box, 'POST', path, { user: null, body: { text: 'x' } }, 401);
    checked(box, 'POST', path, { user: 'itil.user', body: { text: 'x' } }, 403);
    checked(box, 'POST', `${AGENT}/incidents/INC0099999/work_notes`, { user: 'agent', body: { text: 'x' } }, 404);
    checked(box, 'POST', path, { user: 'agent', body: JSON.stringify({ text: 'x' }), headers: { 'Content-Type': 'text/plain' } }, 415);
    checked(box, 'POST', path, { user: 'agent', body: JSON.stringify({ text: 'x'.repeat(1100000) }) }, 413);
    platformRefusals(box, 'POST', path, 'agent', { text: 'x' });
    box.instance.addBusinessRule({ name: 'freeze', table: 'incident', when: 'before', update: true, script: (current: any) => current.setAbortAction(true) });
    checked(box, 'POST', path, { user: 'agent', body: { text: 'x' } }, 409);
  });

  test('acknowledge: 200 (changed, and not with and without a note), 400, 401, 403, 404, 405, 406, 409, 413, 415', () => {
    const box = agentBox();
    const incident = addIncident(box);
    const path = `${AGENT}/incidents/${incident.number}/acknowledge`;
    checked(box, 'POST', path, { user: 'agent', body: { note: 'on it' } }, 200);
    checked(box, 'POST', path, { user: 'agent' }, 200);
    checked(box, 'POST', path, { user: 'agent', body: { note: 'still on it' } }, 200);
    platformRefusals(box, 'POST', path, 'agent', {});
    checked(box, 'POST', path, { user: 'agent', body: { note: 1 } }, 400);
    checked(box, 'POST', path, { user: 'agent', body: '{}', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }, 415);
    checked(box, 'POST', path, { user: 'agent', body: JSON.stringify({ text: 'x'.repeat(1100000) }) }, 413);
    checked(box, 'POST', path, { user: null }, 401);
    checked(box, 'POST', path, { user: 'ado.hook' }, 403);
    checked(box, 'POST', `${AGENT}/incidents/INC0099999/acknowledge`, { user: 'agent' }, 404);
    checked(box, 'POST', `${AGENT}/incidents/${addIncident(box, { state: '7' }).number}/acknowledge`, { user: 'agent' }, 409);
  });

  test('priority: 200 (as number and as string), 400, 401, 403, 404, 405, 406, 409, 413, 415', () => {
    const box = agentBox();
    const incident = addIncident(box);
    const path = `${AGENT}/incidents/${incident.sys_id}/priority`;
    checked(box, 'POST', path, { user: 'agent', body: { priority: 1, reason: 'outage' } }, 200);
    checked(box, 'POST', path, { user: 'agent', body: { priority: '1', reason: 'still' } }, 200);
    checked(box, 'POST', path, { user: 'agent', body: { priority: 9, reason: 'x' } }, 400);
    checked(box, 'POST', path, { user: 'agent', body: JSON.stringify({ priority: 2, reason: 'x' }), headers: { 'Content-Type': 'text/xml' } }, 415);
    checked(box, 'POST', path, { user: 'agent', body: JSON.stringify({ text: 'x'.repeat(1100000) }) }, 413);
    checked(box, 'POST', path, { user: null, body: { priority: 1, reason: 'x' } }, 401);
    checked(box, 'POST', path, { user: 'itil.user', body: { priority: 1, reason: 'x' } }, 403);
    checked(box, 'POST', `${AGENT}/incidents/${'0'.repeat(32)}/priority`, { user: 'agent', body: { priority: 1, reason: 'x' } }, 404);
    checked(box, 'POST', `${AGENT}/incidents/${addIncident(box, { state: '6' }).sys_id}/priority`, { user: 'agent', body: { priority: 1, reason: 'x' } }, 409);
    platformRefusals(box, 'POST', path, 'agent', { priority: 1, reason: 'x' });
  });

  test('resolve: 200, 400, 401, 403, 404, 405, 406, 409, 413, 415', () => {
    const box = agentBox();
    const incident = addIncident(box);
    const path = `${AGENT}/incidents/${incident.sys_id}/resolve`;
    checked(box, 'POST', path, { user: 'agent', body: { close_code: 'Nope', close_notes: 'n' } }, 400);
    checked(box, 'POST', path, { user: 'agent', body: JSON.stringify({ close_code: 'Solution provided', close_notes: 'n' }), headers: { 'Content-Type': 'text/plain' } }, 415);
    checked(box, 'POST', path, { user: 'agent', body: JSON.stringify({ text: 'x'.repeat(1100000) }) }, 413);
    checked(box, 'POST', path, { user: null, body: {} }, 401);
    checked(box, 'POST', path, { user: 'itil.user', body: {} }, 403);
    checked(box, 'POST', `${AGENT}/incidents/INC0099999/resolve`, { user: 'agent', body: {} }, 404);
    checked(box, 'POST', path, { user: 'agent', body: { close_code: 'Solution provided', close_notes: 'rolled back' } }, 200);
    checked(box, 'POST', path, { user: 'agent', body: { close_code: 'Solution provided', close_notes: 'again' } }, 409);
    platformRefusals(box, 'POST', path, 'agent', { close_code: 'Solution provided', close_notes: 'n' });
  });

  test('agent health: 200 (ok and with problems), 401, 403, 405, 406', () => {
    const box = agentBox();
    checked(box, 'GET', `${AGENT}/health`, { user: 'agent' }, 200);
    checked(box, 'GET', `${AGENT}/health`, { user: 'bridge.admin' }, 200);
    checked(box, 'GET', `${AGENT}/health`, { user: null }, 401);
    checked(box, 'GET', `${AGENT}/health`, { user: 'itil.user' }, 403);
    platformRefusals(box, 'GET', `${AGENT}/health`, 'agent');
  });
});

describe('the other inbound routes conform too', () => {
  test('health: 200 (with connections), 401, 403, 405, 406', () => {
    const box = agentBox();
    box.instance.db.insert('x_incb_bridge_connection', { name: 'ADO', type: 'azure_devops', active: 'true', health_status: 'down', health_error: 'HTTP 401' });
    checked(box, 'GET', '/api/x_incb_bridge/v1/health', { user: 'agent' }, 200);
    checked(box, 'GET', '/api/x_incb_bridge/v1/health', { user: null }, 401);
    checked(box, 'GET', '/api/x_incb_bridge/v1/health', { user: 'itil.user' }, 403);
    platformRefusals(box, 'GET', '/api/x_incb_bridge/v1/health', 'agent');
  });

  test('dry run: 200, 400, 401, 403, 404, 405, 406, 413, 415', () => {
    const box = agentBox();
    const incident = addIncident(box);
    const connection = box.instance.db.insert('x_incb_bridge_connection', {
      name: 'ADO', type: 'azure_devops', active: 'true', base_url: 'https://dev.azure.com', ado_organization: 'fabrikam', ado_project: 'Ops', auth_type: 'none',
    });
    const path = '/api/x_incb_bridge/v1/admin/dry-run';
    checked(box, 'POST', path, { user: 'bridge.admin', body: { incident: incident.sys_id, connection } }, 200);
    checked(box, 'POST', path, { user: 'bridge.admin', body: { incident: 'x' } }, 400);
    checked(box, 'POST', path, { user: null, body: {} }, 401);
    checked(box, 'POST', path, { user: 'agent', body: {} }, 403);
    checked(box, 'POST', path, { user: 'bridge.admin', body: { incident: '0'.repeat(32), connection } }, 404);
    platformRefusals(box, 'POST', path, 'bridge.admin', { incident: incident.sys_id, connection });
    box.glide.gs.setProperty('x_incb_bridge.inbound.max_body_bytes', '100');
    checked(box, 'POST', path, { user: 'bridge.admin', body: { incident: incident.sys_id, connection, validateOnly: false } }, 413);
  });

  test('Azure DevOps hook: 200 accepted and duplicate, 400, 401, 403, 404, 405, 406, 409, 413, 415', () => {
    const box = agentBox();
    box.instance.db.insert('x_incb_bridge_connection', { name: 'Fabrikam ADO', type: 'azure_devops', active: 'true', sync_direction: 'both', inbound_secret: 'hook-secret-1' });
    box.instance.db.insert('x_incb_bridge_connection', { name: 'Outbound only', type: 'azure_devops', active: 'true', sync_direction: 'outbound' });
    const path = '/api/x_incb_bridge/v1/hooks/azure-devops/Fabrikam%20ADO';
    const secret = { 'X-Incident-Bridge-Secret': 'hook-secret-1' };
    const event = hookSample('workitem.updated');
    checked(box, 'POST', path, { user: 'ado.hook', headers: secret, body: event }, 200);
    checked(box, 'POST', path, { user: 'ado.hook', headers: secret, body: event }, 200);
    checked(box, 'POST', path, { user: 'ado.hook', headers: secret, body: { ...event, eventType: 'build.complete' } }, 400);
    checked(box, 'POST', path, { user: 'ado.hook', headers: { 'X-Incident-Bridge-Secret': 'wrong' }, body: event }, 401);
    checked(box, 'POST', path, { user: null, body: event }, 401);
    checked(box, 'POST', path, { user: 'agent', headers: secret, body: event }, 403);
    checked(box, 'POST', '/api/x_incb_bridge/v1/hooks/azure-devops/Nobody', { user: 'ado.hook', body: event }, 404);
    checked(box, 'POST', '/api/x_incb_bridge/v1/hooks/azure-devops/Outbound%20only', { user: 'ado.hook', body: event }, 409);
    box.glide.gs.setProperty('x_incb_bridge.inbound.max_body_bytes', '100');
    checked(box, 'POST', path, { user: 'ado.hook', headers: secret, body: event }, 413);
    checked(box, 'POST', path, { user: 'ado.hook', headers: { ...secret, 'Content-Type': 'text/plain' }, body: 'hello' }, 415);
    platformRefusals(box, 'POST', path, 'ado.hook', event);
  });
});

describe('the document itself', () => {
  test('the checker rejects answers the document does not allow', () => {
    const box = agentBox();
    const real = call(box, 'GET', `${AGENT}/health`, { user: 'agent' });
    const body = JSON.parse(real.body);
    const variants: Array<[string, { status: number; headers: { [name: string]: string }; body: string }]> = [
      ['an extra property', { ...real, body: JSON.stringify({ result: { ...body.result, extra: 1 } }) }],
      ['a wrong type', { ...real, body: JSON.stringify({ result: { ...body.result, authenticated: 'yes' } }) }],
      ['a local time', { ...real, body: JSON.stringify({ result: { ...body.result, checked_at: '2026-11-22 10:00:00' } }) }],
      ['an undocumented status', { ...real, status: 500 }],
      ['an undocumented content type', { ...real, headers: { 'Content-Type': 'text/html' } }],
      ['a 401 without its challenge', { status: 401, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ error: { message: 'x', detail: null }, status: 'failure' }) }],
    ];
    expect(checker.problems('GET', `${AGENT}/health`, real)).toEqual([]);
    for (const [what, response] of variants) expect([what, checker.problems('GET', `${AGENT}/health`, response).length > 0]).toEqual([what, true]);

    // a file download: bytes under */*, with its documented headers
    const incident = addIncident(box);
    const gr = new box.glide.GlideRecord('incident');
    gr.get(incident.sys_id);
    const attachment = new box.glide.GlideSysAttachment().writeBase64(gr, 'core.bin', 'application/octet-stream', Buffer.from([0, 255]).toString('base64'));
    const download = `${AGENT}/incidents/${incident.sys_id}/attachments/${attachment}`;
    const file = call(box, 'GET', download, { user: 'agent' });
    expect(checker.problems('GET', download, file)).toEqual([]);
    const without = (name: string) => Object.fromEntries(Object.entries(file.headers).filter(([header]) => header !== name));
    const notFound = call(box, 'GET', `${AGENT}/incidents/${incident.sys_id}/attachments/${'0'.repeat(32)}`, { user: 'agent' });
    const fileVariants: Array<[string, { status: number; headers: { [name: string]: string }; body: string; bodyBase64?: string }]> = [
      ['no Content-Disposition', { ...file, headers: without('Content-Disposition') }],
      ['an inline Content-Disposition', { ...file, headers: { ...file.headers, 'Content-Disposition': 'inline; filename="core.bin"' } }],
      ['a raw non-ASCII file name', { ...file, headers: { ...file.headers, 'Content-Disposition': 'attachment; filename="Störung.txt"' } }],
      ['no X-Content-Type-Options', { ...file, headers: without('X-Content-Type-Options') }],
      ['bytes without a content type', { ...file, headers: without('Content-Type') }],
      ['bytes where the 404 is JSON', { ...notFound, bodyBase64: file.bodyBase64 }],
    ];
    for (const [what, response] of fileVariants) expect([what, checker.problems('GET', download, response).length > 0]).toEqual([what, true]);
    expect(checker.problems('GET', `${AGENT}/nothing`, real)).toEqual([`GET ${AGENT}/nothing is not in openapi.yaml`]);

    // a method the path does not take: only the platform's 405, in its error JSON, is documented
    const wrongMethod = call(box, 'DELETE', `${AGENT}/health`, { user: 'agent' });
    expect(wrongMethod.status).toBe(405);
    expect(checker.problems('DELETE', `${AGENT}/health`, wrongMethod)).toEqual([]);
    expect(checker.operationsFor('DELETE', `${AGENT}/health`)).toEqual(['agentHealth']);
    const json = { 'Content-Type': 'application/json' };
    const methodVariants: Array<[string, string, { status: number; headers: { [name: string]: string }; body: string }]> = [
      ['another status to a method the path does not take', 'DELETE', { ...real, status: 200 }],
      ['a 405 that is not error JSON', 'DELETE', { status: 405, headers: json, body: JSON.stringify({ result: 'no' }) }],
      ['a 415 to a GET route', 'GET', { status: 415, headers: json, body: wrongMethod.body }],
      ['a 406 without its error', 'GET', { status: 406, headers: json, body: JSON.stringify({ status: 'failure' }) }],
    ];
    for (const [what, method, response] of methodVariants) expect([what, checker.problems(method, `${AGENT}/health`, response).length > 0]).toEqual([what, true]);
  });

  test('every documented (operation, status) was produced by a real call above, and every answer conformed', () => {
    expect(problems).toEqual([]);
    const api = new OpenAPIBackend({ definition: OPENAPI_FILE });
    return api.init().then(() => {
      const missing: string[] = [];
      for (const operation of api.getOperations()) {
        for (const status of Object.keys(operation.responses || {})) {
          if (!seen.some((s) => s.operation === operation.operationId && String(s.status) === status)) missing.push(`${operation.operationId} ${status}`);
        }
      }
      expect(missing).toEqual([]);
    });
  });

  test("each response example satisfies its own operation's schema", async () => {
    const api = new OpenAPIBackend({ definition: OPENAPI_FILE, strict: true });
    await api.init();
    const failures: string[] = [];
    let examples = 0;
    for (const operation of api.getOperations()) {
      for (const [status, response] of Object.entries(operation.responses || {}) as Array<[string, any]>) {
        const example = response.content && response.content['application/json'] && response.content['application/json'].example;
        if (example === undefined) continue;
        examples++;
        const result = api.validateResponse(example, operation, Number(status));
        for (const error of result.errors || []) failures.push(`${operation.operationId} ${status}${error.instancePath} ${error.message}`);
      }
    }
    expect(failures).toEqual([]);
    expect(examples).toBeGreaterThanOrEqual(checker.operationIds().length);
  });
});
