// Dry runs: the exact requests a sync would send, logged as dry run and returned, with nothing changed on the
// instance or in Azure DevOps; validateOnly lets Azure DevOps check the create or update without storing it.
import AzureDevOpsSync from '../../../src/app/azure-devops/AzureDevOpsSync';
import DryRunApi from '../../../src/app/azure-devops/DryRunApi';
import { SyncBed, attachFile, insertIncident, linkOf, logRows, payloadFor, startBed, updateIncident } from './adoSyncFixture';
import { agentBox } from '../agent/agentHarness';
import { call } from '../../support/instance-http-harness';

let bed: SyncBed;
afterEach(() => bed && bed.fake.stop());

function snapshotOfTables() {
  return JSON.stringify(['incident', 'x_incb_bridge_link', 'sys_journal_field', 'x_incb_bridge_outbox'].map((t) => bed.instance.db.rows(t)));
}

describe('dry run of an incident that is not linked yet', () => {
  it('returns and logs the create, comment and upload requests without sending or changing anything', async () => {
    bed = await startBed();
    const id = insertIncident({ short_description: 'Dry', description: 'a < b', state: '2', priority: '5', work_notes: 'first note' });
    attachFile(id, 'dump.txt', 'data');
    const before = snapshotOfTables();
    const result = new AzureDevOpsSync(bed.connection).dryRun(id, false);

    expect(result.error).toBeUndefined();
    expect(result.responses).toBeUndefined();
    expect(result.requests.map((r) => `${r.method} ${r.url.replace(bed.fake.url, '')}`)).toEqual([
      `POST /${bed.fake.organization}/${bed.fake.project}/_apis/wit/workitems/$Task?api-version=7.1`,
      `POST /${bed.fake.organization}/${bed.fake.project}/_apis/wit/workItems/{id}/comments?api-version=7.1-preview.4`,
      `POST /${bed.fake.organization}/${bed.fake.project}/_apis/wit/attachments?fileName=dump.txt&api-version=7.1`,
      `PATCH /${bed.fake.organization}/${bed.fake.project}/_apis/wit/workitems/{id}?api-version=7.1`,
    ]);
    const create = JSON.parse(result.requests[0].body);
    expect(create).toContainEqual({ op: 'add', path: '/fields/System.Description', value: 'a &lt; b' });
    expect(create).toContainEqual({ op: 'add', path: '/fields/Microsoft.VSTS.Common.Priority', value: '4' });
    expect(result.requests[0].headers).toEqual({ Accept: 'application/json', 'Content-Type': 'application/json-patch+json' });
    expect(JSON.parse(result.requests[1].body).text).toContain('first note');
    expect(result.requests[2].headers['Content-Type']).toBe('application/octet-stream');
    expect(JSON.parse(result.requests[3].body)[1]).toEqual({ op: 'add', path: '/relations/-', value: { rel: 'AttachedFile', url: '{attachmentUrl}', attributes: { comment: 'dump.txt' } } });

    expect(bed.fake.requests).toEqual([]);
    expect(snapshotOfTables()).toBe(before);
    const rows = logRows(bed).filter((r) => r.direction === 'outbound');
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toMatchObject({ dry_run: 'true', outcome: 'dry_run', incident: id });
  });

  it('validateOnly sends the create with validateOnly=true and returns Azure DevOps\' answer; the fake stores nothing', async () => {
    bed = await startBed();
    const id = insertIncident({ short_description: 'Validate me', state: '1', priority: '2' });
    const result = new AzureDevOpsSync(bed.connection).dryRun(id, true);
    expect(result.requests[0].url).toContain('validateOnly=true');
    expect(bed.fake.requests).toHaveLength(1);
    expect(bed.fake.requests[0].query.validateOnly).toBe('true');
    expect(result.responses).toEqual([{ request: 0, status: 200, body: expect.any(String) }]);
    expect(JSON.parse(result.responses![0].body).fields['System.Title']).toContain('Validate me');
    expect(bed.fake.state().workItems).toBe(0);
    expect(linkOf(bed, id)).toBeUndefined();
    expect(bed.fake.validationFailures).toEqual([]);
    expect(logRows(bed).filter((r) => r.direction === 'outbound')).toEqual([expect.objectContaining({ dry_run: 'true', http_status: '200' })]);
  });
});

describe('dry run of a linked incident', () => {
  it('builds a full update at the link\'s rev; validateOnly has it checked without applying it', async () => {
    bed = await startBed();
    const id = insertIncident({ short_description: 'Linked', state: '1', priority: '2' });
    new AzureDevOpsSync(bed.connection).syncIncident(payloadFor(id, 'INC', { reason: 'create', changedFields: ['short_description'] }));
    updateIncident(id, { state: '3' });
    const rev = Number(linkOf(bed, id)!.remote_rev);
    bed.fake.requests.length = 0;

    const result = new AzureDevOpsSync(bed.connection).dryRun(id, true);
    const ops = JSON.parse(result.requests[0].body);
    expect(result.requests[0].method).toBe('PATCH');
    expect(ops[0]).toEqual({ op: 'test', path: '/rev', value: rev });
    expect(ops.map((op: any) => op.path)).toEqual(['/rev', '/fields/System.Title', '/fields/System.Description', '/fields/System.State', '/fields/Microsoft.VSTS.Common.Priority']);
    expect(result.responses![0].status).toBe(200);
    expect((bed.fake.workItem(1) as any).fields['System.State']).toBe('To Do');
    expect((bed.fake.workItem(1) as any).rev).toBe(rev);
  });
});

describe('POST /api/x_incb_bridge/v1/admin/dry-run handler', () => {
  function call(body: string) {
    const request = bed.instance.rest.request({ method: 'POST', uri: '/api/x_incb_bridge/v1/admin/dry-run', headers: { 'Content-Type': 'application/json' }, body });
    const response = bed.instance.rest.response();
    new DryRunApi().post(request, response);
    return response.result();
  }

  it('answers the dry run for a valid body', async () => {
    bed = await startBed();
    const id = insertIncident({ short_description: 'Via REST', priority: '2' });
    const answer = call(JSON.stringify({ incident: id, connection: bed.connection, validateOnly: false }));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).result.requests[0].method).toBe('POST');
  });

  it('answers 400 for a malformed body and 404 for unknown records, in ServiceNow\'s error format', async () => {
    bed = await startBed();
    const id = insertIncident({ short_description: 'x' });
    const notJson = call('not json');
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toEqual({ error: { message: expect.any(String), detail: '' }, status: 'failure' });
    expect(call(JSON.stringify({ incident: 'nope', connection: bed.connection })).status).toBe(400);
    expect(call(JSON.stringify({ incident: id, connection: bed.connection, validateOnly: 'maybe' })).status).toBe(400);
    const missing = call(JSON.stringify({ incident: 'f'.repeat(32), connection: bed.connection }));
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).error.message).toBe('No incident ' + 'f'.repeat(32));
    expect(call(JSON.stringify({ incident: id, connection: 'e'.repeat(32) })).status).toBe(404);
  });

  it('takes ids as strings only: a sys_id inside an array or an object is a 400, not coerced to its text', async () => {
    bed = await startBed();
    const id = insertIncident({ short_description: 'x' });
    for (const body of [{ incident: [id], connection: bed.connection }, { incident: id, connection: [bed.connection] }, { incident: { toString: id }, connection: bed.connection }, { incident: 7, connection: bed.connection }]) {
      const answer = call(JSON.stringify(body));
      expect([JSON.stringify(body), answer.status, JSON.parse(answer.body).error.message]).toEqual([JSON.stringify(body), 400, '"incident" and "connection" must be sys_ids']);
    }
  });
});

describe('the dry-run route reads its body as text, bounded before it parses', () => {
  // The route once read request.body.data, the platform's own parse, which has no nesting bound the app controls.
  const path = '/api/x_incb_bridge/v1/admin/dry-run';
  const post = (body: string, headers: { [name: string]: string } = {}) => {
    const box = agentBox();
    const logs = box.instance.db.rows('x_incb_bridge_log').length;
    const answer = call(box, 'POST', path, { user: 'bridge.admin', body, headers });
    expect(box.instance.db.rows('x_incb_bridge_log')).toHaveLength(logs);
    return answer;
  };

  it('JSON nested 200,000 levels deep is a 400 naming the limit', () => {
    const answer = post('{"incident": ' + '['.repeat(200000) + ']'.repeat(200000) + '}');
    expect([answer.status, answer.json]).toEqual([400, { error: { message: 'The request body nests deeper than 64 levels', detail: '' }, status: 'failure' }]);
  });

  it('a body over x_incb_bridge.inbound.max_body_bytes is a 413; another content type a 415; invalid JSON a 400', () => {
    expect(post(JSON.stringify({ incident: 'a'.repeat(32), connection: 'b'.repeat(32) }) + ' '.repeat(1048577)).status).toBe(413);
    expect(post(JSON.stringify({ incident: 'a'.repeat(32), connection: 'b'.repeat(32) }), { 'Content-Type': 'text/plain' }).status).toBe(415);
    const invalid = post('{"incident": ');
    expect([invalid.status, invalid.json.error.message]).toEqual([400, 'The request body is not valid JSON']);
  });
});
