// The link's record of synced journal entries and attachments: ids in a bounded column, and a watermark that keeps
// dropped journal ids synced.
import { formatSyncedIds, isSynced, parseSyncedIds, withSyncedId } from '../../../src/app/model/syncedIds';

const id = (n: number) => n.toString(16).padStart(32, '0');

test('parses and formats comma-separated ids, ignoring blanks and duplicates', () => {
  const synced = parseSyncedIds(`${id(1)}, ${id(2)},,${id(1)}`);
  expect(synced).toEqual({ through: '', ids: [id(1), id(2)] });
  expect(formatSyncedIds(synced)).toBe(`${id(1)},${id(2)}`);
  expect(parseSyncedIds(null)).toEqual({ through: '', ids: [] });
});

test('adding an id returns a copy and adds it once', () => {
  const empty = parseSyncedIds('');
  const one = withSyncedId(empty, id(1));
  expect(empty.ids).toEqual([]);
  expect(withSyncedId(one, id(1)).ids).toEqual([id(1)]);
  expect(isSynced(one, id(1))).toBe(true);
  expect(isSynced(one, id(2))).toBe(false);
});

test('a full column drops its oldest ids and moves the watermark to the newest entry recorded', () => {
  let synced = parseSyncedIds('');
  for (let n = 1; n <= 4; n++) synced = withSyncedId(synced, id(n), `2026-11-22 10:00:0${n}`, 100);
  const text = formatSyncedIds(synced);
  expect(text.length).toBeLessThanOrEqual(100);
  expect(text.startsWith('<=2026-11-22 10:00:04;')).toBe(true);
  const back = parseSyncedIds(text);
  expect(back.ids).toContain(id(4));
  expect(back.ids).not.toContain(id(1));
  // Dropped, but older than the watermark: still synced. A newer entry is not.
  expect(isSynced(back, id(1), '2026-11-22 10:00:01')).toBe(true);
  expect(isSynced(back, id(9), '2026-11-22 10:00:05')).toBe(false);
});

test('attachment ids (no creation time) only drop the oldest ids', () => {
  let synced = parseSyncedIds('');
  for (let n = 1; n <= 4; n++) synced = withSyncedId(synced, id(n), undefined, 70);
  expect(synced).toEqual({ through: '', ids: [id(3), id(4)] });
});
