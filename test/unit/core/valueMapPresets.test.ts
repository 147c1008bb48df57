import { ValueMap } from '../../../src/app/core/valueMap';
import { isValueMapPreset, presetRows, ValueMapPreset } from '../../../src/app/core/valueMapPresets';

// Expected values are the tables, written out independently of the module.
const OUTBOUND_STATES: Record<ValueMapPreset, Array<[string, string | null]>> = {
  basic: [['1', 'To Do'], ['2', 'Doing'], ['3', 'Doing'], ['6', 'Done'], ['7', 'Done'], ['8', null]],
  agile: [['1', 'New'], ['2', 'Active'], ['3', null], ['6', 'Resolved'], ['7', 'Closed'], ['8', null]],
  scrum: [['1', 'New'], ['2', 'Committed'], ['3', 'Committed'], ['6', 'Done'], ['7', 'Done'], ['8', null]],
  cmmi: [['1', 'Proposed'], ['2', 'Active'], ['3', 'Active'], ['6', 'Resolved'], ['7', 'Closed'], ['8', null]],
  custom: [['1', 'To Do'], ['2', 'Doing'], ['3', 'Blocked'], ['6', 'Done'], ['7', 'Closed'], ['8', null]],
};
const INBOUND_STATES: Record<ValueMapPreset, Array<[string, string | null]>> = {
  basic: [['To Do', '1'], ['Doing', '2'], ['Done', '6'], ['Blocked', null]],
  agile: [['New', '1'], ['Active', '2'], ['Resolved', '6'], ['Closed', '7'], ['Removed', null]],
  scrum: [['New', '1'], ['Approved', null], ['Committed', '2'], ['Done', '6'], ['Removed', null]],
  cmmi: [['Proposed', '1'], ['Active', '2'], ['Resolved', '6'], ['Closed', '7']],
  custom: [['To Do', '1'], ['Doing', '2'], ['Blocked', '3'], ['Done', '6'], ['Closed', '7']],
};
const PRESETS: ValueMapPreset[] = ['basic', 'agile', 'scrum', 'cmmi', 'custom'];

describe.each(PRESETS)('preset %s', (preset) => {
  const map = new ValueMap(presetRows(preset));

  it.each(OUTBOUND_STATES[preset])('state %s goes out as %j', (sn, remote) => {
    expect(map.toRemote('state', sn)).toBe(remote);
  });

  it.each(INBOUND_STATES[preset])('state %j comes in as %j', (remote, sn) => {
    expect(map.toLocal('state', remote)).toBe(sn);
  });

  it.each([['1', '1'], ['2', '2'], ['3', '3'], ['4', '4'], ['5', '4']])('priority %s goes out as %s', (sn, remote) => {
    expect(map.toRemote('priority', sn)).toBe(remote);
  });

  it.each([['1', '1'], ['2', '2'], ['3', '3'], ['4', '4']])('priority %s comes in as %s (never as 5)', (remote, sn) => {
    expect(map.toLocal('priority', remote)).toBe(sn);
  });

  it('has rows only for state and priority, each with a distinct order per field', () => {
    const rows = presetRows(preset);
    expect(rows.every((r) => r.field === 'state' || r.field === 'priority')).toBe(true);
    for (const field of ['state', 'priority']) {
      const orders = rows.filter((r) => r.field === field).map((r) => r.order);
      expect(new Set(orders).size).toBe(orders.length);
      expect(orders.every((o) => typeof o === 'number')).toBe(true);
    }
  });
});

describe('presetRows', () => {
  it('returns fresh rows each call, so seeding one connection cannot alter the next', () => {
    const first = presetRows('basic');
    first[0].remote_value = 'Changed';
    expect(presetRows('basic')[0].remote_value).toBe('To Do');
  });

  it('rejects an unknown preset', () => {
    expect(() => presetRows('waterfall' as ValueMapPreset)).toThrow(/waterfall/);
    expect(isValueMapPreset('waterfall')).toBe(false);
    expect(isValueMapPreset('')).toBe(false);
    expect(isValueMapPreset('toString')).toBe(false);
    expect(PRESETS.every(isValueMapPreset)).toBe(true);
  });
});

// A type whose states differ from the rest of its process gets its own states (any casing of its name).
describe('presetRows for a work item type', () => {
  const states = (preset: ValueMapPreset, type?: string) =>
    presetRows(preset, type)
      .filter((r) => r.field === 'state')
      .map((r) => [r.sn_value, r.remote_value, r.direction]);

  it('an Agile Task, which has no Resolved, is Closed when the incident is resolved', () => {
    const map = new ValueMap(presetRows('agile', 'task'));
    expect(map.toRemote('state', '6')).toBe('Closed');
    expect(map.toRemote('state', '7')).toBe('Closed');
    expect(map.toLocal('state', 'Closed')).toBe('7');
    expect(map.toLocal('state', 'Resolved')).toBeNull();
  });

  it('a Scrum Task goes To Do, In Progress, Done', () => {
    expect(states('scrum', ' Task ')).toEqual([
      ['1', 'To Do', 'both'],
      ['2', 'In Progress', 'both'],
      ['3', 'In Progress', 'outbound'],
      ['6', 'Done', 'both'],
      ['7', 'Done', 'outbound'],
    ]);
  });

  it('other types, and presets without type differences, get the preset\'s states', () => {
    expect(states('agile', 'Bug')).toEqual(states('agile'));
    expect(states('scrum', 'Product Backlog Item')).toEqual(states('scrum'));
    expect(states('basic', 'Task')).toEqual(states('basic'));
    expect(states('cmmi', 'Task')).toEqual(states('cmmi'));
  });
});
