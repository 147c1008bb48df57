// The sandbox's copy of its committed database, kept in this Node process: the snapshot the engine would dump, as of
// the last session call that finished. It starts from one full dump and follows every call's SessionChanges (the rows
// each call wrote, which the engine returns with its result), so it costs a few rows per call instead of a dump per
// write (a dump of the base data costs 70-130 ms in Rhino). When the engine dies, the sandbox restores a new one from
// it: nothing a finished call committed is lost; the call that killed the engine, which got no answer but a 500, is.
import type { SessionChanges, SessionSnapshot } from '@incb/glide-emulator';

type Row = { [field: string]: string };

/** What one call did to one table, against the committed rows before it. */
export interface TableChange {
  inserted: number;
  updated: number;
  deleted: number;
}

/** One row a call wrote: as committed before the call (null: new) and after it (null: deleted). */
export interface RowWrite {
  sysId: string;
  before: Row | null;
  after: Row | null;
}

/** Rows of the committed database, to look up what a written row refers to (a connection's name, an incident's
 * number). Rows by base table: an incident is a `task` row. */
export interface CommittedRows {
  row(baseTable: string, sysId: string): Row | undefined;
  rows(baseTable: string): Iterable<Row>;
}

/** What one call committed, by base table; only tables it changed. */
export interface CommitReport {
  tables: { [baseTable: string]: TableChange };
  /** the rows it wrote, in the order it first wrote them (a row written again unchanged included) */
  written: { [baseTable: string]: RowWrite[] };
  /** the committed database after the call */
  committed: CommittedRows;
}

function sameRow(a: Row, b: Row): boolean {
  const names = Object.keys(a);
  if (names.length !== Object.keys(b).length) return false;
  return names.every((name) => Object.prototype.hasOwnProperty.call(b, name) && a[name] === b[name]);
}

export class CommittedData implements CommittedRows {
  /** rows by base table, in the dump's order (a Map keeps insertion order: new rows go last, updated ones stay) */
  private readonly tables = new Map<string, Map<string, Row>>();
  private numbers: { [table: string]: number };
  private schedules: SessionSnapshot['schedules'];
  private savedAt: string;
  private readonly app: SessionSnapshot['app'];

  constructor(snapshot: SessionSnapshot) {
    for (const base of Object.keys(snapshot.database.tables)) {
      this.tables.set(base, new Map(snapshot.database.tables[base].map((row) => [row.sys_id, row])));
    }
    this.numbers = { ...snapshot.database.numbers };
    this.schedules = snapshot.schedules;
    this.savedAt = snapshot.savedAt;
    this.app = snapshot.app;
  }

  /** Applies one call's changes; says what they did, table by table (a row written again unchanged is no update). */
  apply(changes: SessionChanges): CommitReport {
    const report: CommitReport = { tables: {}, written: {}, committed: this };
    for (const base of Object.keys(changes.database.tables)) {
      const rows = this.tables.get(base) ?? new Map<string, Row>();
      this.tables.set(base, rows);
      const count: TableChange = { inserted: 0, updated: 0, deleted: 0 };
      const written = changes.database.tables[base];
      const writes: RowWrite[] = (report.written[base] = []);
      for (const sysId of Object.keys(written)) {
        const before = rows.get(sysId);
        const after = written[sysId];
        writes.push({ sysId, before: before ?? null, after });
        if (after === null) {
          if (before) count.deleted++;
          rows.delete(sysId);
        } else {
          if (!before) count.inserted++;
          else if (!sameRow(before, after)) count.updated++;
          rows.set(sysId, after);
        }
      }
      if (rows.size === 0) this.tables.delete(base);
      if (count.inserted + count.updated + count.deleted > 0) report.tables[base] = count;
    }
    this.numbers = { ...this.numbers, ...changes.database.numbers };
    this.schedules = changes.schedules;
    this.savedAt = changes.savedAt;
    return report;
  }

  row(baseTable: string, sysId: string): Row | undefined {
    return this.tables.get(baseTable)?.get(sysId);
  }

  rows(baseTable: string): Iterable<Row> {
    return this.tables.get(baseTable)?.values() ?? [];
  }

  /** The committed database as a session snapshot (what --data holds and a new engine is restored from). */
  snapshot(): SessionSnapshot {
    const tables: SessionSnapshot['database']['tables'] = {};
    for (const [base, rows] of this.tables) tables[base] = [...rows.values()];
    return { format: 'incident-bridge-sandbox', version: 1, savedAt: this.savedAt, app: this.app, database: { tables, numbers: { ...this.numbers } }, schedules: this.schedules };
  }
}
