// After the whole `npm test` run: is any secret the suite stored anywhere in what the app wrote for people to read?
// Every row written to the integration log, outbox, inbox and links (each insert and update, as stored) and every
// connection health error, from every emulated instance of every tier (in-process, Rhino, sandbox processes), is
// searched for every secret stored by the same copy of the emulator (password2 values, OAuth tokens), in each form
// it can travel in (sandbox/faults/secret-scan.ts: as is, URL-encoded, base64, inside a Basic credential).
// Why per copy (spool file): an instance can only leak what it holds, and tests reuse words as throwaway secrets in
// one file that are ordinary text in another (an access token 'refreshed' beside "could not be refreshed").
// Secrets shorter than MIN_SECRET_LENGTH are left out too: values such as 'x' or 'sec' occur in any text, so a hit
// on them would say nothing.
import { rhinoAvailability } from '@incb/glide-emulator/runtime';
import { secretForms } from '../../sandbox/faults/secret-scan';
import { AuditSpool, SpooledRow, readAuditSpool } from './audit-spool';

const MIN_SECRET_LENGTH = 6;
/** a complete run must have reported at least this much from each runtime, and in all, or the scan proves little */
const LEAST_PER_RUNTIME: { [what: string]: number } = { x_incb_bridge_log: 10, x_incb_bridge_outbox: 10, secrets: 3 };
const LEAST_ROWS = 2000;

const dir = process.env.INCB_SECRET_AUDIT_DIR;
/** scripts/test.mjs sets it when the main run had no filters, so every tier and runtime ran */
const completeRun = process.env.INCB_SECRET_AUDIT_COMPLETE_RUN === 'true';

function expectedRuntimes(): string[] {
  return rhinoAvailability().available ? ['jest-in-process', 'jest-rhino', 'sandbox-rhino'] : ['jest-in-process', 'sandbox-vm'];
}

/** per spool file, the secret texts to look for: each secret, and "username:secret" where it came with a user name */
function secretTexts(spool: AuditSpool): Map<string, string[]> {
  const byFile = new Map<string, Set<string>>();
  for (const secret of spool.secrets) {
    if (secret.value.length < MIN_SECRET_LENGTH) continue;
    const texts = byFile.get(secret.file) ?? new Set<string>();
    texts.add(secret.value);
    if (secret.user) texts.add(secret.user + ':' + secret.value);
    byFile.set(secret.file, texts);
  }
  return new Map([...byFile].map(([file, texts]) => [file, [...texts]]));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Hit {
  runtime: string;
  file: string;
  table: string;
  sysId: string;
  field: string;
  form: string;
}

function scan(rows: SpooledRow[], textsByFile: Map<string, string[]>): Hit[] {
  const anyFormByFile = new Map<string, RegExp>();
  for (const [file, texts] of textsByFile) anyFormByFile.set(file, new RegExp([...new Set(secretForms(texts))].map(escapeRegExp).join('|')));
  const hits: Hit[] = [];
  for (const { runtime, file, table, row } of rows) {
    const anyForm = anyFormByFile.get(file);
    if (!anyForm) continue;
    for (const field of Object.keys(row)) {
      const match = anyForm.exec(String(row[field]));
      if (match) hits.push({ runtime, file, table, sysId: row.sys_id, field, form: match[0] });
    }
  }
  return hits;
}

function figures(spool: AuditSpool): { [runtime: string]: { [what: string]: number } } {
  const out: { [runtime: string]: { [what: string]: number } } = {};
  const count = (runtime: string, what: string) => {
    out[runtime] = out[runtime] || {};
    out[runtime][what] = (out[runtime][what] || 0) + 1;
  };
  for (const row of spool.rows) count(row.runtime, row.table);
  for (const secret of spool.secrets) count(secret.runtime, 'secrets');
  return out;
}

describe('secret audit of everything the test suite wrote', () => {
  if (!dir) throw new Error('INCB_SECRET_AUDIT_DIR is not set: run the audit through `npm test` (scripts/test.mjs)');
  const spool = readAuditSpool(dir);
  const textsByFile = secretTexts(spool);
  const perRuntime = figures(spool);

  (completeRun ? test : test.skip)('every runtime reported log and outbox rows and secrets, so the scan covers them', () => {
    const shortfalls: string[] = [];
    for (const runtime of expectedRuntimes()) {
      const seen = perRuntime[runtime] || {};
      for (const [what, least] of Object.entries(LEAST_PER_RUNTIME)) {
        if ((seen[what] || 0) < least) shortfalls.push(`${runtime}: ${seen[what] || 0} ${what} (at least ${least})`);
      }
    }
    if (spool.rows.length < LEAST_ROWS) shortfalls.push(`${spool.rows.length} rows in all (at least ${LEAST_ROWS})`);
    expect(shortfalls).toEqual([]);
  });

  test('no row contains any secret in any form', () => {
    const hits = scan(spool.rows, textsByFile);
    const secrets = new Set(spool.secrets.map((s) => s.value));
    const skipped = [...secrets].filter((value) => value.length < MIN_SECRET_LENGTH);
    console.log(
      `Secret audit: ${spool.rows.length} row writes scanned for ${secrets.size - skipped.length} distinct secrets ` +
        `(${skipped.length} secrets shorter than ${MIN_SECRET_LENGTH} characters left out), ${hits.length} hits\n` +
        JSON.stringify(perRuntime, null, 1)
    );
    expect(hits).toEqual([]);
  });
});
