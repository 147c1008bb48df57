// What a remote revision changes on the incident: the reverse value map, the title without our number prefix,
// description HTML as text, resolve on a closed state, and, above all, nothing for values we would send ourselves.
import { planInboundChanges, shortDescriptionFromTitle } from '../../../src/app/inbound/inboundChanges';
import { DESCRIPTION_FIELD, fieldMapFor, REPRO_STEPS_FIELD } from '../../../src/app/core/fieldMap';
import { ValueMap } from '../../../src/app/core/valueMap';
import { presetRows } from '../../../src/app/core/valueMapPresets';
import { IncidentSnapshot } from '../../../src/app/core/incidentSnapshot';

const basic = new ValueMap(presetRows('basic'));
const agile = new ValueMap(presetRows('agile'));
/** A connection whose description goes to System.Description (a Task's) */
const taskMap = fieldMapFor(DESCRIPTION_FIELD);

function incident(values: { [field: string]: string } = {}): IncidentSnapshot {
  return {
    sysId: 'i1',
    number: 'INC0010001',
    fieldValues: { short_description: 'Mail is down', description: 'Since 9:00', state: '2', priority: '3', ...values },
    url: '',
  };
}

test('states through the reverse value map: To Do -> New, Doing -> In Progress (Basic), Active -> In Progress (Agile)', () => {
  expect(planInboundChanges({ 'System.State': 'To Do' }, incident(), basic, taskMap).changes).toEqual({ state: '1' });
  expect(planInboundChanges({ 'System.State': 'doing' }, incident({ state: '1' }), basic, taskMap).changes).toEqual({ state: '2' });
  expect(planInboundChanges({ 'System.State': 'Active' }, incident({ state: '1' }), agile, taskMap).changes).toEqual({ state: '2' });
});

test('a value we would send for the current value is an echo: On Hold stays On Hold when Doing comes back', () => {
  expect(planInboundChanges({ 'System.State': 'Doing' }, incident({ state: '3' }), basic, taskMap)).toEqual({ changes: {}, unmapped: [], resolve: false });
});

test('a closed remote state resolves the incident (Done -> 6 in Basic; Closed -> 7 resolves too, in Agile)', () => {
  expect(planInboundChanges({ 'System.State': 'Done' }, incident(), basic, taskMap)).toEqual({ changes: { state: '6' }, unmapped: [], resolve: true });
  expect(planInboundChanges({ 'System.State': 'Closed' }, incident(), agile, taskMap)).toEqual({ changes: { state: '6' }, unmapped: [], resolve: true });
  // already resolved or closed: nothing to do
  expect(planInboundChanges({ 'System.State': 'Closed' }, incident({ state: '6' }), agile, taskMap).changes).toEqual({});
  expect(planInboundChanges({ 'System.State': 'Resolved' }, incident({ state: '7' }), agile, taskMap).changes).toEqual({});
});

test('an unmapped remote state changes nothing and says why', () => {
  const plan = planInboundChanges({ 'System.State': 'Removed' }, incident(), agile, taskMap);
  expect(plan.changes).toEqual({});
  expect(plan.unmapped).toEqual([{ field: 'state', value: 'Removed', reason: 'no inbound state value map entry for "Removed"' }]);
});

test('priority as a number; Planning (5) is sent as 4 and so 4 coming back is no change', () => {
  expect(planInboundChanges({ 'Microsoft.VSTS.Common.Priority': 1 }, incident(), basic, taskMap).changes).toEqual({ priority: '1' });
  expect(planInboundChanges({ 'Microsoft.VSTS.Common.Priority': 4 }, incident({ priority: '5' }), basic, taskMap).changes).toEqual({});
});

test('title: our prefix removed; our own title is no change; a title without the prefix is taken whole', () => {
  expect(planInboundChanges({ 'System.Title': 'INC0010001: Mail is down' }, incident(), basic, taskMap).changes).toEqual({});
  expect(planInboundChanges({ 'System.Title': 'INC0010001: Mail is down for everyone' }, incident(), basic, taskMap).changes).toEqual({ short_description: 'Mail is down for everyone' });
  expect(planInboundChanges({ 'System.Title': 'Outage in Berlin' }, incident(), basic, taskMap).changes).toEqual({ short_description: 'Outage in Berlin' });
  expect(shortDescriptionFromTitle('INC0010001', 'INC0010001')).toBe('');
  expect(shortDescriptionFromTitle('INC0010001', 'INC00100012: other')).toBe('INC00100012: other');
  expect(shortDescriptionFromTitle('INC0010001', ' Two\r\nlines ')).toBe('Two lines');
});

test('description: HTML becomes text; what we sent (escaped text) is no change; cleared is emptied', () => {
  expect(planInboundChanges({ 'System.Description': '<div>Line one</div><div>Line &amp; two</div>' }, incident(), basic, taskMap).changes).toEqual({ description: 'Line one\nLine & two' });
  expect(planInboundChanges({ 'System.Description': 'Since 9:00' }, incident(), basic, taskMap).changes).toEqual({});
  expect(planInboundChanges({ 'System.Description': null }, incident(), basic, taskMap).changes).toEqual({ description: '' });
});

test('an empty title or state is not copied; fields outside the map are ignored', () => {
  expect(planInboundChanges({ 'System.Title': '', 'System.State': '', 'System.AssignedTo': 'Jamal' }, incident(), basic, taskMap).changes).toEqual({});
});

test('the description comes from the field the connection maps it to, and from no other', () => {
  const bugMap = fieldMapFor(REPRO_STEPS_FIELD);
  const both = { 'System.Description': '<p>hidden on a Bug</p>', [REPRO_STEPS_FIELD]: '<p>1. Send a mail</p>' };
  expect(planInboundChanges(both, incident(), basic, bugMap).changes).toEqual({ description: '1. Send a mail' });
  expect(planInboundChanges({ 'System.Description': '<p>hidden on a Bug</p>' }, incident(), basic, bugMap).changes).toEqual({});
  expect(planInboundChanges(both, incident(), basic, taskMap).changes).toEqual({ description: 'hidden on a Bug' });
  expect(planInboundChanges({ [REPRO_STEPS_FIELD]: '<p>1. Send a mail</p>' }, incident(), basic, taskMap).changes).toEqual({});
});
