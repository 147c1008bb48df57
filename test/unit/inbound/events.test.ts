// Each work item event type, from the fake's real hook envelopes through the receiver and the installed script
// action into the incident: what changes, what is recorded on the link, and that nothing goes back out.
import InboxProcessor from '../../../src/app/inbound/InboxProcessor';
import { fingerprint } from '../../../src/app/core/fingerprint';
import { CONNECTION_TABLE } from '../../../src/app/core/tables';
import { HookPayload } from '@incb/ado-fake';
import { mappedValues } from '../../../src/app/platform/mappedValues';
import { inboxRows, InboundBed, linkedIncident, linkRow, logRows, outboxRows, startInboundBed } from './inboundBed';

let bed: InboundBed;
afterEach(() => bed.fake.stop());

const g = global as any;

function incidentRow(sysId: string): { [field: string]: string } {
  return bed.instance.db.get('incident', sysId)!;
}

function deliverAndProcess(hooks: HookPayload[]): string[] {
  const statuses = hooks.map((h) => bed.deliver(h).json.result.status);
  bed.process();
  return statuses;
}

function journal(incident: string, element = 'work_notes'): string[] {
  return bed.rows('sys_journal_field', `element_id=${incident}^element=${element}^ORDERBYsys_created_on`).map((j) => j.value);
}

function updateIncident(sysId: string, values: { [field: string]: string }): void {
  const gr = new g.GlideRecord('incident');
  gr.get(sysId);
  for (const [field, value] of Object.entries(values)) gr.setValue(field, value);
  gr.update();
}

function setConnection(values: { [field: string]: string }): void {
  const gr = new g.GlideRecord(CONNECTION_TABLE);
  gr.get(bed.connection);
  for (const [field, value] of Object.entries(values)) gr.setValue(field, value);
  gr.setWorkflow(false);
  gr.update();
}

/** HTTP requests to the fake since `from` (the sender's, the catch-up's, downloads). */
function requestsSince(from: number): string[] {
  return bed.fake.requests.slice(from).map((r) => `${r.method} ${r.path}`);
}

describe('workitem.updated by someone else', () => {
  test('title without our prefix, description as text, state and priority through the value map; nothing sent back', async () => {
    bed = await startInboundBed();
    const { incident, workItem } = linkedIncident(bed, { short_description: 'Mail is down', state: '2', priority: '2' });
    const outbox = outboxRows(bed).length;
    bed.jamal.update(workItem, {
      'System.Title': `${incidentRow(incident).number}: Mail is down in Berlin`,
      'System.Description': '<div>Users in <b>Berlin</b> cannot send.</div><div>Since 9:00 &amp; counting</div>',
      'System.State': 'To Do',
      'Microsoft.VSTS.Common.Priority': 1,
    });
    const requests = bed.fake.requests.length;
    expect(deliverAndProcess(bed.takeHooks())).toEqual(['accepted']);
    expect(incidentRow(incident)).toMatchObject({
      short_description: 'Mail is down in Berlin',
      description: 'Users in Berlin cannot send.\nSince 9:00 & counting',
      state: '1',
      priority: '1',
    });
    expect(inboxRows(bed).map((r) => [r.state, r.last_error, r.attempts])).toEqual([['processed', '', '1']]);
    const link = linkRow(bed, incident);
    expect(link.last_inbound_rev).toBe('2');
    expect(link.remote_rev).toBe('2');
    // the fingerprint of the values just applied: the capture rule saw nothing new
    const gr = new g.GlideRecord('incident');
    gr.get(incident);
    expect(link.last_fingerprint).toBe(fingerprint(mappedValues(gr)));
    expect(outboxRows(bed)).toHaveLength(outbox);
    expect(requestsSince(requests)).toEqual([]);
  });

  test('an event too large for the payload column is applied from the row\'s payload attachment', async () => {
    bed = await startInboundBed();
    const { incident, workItem } = linkedIncident(bed);
    bed.jamal.update(workItem, { 'System.Description': '<div>' + 'log line\n'.repeat(8000) + '</div>', 'System.Title': 'Huge' });
    const [hook] = bed.takeHooks();
    expect(JSON.stringify(hook).length).toBeGreaterThan(65000);
    deliverAndProcess([hook]);
    expect(inboxRows(bed).map((r) => [r.payload, r.state])).toEqual([['', 'processed']]);
    expect(incidentRow(incident).short_description).toBe('Huge');
    expect(incidentRow(incident).description.indexOf('log line log line')).toBe(0);
  });

  test('a stored payload edited to nest 200,000 levels deep fails its row, unparsed; the incident stays', async () => {
    bed = await startInboundBed();
    const { incident, workItem } = linkedIncident(bed);
    bed.jamal.update(workItem, { 'System.Title': 'Edited away' });
    const [hook] = bed.takeHooks();
    bed.deliver(hook);
    const row = inboxRows(bed)[0];
    bed.instance.db.update('x_incb_bridge_inbox', row.sys_id, { payload: '{"eventType": "workitem.updated", "x": ' + '['.repeat(200000) + ']'.repeat(200000) + '}' });
    bed.process();
    expect(inboxRows(bed).map((r) => [r.state, r.last_error])).toEqual([['failed', 'The stored payload is not a readable work item event']]);
    expect(incidentRow(incident).short_description).not.toBe('Edited away');
  });

  test('other business rules run on the write (workflow on)', async () => {
    bed = await startInboundBed();
    const { incident, workItem } = linkedIncident(bed);
    const seen: string[] = [];
    bed.instance.addBusinessRule({ name: 'watch', table: 'incident', when: 'after', update: true, script: (current: any) => seen.push(current.getValue('state')) });
    bed.jamal.update(workItem, { 'System.State': 'To Do' });
    deliverAndProcess(bed.takeHooks());
    expect(seen).toEqual(['1']);
    expect(incidentRow(incident).state).toBe('1');
  });

  test('a state without an inbound value map entry is logged and left; the other fields apply', async () => {
    bed = await startInboundBed();
    const { incident, workItem } = linkedIncident(bed);
    // the admin removed the To Do entry
    const valueMap = new g.GlideRecord('x_incb_bridge_value_map');
    valueMap.addQuery('connection', bed.connection);
    valueMap.addQuery('remote_value', 'To Do');
    valueMap.deleteMultiple();
    bed.jamal.update(workItem, { 'System.State': 'To Do', 'System.Title': 'Renamed' });
    deliverAndProcess(bed.takeHooks());
    expect(incidentRow(incident)).toMatchObject({ state: '2', short_description: 'Renamed' });
    expect(logRows(bed, 'outcome=skipped').map((r) => r.error)).toContain('Field state not changed to "To Do": no inbound state value map entry for "To Do"');
  });
});

describe('workitem.commented', () => {
  test('a work note in plain text, prefixed with the author, recorded as synced; both events of the revision apply it once', async () => {
    bed = await startInboundBed();
    const { incident, workItem } = linkedIncident(bed);
    bed.jamal.comment(workItem, '<div>Restarted the <b>SMTP</b> relay.</div><div>Watching &lt;queue&gt;&nbsp;now</div>');
    const requests = bed.fake.requests.length;
    const hooks = bed.takeHooks();
    // Azure DevOps raises workitem.updated (System.History) and workitem.commented for the same revision
    expect(hooks.map((h) => h.eventType)).toEqual(['workitem.updated', 'workitem.commented']);
    expect(deliverAndProcess(hooks)).toEqual(['accepted', 'accepted']);
    const note = 'Azure DevOps comment by Jamal Hartnett:\nRestarted the SMTP relay.\nWatching <queue> now';
    expect(journal(incident)).toEqual([expect.stringMatching(/^Linked to Azure DevOps work item/), note]);
    const noteId = bed.rows('sys_journal_field', `element_id=${incident}`).filter((j) => j.value === note)[0].sys_id;
    expect(linkRow(bed, incident).synced_journal_ids.split(',')).toContain(noteId);
    expect(inboxRows(bed).map((r) => [r.event_type, r.state, r.last_error])).toEqual([
      ['workitem.updated', 'processed', ''],
      ['workitem.commented', 'ignored', 'Revision 2 was applied already'],
    ]);
    // The connection also sends work notes: the capture rule wrote an entry for the new note, which the dispatcher
    // settled without a request because the note is recorded as synced.
    expect(outboxRows(bed).slice(-1).map((r) => r.state)).toEqual(['skipped']);
    expect(requestsSince(requests)).toEqual([]);
  });

  test('the same words twice (two revisions applied in the same second): each entry is recorded as synced, none goes back', async () => {
    bed = await startInboundBed();
    const { incident, workItem } = linkedIncident(bed);
    bed.jamal.comment(workItem, '<p>+1</p>');
    bed.jamal.comment(workItem, '<p>+1</p>');
    const requests = bed.fake.requests.length;
    deliverAndProcess(bed.takeHooks());
    const entries = bed.rows('sys_journal_field', `element_id=${incident}`).filter((j) => j.value === 'Azure DevOps comment by Jamal Hartnett:\n+1');
    expect(entries).toHaveLength(2);
    const synced = linkRow(bed, incident).synced_journal_ids.split(',');
    for (const entry of entries) expect(synced).toContain(entry.sys_id);
    // a person's save afterwards syncs the incident: no comment goes back to Azure DevOps
    updateIncident(incident, { short_description: 'Mail is down in Berlin' });
    bed.process();
    expect(requestsSince(requests).filter((r) => r.indexOf('/comments') >= 0)).toEqual([]);
  });

  test('a retried revision writes its comment even when an earlier revision left the same words', async () => {
    bed = await startInboundBed();
    const { incident, workItem } = linkedIncident(bed);
    bed.jamal.comment(workItem, '<p>+1</p>');
    deliverAndProcess(bed.takeHooks());
    // the next revision's first attempt is refused by the instance (a rule aborts the save once), before its comment
    let refusals = 1;
    bed.instance.addBusinessRule({ name: 'refuse once', table: 'incident', when: 'before', update: true, script: (current: any) => {
      if (refusals-- > 0) current.setAbortAction(true);
    } });
    bed.jamal.comment(workItem, '<p>+1</p>');
    deliverAndProcess(bed.takeHooks());
    expect(inboxRows(bed).map((r) => r.state)).toEqual(['processed', 'ignored', 'failed', 'received']);
    bed.instance.clock.advance(1000);
    new InboxProcessor().sweep();
    expect(inboxRows(bed).map((r) => r.state)).toEqual(['processed', 'ignored', 'processed', 'ignored']);
    const entries = bed.rows('sys_journal_field', `element_id=${incident}`).filter((j) => j.value === 'Azure DevOps comment by Jamal Hartnett:\n+1');
    expect(entries).toHaveLength(2);
    const synced = linkRow(bed, incident).synced_journal_ids.split(',');
    for (const entry of entries) expect(synced).toContain(entry.sys_id);
  });

  test('to additional comments when the connection says so; no outbox entry when that journal is not sent', async () => {
    bed = await startInboundBed({ connection: { inbound_journal: 'comments', sync_work_notes: 'false', sync_comments: 'false' } });
    const { incident, workItem } = linkedIncident(bed);
    const outbox = outboxRows(bed).length;
    bed.jamal.comment(workItem, '<p>Customer informed</p>');
    deliverAndProcess(bed.takeHooks());
    expect(journal(incident, 'comments')).toEqual(['Azure DevOps comment by Jamal Hartnett:\nCustomer informed']);
    expect(outboxRows(bed)).toHaveLength(outbox);
  });
});

describe('workitem.created', () => {
  test('creates and links an incident when the connection creates incidents from remote', async () => {
    bed = await startInboundBed();
    const group = bed.instance.db.insert('sys_user_group', { name: 'Mail team' });
    setConnection({ create_incidents_from_remote: 'true', support_group: group });
    const item = bed.jamal.create({ 'System.Title': 'Queue backlog', 'System.Description': '<p>Backlog of <i>12k</i> mails</p>', 'System.State': 'Doing', 'Microsoft.VSTS.Common.Priority': 1 });
    expect(deliverAndProcess(bed.takeHooks())).toEqual(['accepted']);
    const incidents = bed.rows('incident', `correlation_id=${item.id}`);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({
      short_description: 'Queue backlog',
      description: 'Backlog of 12k mails',
      state: '2',
      priority: '1',
      assignment_group: group,
      correlation_display: 'Azure DevOps (Fabrikam)',
    });
    const link = linkRow(bed, incidents[0].sys_id);
    expect(link).toMatchObject({ connection: bed.connection, remote_id: String(item.id), state: 'linked', last_inbound_rev: '1', remote_rev: '1' });
    expect(link.remote_url).toMatch(/_workitems\/edit\/\d+$/);
    // linked before the insert, with the fingerprint of the inserted values: nothing to send back
    expect(outboxRows(bed)).toEqual([]);
    expect(inboxRows(bed)[0].state).toBe('processed');
  });

  test('is acknowledged and logged, not an error, when the connection does not create incidents', async () => {
    bed = await startInboundBed();
    const item = bed.jamal.create({ 'System.Title': 'Not ours' });
    expect(deliverAndProcess(bed.takeHooks())).toEqual(['accepted']);
    expect(bed.rows('incident')).toEqual([]);
    expect(inboxRows(bed).map((r) => [r.state, r.last_error])).toEqual([
      ['ignored', `Work item ${item.id} is not linked to an incident through Fabrikam ADO (the connection does not create incidents from Azure DevOps)`],
    ]);
    expect(logRows(bed, 'outcome=skipped').map((r) => r.remote_id)).toEqual([String(item.id)]);
  });

  test('our own create coming back is an echo', async () => {
    bed = await startInboundBed({ connection: { create_incidents_from_remote: 'true' } });
    const { hooks } = linkedIncident(bed);
    const incidents = bed.rows('incident').length;
    deliverAndProcess(hooks);
    expect(bed.rows('incident')).toHaveLength(incidents);
    expect(inboxRows(bed)[0]).toMatchObject({ state: 'ignored', last_error: expect.stringContaining('our own change coming back') });
  });
});

describe('workitem.deleted and workitem.restored', () => {
  test('a delete unlinks and notes it, keeping the incident; a restore relinks', async () => {
    bed = await startInboundBed();
    const { incident, workItem } = linkedIncident(bed);
    const outbox = outboxRows(bed).length;
    bed.jamal.remove(workItem);
    expect(deliverAndProcess(bed.takeHooks())).toEqual(['accepted']);
    expect(linkRow(bed, incident).state).toBe('unlinked');
    expect(incidentRow(incident).active).toBe('true');
    expect(journal(incident).slice(-1)[0]).toBe(`Azure DevOps work item ${workItem} was deleted. Synchronization stopped; the incident is kept. Restoring the work item resumes it.`);
    bed.jamal.restore(workItem);
    expect(deliverAndProcess(bed.takeHooks())).toEqual(['accepted']);
    const link = linkRow(bed, incident);
    expect(link.state).toBe('linked');
    expect(journal(incident).slice(-1)[0]).toBe(`Azure DevOps work item ${workItem} was restored. Synchronization resumed.`);
    // both notes count as synced: a later sync never sends them as comments
    const notes = bed.rows('sys_journal_field', `element_id=${incident}^valueSTARTSWITHAzure DevOps work item`).map((j) => j.sys_id);
    expect(notes).toHaveLength(2);
    for (const id of notes) expect(link.synced_journal_ids.split(',')).toContain(id);
    expect(outboxRows(bed)).toHaveLength(outbox);
    expect(inboxRows(bed).map((r) => r.state)).toEqual(['processed', 'processed']);
  });

  test('a restore does not relink a link an admin unlinked', async () => {
    bed = await startInboundBed();
    const { incident, workItem } = linkedIncident(bed);
    const link = new g.GlideRecord('x_incb_bridge_link');
    link.get(linkRow(bed, incident).sys_id);
    link.setValue('state', 'unlinked');
    link.update();
    bed.jamal.remove(workItem);
    bed.jamal.restore(workItem);
    deliverAndProcess(bed.takeHooks());
    expect(linkRow(bed, incident).state).toBe('unlinked');
    expect(inboxRows(bed).map((r) => r.state)).toEqual(['ignored', 'ignored']);
  });
});

describe('no loops', () => {
  test('our own update coming back (author = remote_identity) is not applied, even where its values are stale', async () => {
    bed = await startInboundBed();
    const { incident } = linkedIncident(bed);
    expect(bed.instance.db.get(CONNECTION_TABLE, bed.connection)!.remote_identity).toBe('Incident Bridge Service <incident-bridge@fabrikam.example>');
    // the service desk renames the incident; the dispatcher PATCHes the title as our identity
    updateIncident(incident, { short_description: 'First name' });
    bed.process();
    // and renames it again before the hook of the first PATCH arrives
    updateIncident(incident, { short_description: 'Second name' });
    const outbox = outboxRows(bed).length;
    const hooks = bed.takeHooks();
    expect(hooks.map((h) => h.eventType)).toEqual(['workitem.updated']);
    for (const h of hooks) bed.deliver(h);
    bed.process();
    expect(inboxRows(bed)[0]).toMatchObject({ state: 'ignored', last_error: expect.stringContaining('Incident Bridge Service <incident-bridge@fabrikam.example>, the identity this connection acts as') });
    // applying the echo would have put the first name back
    expect(incidentRow(incident).short_description).toBe('Second name');
    expect(outboxRows(bed).slice(outbox).map((r) => r.payload)).toEqual([]);
  });

  test('our own comment coming back after its answer was lost moves remote_rev on: the next update meets no 412', async () => {
    bed = await startInboundBed();
    const { incident } = linkedIncident(bed);
    const before = Number(linkRow(bed, incident).remote_rev);
    const inboundRev = linkRow(bed, incident).last_inbound_rev;
    // Azure DevOps adds the comment (a new revision) but its answer never arrives: the sender cannot know the rev.
    bed.fake.addFault({ mode: 'createThenTimeout', method: 'POST', pathContains: '/comments' });
    updateIncident(incident, { work_notes: 'Restarted the mail relay' });
    bed.process();
    expect(linkRow(bed, incident).remote_rev).toBe(String(before));
    const hooks = bed.takeHooks();
    expect(hooks.map((h) => h.eventType)).toEqual(['workitem.updated', 'workitem.commented']);
    deliverAndProcess(hooks);
    expect(inboxRows(bed).map((r) => r.state)).toEqual(['ignored', 'ignored']);
    const link = linkRow(bed, incident);
    expect(link.remote_rev).toBe(String(before + 1));
    // nothing of our own revision was applied
    expect(link.last_inbound_rev).toBe(inboundRev);
    // The retry finds the comment on the work item, and the next field change is one PATCH that passes its test.
    const from = bed.fake.requests.length;
    bed.instance.clock.advance(60 * 60 * 1000);
    bed.process();
    updateIncident(incident, { priority: '1' });
    bed.process();
    expect(bed.fake.requests.slice(from).map((r) => `${r.method} ${r.status}`).filter((l) => !l.startsWith('GET 200'))).toEqual(['PATCH 200']);
  });

  test('our own change is recognised when the hooks carry identity objects too', async () => {
    bed = await startInboundBed({ fake: { hookIdentities: 'object' } });
    const { incident } = linkedIncident(bed);
    updateIncident(incident, { short_description: 'Renamed here' });
    bed.process();
    const hooks = bed.takeHooks();
    expect(typeof (hooks[0].resource as any).revision.fields['System.ChangedBy']).toBe('object');
    deliverAndProcess(hooks);
    expect(inboxRows(bed)[0]).toMatchObject({ state: 'ignored', last_error: expect.stringContaining('the identity this connection acts as') });
  });

  test('On Hold stays On Hold when Doing (what Basic sends for it) comes back', async () => {
    bed = await startInboundBed();
    const { incident, workItem } = linkedIncident(bed, { state: '2' });
    updateIncident(incident, { state: '3' });
    bed.process();
    // Basic sends On Hold as Doing, which the work item already is: Jamal edits another field in the same state
    bed.jamal.update(workItem, { 'System.State': 'Doing', 'Microsoft.VSTS.Common.Priority': 3 });
    deliverAndProcess(bed.takeHooks());
    expect(incidentRow(incident)).toMatchObject({ state: '3', priority: '3' });
  });

  test('with the identity unknown, values equal to what we sent change nothing and send nothing', async () => {
    bed = await startInboundBed();
    const { incident, workItem } = linkedIncident(bed);
    updateIncident(incident, { state: '1', short_description: 'Renamed here' });
    bed.process();
    // as if the identity had never been learned: only the values can tell
    setConnection({ remote_identity: '' });
    bed.ourselves.update(workItem, { 'System.Tags': 'unrelated' });
    const outbox = outboxRows(bed).length;
    const before = incidentRow(incident);
    deliverAndProcess(bed.takeHooks());
    expect(inboxRows(bed).map((r) => [r.state, r.last_error])).toEqual([
      ['ignored', 'Nothing to change: the incident already has the values of revision 2'],
      ['ignored', 'Nothing to change: the incident already has the values of revision 3'],
    ]);
    expect(incidentRow(incident).sys_mod_count).toBe(before.sys_mod_count);
    expect(linkRow(bed, incident).last_inbound_rev).toBe('3');
    expect(outboxRows(bed)).toHaveLength(outbox);
  });
});

describe('closed in Azure DevOps -> resolved', () => {
  test('with the connection\'s close code and default close notes', async () => {
    bed = await startInboundBed({ connection: { close_code: 'Solution provided' } });
    const { incident, workItem } = linkedIncident(bed);
    bed.jamal.update(workItem, { 'System.State': 'Done' });
    deliverAndProcess(bed.takeHooks());
    expect(incidentRow(incident)).toMatchObject({ state: '6', close_code: 'Solution provided', close_notes: 'Closed by Azure DevOps' });
  });

  test('with the connection\'s own close notes (Agile: Closed maps to 7 and still only resolves)', async () => {
    bed = await startInboundBed({ preset: 'agile', fake: { process: 'Agile' }, connection: { close_code: 'Resolved by change', close_notes: 'Fixed by the mail team' } });
    const { incident, workItem } = linkedIncident(bed, { state: '2' });
    bed.jamal.update(workItem, { 'System.State': 'Closed' });
    deliverAndProcess(bed.takeHooks());
    expect(incidentRow(incident)).toMatchObject({ state: '6', close_code: 'Resolved by change', close_notes: 'Fixed by the mail team' });
  });

  test.each([
    ['a code this instance does not offer', 'Solved (Permanently)'],
    ['no code at all', ''],
  ])('%s: the state stays, the other fields apply, an error is logged', async (_name, code) => {
    bed = await startInboundBed({ connection: { close_code: code } });
    const { incident, workItem } = linkedIncident(bed);
    bed.jamal.update(workItem, { 'System.State': 'Done', 'System.Title': 'Fixed?' });
    deliverAndProcess(bed.takeHooks());
    expect(incidentRow(incident)).toMatchObject({ state: '2', close_code: '', short_description: 'Fixed?' });
    expect(logRows(bed, 'outcome=failure').map((r) => r.error)).toEqual([expect.stringContaining(`close code ${JSON.stringify(code)} is not an active incident close code`)]);
  });

  test('an inactive close code choice is refused too', async () => {
    bed = await startInboundBed({ connection: { close_code: 'Duplicate' } });
    // an admin deactivates the choice (a form save, not a script of the app)
    bed.instance.runInScope('global', () => {
      const choice = new g.GlideRecord('sys_choice');
      choice.addQuery('name', 'incident');
      choice.addQuery('element', 'close_code');
      choice.addQuery('value', 'Duplicate');
      choice.query();
      while (choice.next()) {
        choice.setValue('inactive', true);
        choice.update();
      }
    });
    const { incident, workItem } = linkedIncident(bed);
    bed.jamal.update(workItem, { 'System.State': 'Done' });
    deliverAndProcess(bed.takeHooks());
    expect(incidentRow(incident).state).toBe('2');
  });
});
