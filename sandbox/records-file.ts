// `--records FILE`: records the sandbox writes at every start, after the base data or the restored --data (each
// matched by sys_id: updated when it exists, inserted otherwise). It is how a tool or a test configures what the
// Table API cannot reach, the app's own tables (connections, response plans), which only an Incident Bridge admin
// edits, in forms. A sandbox-only way in: a real instance gets such records from an admin or an update set.
import fs from 'node:fs';
import type { SeedRecord } from '@incb/glide-emulator';

/** Reads a --records file: a JSON list of { table, sys_id?, fields: { name: value } } (values as strings). */
export function readRecordsFile(file: string): SeedRecord[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`--records ${file}: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw new Error(`--records ${file}: expected a JSON list of records`);
  return parsed.map((raw, i) => {
    const where = `--records ${file}, entry ${i + 1}`;
    if (raw === null || typeof raw !== 'object') throw new Error(`${where}: expected an object`);
    const entry = raw as Record<string, unknown>;
    if (typeof entry.table !== 'string' || entry.table === '') throw new Error(`${where}: "table" must be a table name`);
    if (entry.sys_id !== undefined && (typeof entry.sys_id !== 'string' || !/^[0-9a-f]{32}$/.test(entry.sys_id))) {
      throw new Error(`${where}: "sys_id" must be 32 lower-case hex digits`);
    }
    const fields = entry.fields;
    if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) throw new Error(`${where}: "fields" must be an object`);
    const values: { [name: string]: string } = {};
    for (const [name, value] of Object.entries(fields as Record<string, unknown>)) {
      if (typeof value !== 'string') throw new Error(`${where}: field "${name}" must be a string (as the platform stores it)`);
      values[name] = value;
    }
    const record: SeedRecord = { table: entry.table, fields: values };
    if (entry.sys_id !== undefined) record.sys_id = entry.sys_id as string;
    return record;
  });
}
