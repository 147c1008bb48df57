// What every POST route of the agent API does with a body it must not act on, whichever route: JSON nested too deeply
// to parse safely is a 400, and the incident and its journal stay as they were.
import { addIncident, agentBox, agentCall, incidentState } from './agentHarness';

const WELL_FORMED: Array<[string, unknown]> = [
  ['/work_notes', { text: 'Pool exhausted on db-2' }],
  ['/acknowledge', { note: 'Looking at it' }],
  ['/priority', { priority: 1, reason: 'Checkout is down' }],
  ['/resolve', { close_code: 'Solution provided', close_notes: 'Rolled back' }],
];

describe.each(WELL_FORMED)('POST /incidents/{id}%s', (path) => {
  test('JSON nested 100,000 levels deep is a 400 that changes nothing', () => {
    const box = agentBox();
    const incident = addIncident(box);
    const before = incidentState(box, incident.sys_id);
    const res = agentCall(box, 'POST', `/incidents/${incident.sys_id}${path}`, { body: '['.repeat(100000) + ']'.repeat(100000) });
    expect([res.status, res.json.error.message]).toEqual([400, 'The request body nests deeper than 64 levels']);
    expect(incidentState(box, incident.sys_id)).toEqual(before);
  });
});
