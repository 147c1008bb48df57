// What every POST route of the agent API does with a body it must not act on, whichever route: a body declared as
// another content type (even when its text is a well-formed request) is a 415 (the platform's, by the routes'
// supported request formats; the app checks again in case an admin widens them), and JSON nested too deeply to parse
// safely is a 400; either way the incident and its journal stay as they were. No Content-Type reads as JSON.
import { addIncident, agentBox, agentCall, incidentState } from './agentHarness';

const WELL_FORMED: Array<[string, unknown]> = [
  ['/work_notes', { text: 'Pool exhausted on db-2' }],
  ['/acknowledge', { note: 'Looking at it' }],
  ['/priority', { priority: 1, reason: 'Checkout is down' }],
  ['/resolve', { close_code: 'Solution provided', close_notes: 'Rolled back' }],
];

describe.each(WELL_FORMED)('POST /incidents/{id}%s', (path, body) => {
  test.each(['text/plain', 'application/x-www-form-urlencoded', 'text/xml', 'application/jsonp'])('a well-formed body sent as %s is a 415 that changes nothing', (contentType) => {
    const box = agentBox();
    const incident = addIncident(box);
    const before = incidentState(box, incident.sys_id);
    const res = agentCall(box, 'POST', `/incidents/${incident.sys_id}${path}`, { body: JSON.stringify(body), headers: { 'Content-Type': contentType } });
    expect(res.status).toBe(415);
    expect(res.json).toEqual({ error: { message: expect.any(String), detail: expect.stringContaining(contentType) }, status: 'failure' });
    expect(incidentState(box, incident.sys_id)).toEqual(before);
  });

  test('JSON nested 100,000 levels deep is a 400 that changes nothing', () => {
    const box = agentBox();
    const incident = addIncident(box);
    const before = incidentState(box, incident.sys_id);
    const res = agentCall(box, 'POST', `/incidents/${incident.sys_id}${path}`, { body: '['.repeat(100000) + ']'.repeat(100000) });
    expect([res.status, res.json.error.message]).toEqual([400, 'The request body nests deeper than 64 levels']);
    expect(incidentState(box, incident.sys_id)).toEqual(before);
  });

  test('a +json content type with parameters is JSON', () => {
    const box = agentBox();
    const incident = addIncident(box);
    const res = agentCall(box, 'POST', `/incidents/${incident.sys_id}${path}`, { body: JSON.stringify(body), headers: { 'Content-Type': 'application/vnd.agent+json; charset=utf-8' } });
    expect(res.status).toBeLessThan(300);
  });
});

test('a body without a Content-Type reads as JSON', () => {
  const box = agentBox();
  const incident = addIncident(box);
  expect(agentCall(box, 'POST', `/incidents/${incident.sys_id}/acknowledge`).status).toBe(200);
});
