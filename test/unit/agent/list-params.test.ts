// The pure parts of GET /incidents: parameter validation, the cursor, UTC time conversion, id kinds and the
// impact/urgency pairs per priority (cross-checked against the platform's priority lookup).
import { DEFAULT_LIMIT, parseListParams } from '../../../src/app/agent/listParams';
import { decodeCursor, encodeCursor } from '../../../src/app/agent/listCursor';
import { isoUtc, storedUtc } from '../../../src/app/agent/utcTime';
import { idKind } from '../../../src/app/agent/incidentLookup';
import { impactUrgencyFor } from '../../../src/app/core/priorityLookup';
import { incidentPriority } from '@incb/glide-emulator';

const q = (params: { [name: string]: string | string[] }) => {
  const out: { [name: string]: string[] } = {};
  for (const [k, v] of Object.entries(params)) out[k] = Array.isArray(v) ? v : [v];
  return out;
};

describe('parseListParams', () => {
  test('defaults', () => {
    expect(parseListParams({}).params).toEqual({ plan: null, states: [], priorities: [], assignmentGroup: null, updatedSince: null, limit: DEFAULT_LIMIT, offset: 0, cursor: null });
  });

  test('lists split on commas and repeat; a sys_id group is by id, anything else by name; times to the stored form', () => {
    const params = parseListParams(q({ state: ['1, 2', '3'], priority: '1,5', assignment_group: 'Service Desk', updated_since: '2026-11-22T10:00:00.1234567Z', limit: '100', offset: '40' })).params!;
    expect(params).toMatchObject({ states: ['1', '2', '3'], priorities: ['1', '5'], assignmentGroup: { kind: 'name', value: 'Service Desk' }, updatedSince: '2026-11-22 10:00:00', limit: 100, offset: 40 });
    expect(parseListParams(q({ assignment_group: 'a'.repeat(32) })).params!.assignmentGroup).toEqual({ kind: 'sys_id', value: 'a'.repeat(32) });
  });

  test.each([['limit', '1.5'], ['offset', '1e3'], ['updated_since', '2026-02-30T10:00:00Z'], ['updated_since', '2026-11-22T24:00:00Z'], ['state', ''], ['priority', '1,']])('%s=%j is an error', (name, value) => {
    expect(parseListParams(q({ [name]: value })).error!.status).toBe(400);
  });
});

test('the cursor round-trips and rejects anything it did not write', () => {
  const position = { updatedOn: '2026-11-22 10:00:05', sysId: 'b'.repeat(32) };
  const text = encodeCursor(position);
  expect(text).toBe('20261122100005' + 'b'.repeat(32));
  expect(decodeCursor(text)).toEqual(position);
  for (const bad of ['', text + '0', text.toUpperCase(), '2026112210000' + 'b'.repeat(33), text.replace('b', '^')]) expect(decodeCursor(bad)).toBeNull();
});

test('UTC times: stored form to ISO and back', () => {
  expect(isoUtc('2026-11-22 10:00:05')).toBe('2026-11-22T10:00:05Z');
  expect(isoUtc('')).toBe('');
  expect(storedUtc('2026-11-22T10:00:05Z')).toBe('2026-11-22 10:00:05');
  expect(storedUtc('2026-11-22 10:00:05')).toBe('2026-11-22 10:00:05');
  expect(storedUtc('2026-11-22T10:00:05')).toBeNull();
  expect(storedUtc('2024-02-29T00:00:00Z')).toBe('2024-02-29 00:00:00');
  expect(storedUtc('2025-02-29T00:00:00Z')).toBeNull();
});

test('incident ids: 32 hex is a sys_id, 2-4 capitals and 7+ digits a number, nothing else', () => {
  expect(idKind('0123456789abcdefABCDEF0123456789')).toBe('sys_id');
  expect(idKind('INC0010001')).toBe('number');
  expect(idKind('INC00100012')).toBe('number');
  for (const bad of ['INC001000', 'I0010001', 'INCID0010001', 'inc0010001', ' INC0010001', 'INC0010001\n', 'g'.repeat(32)]) expect(idKind(bad)).toBeNull();
});

test('each priority pair yields that priority under the base system lookup, and 1..5 only', () => {
  for (const priority of ['1', '2', '3', '4', '5']) {
    const pair = impactUrgencyFor(priority)!;
    expect(incidentPriority(pair.impact, pair.urgency)).toBe(priority);
  }
  for (const bad of ['0', '6', '', 'toString', '1 ']) expect(impactUrgencyFor(bad)).toBeNull();
});
