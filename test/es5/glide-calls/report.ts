// What the reporting pass of the analysis sees, turned into the checker's findings:
//   (a) a call on a Glide-typed receiver that its class's scoped page does not document;
//   (b) a call on a receiver of unknown type whose method name only a global page documents, unless the scripts
//       define a method or property of that name themselves;
//   (c) a global the allowlist does not have (Packages, GlideHTTPRequest, sn_ws.SOAPMessage...);
//   (d) insert/update/get/deleteRecord/next on a row whose result the script drops: on an instance a write refused
//       by an ACL, a missing cross-scope privilege or another scope's rule only says so through that result;
//   (e) the table operations of every row object, by table; rows whose table is not known.
import { Allowlist, RECORD_CLASSES } from './allowlist';
import { Recorder } from './evaluate';
import { RecordAtom } from './values';

export interface GlideCall {
  class: string;
  /** the method, or for `new` the global path constructed */
  member: string;
  kind: 'method' | 'static' | 'new';
  site: string;
  allowed: boolean;
}

export interface Violation {
  check: 'outside-allowlist' | 'global-only-name' | 'unknown-global';
  message: string;
  site: string;
}

export interface UncheckedResult {
  class: string;
  method: string;
  site: string;
  message: string;
}

export type Operation = 'read' | 'create' | 'write' | 'delete';

export interface TableOperation {
  table: string;
  operation: Operation;
  sites: string[];
}

export interface UnresolvedTable {
  class: string;
  /** where the row object comes from: a construction site, a call returning a row, `current in <file>` */
  site: string;
  operations: Array<{ operation: Operation; sites: string[] }>;
}

export interface GlideCallsReport {
  calls: GlideCall[];
  violations: Violation[];
  uncheckedResults: UncheckedResult[];
  tableOperations: TableOperation[];
  unresolvedTables: UnresolvedTable[];
}

export const OPERATIONS: { [method: string]: Operation } = {
  query: 'read',
  _query: 'read',
  get: 'read',
  insert: 'create',
  update: 'write',
  updateMultiple: 'write',
  updateWithReferences: 'write',
  deleteRecord: 'delete',
  deleteMultiple: 'delete',
};

export const RESULT_MUST_BE_CHECKED = new Set(['insert', 'update', 'get', 'deleteRecord', 'next']);

const bySite = (a: { site: string }, b: { site: string }): number => compareSites(a.site, b.site);

/** file:line in file order, then line order. */
export function compareSites(a: string, b: string): number {
  const [fa, la] = [a.replace(/:\d+$/, ''), Number(/:(\d+)$/.exec(a)?.[1] ?? 0)];
  const [fb, lb] = [b.replace(/:\d+$/, ''), Number(/:(\d+)$/.exec(b)?.[1] ?? 0)];
  return fa < fb ? -1 : fa > fb ? 1 : la - lb;
}

export class ReportBuilder implements Recorder {
  private calls = new Map<string, GlideCall>();
  private violations = new Map<string, Violation>();
  private unchecked = new Map<string, UncheckedResult>();
  private operations = new Map<string, Set<string>>();
  private unresolved = new Map<string, { cls: string; site: string; operations: Map<Operation, Set<string>> }>();

  constructor(
    private allowlist: Allowlist,
    private definedNames: Set<string>,
  ) {}

  private violation(v: Violation): void {
    this.violations.set(`${v.site}|${v.message}`, v);
  }

  private globalOnlyNote(cls: string, member: string): string {
    const entry = Object.prototype.hasOwnProperty.call(this.allowlist.json.globalOnly, cls) ? this.allowlist.json.globalOnly[cls] : undefined;
    return entry && entry.methods.includes(member) ? ` (documented only for global scripts: ${entry.page})` : '';
  }

  glideCall(e: { cls: string; member: string; kind: 'method' | 'static'; site: string; discarded: boolean; records: RecordAtom[] }): void {
    // A computed method name the analysis cannot read: nothing to check.
    if (e.member === '*') return;
    const allowed = this.allowlist.hasMethod(e.cls, e.member);
    this.calls.set(`${e.site}|${e.cls}|${e.member}|${e.kind}`, { class: e.cls, member: e.member, kind: e.kind, site: e.site, allowed });
    if (!allowed) {
      this.violation({
        check: 'outside-allowlist',
        message: `Glide call outside the scoped API allowlist: ${e.cls}.${e.member}${this.globalOnlyNote(e.cls, e.member)}`,
        site: e.site,
      });
    }
    if (!RECORD_CLASSES.has(e.cls)) return;
    if (e.discarded && RESULT_MUST_BE_CHECKED.has(e.member)) {
      this.unchecked.set(`${e.site}|${e.member}`, {
        class: e.cls,
        method: e.member,
        site: e.site,
        message: `Result of ${e.cls}.${e.member}() not checked`,
      });
    }
    const operation = Object.prototype.hasOwnProperty.call(OPERATIONS, e.member) ? OPERATIONS[e.member] : undefined;
    if (!operation) return;
    for (const record of e.records) {
      if (record.table !== null) {
        const key = `${record.table}|${operation}`;
        this.operations.set(key, (this.operations.get(key) || new Set()).add(e.site));
      } else {
        const entry = this.unresolvedEntry(record.cls, record.where);
        entry.operations.set(operation, (entry.operations.get(operation) || new Set()).add(e.site));
      }
    }
  }

  private unresolvedEntry(cls: string, site: string) {
    const key = `${cls}|${site}`;
    let entry = this.unresolved.get(key);
    if (!entry) this.unresolved.set(key, (entry = { cls, site, operations: new Map() }));
    return entry;
  }

  construction(e: { cls: string; path: string; site: string; records: RecordAtom[] }): void {
    this.calls.set(`${e.site}|${e.cls}|${e.path}|new`, { class: e.cls, member: e.path, kind: 'new', site: e.site, allowed: true });
    for (const record of e.records) if (record.table === null) this.unresolvedEntry(record.cls, record.where);
  }

  untypedCall(e: { member: string; site: string }): void {
    const classes = this.allowlist.globalOnlyClasses(e.member);
    if (classes.length === 0 || this.definedNames.has(e.member)) return;
    this.violation({
      check: 'global-only-name',
      message: `Call of a method only global scripts have, on a value of unknown type: .${e.member}() (global-only in ${classes.join(', ')})`,
      site: e.site,
    });
  }

  unknownGlobal(e: { name: string; site: string }): void {
    this.violation({ check: 'unknown-global', message: `Global not in the scoped API allowlist: ${e.name}`, site: e.site });
  }

  build(): GlideCallsReport {
    const sites = (set: Set<string>) => [...set].sort(compareSites);
    return {
      calls: [...this.calls.values()].sort((a, b) => bySite(a, b) || (a.class + a.member < b.class + b.member ? -1 : 1)),
      violations: [...this.violations.values()].sort((a, b) => bySite(a, b) || (a.message < b.message ? -1 : 1)),
      uncheckedResults: [...this.unchecked.values()].sort(bySite),
      tableOperations: [...this.operations.entries()]
        .map(([key, set]) => ({ table: key.split('|')[0], operation: key.split('|')[1] as Operation, sites: sites(set) }))
        .sort((a, b) => (a.table < b.table ? -1 : a.table > b.table ? 1 : a.operation < b.operation ? -1 : a.operation > b.operation ? 1 : 0)),
      unresolvedTables: [...this.unresolved.values()]
        .map((u) => ({ class: u.cls, site: u.site, operations: [...u.operations.entries()].sort().map(([operation, set]) => ({ operation, sites: sites(set) })) }))
        .sort(bySite),
    };
  }
}
