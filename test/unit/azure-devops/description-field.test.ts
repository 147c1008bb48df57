// The description goes to the field the work item type shows it in, both ways: a Bug (Agile, Scrum, CMMI) shows
// Repro Steps, not Description, so a connection whose type is Bug writes and reads Microsoft.VSTS.TCM.ReproSteps
// unless its admin named another field (ado_description_field). Through the fake, which knows each type's fields
// per process and refuses another type's field as Azure DevOps does.
import AzureDevOpsSync from '../../../src/app/azure-devops/AzureDevOpsSync';
import AzureDevOpsCatchUp from '../../../src/app/inbound/AzureDevOpsCatchUp';
import { CONNECTION_TABLE } from '../../../src/app/core/tables';
import { insertIncident, linkOf, logRows, payloadFor, startBed, SyncBed, updateIncident } from './adoSyncFixture';
import { InboundBed, inboxRows, linkedIncident, startInboundBed } from '../inbound/inboundBed';

const REPRO_STEPS = 'Microsoft.VSTS.TCM.ReproSteps';

let bed: SyncBed;
afterEach(() => bed && bed.fake.stop());

function sync(id: string, changes: Parameters<typeof payloadFor>[2]) {
  return new AzureDevOpsSync(bed.connection).syncIncident(payloadFor(id, bed.instance.db.get('incident', id)!.number, changes));
}

function workItem(id = 1): any {
  return bed.fake.workItem(id);
}

const PRESET_OF = { Agile: 'agile', Scrum: 'scrum', CMMI: 'cmmi' } as const;

function bugConnection(process: 'Agile' | 'Scrum' | 'CMMI', connection: { [field: string]: string } = {}) {
  return { fake: { process }, preset: PRESET_OF[process], connection: { ado_work_item_type: 'Bug', ...connection } };
}

describe('outbound', () => {
  it.each(['Agile', 'Scrum', 'CMMI'] as const)('a Bug (%s) gets the description in Repro Steps, on create and on update, and nowhere else', async (process) => {
    bed = await startBed(bugConnection(process));
    const id = insertIncident({ short_description: 'Mail is down', description: 'Users in Berlin\ncannot send', state: '2', priority: '2' });
    expect(sync(id, { reason: 'create', changedFields: ['short_description', 'description', 'state', 'priority'] }).outcome).toBe('sent');
    expect(workItem().fields[REPRO_STEPS]).toBe('Users in Berlin<br>cannot send');
    expect(workItem().fields['System.Description']).toBeUndefined();

    updateIncident(id, { description: 'Fixed by restarting the relay' });
    expect(sync(id, { changedFields: ['description'] }).outcome).toBe('sent');
    const patch = bed.fake.requests.filter((r) => r.method === 'PATCH').pop()!;
    expect((patch.body as any[]).slice(1)).toEqual([{ op: 'add', path: `/fields/${REPRO_STEPS}`, value: 'Fixed by restarting the relay' }]);
    expect(workItem().fields[REPRO_STEPS]).toBe('Fixed by restarting the relay');
    expect(workItem().fields['System.Description']).toBeUndefined();
    expect(bed.fake.validationFailures).toEqual([]);
  });

  it('a Task keeps System.Description; a field the admin names wins over the type\'s default', async () => {
    bed = await startBed({ fake: { process: 'Agile' }, preset: 'agile', connection: { ado_work_item_type: 'Task', value_map_preset: '' } });
    const task = insertIncident({ short_description: 'Task', description: 'on a task', priority: '2' });
    sync(task, { reason: 'create', changedFields: ['short_description', 'description'] });
    expect(workItem(1).fields['System.Description']).toBe('on a task');
    const gr = new (global as any).GlideRecord(CONNECTION_TABLE);
    gr.get(bed.connection);
    gr.setValue('ado_work_item_type', 'Bug');
    gr.setValue('ado_description_field', 'System.Description');
    gr.update();
    const bug = insertIncident({ short_description: 'Bug', description: 'chosen by the admin', priority: '2' });
    sync(bug, { reason: 'create', changedFields: ['short_description', 'description'] });
    expect(workItem(2).fields).toMatchObject({ 'System.WorkItemType': 'Bug', 'System.Description': 'chosen by the admin' });
    expect(workItem(2).fields[REPRO_STEPS]).toBeUndefined();
  });

  it('a field the type does not have is refused by Azure DevOps: the create fails with its message, no work item', async () => {
    bed = await startBed({ connection: { ado_description_field: REPRO_STEPS } });
    const id = insertIncident({ short_description: 'Basic has no Repro Steps', description: 'x', priority: '2' });
    const result = sync(id, { reason: 'create', changedFields: ['short_description', 'description'] });
    expect(result).toMatchObject({ outcome: 'failed', httpStatus: 400, error: expect.stringContaining(`TF51535: Cannot find field ${REPRO_STEPS}.`) });
    expect(bed.fake.state().workItems).toBe(0);
    expect(linkOf(bed, id)).toBeUndefined();
  });

  it('a display name instead of a reference name is a misconfiguration: nothing is sent, the reason is logged', async () => {
    bed = await startBed({ connection: { ado_description_field: 'Repro Steps' } });
    const id = insertIncident({ short_description: 'x', priority: '2' });
    const result = sync(id, { reason: 'create', changedFields: ['short_description'] });
    expect(result).toMatchObject({ outcome: 'failed', error: expect.stringContaining('must be a field reference name such as System.Description or Microsoft.VSTS.TCM.ReproSteps, not "Repro Steps"') });
    expect(bed.fake.requests).toEqual([]);
    expect(logRows(bed).map((r) => r.error)).toEqual([result.error]);
  });

  it('the dry run shows, and with validateOnly Azure DevOps checks, the description in Repro Steps', async () => {
    bed = await startBed(bugConnection('Agile'));
    const id = insertIncident({ short_description: 'Dry', description: 'a < b', priority: '2' });
    const result = new AzureDevOpsSync(bed.connection).dryRun(id, true);
    expect(result.fields).toEqual({ short_description: 'System.Title', description: REPRO_STEPS, state: 'System.State', priority: 'Microsoft.VSTS.Common.Priority' });
    expect(JSON.parse(result.requests[0].body)).toContainEqual({ op: 'add', path: `/fields/${REPRO_STEPS}`, value: 'a &lt; b' });
    expect(result.responses![0].status).toBe(200);
    expect(JSON.parse(result.responses![0].body).fields[REPRO_STEPS]).toBe('a &lt; b');
    expect(bed.fake.state().workItems).toBe(0);
  });
});

describe('inbound', () => {
  let inbound: InboundBed;
  afterEach(() => inbound && inbound.fake.stop());

  const incidentRow = (id: string) => inbound.instance.db.get('incident', id)!;

  it('a change of Repro Steps reaches the incident\'s description; a change of the hidden Description does not', async () => {
    inbound = await startInboundBed(bugConnection('Agile'));
    const { incident, workItem: id } = linkedIncident(inbound, { description: 'from the service desk' });
    inbound.jamal.update(id, { [REPRO_STEPS]: '<div>1. Open Outlook</div><div>2. Send</div>' });
    for (const hook of inbound.takeHooks()) inbound.deliver(hook);
    inbound.process();
    expect(incidentRow(incident).description).toBe('1. Open Outlook\n2. Send');

    inbound.jamal.update(id, { 'System.Description': '<p>not on the Bug form</p>' });
    for (const hook of inbound.takeHooks()) inbound.deliver(hook);
    inbound.process();
    expect(incidentRow(incident).description).toBe('1. Open Outlook\n2. Send');
    expect(inboxRows(inbound).map((r) => r.state)).toEqual(['processed', 'ignored']);
  });

  it('a work item created as a Bug in Azure DevOps becomes an incident with its Repro Steps as description', async () => {
    inbound = await startInboundBed(bugConnection('Agile', { create_incidents_from_remote: 'true' }));
    const created = inbound.jamal.create({ 'System.Title': 'Printer on fire', [REPRO_STEPS]: '<p>Print anything</p>' }, 'Bug');
    for (const hook of inbound.takeHooks()) inbound.deliver(hook);
    inbound.process();
    const incident = inbound.rows('incident', `correlation_id=${created.id}`)[0];
    expect(incident).toMatchObject({ short_description: 'Printer on fire', description: 'Print anything' });
  });

  it('a late hook of an older Repro Steps change does not overwrite the newer one', async () => {
    inbound = await startInboundBed(bugConnection('Agile'));
    const { incident, workItem: id } = linkedIncident(inbound);
    inbound.jamal.update(id, { [REPRO_STEPS]: '<p>older</p>' });
    inbound.jamal.update(id, { [REPRO_STEPS]: '<p>newer</p>' });
    const [older, newer] = inbound.takeHooks();
    inbound.deliver(newer);
    inbound.process();
    inbound.deliver(older);
    inbound.process();
    expect(incidentRow(incident).description).toBe('newer');
    expect(inboxRows(inbound).map((r) => r.state)).toEqual(['processed', 'ignored']);
  });

  it('the catch-up poll brings a lost Repro Steps change that a later, delivered revision did not change again', async () => {
    inbound = await startInboundBed(bugConnection('Agile', { catchup_watermark: '2026-11-22 09:59:00' }));
    const { incident, workItem: id } = linkedIncident(inbound);
    inbound.jamal.update(id, { [REPRO_STEPS]: '<p>Lost with its hook</p>' });
    inbound.takeHooks(); // never delivered
    inbound.jamal.update(id, { 'System.Title': `${incidentRow(incident).number}: Renamed` });
    for (const hook of inbound.takeHooks()) inbound.deliver(hook);
    inbound.process();
    expect(incidentRow(incident)).toMatchObject({ short_description: 'Renamed', description: '' });
    new AzureDevOpsCatchUp().poll(inbound.connection);
    expect(incidentRow(incident).description).toBe('Lost with its hook');
  });
});
