// The session's records(query), what the sandbox's log, outbox and inbox routes read: the app's own tables only, rows
// as stored minus every password2 column, narrowed by values, by any of several field combinations and by creation
// time, newest first (the later insert first within a second), at most `limit`.
import { createSession } from '@incb/glide-emulator';
import { DEFAULT_USERS } from '../../../sandbox/sandbox-users';
import { loadBuiltApp } from '../../support/builtApp';

const app = loadBuiltApp();
const START = Date.UTC(2026, 10, 22, 10, 0, 0);
const CONNECTION = '5b1f0c7e2d8a4e6f9a3c1b2d4e6f8a02';
let now = START;

function sessionWithLog() {
  now = START;
  const session = createSession(app, { clock: () => now });
  session.start({
    users: DEFAULT_USERS.map((u) => ({ ...u })),
    upserts: [{ table: 'x_incb_bridge_connection', sys_id: CONNECTION, fields: { name: 'Demo', type: 'azure_devops', inbound_secret: 'inbound-secret-value-1', signing_key: 'signing-key-value-1' } }],
  });
  const log = (fields: { [field: string]: string }) => session.instance.db.insert('x_incb_bridge_log', { connection: CONNECTION, ...fields });
  log({ direction: 'outbound', outcome: 'success', operation: 'create', remote_id: '1' });
  log({ direction: 'outbound', outcome: 'failure', operation: 'update', remote_id: '1' });
  now += 1000;
  log({ direction: 'inbound', outcome: 'rejected', remote_id: '2' });
  now += 60000;
  log({ direction: 'inbound', outcome: 'success', operation: 'workitem.updated', remote_id: '2', connection: '' });
  return session;
}

test('newest first, later inserts first within a second, at most limit', () => {
  const session = sessionWithLog();
  const rows = session.records({ table: 'x_incb_bridge_log', limit: 50 });
  expect(rows.map((r) => [r.sys_created_on, r.direction, r.operation])).toEqual([
    ['2026-11-22 10:01:01', 'inbound', 'workitem.updated'],
    ['2026-11-22 10:00:01', 'inbound', ''],
    ['2026-11-22 10:00:00', 'outbound', 'update'],
    ['2026-11-22 10:00:00', 'outbound', 'create'],
  ]);
  expect(session.records({ table: 'x_incb_bridge_log', limit: 2 }).map((r) => r.remote_id)).toEqual(['2', '2']);
});

test('where (each field one of its values), anyOf (one of the combinations) and since narrow it down', () => {
  const session = sessionWithLog();
  const outcomes = (query: object) => session.records({ table: 'x_incb_bridge_log', limit: 50, ...query }).map((r) => r.outcome);
  expect(outcomes({ where: { direction: ['outbound'] } })).toEqual(['failure', 'success']);
  expect(outcomes({ where: { outcome: ['rejected', 'success'], connection: [CONNECTION] } })).toEqual(['rejected', 'success']);
  expect(outcomes({ anyOf: [{ remote_id: '1', operation: 'create' }, { remote_id: '2', direction: 'inbound', connection: '' }] })).toEqual(['success', 'success']);
  expect(outcomes({ anyOf: [] })).toEqual([]);
  expect(outcomes({ since: '2026-11-22 10:00:01' })).toEqual(['success', 'rejected']);
  expect(outcomes({ since: '2026-11-22 10:01:02' })).toEqual([]);
});

test('password2 columns never leave the engine; every other column is as stored', () => {
  const session = sessionWithLog();
  const [connection] = session.records({ table: 'x_incb_bridge_connection', where: { sys_id: [CONNECTION] }, limit: 1 });
  expect(connection).toMatchObject({ sys_id: CONNECTION, name: 'Demo', type: 'azure_devops' });
  expect(Object.keys(connection)).not.toContain('inbound_secret');
  expect(Object.keys(connection)).not.toContain('signing_key');
  expect(JSON.stringify(connection)).not.toMatch(/inbound-secret-value-1|signing-key-value-1/);
  const stored = session.instance.db.get('x_incb_bridge_connection', CONNECTION)!;
  for (const field of Object.keys(connection)) expect([field, connection[field]]).toEqual([field, stored[field]]);
});

test('only the app\'s own tables: the platform\'s (users, auth profiles, incidents) are refused', () => {
  const session = sessionWithLog();
  for (const table of ['sys_user', 'sys_auth_profile_basic', 'incident', 'no_such_table']) {
    expect(() => session.records({ table, limit: 1 })).toThrow(`records() reads the app's own tables only, not ${table}`);
  }
});
