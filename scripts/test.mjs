// `npm test`: make sure the build is current, run every Jest tier, then print the one summary line CI reads
// ("N passed, N failed[, N skipped]", summed over all tiers). Extra arguments go to Jest.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ensure = spawnSync(process.execPath, [path.join(root, 'scripts/ensure-build.mjs')], { cwd: root, stdio: 'inherit' });
if (ensure.status !== 0) process.exit(ensure.status || 1);

const resultsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'incb-jest-')), 'results.json');
const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const run = spawnSync(process.execPath, [jest, '--json', '--outputFile=' + resultsFile, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });

let passed = 0, failed = 0, skipped = 0;
if (fs.existsSync(resultsFile)) {
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests;
  skipped = results.numPendingTests + results.numTodoTests;
  // A suite that fails to load (syntax error, failing globalSetup) has no failed tests but must still fail the run.
  failed += results.testResults.filter((s) => s.status === 'failed' && s.assertionResults.every((a) => a.status !== 'failed')).length;
} else {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ''));
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
