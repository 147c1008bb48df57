// What a request did to the database: rows inserted, updated and deleted between two dumps, table by table. The
// inbound fuzz takes a dump before and after every request; a refused request may add integration log rows (every
// refusal of the hook route is logged, by design) and nothing else. Every other table counts, the platform's own
// included (journal entries, events, attachments, users): none of them has a reason to change when a request is
// refused, so any change there is a finding, not noise.
import type { DatabaseDump } from '@incb/glide-emulator';

/** Tables a refused request may legitimately add rows to. */
export const TABLES_REFUSALS_MAY_WRITE = ['x_incb_bridge_log'];

export interface RecordChanges {
  inserted: number;
  updated: number;
  deleted: number;
  /** 'table sys_id: inserted|updated (fields)|deleted', for the report */
  detail: string[];
}

type Row = { [field: string]: string };

function byId(rows: Row[] | undefined): { [sysId: string]: Row } {
  const out: { [sysId: string]: Row } = {};
  for (const row of rows || []) out[row.sys_id] = row;
  return out;
}

function changedFields(before: Row, after: Row): string[] {
  const names = Object.keys(before).concat(Object.keys(after).filter((name) => !(name in before)));
  return names.filter((name) => before[name] !== after[name]);
}

export function recordChanges(before: DatabaseDump, after: DatabaseDump): RecordChanges {
  const out: RecordChanges = { inserted: 0, updated: 0, deleted: 0, detail: [] };
  const tables = Object.keys(before.tables).concat(Object.keys(after.tables).filter((t) => !(t in before.tables)));
  for (const table of tables) {
    if (TABLES_REFUSALS_MAY_WRITE.indexOf(table) >= 0) continue;
    const old = byId(before.tables[table]);
    const now = byId(after.tables[table]);
    for (const id of Object.keys(now)) {
      if (!old[id]) {
        out.inserted++;
        out.detail.push(`${table} ${id}: inserted`);
      } else {
        const fields = changedFields(old[id], now[id]);
        if (fields.length) {
          out.updated++;
          out.detail.push(`${table} ${id}: updated (${fields.join(', ')})`);
        }
      }
    }
    for (const id of Object.keys(old)) {
      if (!now[id]) {
        out.deleted++;
        out.detail.push(`${table} ${id}: deleted`);
      }
    }
  }
  return out;
}
