// `npm test`: make sure the build is current, run every Jest tier, then the secret audit over everything the tiers
// wrote (test/audit), then print the one summary line CI reads ("N passed, N failed[, N skipped]", summed over
// both runs). Extra arguments go to the main Jest run; with them the run is partial, so the audit still scans what
// it wrote but does not require every runtime to have reported.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { runCounts } = createRequire(import.meta.url)('./test-counts.cjs');
const ensure = spawnSync(process.execPath, [path.join(root, 'scripts/ensure-build.mjs')], { cwd: root, stdio: 'inherit' });
if (ensure.status !== 0) process.exit(ensure.status || 1);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'incb-jest-'));
const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const extraArgs = process.argv.slice(2);
// Every emulated instance of the main run spools its secrets and readable rows here (packages/glide-emulator/glide/secret-audit.ts).
const auditDir = path.join(work, 'secret-audit');
// Which of the app's rows people read, for the emulator to report (test/audit/audited-tables.json).
const auditTables = fs.readFileSync(path.join(root, 'test/audit/audited-tables.json'), 'utf8');
const auditEnv = { ...process.env, INCB_SECRET_AUDIT_DIR: auditDir, INCB_SECRET_AUDIT_ORIGIN: 'jest', INCB_SECRET_AUDIT_TABLES: auditTables };

function runJest(name, args, env) {
  const resultsFile = path.join(work, `${name}-results.json`);
  const countsFile = path.join(work, `${name}-counts.jsonl`);
  const reporters = ['--reporters=default', '--reporters=' + path.join(root, 'scripts', 'count-reporter.cjs')];
  const run = spawnSync(process.execPath, [jest, '--json', '--outputFile=' + resultsFile, ...reporters, ...args], { cwd: root, stdio: 'inherit', env: { ...env, INCB_COUNT_FILE: countsFile } });
  const report = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : null;
  const counts = runCounts(report, fs.existsSync(countsFile) ? fs.readFileSync(countsFile, 'utf8') : '', run.status);
  if (counts.source === 'files') console.log(`Jest (${name}) wrote no report; counts from the test files that finished: ${counts.passed} passed, ${counts.failed} failed`);
  if (counts.crashed) console.log(`Jest (${name}) exited with ${run.status} without a failed test: counted as one failure`);
  return counts;
}

const main = runJest('main', extraArgs, auditEnv);
const audit = runJest('audit', ['--config', path.join(root, 'test/audit/jest.config.js')], {
  ...auditEnv,
  INCB_SECRET_AUDIT_COMPLETE_RUN: extraArgs.length === 0 ? 'true' : 'false',
});
// The spool is tens of megabytes: kept only when the audit failed, to look at.
if (audit.ok) fs.rmSync(auditDir, { recursive: true, force: true });
else console.log(`Secret audit spool kept in ${auditDir}`);

const passed = main.passed + audit.passed;
const failed = main.failed + audit.failed;
const skipped = main.skipped + audit.skipped;
console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ''));
process.exit(main.ok && audit.ok ? 0 : 1);
