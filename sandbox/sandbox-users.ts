// Who can sign in to the sandbox: the four default users (each with its user name as password) or the list of a
// --users file. The instance gets these users (roles included) at every start; the passwords stay here, in the
// Node process, which does basic auth.
import fs from 'node:fs';
import type { SessionUser } from '@incb/glide-emulator';

export interface SandboxUser extends SessionUser {
  password: string;
}

export const DEFAULT_USERS: readonly SandboxUser[] = [
  { user_name: 'admin', password: 'admin', first_name: 'System', last_name: 'Administrator', roles: ['admin'] },
  { user_name: 'agent', password: 'agent', first_name: 'SRE', last_name: 'Agent', roles: ['x_incb_bridge.agent'] },
  { user_name: 'ado.hook', password: 'ado.hook', first_name: 'Azure DevOps', last_name: 'Service Hook', roles: ['x_incb_bridge.integration'] },
  { user_name: 'itil.user', password: 'itil.user', first_name: 'ITIL', last_name: 'User', roles: ['itil'] },
];

function stringField(entry: Record<string, unknown>, field: string, where: string, required: boolean): string | undefined {
  const value = entry[field];
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || (required && value === '')) throw new Error(`${where}: "${field}" must be a${required ? ' non-empty' : ''} string`);
  return value;
}

/** Reads a --users file: a JSON list of { user_name, password, roles, first_name?, last_name?, email? }. */
export function readUsersFile(file: string): SandboxUser[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`--users ${file}: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed) || parsed.length === 0) throw new Error(`--users ${file}: expected a non-empty JSON list of users`);
  const seen = new Set<string>();
  return parsed.map((raw, i) => {
    const where = `--users ${file}, entry ${i + 1}`;
    if (raw === null || typeof raw !== 'object') throw new Error(`${where}: expected an object`);
    const entry = raw as Record<string, unknown>;
    const userName = stringField(entry, 'user_name', where, true)!;
    if (userName.includes(':')) throw new Error(`${where}: a user name cannot contain ":" (HTTP basic auth separates user and password with it)`);
    if (seen.has(userName)) throw new Error(`${where}: user "${userName}" is listed twice`);
    seen.add(userName);
    const roles = entry.roles;
    if (!Array.isArray(roles) || roles.some((r) => typeof r !== 'string' || r === '')) throw new Error(`${where}: "roles" must be a list of role names`);
    const user: SandboxUser = { user_name: userName, password: stringField(entry, 'password', where, true)!, roles: roles as string[] };
    for (const field of ['first_name', 'last_name', 'email'] as const) {
      const value = stringField(entry, field, where, false);
      if (value !== undefined) user[field] = value;
    }
    return user;
  });
}
