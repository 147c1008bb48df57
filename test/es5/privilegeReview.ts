// The comparison behind cross-scope-privileges.test.ts, as functions so their own tests can show each one failing:
// operations found in the built scripts on tables outside the app's scope against the privileges the package ships.
import type { PrivilegeDefinition } from '@incb/glide-emulator/loader';
import { GLOBAL_TABLE_ACCESS } from '@incb/glide-emulator';

export interface ForeignOperation {
  table: string;
  /** read, create, write or delete */
  operation: string;
  sites: string[];
}

const key = (table: string, operation: string) => `${table} ${operation}`;

/** Operations with no allowed table privilege for exactly that table and operation, with their sites. */
export function missingPrivileges(operations: ForeignOperation[], privileges: PrivilegeDefinition[]): string[] {
  const granted = new Set(privileges.filter((p) => p.status === 'allowed' && p.targetType === 'sys_db_object').map((p) => key(p.targetName, p.operation)));
  return operations.filter((op) => !granted.has(key(op.table, op.operation))).map((op) => `${key(op.table, op.operation)} (used at ${op.sites.join(', ')})`);
}

/** Privileges no operation uses. */
export function unusedPrivileges(operations: ForeignOperation[], privileges: PrivilegeDefinition[]): string[] {
  const used = new Set(operations.map((op) => key(op.table, op.operation)));
  return privileges.filter((p) => !used.has(key(p.targetName, p.operation))).map((p) => key(p.targetName, p.operation));
}

/** What Application Access lets another scope do to a platform table: read always, more only where the emulator's
 * documented settings say so (packages/glide-emulator/glide/access/global-table-access.ts). */
export function tableAllows(table: string, operation: string): boolean {
  if (operation === 'read') return true;
  const wider = GLOBAL_TABLE_ACCESS[table];
  if (!wider) return false;
  return operation === 'create' ? wider.create : operation === 'write' ? wider.update : operation === 'delete' ? wider.delete : false;
}

/** Privileges that are not allowed table privileges of `appScope` on a global table, or that ask for more than the
 * table lets any privilege grant. */
export function wrongPrivileges(privileges: PrivilegeDefinition[], appScope: string): string[] {
  return privileges
    .filter((p) => p.status !== 'allowed' || p.targetType !== 'sys_db_object' || p.targetScope !== 'global' || p.sourceScope !== appScope || !tableAllows(p.targetName, p.operation))
    .map((p) => `${key(p.targetName, p.operation)}: status ${p.status}, type ${p.targetType}, ${p.sourceScope} -> ${p.targetScope}`);
}

/** table + operation pairs named by more than one privilege */
export function duplicatePrivileges(privileges: PrivilegeDefinition[]): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const p of privileges) {
    const k = key(p.targetName, p.operation);
    if (seen.has(k)) twice.push(k);
    seen.add(k);
  }
  return twice;
}
