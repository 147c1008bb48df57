// GET /agent/incidents through the instance's HTTP surface: filters, stable order, offset and cursor paging, response
// plans, and filter values that carry encoded-query syntax (they must never widen the query).
import { AGENT, Sandbox, addIncident, addPlan, agentBox, agentCall, updateIncident } from './agentHarness';
import { call } from '../../support/instance-http-harness';

function numbers(res: { json: any }): string[] {
  return res.json.result.incidents.map((i: any) => i.number);
}

/** Five incidents, one second apart, with varied state, priority and group; returns their numbers in creation order. */
function fiveIncidents(box: Sandbox): { numbers: string[]; network: string } {
  const network = box.instance.db.insert('sys_user_group', { name: 'Network' });
  const database = box.instance.db.insert('sys_user_group', { name: 'Database' });
  const specs: Array<{ [field: string]: string }> = [
    { impact: '1', urgency: '1', assignment_group: network },
    { impact: '1', urgency: '2', assignment_group: database },
    { impact: '2', urgency: '2', assignment_group: network, state: '2' },
    { impact: '3', urgency: '3' },
    { impact: '1', urgency: '2', assignment_group: network, state: '3' },
  ];
  const out: string[] = [];
  for (const spec of specs) {
    box.instance.clock.advance(1000);
    out.push(addIncident(box, spec).number);
  }
  return { numbers: out, network };
}

describe('GET /agent/incidents', () => {
  test('lists every incident oldest update first, as summaries with UTC times and links', () => {
    const box = agentBox();
    const { numbers: all } = fiveIncidents(box);
    const res = agentCall(box, 'GET', '/incidents');
    expect(res.status).toBe(200);
    expect(numbers(res)).toEqual(all);
    const first = res.json.result.incidents[0];
    expect(first.priority).toEqual({ value: '1', display_value: '1 - Critical' });
    expect(first.state).toEqual({ value: '1', display_value: 'New' });
    expect(first.assignment_group.display_value).toBe('Network');
    expect(first.updated_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(first.links.self).toBe(`${AGENT}/incidents/${first.sys_id}`);
    expect(res.json.result.plan).toBeNull();
    expect(res.json.result.paging).toEqual({ limit: 20, offset: 0, count: 5, has_more: false, next_offset: null, next_cursor: null });
  });

  test('filters by state, priority (lists), assignment group (sys_id or name) and updated_since', () => {
    const box = agentBox();
    const { numbers: all, network } = fiveIncidents(box);
    expect(numbers(agentCall(box, 'GET', '/incidents?state=2,3'))).toEqual([all[2], all[4]]);
    expect(numbers(agentCall(box, 'GET', '/incidents?state=2&state=3'))).toEqual([all[2], all[4]]);
    expect(numbers(agentCall(box, 'GET', '/incidents?priority=2'))).toEqual([all[1], all[4]]);
    expect(numbers(agentCall(box, 'GET', '/incidents?priority=1,5'))).toEqual([all[0], all[3]]);
    expect(numbers(agentCall(box, 'GET', `/incidents?assignment_group=${network}`))).toEqual([all[0], all[2], all[4]]);
    expect(numbers(agentCall(box, 'GET', '/incidents?assignment_group=Database'))).toEqual([all[1]]);
    expect(numbers(agentCall(box, 'GET', '/incidents?assignment_group=Network&priority=2'))).toEqual([all[4]]);
    const third = box.instance.db.rows('incident', `number=${all[2]}`)[0].sys_updated_on;
    expect(numbers(agentCall(box, 'GET', `/incidents?updated_since=${encodeURIComponent(third.replace(' ', 'T') + 'Z')}`))).toEqual(all.slice(2));
    expect(numbers(agentCall(box, 'GET', `/incidents?updated_since=${encodeURIComponent(third)}`))).toEqual(all.slice(2));
  });

  test('offset paging walks the list in order; next_offset is null on the last page', () => {
    const box = agentBox();
    const { numbers: all } = fiveIncidents(box);
    const page1 = agentCall(box, 'GET', '/incidents?limit=2');
    expect(numbers(page1)).toEqual(all.slice(0, 2));
    expect(page1.json.result.paging).toMatchObject({ limit: 2, offset: 0, count: 2, has_more: true, next_offset: 2 });
    const page3 = agentCall(box, 'GET', '/incidents?limit=2&offset=4');
    expect(numbers(page3)).toEqual([all[4]]);
    expect(page3.json.result.paging).toMatchObject({ has_more: false, next_offset: null, next_cursor: null });
  });

  test('cursor paging skips nothing when an incident is updated between pages, and ties on time break by sys_id', () => {
    const box = agentBox();
    // three incidents in the same second: the order among them is by sys_id
    const same = [addIncident(box), addIncident(box), addIncident(box)].map((i) => i.sys_id).sort();
    box.instance.clock.advance(1000);
    const later = addIncident(box).sys_id;
    const page1 = agentCall(box, 'GET', '/incidents?limit=2');
    expect(page1.json.result.incidents.map((i: any) => i.sys_id)).toEqual(same.slice(0, 2));
    // the first incident of page 1 is updated now: it moves to the end, and nothing shifts under the cursor
    box.instance.clock.advance(1000);
    updateIncident(box, same[0], { short_description: 'updated between pages' });
    const cursor = page1.json.result.paging.next_cursor;
    expect(cursor).toMatch(/^\d{14}[0-9a-f]{32}$/);
    const page2 = agentCall(box, 'GET', `/incidents?limit=2&cursor=${cursor}`);
    expect(page2.json.result.incidents.map((i: any) => i.sys_id)).toEqual([same[2], later]);
    expect(page2.json.result.paging.next_offset).toBeNull();
    const page3 = agentCall(box, 'GET', `/incidents?limit=2&cursor=${page2.json.result.paging.next_cursor}`);
    expect(page3.json.result.incidents.map((i: any) => i.sys_id)).toEqual([same[0]]);
    expect(page3.json.result.paging.has_more).toBe(false);
  });

  test('a plan filters by its stored condition and is echoed; unknown plans are 400, unusable conditions 409', () => {
    const box = agentBox();
    const { numbers: all } = fiveIncidents(box);
    addPlan(box, { name: 'High', condition: 'priority=2^EQ', autonomy: 'review' });
    addPlan(box, { name: 'Broken', condition: 'no_such_field=1' });
    addPlan(box, { name: 'Empty', condition: '' });
    addPlan(box, { name: 'Groups', condition: 'priority=1^NQpriority=2' });
    addPlan(box, { name: 'Sorted', condition: 'priority=2^ORDERBYDESCnumber' });
    const high = agentCall(box, 'GET', '/incidents?plan=High');
    expect(numbers(high)).toEqual([all[1], all[4]]);
    expect(high.json.result.plan).toEqual({ name: 'High', autonomy: 'review', active: true });
    expect(numbers(agentCall(box, 'GET', '/incidents?plan=High&state=3'))).toEqual([all[4]]);
    // the seeded Quickstart plan (inactive) is usable by name
    expect(numbers(agentCall(box, 'GET', '/incidents?plan=Quickstart'))).toEqual([all[1], all[4]]);
    const unknown = agentCall(box, 'GET', '/incidents?plan=Nope');
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.message).toBe('No response plan named "Nope"');
    for (const name of ['Broken', 'Empty', 'Groups', 'Sorted']) {
      const res = agentCall(box, 'GET', `/incidents?plan=${name}`);
      expect([name, res.status, res.json.status]).toEqual([name, 409, 'failure']);
      expect(res.json.error.message).toContain(`Response plan "${name}"`);
    }
  });

  test.each([
    ['state', '1^ORpriority=5'],
    ['state', '1^NQpriority=5'],
    ['state', '1=1'],
    ['priority', '2^ORpriority!=2'],
    ['priority', '0'],
    ['plan', 'High^ORname!=High'],
    ['plan', 'High^NQactive=true'],
    ['assignment_group', 'Network^ORassignment_groupISEMPTY'],
    ['assignment_group', 'Network\nx'],
    ['assignment_group', 'javascript:gs.getUserID()'],
    ['plan', ' JavaScript:new GlideRecord("sys_user").deleteMultiple()'],
    ['updated_since', '2020-01-01^ORsys_id!=x'],
    ['updated_since', '2026-11-22T10:00:00+01:00'],
    ['limit', '0'],
    ['limit', '101'],
    ['limit', '5^OR'],
    ['offset', '-1'],
    ['cursor', '20261122100000^ORsys_idISNOTEMPTY'],
  ])('%s=%j is rejected with 400 (query syntax is data, never query)', (name, value) => {
    const box = agentBox();
    fiveIncidents(box);
    addPlan(box, { name: 'High', condition: 'priority=2' });
    const res = agentCall(box, 'GET', `/incidents?${name}=${encodeURIComponent(value)}`);
    expect(res.status).toBe(400);
    expect(res.json.status).toBe('failure');
    expect(res.json.error.message).toContain(name);
  });

  test('a group name holding = or ^-free query text matches as plain text: nothing, never more', () => {
    const box = agentBox();
    fiveIncidents(box);
    for (const value of ['Network=1', 'name=Network', 'Network ORDERBYnumber']) {
      const res = agentCall(box, 'GET', `/incidents?assignment_group=${encodeURIComponent(value)}`);
      expect([value, res.status, numbers(res)]).toEqual([value, 200, []]);
    }
  });

  test('unknown parameters, repeated single parameters and offset with cursor are 400', () => {
    const box = agentBox();
    expect(agentCall(box, 'GET', '/incidents?sysparm_query=active=true').json.error.message).toBe('Unknown query parameter "sysparm_query"');
    expect(agentCall(box, 'GET', '/incidents?limit=1&limit=2').status).toBe(400);
    const both = agentCall(box, 'GET', `/incidents?offset=2&cursor=20261122100000${'a'.repeat(32)}`);
    expect(both.status).toBe(400);
    expect(both.json.error.message).toBe('Give either "offset" or "cursor", not both');
  });

  test('agents and app admins may list; other users get 403, anonymous callers 401', () => {
    const box = agentBox();
    expect(agentCall(box, 'GET', '/incidents', { user: 'bridge.admin' }).status).toBe(200);
    expect(agentCall(box, 'GET', '/incidents', { user: 'admin' }).status).toBe(200);
    for (const user of ['itil.user', 'ado.hook', 'nobody']) {
      const res = agentCall(box, 'GET', '/incidents', { user });
      expect([user, res.status, res.json.error.message]).toEqual([user, 403, 'User Not Authorized']);
    }
    expect(agentCall(box, 'GET', '/incidents', { user: null }).status).toBe(401);
    // the default version also answers without its segment
    expect(call(box, 'GET', '/api/x_incb_bridge/agent/incidents', { user: 'agent' }).status).toBe(200);
  });
});
