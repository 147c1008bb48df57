// GET /agent/incidents/{id}: by sys_id or number, with fields, related records, the discussion newest first (author,
// UTC time), attachments (with this API's download path) and the Azure DevOps link; ids that are neither are 400
// before any query, unknown ones 404.
import { addIncident, agentBox, agentCall, updateIncident, Sandbox } from './agentHarness';

function withRelatedRecords(box: Sandbox) {
  const db = box.instance.db;
  const caller = db.insert('sys_user', { user_name: 'abel.tuter', first_name: 'Abel', last_name: 'Tuter', name: 'Abel Tuter', email: 'abel@example.com' });
  const group = db.insert('sys_user_group', { name: 'Network' });
  const ci = db.insert('cmdb_ci', { name: 'checkout-api' });
  const problem = db.insert('problem', { number: 'PRB0040001', short_description: 'Pool exhaustion', state: '102' });
  const change = db.insert('change_request', { number: 'CHG0030001', short_description: 'Deploy 3', state: '-1' });
  const parent = addIncident(box, { short_description: 'Parent outage' });
  const incident = addIncident(box, {
    caller_id: caller, assignment_group: group, cmdb_ci: ci, problem_id: problem, rfc: change, caused_by: change, parent_incident: parent.sys_id,
  });
  const child = addIncident(box, { short_description: 'Child report', parent_incident: incident.sys_id });
  return { caller, group, ci, problem, change, parent, incident, child };
}

describe('GET /agent/incidents/{id}', () => {
  test('the same incident by sys_id and by number, with fields as value and display value', () => {
    const box = agentBox();
    const incident = addIncident(box, { impact: '1', urgency: '2' });
    const bySysId = agentCall(box, 'GET', `/incidents/${incident.sys_id}`);
    const byNumber = agentCall(box, 'GET', `/incidents/${incident.number}`);
    expect(bySysId.status).toBe(200);
    expect(byNumber.json).toEqual(bySysId.json);
    const result = bySysId.json.result;
    expect(result.summary).toMatchObject({ sys_id: incident.sys_id, number: incident.number, short_description: 'Checkout API returns 502' });
    expect(result.fields.priority).toEqual({ value: '2', display_value: '2 - High' });
    expect(result.fields.state).toEqual({ value: '1', display_value: 'New' });
    expect(result.fields.number).toEqual({ value: incident.number, display_value: incident.number });
    // upper-case hex is the same sys_id
    expect(agentCall(box, 'GET', `/incidents/${incident.sys_id.toUpperCase()}`).json).toEqual(bySysId.json);
  });

  test('related records: caller, group, configuration item, problem, change, parent and children', () => {
    const box = agentBox();
    const r = withRelatedRecords(box);
    const related = agentCall(box, 'GET', `/incidents/${r.incident.number}`).json.result.related;
    expect(related.caller).toEqual({ sys_id: r.caller, display_value: 'Abel Tuter', user_name: 'abel.tuter', email: 'abel@example.com' });
    expect(related.assignment_group).toEqual({ sys_id: r.group, display_value: 'Network', name: 'Network' });
    expect(related.assigned_to).toBeNull();
    expect(related.configuration_item).toMatchObject({ sys_id: r.ci, display_value: 'checkout-api', name: 'checkout-api' });
    expect(related.problem).toEqual({ sys_id: r.problem, display_value: 'PRB0040001', number: 'PRB0040001', short_description: 'Pool exhaustion', state: 'Assess' });
    expect(related.change).toMatchObject({ sys_id: r.change, number: 'CHG0030001', state: 'Implement' });
    expect(related.caused_by_change).toMatchObject({ sys_id: r.change });
    expect(related.parent_incident).toMatchObject({ sys_id: r.parent.sys_id, number: r.parent.number, short_description: 'Parent outage' });
    expect(related.child_incidents).toEqual([{ sys_id: r.child.sys_id, display_value: r.child.number, number: r.child.number, short_description: 'Child report', state: 'New' }]);
  });

  test('the discussion: work notes and comments, newest first, with author name and user name and UTC time', () => {
    const box = agentBox();
    box.instance.addUser({ user_name: 'beth.anglin', first_name: 'Beth', last_name: 'Anglin' });
    const incident = addIncident(box);
    box.instance.clock.advance(60000);
    updateIncident(box, incident.sys_id, { comments: 'Customers cannot pay' }, 'beth.anglin');
    box.instance.clock.advance(60000);
    updateIncident(box, incident.sys_id, { work_notes: 'Pool exhausted on db-2' }, 'agent');
    box.instance.clock.advance(60000);
    updateIncident(box, incident.sys_id, { comments: 'Fix is rolling out' }, 'admin');
    const journal = agentCall(box, 'GET', `/incidents/${incident.sys_id}`).json.result.journal;
    expect(journal.map((e: any) => [e.type, e.text, e.author.user_name, e.author.name])).toEqual([
      ['comments', 'Fix is rolling out', 'admin', 'System Administrator'],
      ['work_notes', 'Pool exhausted on db-2', 'agent', 'agent Tester'],
      ['comments', 'Customers cannot pay', 'beth.anglin', 'Beth Anglin'],
    ]);
    const stored = box.instance.db.rows('sys_journal_field', `element_id=${incident.sys_id}^value=Customers cannot pay`)[0];
    expect(journal[2].created_at).toBe(stored.sys_created_on.replace(' ', 'T') + 'Z');
    expect(journal[2].sys_id).toBe(stored.sys_id);
    // another record's journal is not mixed in
    const other = addIncident(box);
    updateIncident(box, other.sys_id, { work_notes: 'other incident' });
    expect(agentCall(box, 'GET', `/incidents/${incident.sys_id}`).json.result.journal).toHaveLength(3);
  });

  test("attachments with size, type and their download path on this API (agents cannot use the Attachment API); the Azure DevOps link when linked", () => {
    const box = agentBox();
    const incident = addIncident(box);
    const gr = new box.glide.GlideRecord('incident');
    gr.get(incident.sys_id);
    const attachment = new box.glide.GlideSysAttachment().writeBase64(gr, 'error-rate.png', 'image/png', Buffer.from('PNGDATA').toString('base64'));
    const ado = box.instance.db.insert('x_incb_bridge_connection', { name: 'Fabrikam ADO', type: 'azure_devops', active: 'true', signing_key: 'never-shown' });
    const hook = box.instance.db.insert('x_incb_bridge_connection', { name: 'Agent hook', type: 'webhook', active: 'true' });
    box.instance.db.insert('x_incb_bridge_link', { incident: incident.sys_id, connection: hook, state: 'linked' });
    box.instance.db.insert('x_incb_bridge_link', { incident: incident.sys_id, connection: ado, remote_id: '4711', remote_url: 'https://dev.azure.com/fabrikam/Ops/_workitems/edit/4711', state: 'linked' });
    const res = agentCall(box, 'GET', `/incidents/${incident.sys_id}`);
    expect(res.json.result.attachments).toEqual([
      { sys_id: attachment, file_name: 'error-rate.png', size_bytes: 7, content_type: 'image/png', created_at: expect.stringMatching(/Z$/), download_path: `/api/x_incb_bridge/v1/agent/incidents/${incident.sys_id}/attachments/${attachment}` },
    ]);
    // the webhook link is not an Azure DevOps link
    expect(res.json.result.azure_devops).toEqual({ connection: { sys_id: ado, name: 'Fabrikam ADO' }, work_item_id: '4711', url: 'https://dev.azure.com/fabrikam/Ops/_workitems/edit/4711', state: 'linked' });
    expect(res.body).not.toContain('never-shown');
    expect(agentCall(box, 'GET', `/incidents/${addIncident(box).sys_id}`).json.result.azure_devops).toBeNull();
  });

  describe('links: every connection, the one that counts first; the deprecated per-type key', () => {
    function connection(box: Sandbox, name: string, type: string): string {
      return box.instance.db.insert('x_incb_bridge_connection', { name, type, active: 'true', signing_key: 'never-shown' });
    }
    function link(box: Sandbox, incident: string, connectionId: string, values: { [field: string]: string } = {}): string {
      box.instance.clock.advance(1000);
      return box.instance.db.insert('x_incb_bridge_link', { incident, connection: connectionId, state: 'linked', ...values });
    }

    test('two connections: one entry per link with system, connection, remote id, URL and state; the type key is its first one', () => {
      const box = agentBox();
      const incident = addIncident(box);
      const ado = connection(box, 'Fabrikam ADO', 'azure_devops');
      const hook = connection(box, 'Agent hook', 'webhook');
      link(box, incident.sys_id, hook);
      link(box, incident.sys_id, ado, { remote_id: '4711', remote_url: 'https://dev.azure.com/fabrikam/Ops/_workitems/edit/4711' });
      const res = agentCall(box, 'GET', `/incidents/${incident.sys_id}`);
      expect(res.json.result.links).toEqual([
        { system: 'webhook', connection: { sys_id: hook, name: 'Agent hook' }, remote_id: '', url: '', state: 'linked' },
        { system: 'azure_devops', connection: { sys_id: ado, name: 'Fabrikam ADO' }, remote_id: '4711', url: 'https://dev.azure.com/fabrikam/Ops/_workitems/edit/4711', state: 'linked' },
      ]);
      expect(res.json.result.azure_devops).toEqual({ connection: { sys_id: ado, name: 'Fabrikam ADO' }, work_item_id: '4711', url: 'https://dev.azure.com/fabrikam/Ops/_workitems/edit/4711', state: 'linked' });
      // a webhook is no tracker: its link has no key of its own
      expect(Object.keys(res.json.result)).toEqual(['summary', 'fields', 'related', 'journal', 'attachments', 'links', 'azure_devops']);
      expect(res.body).not.toContain('never-shown');
    });

    test('linked ones (a pending one too: linked, no remote id yet) before unlinked ones; the type key follows the same order', () => {
      const box = agentBox();
      const incident = addIncident(box);
      const old = connection(box, 'Old ADO', 'azure_devops');
      const ado = connection(box, 'Fabrikam ADO', 'azure_devops');
      link(box, incident.sys_id, old, { remote_id: '12', remote_url: 'https://dev.azure.com/old/Ops/_workitems/edit/12', state: 'unlinked' });
      link(box, incident.sys_id, ado, { remote_id: '' });
      const result = agentCall(box, 'GET', `/incidents/${incident.number}`).json.result;
      expect(result.links.map((l: any) => [l.connection.name, l.remote_id, l.state])).toEqual([
        ['Fabrikam ADO', '', 'linked'],
        ['Old ADO', '12', 'unlinked'],
      ]);
      expect(result.azure_devops).toEqual({ connection: { sys_id: ado, name: 'Fabrikam ADO' }, work_item_id: '', url: '', state: 'linked' });
    });

    test('no links: an empty list and a null type key; another incident\'s links are not mixed in', () => {
      const box = agentBox();
      const incident = addIncident(box);
      link(box, addIncident(box).sys_id, connection(box, 'Fabrikam ADO', 'azure_devops'), { remote_id: '1' });
      const result = agentCall(box, 'GET', `/incidents/${incident.sys_id}`).json.result;
      expect(result.links).toEqual([]);
      expect(result.azure_devops).toBeNull();
    });

    test('the links cost the same database operations for one link as for five (links in one query, connections in one)', () => {
      const box = agentBox();
      const operations = (count: number): number => {
        const incident = addIncident(box);
        for (let i = 0; i < count; i++) link(box, incident.sys_id, connection(box, `ADO ${count}.${i}`, i % 2 ? 'webhook' : 'azure_devops'), { remote_id: String(i) });
        box.instance.db.resetStats();
        const res = agentCall(box, 'GET', `/incidents/${incident.sys_id}`);
        expect(res.json.result.links).toHaveLength(count);
        const stats = box.instance.db.stats();
        return stats.queries + stats.inserts + stats.updates + stats.deletes;
      };
      expect(operations(5)).toBe(operations(1));
    });
  });

  test.each([
    ['not an id', 'hello'],
    ['a short hex', 'abc123'],
    ['33 hex digits', 'a'.repeat(33)],
    ['a lower-case number', 'inc0010001'],
    ['a number with too few digits', 'INC001'],
    ['an injected query', 'INC0010001^ORnumberISNOTEMPTY'],
    ['an injected query on a sys_id', 'a'.repeat(32) + '^NQsys_idISNOTEMPTY'],
  ])('%s is a 400', (_what, id) => {
    const box = agentBox();
    addIncident(box);
    const res = agentCall(box, 'GET', `/incidents/${encodeURIComponent(id)}`);
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error: { message: 'Invalid incident id', detail: 'Give a sys_id (32 hexadecimal characters) or an incident number such as INC0010001' }, status: 'failure' });
  });

  test('an unknown sys_id or number is a 404; so is the number of another kind of task', () => {
    const box = agentBox();
    addIncident(box);
    box.instance.db.insert('problem', { number: 'PRB0040001' });
    for (const id of ['0'.repeat(32), 'INC0099999', 'PRB0040001']) {
      const res = agentCall(box, 'GET', `/incidents/${id}`);
      expect([id, res.status, res.json.error.message]).toEqual([id, 404, `No incident ${id}`]);
    }
  });

  test('only agents and app admins may read', () => {
    const box = agentBox();
    const incident = addIncident(box);
    expect(agentCall(box, 'GET', `/incidents/${incident.number}`, { user: 'bridge.admin' }).status).toBe(200);
    expect(agentCall(box, 'GET', `/incidents/${incident.number}`, { user: 'itil.user' }).status).toBe(403);
    expect(agentCall(box, 'GET', `/incidents/${incident.number}`, { user: null }).status).toBe(401);
  });
});
