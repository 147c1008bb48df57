// First sync of an incident: the work item Azure DevOps gets (every mapped field, tags, the Hyperlink back) and the
// write-back on the instance (link row, correlation fields, one work note), which must not be captured again.
import AzureDevOpsSync from '../../../src/app/azure-devops/AzureDevOpsSync';
import { fingerprint } from '../../../src/app/core/fingerprint';
import { SyncBed, SERVLET_URI, insertIncident, linkOf, logRows, outboxRows, payloadFor, requestLines, startBed, updateIncident } from './adoSyncFixture';

let bed: SyncBed;
afterEach(() => bed && bed.fake.stop());

function incidentRow(id: string) {
  return bed.instance.db.get('incident', id)!;
}

describe('first sync creates the work item', () => {
  it('sends title, escaped description, mapped state and priority, tags and the Hyperlink relation', async () => {
    bed = await startBed();
    const id = insertIncident({ short_description: 'Disk full on db01', description: 'Line 1 <b>bold?</b>\nLine 2 & more', state: '2', priority: '1' });
    const number = incidentRow(id).number;
    const result = new AzureDevOpsSync(bed.connection).syncIncident(payloadFor(id, number, { reason: 'create', changedFields: ['short_description', 'description', 'state', 'priority'] }));

    expect(result).toEqual({ outcome: 'sent', httpStatus: 200 });
    expect(bed.fake.validationFailures).toEqual([]);
    const create = bed.fake.requests[0];
    expect(`${create.method} ${create.path}`).toBe(`POST /${bed.fake.organization}/${bed.fake.project}/_apis/wit/workitems/$Task`);
    expect(create.body).toEqual([
      { op: 'add', path: '/fields/System.Title', value: `${number}: Disk full on db01` },
      { op: 'add', path: '/fields/System.Description', value: 'Line 1 &lt;b&gt;bold?&lt;/b&gt;<br>Line 2 &amp; more' },
      { op: 'add', path: '/fields/System.State', value: 'Doing' },
      { op: 'add', path: '/fields/Microsoft.VSTS.Common.Priority', value: '1' },
      { op: 'add', path: '/fields/System.Tags', value: `ServiceNow; ${number}` },
      { op: 'add', path: '/relations/-', value: { rel: 'Hyperlink', url: `${SERVLET_URI}incident.do?sys_id=${id}` } },
    ]);
    const item = bed.fake.workItem(1) as any;
    expect(item.fields).toMatchObject({ 'System.Title': `${number}: Disk full on db01`, 'System.State': 'Doing', 'Microsoft.VSTS.Common.Priority': 1 });
    expect(item.fields['System.Tags'].split('; ').sort()).toEqual([number, 'ServiceNow'].sort());
    expect(item.relations).toEqual([expect.objectContaining({ rel: 'Hyperlink', url: `${SERVLET_URI}incident.do?sys_id=${id}` })]);
  });

  it('writes back the link, the correlation fields and one work note, and captures none of it again', async () => {
    bed = await startBed();
    const id = insertIncident({ short_description: 'VPN down', state: '1', priority: '3' });
    const number = incidentRow(id).number;
    new AzureDevOpsSync(bed.connection).syncIncident(payloadFor(id, number, { reason: 'create', changedFields: ['short_description', 'state', 'priority'] }));

    const item = bed.fake.workItem(1) as any;
    const link = linkOf(bed, id)!;
    expect(link).toMatchObject({ state: 'linked', remote_id: '1', remote_rev: String(item.rev), remote_url: item._links.html.href });
    expect(link.last_fingerprint).toBe(fingerprint({ short_description: 'VPN down', description: '', state: '1', priority: '3' }));
    const incident = incidentRow(id);
    expect(incident.correlation_id).toBe('1');
    expect(incident.correlation_display).toBe('Azure DevOps (Fabrikam)');
    const notes = bed.instance.db.rows('sys_journal_field', `element_id=${id}^element=work_notes`);
    expect(notes.map((n) => n.value)).toEqual([`Linked to Azure DevOps work item 1: ${item._links.html.href}`]);
    // The note is recorded as synced, so the journal sync (work notes are synced here) never sends it as a comment.
    expect(link.synced_journal_ids).toBe(notes[0].sys_id);
    expect(bed.fake.requests.filter((r) => r.path.endsWith('/comments'))).toEqual([]);

    // The incident trigger (priority<=2) does not match, but the incident is linked now: only the write-back must
    // have been exempt from capture. A user's save afterwards is captured, which proves the capture rule is live.
    expect(outboxRows(bed)).toEqual([]);
    updateIncident(id, { short_description: 'VPN down for everyone' });
    expect(outboxRows(bed)).toHaveLength(1);
  });

  it("records the write-back's own note as synced, not an entry of the same second with the same words", async () => {
    // Work notes are not sent here, so the record is the write-back's alone (turning them on later must not send
    // the note).
    bed = await startBed({ connection: { sync_work_notes: 'false' } });
    const first = insertIncident({ short_description: 'VPN down', priority: '2' });
    new AzureDevOpsSync(bed.connection).syncIncident(payloadFor(first, incidentRow(first).number, { reason: 'create', changedFields: ['short_description'] }));
    const url = (bed.fake.workItem(1) as any)._links.html.href.replace(/1$/, '2');
    const id = insertIncident({ short_description: 'Mail down', priority: '2' });
    // Someone pasted the same words into the incident in the same second (the clock stands still), before the
    // write-back: the journal has two entries with one text and one time.
    const pasted = bed.instance.db.insert('sys_journal_field', {
      element: 'work_notes', element_id: id, name: 'incident', value: `Linked to Azure DevOps work item 2: ${url}`, sys_created_by: 'someone', sys_created_on: incidentRow(id).sys_created_on,
    });
    new AzureDevOpsSync(bed.connection).syncIncident(payloadFor(id, incidentRow(id).number, { reason: 'create', changedFields: ['short_description'] }));
    const notes = bed.instance.db.rows('sys_journal_field', `element_id=${id}^element=work_notes^sys_id!=${pasted}`);
    expect(notes.map((n) => n.value)).toEqual([`Linked to Azure DevOps work item 2: ${url}`]);
    expect(linkOf(bed, id)!.synced_journal_ids).toBe(notes[0].sys_id);
  });

  it('uses the connection name when it has no label, and logs the create request and response', async () => {
    bed = await startBed({ connection: { label: '' } });
    const id = insertIncident({ short_description: 'Printer jam', priority: '2', state: '1' });
    new AzureDevOpsSync(bed.connection).syncIncident(payloadFor(id, incidentRow(id).number, { reason: 'create', changedFields: ['short_description'] }));
    expect(incidentRow(id).correlation_display).toBe('Fabrikam ADO');
    const rows = logRows(bed).filter((r) => r.direction === 'outbound');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ outcome: 'success', operation: 'create', method: 'POST', http_status: '200', remote_id: '1', incident: id, connection: bed.connection, dry_run: 'false' });
    expect(rows[0].request_headers).toContain('Content-Type: application/json-patch+json');
    expect(JSON.parse(rows[0].response_body).id).toBe(1);
    expect(requestLines(bed)).toHaveLength(1);
  });

  it('creates the work item of the type the connection names', async () => {
    bed = await startBed({ connection: { ado_work_item_type: 'Issue' } });
    const id = insertIncident({ short_description: 'Typed', priority: '2' });
    new AzureDevOpsSync(bed.connection).syncIncident(payloadFor(id, incidentRow(id).number, { reason: 'create', changedFields: ['short_description'] }));
    expect(bed.fake.requests[0].path).toMatch(/\/_apis\/wit\/workitems\/\$Issue$/);
    expect((bed.fake.workItem(1) as any).fields['System.WorkItemType']).toBe('Issue');
  });
});
