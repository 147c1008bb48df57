import { ValueMap } from '../../../src/app/core/valueMap';
import { isValueMapPreset, presetRows, ValueMapPreset } from '../../../src/app/core/valueMapPresets';

// Expected values are the tables, written out independently of the module.
const OUTBOUND_STATES: Record<ValueMapPreset, Array<[string, string | null]>> = {
  basic: [['1', 'To Do'], ['2', 'Doing'], ['3', 'Doing'], ['6', 'Done'], ['7', 'Done'], ['8', null]],
  agile: [['1', 'New'], ['2', 'Active'], ['3', null], ['6', 'Resolved'], ['7', 'Closed'], ['8', null]],
  custom: [['1', 'To Do'], ['2', 'Doing'], ['3', 'Blocked'], ['6', 'Done'], ['7', 'Closed'], ['8', null]],
};
const INBOUND_STATES: Record<ValueMapPreset, Array<[string, string | null]>> = {
  basic: [['To Do', '1'], ['Doing', '2'], ['Done', '6'], ['Blocked', null]],
  agile: [['New', '1'], ['Active', '2'], ['Resolved', '6'], ['Closed', '7'], ['Removed', null]],
  custom: [['To Do', '1'], ['Doing', '2'], ['Blocked', '3'], ['Done', '6'], ['Closed', '7']],
};
const PRESETS: ValueMapPreset[] = ['basic', 'agile', 'custom'];

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
    expect(() => presetRows('scrum' as ValueMapPreset)).toThrow(/scrum/);
    expect(isValueMapPreset('scrum')).toBe(false);
    expect(isValueMapPreset('')).toBe(false);
    expect(isValueMapPreset('toString')).toBe(false);
    expect(PRESETS.every(isValueMapPreset)).toBe(true);
  });
});
