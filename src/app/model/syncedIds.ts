// The link's record of what has already crossed over, so each journal entry and attachment is sent once:
// synced_journal_ids and synced_attachment_ids (string(4000) columns) hold comma-separated sys_ids. The outbound
// sync adds each id right after the remote side accepted it; the inbound side adds the ids of the entries it writes.
// An id written `?<sys_id>` is in doubt: its request went out but its answer was never recorded, so before sending
// it again the sender checks whether the remote side has it.
//
// A column that would overflow drops its oldest ids. For journals that alone could re-send an old entry, so the
// column then starts with a watermark, `<=yyyy-MM-dd HH:mm:ss;`: every entry created at or before it counts as
// synced. Entries are sent oldest first, so when an entry is recorded every older entry has been handled.

var WATERMARK = /^<=(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d);/;

/** Prefix of an id in doubt: its request was sent but no answer recorded (the answer was lost, or the worker died).
 * It does not count as synced; the sender checks the remote side before sending it again. */
var DOUBT = '?';

export var SYNCED_IDS_MAX_LENGTH = 4000;

export interface SyncedIds {
  /** entries created at or before this time ('yyyy-MM-dd HH:mm:ss', '' for none) count as synced */
  through: string;
  ids: string[];
}

export function parseSyncedIds(text: string | null): SyncedIds {
  var value = text ? String(text) : '';
  var through = '';
  var m = WATERMARK.exec(value);
  if (m) {
    through = m[1];
    value = value.substring(m[0].length);
  }
  var ids: string[] = [];
  var parts = value.split(',');
  for (var i = 0; i < parts.length; i++) {
    var id = parts[i].trim();
    if (id !== '' && ids.indexOf(id) < 0) ids.push(id);
  }
  return { through: through, ids: ids };
}

export function formatSyncedIds(synced: SyncedIds): string {
  return (synced.through ? '<=' + synced.through + ';' : '') + synced.ids.join(',');
}

/** Whether an entry (its sys_id, and its creation time when it has one) has been synced. */
export function isSynced(synced: SyncedIds, id: string, createdOn?: string): boolean {
  if (synced.ids.indexOf(id) >= 0) return true;
  return !!(createdOn && synced.through && createdOn <= synced.through);
}

/** A copy with `id` added. When the text would exceed `maxLength`, the oldest ids are dropped; with `createdOn`
 * (journal entries, recorded oldest first) the watermark moves up to it so the dropped ones stay synced. */
export function withSyncedId(synced: SyncedIds, id: string, createdOn?: string, maxLength?: number): SyncedIds {
  var limit = maxLength || SYNCED_IDS_MAX_LENGTH;
  var next: SyncedIds = { through: synced.through, ids: synced.ids.slice(0) };
  var doubt = next.ids.indexOf(DOUBT + id);
  if (doubt >= 0) next.ids.splice(doubt, 1);
  if (next.ids.indexOf(id) < 0) next.ids.push(id);
  while (formatSyncedIds(next).length > limit && next.ids.length > 1) {
    next.ids.shift();
    if (createdOn && createdOn > next.through) next.through = createdOn;
  }
  return next;
}

/** A copy with `id` marked in doubt (written right before its request goes out); a synced id stays synced. */
export function withDoubtfulId(synced: SyncedIds, id: string): SyncedIds {
  var next: SyncedIds = { through: synced.through, ids: synced.ids.slice(0) };
  if (next.ids.indexOf(id) < 0 && next.ids.indexOf(DOUBT + id) < 0) next.ids.push(DOUBT + id);
  return next;
}

export function isDoubtful(synced: SyncedIds, id: string): boolean {
  return synced.ids.indexOf(DOUBT + id) >= 0;
}
