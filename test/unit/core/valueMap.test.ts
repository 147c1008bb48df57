import { ValueMap, ValueMapRow } from '../../../src/app/core/valueMap';

const rows: ValueMapRow[] = [
  { field: 'state', direction: 'both', sn_value: '1', remote_value: 'To Do' },
  { field: 'state', direction: 'both', sn_value: '2', remote_value: 'Doing' },
  { field: 'state', direction: 'outbound', sn_value: '3', remote_value: 'Doing' },
  { field: 'state', direction: 'inbound', sn_value: '7', remote_value: 'Removed' },
  { field: 'priority', direction: 'both', sn_value: '1', remote_value: '1' },
];

describe('ValueMap.toRemote', () => {
  const map = new ValueMap(rows);
  it.each([
    ['state', '1', 'To Do'],
    ['state', '2', 'Doing'],
    ['state', '3', 'Doing'],
    ['priority', '1', '1'],
  ])('%s %s -> %s', (field, sn, remote) => {
    expect(map.toRemote(field, sn)).toBe(remote);
  });

  it.each([
    ['state', '7', 'inbound-only rows do not answer outbound lookups'],
    ['state', '8', 'no row'],
    ['state', '', 'empty value'],
    ['priority', '2', 'no row for this field'],
    ['impact', '1', 'unknown field'],
    ['state', ' 1', 'stored values match exactly'],
  ])('%s %j is unmapped (%s)', (field, sn) => {
    expect(map.toRemote(field, sn)).toBeNull();
  });

  it('treats null like the empty value', () => {
    const withEmpty = new ValueMap([{ field: 'state', direction: 'outbound', sn_value: '', remote_value: 'New' }]);
    expect(withEmpty.toRemote('state', null as unknown as string)).toBe('New');
  });
});

describe('ValueMap.toLocal', () => {
  const map = new ValueMap(rows);
  it.each([
    ['state', 'To Do', '1'],
    ['state', 'Doing', '2'],
    ['state', 'Removed', '7'],
    ['state', 'doing', '2'],
    ['state', 'TO DO', '1'],
  ])('%s %j -> %s', (field, remote, sn) => {
    expect(map.toLocal(field, remote)).toBe(sn);
  });

  it('ignores outbound-only rows and unknown values', () => {
    const outboundOnly = new ValueMap([{ field: 'state', direction: 'outbound', sn_value: '3', remote_value: 'Blocked' }]);
    expect(outboundOnly.toLocal('state', 'Blocked')).toBeNull();
    expect(map.toLocal('state', 'Done')).toBeNull();
    expect(map.toLocal('priority', 'To Do')).toBeNull();
  });

  it('prefers an exact match to an earlier case-insensitive one', () => {
    const cased = new ValueMap([
      { field: 'state', direction: 'inbound', sn_value: '1', remote_value: 'ACTIVE', order: 1 },
      { field: 'state', direction: 'inbound', sn_value: '2', remote_value: 'Active', order: 2 },
    ]);
    expect(cased.toLocal('state', 'Active')).toBe('2');
    expect(cased.toLocal('state', 'ACTIVE')).toBe('1');
    expect(cased.toLocal('state', 'active')).toBe('1');
  });
});

describe('ValueMap ordering', () => {
  it('lets the lowest order win whatever the row sequence', () => {
    const map = new ValueMap([
      { field: 'state', direction: 'both', sn_value: '2', remote_value: 'Active', order: 200 },
      { field: 'state', direction: 'both', sn_value: '3', remote_value: 'Active', order: 100 },
      { field: 'state', direction: 'outbound', sn_value: '2', remote_value: 'Doing', order: 50 },
    ]);
    expect(map.toRemote('state', '2')).toBe('Doing');
    expect(map.toLocal('state', 'Active')).toBe('3');
  });

  it('puts rows without an order after ordered ones and keeps the given sequence on ties', () => {
    const map = new ValueMap([
      { field: 'state', direction: 'inbound', sn_value: 'unordered', remote_value: 'X' },
      { field: 'state', direction: 'inbound', sn_value: 'first', remote_value: 'X', order: 5 },
      { field: 'state', direction: 'inbound', sn_value: 'second', remote_value: 'X', order: 5 },
    ]);
    expect(map.toLocal('state', 'X')).toBe('first');
    const unordered = new ValueMap([
      { field: 'state', direction: 'inbound', sn_value: 'a', remote_value: 'Y' },
      { field: 'state', direction: 'inbound', sn_value: 'b', remote_value: 'Y' },
    ]);
    expect(unordered.toLocal('state', 'Y')).toBe('a');
  });

  it('does not reorder or change the rows it was given', () => {
    const given: ValueMapRow[] = [
      { field: 'state', direction: 'both', sn_value: '2', remote_value: 'B', order: 2 },
      { field: 'state', direction: 'both', sn_value: '1', remote_value: 'A', order: 1 },
    ];
    const copy = JSON.parse(JSON.stringify(given));
    new ValueMap(given);
    expect(given).toEqual(copy);
  });
});

describe('outboundValues', () => {
  it('lists what each ServiceNow value goes out as: the first outbound row by order, no inbound-only rows', () => {
    const map = new ValueMap([
      { field: 'state', direction: 'outbound', sn_value: '3', remote_value: 'Doing', order: 30 },
      { field: 'state', direction: 'both', sn_value: '1', remote_value: 'To Do', order: 10 },
      { field: 'state', direction: 'inbound', sn_value: '2', remote_value: 'Doing', order: 20 },
      { field: 'state', direction: 'both', sn_value: '3', remote_value: 'Blocked', order: 40 },
      { field: 'priority', direction: 'both', sn_value: '1', remote_value: '1', order: 1 },
    ]);
    expect(map.outboundValues('state')).toEqual([
      { sn: '1', remote: 'To Do' },
      { sn: '3', remote: 'Doing' },
    ]);
    expect(map.outboundValues('state').map((v) => map.toRemote('state', v.sn))).toEqual(['To Do', 'Doing']);
  });
});
