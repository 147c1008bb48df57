// The agent's writes through the instance's HTTP surface, with the platform's incident rules installed (priority
// lookup, resolution stamps): work notes and comments, acknowledge, priority via impact and urgency, resolve with
// the instance's own close codes. Every refused request leaves the incident and its journal exactly as they were.
import { addIncident, agentBox, agentCall, incidentState, updateIncident, Sandbox, IncidentRef } from './agentHarness';

function agentUserId(box: Sandbox): string {
  return box.instance.db.rows('sys_user', 'user_name=agent')[0].sys_id;
}

type Row = { [field: string]: string };

function journalRows(box: Sandbox, incident: IncidentRef): Row[] {
  return box.instance.db.rows('sys_journal_field', `element_id=${incident.sys_id}`);
}

/** Calls the route and returns its answer with the journal rows the request added (the test runs one request at a
 * time, so those are exactly the entries this request wrote). */
function callWriting(box: Sandbox, incident: IncidentRef, path: string, body: unknown) {
  const before = new Set(journalRows(box, incident).map((r) => r.sys_id));
  const res = agentCall(box, 'POST', `/incidents/${incident.sys_id}${path}`, { body });
  return { res, written: journalRows(box, incident).filter((r) => !before.has(r.sys_id)) };
}

/** A journal entry as the agent API answers it */
function asEntry(row: Row, name: string) {
  return { sys_id: row.sys_id, type: row.element, text: row.value, created_at: row.sys_created_on.replace(' ', 'T') + 'Z', author: { user_name: row.sys_created_by, name } };
}

function journal(box: Sandbox, incident: IncidentRef): Array<[string, string, string]> {
  return box.instance.db.rows('sys_journal_field', `element_id=${incident.sys_id}^ORDERBYsys_created_on`).map((r) => [r.element, r.value, r.sys_created_by] as [string, string, string]);
}

/** Asserts the request is refused with `status` and changes nothing. */
function expectRefused(box: Sandbox, incident: IncidentRef, path: string, body: unknown, status: number, message?: string | RegExp) {
  const before = incidentState(box, incident.sys_id);
  const res = agentCall(box, 'POST', `/incidents/${incident.sys_id}${path}`, { body });
  expect([path, JSON.stringify(body), res.status]).toEqual([path, JSON.stringify(body), status]);
  expect(res.json.status).toBe('failure');
  if (message !== undefined) expect(res.json.error.message).toMatch(message);
  expect(incidentState(box, incident.sys_id)).toEqual(before);
  return res;
}

describe('POST /incidents/{id}/work_notes', () => {
  test('adds a work note (the default) or a comment as the agent, answering 201 with the stored entry', () => {
    const box = agentBox();
    const incident = addIncident(box);
    const note = agentCall(box, 'POST', `/incidents/${incident.number}/work_notes`, { body: { text: 'Pool exhausted on db-2' } });
    expect(note.status).toBe(201);
    expect(note.json.result.incident).toEqual(incident);
    expect(note.json.result.entry).toMatchObject({ type: 'work_notes', text: 'Pool exhausted on db-2', author: { user_name: 'agent', name: 'agent Tester' } });
    box.instance.clock.advance(1000);
    const comment = agentCall(box, 'POST', `/incidents/${incident.sys_id}/work_notes`, { body: { text: 'We are on it', visibility: 'comments' } });
    expect(comment.status).toBe(201);
    expect(comment.json.result.entry.type).toBe('comments');
    expect(journal(box, incident)).toEqual([
      ['work_notes', 'Pool exhausted on db-2', 'agent'],
      ['comments', 'We are on it', 'agent'],
    ]);
    expect(note.json.result.entry.sys_id).toBe(box.instance.db.rows('sys_journal_field', 'element=work_notes')[0].sys_id);
  });

  test('answers the entry this request wrote, never another entry of the same second (other writers, the same words, the same writer)', () => {
    const box = agentBox();
    const incident = addIncident(box);
    box.instance.addUser({ user_name: 'oncall', first_name: 'On', last_name: 'Call' });
    // The clock stands still: every entry below is stamped with the same second.
    updateIncident(box, incident.sys_id, { work_notes: 'Pool exhausted on db-2' }, 'admin');
    updateIncident(box, incident.sys_id, { comments: 'Pool exhausted on db-2' }, 'itil.user');
    // a person's entry of the same second with the same words, its sys_id sorting after every other one
    box.instance.db.insert('sys_journal_field', {
      sys_id: 'f'.repeat(32), element: 'work_notes', element_id: incident.sys_id, name: 'incident', value: 'Pool exhausted on db-2',
      sys_created_by: 'oncall', sys_created_on: box.instance.db.get('incident', incident.sys_id)!.sys_updated_on,
    });
    const requests: Array<[unknown, string]> = [
      [{ text: 'Pool exhausted on db-2' }, 'work_notes'],
      [{ text: 'Pool exhausted on db-2' }, 'work_notes'], // the same words again, by the same writer
      [{ text: 'Failing over to db-3' }, 'work_notes'],
      [{ text: 'Pool exhausted on db-2', visibility: 'comments' }, 'comments'],
      [{ text: 'Pool exhausted on db-2' }, 'work_notes'],
    ];
    const answered = new Set<string>();
    for (const [body, type] of requests) {
      const { res, written } = callWriting(box, incident, '/work_notes', body);
      expect(res.status).toBe(201);
      expect(written).toHaveLength(1);
      expect(res.json.result.entry).toEqual(asEntry(written[0], 'agent Tester'));
      expect(res.json.result.entry.type).toBe(type);
      answered.add(res.json.result.entry.sys_id);
    }
    expect(answered.size).toBe(requests.length);
  });

  test('a note a business rule of the instance rewrites (masking) is still the entry this request wrote', () => {
    const box = agentBox();
    box.instance.addBusinessRule({ name: 'mask card numbers', table: 'incident', when: 'before', update: true, script: (current: any) => {
      const text = String(current.getValue('work_notes') || '');
      if (text) current.setValue('work_notes', text.replace(/\d{4}-\d{4}-\d{4}-\d{4}/g, '****'));
    } });
    const incident = addIncident(box);
    updateIncident(box, incident.sys_id, { work_notes: 'card on file' }, 'agent');
    const { res, written } = callWriting(box, incident, '/work_notes', { text: 'Card 1234-5678-9012-3456 declined' });
    expect(res.status).toBe(201);
    expect(written.map((r) => r.value)).toEqual(['Card **** declined']);
    expect(res.json.result.entry).toEqual(asEntry(written[0], 'agent Tester'));
  });

  test("an instance rule that writes its own note in the same save (same writer, same second) does not become the answer", () => {
    const box = agentBox();
    box.instance.addBusinessRule({ name: 'note every agent note', table: 'incident', when: 'after', update: true, script: (current: any) => {
      const glide = box.glide;
      if (glide.gs.getUserName() !== 'agent' || String(current.work_notes.getJournalEntry(1)).indexOf('Auto:') >= 0) return;
      const again = new glide.GlideRecord('incident');
      again.get(current.getUniqueValue());
      again.setValue('work_notes', 'Auto: the agent wrote a note');
      again.update();
    } });
    const incident = addIncident(box);
    const { res, written } = callWriting(box, incident, '/work_notes', { text: 'Pool exhausted on db-2' });
    expect(res.status).toBe(201);
    expect(written.map((r) => [r.value, r.sys_created_by]).sort()).toEqual([['Auto: the agent wrote a note', 'agent'], ['Pool exhausted on db-2', 'agent']]);
    expect(res.json.result.entry).toEqual(asEntry(written.filter((r) => r.value === 'Pool exhausted on db-2')[0], 'agent Tester'));
  });

  test('a save that stores no entry (a business rule emptied the field) is a 409, never another entry', () => {
    const box = agentBox();
    box.instance.addBusinessRule({ name: 'no notes', table: 'incident', when: 'before', update: true, script: (current: any) => current.setValue('work_notes', '') });
    const incident = addIncident(box);
    box.instance.db.insert('sys_journal_field', { element: 'work_notes', element_id: incident.sys_id, name: 'incident', value: 'x', sys_created_by: 'agent' });
    const res = agentCall(box, 'POST', `/incidents/${incident.sys_id}/work_notes`, { body: { text: 'x' } });
    expect(res.status).toBe(409);
    expect(res.json.error.message).toBe(`The instance did not store the work note on incident ${incident.number}`);
  });

  test('allowed in every state (a closed incident can still take a note)', () => {
    const box = agentBox();
    const incident = addIncident(box, { state: '7' });
    expect(agentCall(box, 'POST', `/incidents/${incident.sys_id}/work_notes`, { body: { text: 'post-mortem link' } }).status).toBe(201);
  });

  test.each([
    [{}, '"text" is required: a non-empty string'],
    [{ text: '   ' }, '"text" is required: a non-empty string'],
    [{ text: 42 }, '"text" is required: a non-empty string'],
    [{ text: 'x', visibility: 'public' }, /visibility/],
    [{ text: 'x', visiblity: 'comments' }, 'Unknown field "visiblity"'],
    [{ text: 'x'.repeat(32001) }, '"text" is too long'],
    [[{ text: 'x' }], 'The request body must be a JSON object'],
  ])('body %# is a 400 that changes nothing', (body, message) => {
    const box = agentBox();
    expectRefused(box, addIncident(box), '/work_notes', body, 400, message);
  });

  test('a body that is not JSON, or no body, is a 400', () => {
    const box = agentBox();
    const incident = addIncident(box);
    expect(agentCall(box, 'POST', `/incidents/${incident.sys_id}/work_notes`, { body: '{"text": ' }).json.error.message).toBe('The request body is not valid JSON');
    expect(agentCall(box, 'POST', `/incidents/${incident.sys_id}/work_notes`).json.error.message).toBe('Send a JSON object as the request body');
  });

  test('unknown incident 404, invalid id 400, before the body is looked at', () => {
    const box = agentBox();
    expect(agentCall(box, 'POST', '/incidents/INC0099999/work_notes', { body: { text: 'x' } }).status).toBe(404);
    expect(agentCall(box, 'POST', '/incidents/nope/work_notes', { body: 'garbage' }).status).toBe(400);
    expect(agentCall(box, 'POST', '/incidents/INC0099999/work_notes', { body: 'garbage' }).status).toBe(404);
  });
});

describe('POST /incidents/{id}/acknowledge', () => {
  test('New becomes In Progress, assigned to the agent, with a work note carrying the optional note', () => {
    const box = agentBox();
    const incident = addIncident(box);
    const res = agentCall(box, 'POST', `/incidents/${incident.number}/acknowledge`, { body: { note: 'Looking at the 502s' } });
    expect(res.status).toBe(200);
    const row = journalRows(box, incident)[0];
    expect(res.json.result).toEqual({
      sys_id: incident.sys_id, number: incident.number, changed: true,
      state: { value: '2', display_value: 'In Progress' },
      assigned_to: { value: agentUserId(box), display_value: 'agent Tester' },
      entry: asEntry(row, 'agent Tester'),
    });
    expect(journal(box, incident)).toEqual([['work_notes', 'Acknowledged by agent Tester through Incident Bridge.\n\nLooking at the 502s', 'agent']]);
  });

  test('an empty body is fine; an existing assignee is kept', () => {
    const box = agentBox();
    const owner = box.instance.addUser({ user_name: 'oncall', first_name: 'On', last_name: 'Call' });
    const incident = addIncident(box, { assigned_to: owner });
    const res = agentCall(box, 'POST', `/incidents/${incident.sys_id}/acknowledge`);
    expect(res.json.result).toMatchObject({ changed: true, assigned_to: { value: owner, display_value: 'On Call' } });
    expect(journal(box, incident)).toEqual([['work_notes', 'Acknowledged by agent Tester through Incident Bridge.', 'agent']]);
  });

  test('acknowledging twice is harmless: 200, changed false, nothing written without a note', () => {
    const box = agentBox();
    const incident = addIncident(box);
    agentCall(box, 'POST', `/incidents/${incident.sys_id}/acknowledge`);
    const before = incidentState(box, incident.sys_id);
    for (const body of [undefined, {}, { note: '  ' }]) {
      const again = agentCall(box, 'POST', `/incidents/${incident.sys_id}/acknowledge`, { body });
      expect(again.status).toBe(200);
      expect(again.json.result).toMatchObject({ changed: false, entry: null });
      expect(incidentState(box, incident.sys_id)).toEqual(before);
    }
  });

  test('a note with a repeated acknowledge is written; state and assignee stay as they are', () => {
    const box = agentBox();
    const owner = box.instance.addUser({ user_name: 'oncall', first_name: 'On', last_name: 'Call' });
    const incident = addIncident(box, { state: '3', assigned_to: owner });
    const before = box.instance.db.get('incident', incident.sys_id)!;
    const { res, written } = callWriting(box, incident, '/acknowledge', { note: 'Still looking at the 502s' });
    expect(res.status).toBe(200);
    expect(written.map((r) => [r.element, r.value, r.sys_created_by])).toEqual([
      ['work_notes', 'Acknowledged again by agent Tester through Incident Bridge (the incident is On Hold already).\n\nStill looking at the 502s', 'agent'],
    ]);
    expect(res.json.result).toEqual({
      sys_id: incident.sys_id, number: incident.number, changed: false,
      state: { value: '3', display_value: 'On Hold' },
      assigned_to: { value: owner, display_value: 'On Call' },
      entry: asEntry(written[0], 'agent Tester'),
    });
    const after = box.instance.db.get('incident', incident.sys_id)!;
    expect([after.state, after.assigned_to]).toEqual([before.state, before.assigned_to]);
  });

  test.each(['6', '7', '8'])('state %s is a 409 that changes nothing', (state) => {
    const box = agentBox();
    expectRefused(box, addIncident(box, { state }), '/acknowledge', {}, 409, /cannot be acknowledged/);
  });

  test('a note that is not a string, or an unknown field, is a 400', () => {
    const box = agentBox();
    const incident = addIncident(box);
    expectRefused(box, incident, '/acknowledge', { note: 5 }, 400, /"note"/);
    expectRefused(box, incident, '/acknowledge', { assigned_to: 'someone' }, 400, 'Unknown field "assigned_to"');
  });
});

describe('POST /incidents/{id}/priority', () => {
  test.each([
    [1, '1', '1'],
    [2, '1', '2'],
    [3, '2', '2'],
    [4, '2', '3'],
    [5, '3', '3'],
  ])('priority %d sets impact %s and urgency %s, and the instance priority lookup yields it', (priority, impact, urgency) => {
    const box = agentBox();
    const incident = addIncident(box, { impact: priority === 5 ? '1' : '3', urgency: priority === 5 ? '1' : '3' });
    const res = agentCall(box, 'POST', `/incidents/${incident.sys_id}/priority`, { body: { priority, reason: 'Blast radius grew' } });
    expect(res.status).toBe(200);
    expect(res.json.result).toMatchObject({ changed: true, requested_priority: priority, priority: { value: String(priority) }, impact: { value: impact }, urgency: { value: urgency } });
    const row = box.instance.db.get('incident', incident.sys_id)!;
    expect([row.priority, row.impact, row.urgency]).toEqual([String(priority), impact, urgency]);
    const from = priority === 5 ? '1 - Critical' : '5 - Planning';
    const to = { 1: '1 - Critical', 2: '2 - High', 3: '3 - Moderate', 4: '4 - Low', 5: '5 - Planning' }[priority];
    const rows = journalRows(box, incident);
    expect(rows.map((r) => r.value)).toEqual([`Priority changed from ${from} to ${to} by agent Tester through Incident Bridge.\n\nReason: Blast radius grew`]);
    expect(res.json.result.entry).toEqual(asEntry(rows[0], 'agent Tester'));
  });

  test("the note names both priorities by the instance's own choice labels", () => {
    const box = agentBox();
    for (const [value, label] of [['4', '4 - Niedrig'], ['2', '2 - Hoch']]) {
      const choice = box.instance.db.rows('sys_choice', `name=task^element=priority^value=${value}`)[0] || box.instance.db.rows('sys_choice', `name=incident^element=priority^value=${value}`)[0];
      box.instance.db.update('sys_choice', choice.sys_id, { label });
    }
    const incident = addIncident(box, { impact: '2', urgency: '3' });
    expect(box.instance.db.get('incident', incident.sys_id)!.priority).toBe('4');
    agentCall(box, 'POST', `/incidents/${incident.sys_id}/priority`, { body: { priority: 2, reason: 'Blast radius grew' } });
    expect(journal(box, incident).map((j) => j[1])).toEqual(['Priority changed from 4 - Niedrig to 2 - Hoch by agent Tester through Incident Bridge.\n\nReason: Blast radius grew']);
  });

  test('the instance lookup decides: a rule mapping impact/urgency differently wins over the requested value', () => {
    const box = agentBox();
    // an instance whose lookup puts everything at 3 (a customised data lookup), after the platform rule
    box.instance.addBusinessRule({ name: 'custom lookup', table: 'incident', when: 'before', insert: true, update: true, order: 2000, script: (current: any) => current.setValue('priority', '3') });
    const incident = addIncident(box);
    const res = agentCall(box, 'POST', `/incidents/${incident.sys_id}/priority`, { body: { priority: '1', reason: 'r' } });
    expect(res.json.result).toMatchObject({ requested_priority: 1, priority: { value: '3' }, impact: { value: '1' }, urgency: { value: '1' } });
  });

  test('asking for the priority it already has changes no field, and the reason is still written', () => {
    const box = agentBox();
    const incident = addIncident(box, { impact: '1', urgency: '2' });
    const before = box.instance.db.get('incident', incident.sys_id)!;
    const { res, written } = callWriting(box, incident, '/priority', { priority: 2, reason: 'still high: checkout errors at 40%' });
    expect(res.json.result).toMatchObject({ changed: false, priority: { value: '2', display_value: '2 - High' } });
    expect(written.map((r) => [r.element, r.value])).toEqual([['work_notes', 'Priority kept at 2 - High by agent Tester through Incident Bridge (it had that priority already).\n\nReason: still high: checkout errors at 40%']]);
    expect(res.json.result.entry).toEqual(asEntry(written[0], 'agent Tester'));
    const after = box.instance.db.get('incident', incident.sys_id)!;
    expect([after.priority, after.impact, after.urgency]).toEqual([before.priority, before.impact, before.urgency]);
  });

  test.each([
    [{ reason: 'r' }],
    [{ priority: 0, reason: 'r' }],
    [{ priority: 6, reason: 'r' }],
    [{ priority: 2.5, reason: 'r' }],
    [{ priority: '1^ORpriority=5', reason: 'r' }],
    [{ priority: 1 }],
    [{ priority: 1, reason: '' }],
    [{ priority: 1, reason: 'r', impact: 3 }],
  ])('%j is a 400 that changes nothing', (body) => {
    const box = agentBox();
    expectRefused(box, addIncident(box), '/priority', body, 400);
  });

  test('a resolved or closed incident is a 409 that changes nothing', () => {
    const box = agentBox();
    expectRefused(box, addIncident(box, { state: '6' }), '/priority', { priority: 1, reason: 'r' }, 409, /Resolved: it cannot be reprioritized/);
    expectRefused(box, addIncident(box, { state: '7' }), '/priority', { priority: 1, reason: 'r' }, 409);
  });
});

describe('POST /incidents/{id}/resolve', () => {
  test('resolves with an instance close code and notes; the platform stamps resolved_at and resolved_by', () => {
    const box = agentBox();
    const incident = addIncident(box);
    box.instance.clock.advance(5000);
    const res = agentCall(box, 'POST', `/incidents/${incident.number}/resolve`, { body: { close_code: 'Solution provided', close_notes: 'Rolled back deploy 3' } });
    expect(res.status).toBe(200);
    const row = box.instance.db.get('incident', incident.sys_id)!;
    expect(res.json.result).toEqual({
      sys_id: incident.sys_id, number: incident.number, state: { value: '6', display_value: 'Resolved' },
      close_code: { value: 'Solution provided', display_value: 'Solution provided' }, close_notes: 'Rolled back deploy 3', resolved_at: row.resolved_at.replace(' ', 'T') + 'Z',
    });
    expect([row.state, row.close_code, row.close_notes, row.resolved_by]).toEqual(['6', 'Solution provided', 'Rolled back deploy 3', agentUserId(box)]);
  });

  test('close codes are the instance\'s own: a custom active choice works, an inactive or unknown one is a 400 listing the valid ones', () => {
    const box = agentBox();
    box.instance.db.insert('sys_choice', { name: 'incident', element: 'close_code', value: 'Solved (Permanently)', label: 'Solved (Permanently)', inactive: 'false' });
    box.instance.db.insert('sys_choice', { name: 'incident', element: 'close_code', value: 'Retired code', label: 'Retired code', inactive: 'true' });
    box.instance.db.insert('sys_choice', { name: 'incident', element: 'close_code', value: 'rollback', label: 'Rolled back a change', inactive: 'false' });
    expect(agentCall(box, 'POST', `/incidents/${addIncident(box).sys_id}/resolve`, { body: { close_code: 'Solved (Permanently)', close_notes: 'n' } }).status).toBe(200);
    // the answer names the code as the form shows it, next to its stored value
    expect(agentCall(box, 'POST', `/incidents/${addIncident(box).sys_id}/resolve`, { body: { close_code: 'rollback', close_notes: 'n' } }).json.result.close_code).toEqual({ value: 'rollback', display_value: 'Rolled back a change' });
    const incident = addIncident(box);
    const retired = expectRefused(box, incident, '/resolve', { close_code: 'Retired code', close_notes: 'n' }, 400, '"close_code" is not a resolution code of this instance: Retired code');
    expect(retired.json.error.detail).toContain('Solution provided');
    expect(retired.json.error.detail).toContain('Solved (Permanently)');
    expect(retired.json.error.detail).not.toContain('Retired code');
    // a close code of another table (change_request) is not one of incident's
    expectRefused(box, incident, '/resolve', { close_code: 'successful', close_notes: 'n' }, 400);
    expectRefused(box, incident, '/resolve', { close_code: 'Solution provided^ORstate=1', close_notes: 'n' }, 400);
  });

  test.each([
    [{ close_notes: 'n' }, '"close_code" is required: a non-empty string'],
    [{ close_code: 'Solution provided' }, '"close_notes" is required: a non-empty string'],
    [{ close_code: 'Solution provided', close_notes: ' ' }, '"close_notes" is required: a non-empty string'],
    [{ close_code: 'Solution provided', close_notes: 'x'.repeat(4001) }, '"close_notes" is too long'],
    [{ close_code: 'Solution provided', close_notes: 'n', state: 7 }, 'Unknown field "state"'],
  ])('body %# is a 400 that changes nothing', (body, message) => {
    const box = agentBox();
    expectRefused(box, addIncident(box), '/resolve', body, 400, message);
  });

  test.each([
    ['6', 'Resolved'],
    ['7', 'Closed'],
    ['8', 'Canceled'],
  ])('an incident in state %s (%s) is a 409 that changes nothing', (state, label) => {
    const box = agentBox();
    const incident = addIncident(box);
    updateIncident(box, incident.sys_id, { state });
    expectRefused(box, incident, '/resolve', { close_code: 'Solution provided', close_notes: 'n' }, 409, `Incident ${incident.number} is ${label}: it cannot be resolved`);
  });

  test('a save a business rule aborts is a 409 and nothing is stored', () => {
    const box = agentBox();
    box.instance.addBusinessRule({ name: 'freeze', table: 'incident', when: 'before', update: true, script: (current: any) => current.setAbortAction(true) });
    const incident = addIncident(box);
    expectRefused(box, incident, '/resolve', { close_code: 'Solution provided', close_notes: 'n' }, 409, `The instance refused to save incident ${incident.number}`);
    expectRefused(box, incident, '/work_notes', { text: 'n' }, 409);
  });
});

test('every action route is closed to users without the agent or app admin role', () => {
  const box = agentBox();
  const incident = addIncident(box);
  for (const [path, body] of [['/work_notes', { text: 'x' }], ['/acknowledge', {}], ['/priority', { priority: 1, reason: 'r' }], ['/resolve', { close_code: 'Solution provided', close_notes: 'n' }]] as const) {
    expect([path, agentCall(box, 'POST', `/incidents/${incident.sys_id}${path}`, { user: 'itil.user', body }).status]).toEqual([path, 403]);
    expect([path, agentCall(box, 'POST', `/incidents/${incident.sys_id}${path}`, { user: null, body }).status]).toEqual([path, 401]);
  }
  expect(incidentState(box, incident.sys_id).journal).toBe(0);
  expect(agentCall(box, 'POST', `/incidents/${incident.sys_id}/acknowledge`, { user: 'bridge.admin' }).status).toBe(200);
});
