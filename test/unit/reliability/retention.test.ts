// The retention job: log rows and finished outbox/inbox entries older than x_incb_bridge.log.retention_days go, in
// batches of at most x_incb_bridge.retention.batch_size per table and run, oldest first; anything still waiting for
// delivery or for an admin stays, however old.
import RetentionPurge from '../../../src/app/reliability/RetentionPurge';
import { INBOX_TABLE, LOG_TABLE, OUTBOX_TABLE } from '../../../src/app/core/tables';
import { Instance } from '@incb/glide-emulator';
import { START, outboxInstance } from '../outbox/outboxHarness';

declare const gs: { setProperty(name: string, value: string): void };

const DAY = 86400000;
const at = (ms: number) => new Date(ms).toISOString().replace('T', ' ').substring(0, 19);

let instance: Instance;

/** Rows of `table` aged `days` (created and last updated then), one per value set. */
function aged(table: string, days: number, rows: Array<{ [field: string]: string }>): string[] {
  const when = at(START - days * DAY);
  return rows.map((values) => instance.db.insert(table, { sys_created_on: when, sys_updated_on: when, ...values }));
}

const ids = (table: string) => instance.db.rows(table).map((r) => r.sys_id).sort();

beforeEach(() => {
  instance = outboxInstance();
});

test('old log rows and finished entries go; recent ones and those still waiting stay', () => {
  const oldLog = aged(LOG_TABLE, 31, [{ direction: 'outbound', outcome: 'success' }, { direction: 'internal', outcome: 'failure' }]);
  const newLog = aged(LOG_TABLE, 29, [{ direction: 'outbound', outcome: 'success' }]);
  const oldFinished = aged(OUTBOX_TABLE, 40, [{ state: 'sent' }, { state: 'skipped' }]);
  const oldWaiting = aged(OUTBOX_TABLE, 40, [{ state: 'dead' }, { state: 'failed' }, { state: 'queued' }, { state: 'sending' }]);
  const newFinished = aged(OUTBOX_TABLE, 1, [{ state: 'sent' }]);
  const oldInbox = aged(INBOX_TABLE, 45, [{ state: 'processed' }, { state: 'ignored' }]);
  const inboxWaiting = aged(INBOX_TABLE, 45, [{ state: 'received' }, { state: 'failed' }, { state: 'processing' }]);

  expect(new RetentionPurge().purge()).toEqual({ [LOG_TABLE]: 2, [OUTBOX_TABLE]: 2, [INBOX_TABLE]: 2 });
  const summary = instance.db.rows(LOG_TABLE, 'direction=internal^outcome=success');
  expect(summary).toHaveLength(1);
  expect(summary[0].error).toContain(`older than ${at(START - 30 * DAY)} UTC`);
  expect(ids(LOG_TABLE)).toEqual([...newLog, summary[0].sys_id].sort());
  expect(ids(OUTBOX_TABLE)).toEqual([...oldWaiting, ...newFinished].sort());
  expect(ids(INBOX_TABLE)).toEqual(inboxWaiting.sort());
  expect(oldLog.concat(oldFinished, oldInbox).some((id) => instance.db.get(LOG_TABLE, id) || instance.db.get(OUTBOX_TABLE, id) || instance.db.get(INBOX_TABLE, id))).toBe(false);
});

test('the age of an outbox entry is when it finished, not when it was written', () => {
  const [entry] = aged(OUTBOX_TABLE, 40, [{ state: 'sent' }]);
  // the entry was last touched two days ago (set raw: a fixture, not a script)
  instance.db.update(OUTBOX_TABLE, entry, { sys_updated_on: at(START - 2 * DAY) });
  expect(new RetentionPurge().purge()[OUTBOX_TABLE]).toBe(0);
});

test('bounded batches, oldest first; the next runs carry on', () => {
  gs.setProperty('x_incb_bridge.retention.batch_size', '2');
  const rows = [35, 33, 34, 31, 32].map((days) => aged(LOG_TABLE, days, [{ direction: 'outbound', outcome: 'success', endpoint: 'd' + days }])[0]);
  expect(new RetentionPurge().purge()[LOG_TABLE]).toBe(2);
  expect(instance.db.rows(LOG_TABLE, 'endpointSTARTSWITHd').map((r) => r.endpoint).sort()).toEqual(['d31', 'd32', 'd33']);
  expect(new RetentionPurge().purge()[LOG_TABLE]).toBe(2);
  expect(new RetentionPurge().purge()[LOG_TABLE]).toBe(1);
  expect(rows.every((id) => !instance.db.get(LOG_TABLE, id))).toBe(true);
});

test('the retention period is the x_incb_bridge.log.retention_days property; nothing to delete writes nothing', () => {
  gs.setProperty('x_incb_bridge.log.retention_days', '7');
  aged(LOG_TABLE, 8, [{ direction: 'outbound', outcome: 'success' }]);
  aged(LOG_TABLE, 6, [{ direction: 'outbound', outcome: 'success' }]);
  expect(new RetentionPurge().purge()[LOG_TABLE]).toBe(1);
  instance.db.resetStats();
  expect(new RetentionPurge().purge()).toEqual({ [LOG_TABLE]: 0, [OUTBOX_TABLE]: 0, [INBOX_TABLE]: 0 });
  expect(instance.db.stats()).toMatchObject({ inserts: 0, deletes: 0, updates: 0 });
});
