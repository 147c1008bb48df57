// What GlideRecord, GlideElement, the write pipeline, business rules and events need from the emulated instance.
// Types only: the implementation is InstanceRuntime; keeping this an interface avoids import cycles in the bundle.
import type { ScopedAccess } from '../access/scoped-access';
import type { Dictionary } from '../db/dictionary';
import type { Row, MatchContext } from '../db/query-matcher';
import type { RowStore } from '../db/row-store';
import type { GlideRecordImpl } from '../record/glide-record';

export interface DbStats {
  queries: number;
  inserts: number;
  updates: number;
  deletes: number;
}

export interface RecordOperations {
  /** sys_id, or null when aborted or invalid */
  insert(record: GlideRecordImpl): string | null;
  update(record: GlideRecordImpl): string | null;
  remove(record: GlideRecordImpl): boolean;
  /** runs before-query business rules on a GlideRecord about to query */
  beforeQuery(record: GlideRecordImpl): void;
  /** fills empty fields the script did not set with their dictionary defaults, and the number */
  applyDefaults(record: GlideRecordImpl): void;
}

export interface Platform {
  dictionary: Dictionary;
  store: RowStore;
  stats: DbStats;
  operations: RecordOperations;
  /** the running script's scope and the cross-scope rules it is held to (access/scoped-access.ts) */
  access: ScopedAccess;
  /** per-instance cache of the field-accessor prototypes built by GlideRecord and GlideElement */
  prototypes: { [key: string]: any };
  /** the instance clock as "yyyy-MM-dd HH:mm:ss" (UTC) */
  nowText(): string;
  newGuid(): string;
  log(level: string, message: string, source?: string): void;
  userName(): string;
  userId(): string;
  /** sys_user.name for a user_name, or the user_name when there is no such user */
  userDisplayName(userName: string): string;
  /** context for matching rows; `previous` enables the CHANGES operators (business-rule filter conditions) */
  matchContext(previous?: Row | null): MatchContext;
  /** runs script text as a script of `scope` (default: the running script's scope) */
  evaluate(script: string, vars: { [name: string]: any }, scope?: string): any;
  newRecord(table: string): GlideRecordImpl;
  /** Stores a row without business rules (journal entries, events, attachments, fixtures): fills sys_id, sys_ fields
   * and static defaults that are missing. Does not count in stats (callers count what is a script's write). */
  insertRow(table: string, values: Row): string;
  /** the next sys_number for a numbered table (INC0010001...) */
  nextNumber(table: string): string;
  /** label of a choice value from sys_choice (the table's hierarchy), or null */
  choiceLabel(table: string, field: string, value: string): string | null;
}
