// A --records file for one end-to-end sandbox: the app's own tables (connections, response plans) are closed to the
// Table API, so a test configures them as an admin's update set would, written at the sandbox's start.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RecordSpec {
  table: string;
  sys_id?: string;
  fields: { [name: string]: string };
}

/** Writes `records` to a new temporary file and returns ['--records', file] for startE2eSandbox. */
export function recordsArgs(records: RecordSpec[]): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'incb-e2e-records-'));
  const file = path.join(dir, 'records.json');
  fs.writeFileSync(file, JSON.stringify(records, null, 2));
  return ['--records', file];
}

/** sys_id of a record the app ships, from the SDK's generated keys (src/fluent/generated/keys.ts) */
export function shippedSysId(key: string): string {
  const keys = fs.readFileSync(path.resolve(__dirname, '../../../src/fluent/generated/keys.ts'), 'utf8');
  const match = new RegExp(`'${key}': \\{[^}]*?id: '([0-9a-f]{32})'`).exec(keys);
  if (!match) throw new Error(`no key ${key} in src/fluent/generated/keys.ts`);
  return match[1];
}
