// The filters of GET /sandbox/v1/log, /outbox and /inbox, checked before anything is read: what each parameter takes
// and the 400 (FilterError) for anything else. The routes themselves, over HTTP, are in test/e2e/app-table-routes.test.ts.
import { APP_TABLE_ROUTES, DEFAULT_LIMIT, FilterError, MAX_LIMIT, checkFilters, parseLimit, parseSince } from '../../../sandbox/app-table-routes';
import { loadBuiltApp } from '../../support/builtApp';

const app = loadBuiltApp();
const log = APP_TABLE_ROUTES['/sandbox/v1/log'];
const outbox = APP_TABLE_ROUTES['/sandbox/v1/outbox'];
const inbox = APP_TABLE_ROUTES['/sandbox/v1/inbox'];

function refusal(run: () => unknown): { message: string; detail: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FilterError);
    return { message: (error as FilterError).message, detail: (error as FilterError).detail };
  }
  throw new Error('no FilterError');
}

describe('since', () => {
  test('ISO 8601 with a zone, or the stored form (UTC), becomes the stored form in UTC', () => {
    expect(parseSince('2026-11-22T10:00:00Z')).toBe('2026-11-22 10:00:00');
    expect(parseSince('2026-11-22T11:30:00+01:00')).toBe('2026-11-22 10:30:00');
    expect(parseSince('2026-11-22T10:00:00.1234567Z')).toBe('2026-11-22 10:00:00');
    expect(parseSince('2026-11-22 10:00:00')).toBe('2026-11-22 10:00:00');
  });

  test('anything else is refused: no zone, no date, a date that does not exist', () => {
    for (const text of ['2026-11-22T10:00:00', 'yesterday', '', '2026-02-31 10:00:00', '2026-13-01T00:00:00Z', '1732269600']) {
      expect([text, refusal(() => parseSince(text)).message]).toEqual([text, 'Invalid since']);
    }
  });
});

test(`limit is 1 to ${MAX_LIMIT}`, () => {
  expect(parseLimit('1')).toBe(1);
  expect(parseLimit(String(MAX_LIMIT))).toBe(MAX_LIMIT);
  for (const text of ['0', String(MAX_LIMIT + 1), '-1', '2.5', 'ten', '', '99999999999']) expect([text, refusal(() => parseLimit(text)).message]).toEqual([text, 'Invalid limit']);
});

describe('checkFilters', () => {
  test('no parameters: every row, newest 50', () => {
    expect(checkFilters(app, log, {})).toEqual({ where: {}, limit: DEFAULT_LIMIT });
  });

  test('the table\'s choice columns take their choice values, several separated by commas; other columns one value', () => {
    expect(checkFilters(app, log, { direction: ['inbound'], outcome: ['rejected,failure'], operation: ['create'] }).where).toEqual({ direction: ['inbound'], outcome: ['rejected', 'failure'], operation: ['create'] });
    expect(checkFilters(app, outbox, { state: ['dead'] }).where).toEqual({ state: ['dead'] });
    expect(checkFilters(app, inbox, { state: ['processed,ignored'], event_type: ['workitem.updated'] }).where).toEqual({ state: ['processed', 'ignored'], event_type: ['workitem.updated'] });
    expect(refusal(() => checkFilters(app, outbox, { state: ['sent,lost'] }))).toEqual({ message: 'Invalid state', detail: '"lost" is not a state of x_incb_bridge_outbox: one of queued, sending, sent, failed, dead, skipped (several separated by commas)' });
    expect(refusal(() => checkFilters(app, log, { operation: ['x'.repeat(41)] })).message).toBe('Invalid operation');
  });

  test('connection and incident are kept for the instance to resolve; empty ones are refused', () => {
    expect(checkFilters(app, inbox, { connection: ['Azure DevOps (demo fake)'], incident: ['INC0010001'] })).toMatchObject({ connection: 'Azure DevOps (demo fake)', incident: 'INC0010001' });
    expect(refusal(() => checkFilters(app, log, { connection: [''] })).message).toBe('Invalid connection');
  });

  test('a parameter the route does not take (another table\'s column, a Table API one, an Object member) is refused', () => {
    for (const [route, name] of [[log, 'state'], [outbox, 'direction'], [inbox, 'outcome'], [log, 'sysparm_query'], [log, 'level'], [log, '__proto__'], [log, 'constructor']] as const) {
      expect([name, refusal(() => checkFilters(app, route, { [name]: ['x'] })).message]).toEqual([name, `Unknown parameter ${name}`]);
    }
  });

  test('a parameter given twice is refused rather than one of them silently winning', () => {
    expect(refusal(() => checkFilters(app, log, { direction: ['inbound', 'outbound'] })).message).toBe('Invalid direction');
  });
});
