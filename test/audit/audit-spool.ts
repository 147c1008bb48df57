// Reads what every emulated instance of a `npm test` run reported to the secret audit (packages/glide-emulator/glide/secret-audit.ts):
// the spool files in INCB_SECRET_AUDIT_DIR, one per copy of the emulator, named
// <origin>-<engine>-<pid>-<random>.jsonl (packages/glide-emulator/runtime/secret-audit-spool.cjs). `runtime` is <origin>-<engine>,
// e.g. jest-in-process, jest-rhino, sandbox-rhino.
import fs from 'node:fs';
import path from 'node:path';

export interface SpooledSecret {
  runtime: string;
  /** the spool file: one copy of the emulator (a test file's, an engine's) */
  file: string;
  value: string;
  table: string;
  field: string;
  /** the username of the row the secret was stored in (a Basic credential carries "username:secret") */
  user?: string;
}

export interface SpooledRow {
  runtime: string;
  /** the spool file: one copy of the emulator (a test file's, an engine's) */
  file: string;
  table: string;
  row: { [field: string]: string };
}

export interface AuditSpool {
  secrets: SpooledSecret[];
  rows: SpooledRow[];
}

const SPOOL_FILE = /^([a-z]+-[a-z-]+?)-\d+-[0-9a-f]+\.jsonl$/;

export function readAuditSpool(dir: string): AuditSpool {
  const spool: AuditSpool = { secrets: [], rows: [] };
  if (!fs.existsSync(dir)) return spool;
  for (const file of fs.readdirSync(dir).sort()) {
    const name = SPOOL_FILE.exec(file);
    if (!name) throw new Error(`not a secret audit spool file: ${path.join(dir, file)}`);
    const runtime = name[1];
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      if (line === '') continue;
      const entry = JSON.parse(line);
      if (entry.secret !== undefined) spool.secrets.push({ runtime, file, value: entry.secret, table: entry.table, field: entry.field, user: entry.user });
      else spool.rows.push({ runtime, file, table: entry.table, row: entry.row });
    }
  }
  return spool;
}
