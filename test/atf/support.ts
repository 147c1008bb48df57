// What the atf tier's test files share: which engines to run (Rhino, and node; without Rhino the Rhino runs are
// skipped with a banner, except under CI=true, where that fails), the sys_ids of the app's ATF records by their Fluent
// keys, copies of dist/app with one thing broken, and the failed steps of a run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadApp, LoadedApp } from '@incb/glide-emulator/loader';
import { rhinoAvailability } from '@incb/glide-emulator/runtime';
import type { AtfRun, AtfStepResult, AtfTestResult } from '../../sandbox/atf/runner';
import { allTests } from '../../sandbox/atf/report';
import { DIST_APP, ROOT } from '../support/builtApp';

jest.setTimeout(180000);

const rhino = rhinoAvailability({});
if (!rhino.available) {
  if (process.env.CI === 'true') throw new Error(`the atf tier needs Rhino under CI: ${rhino.reason}`);
  console.log(`\n${'#'.repeat(78)}\n#  RHINO IS NOT AVAILABLE (${rhino.reason}): the atf tier runs the node engine only\n${'#'.repeat(78)}`);
}
export const ENGINES: Array<'rhino' | 'node'> = rhino.available ? ['rhino', 'node'] : ['node'];
/** the engine the broken-app cases run on: the authority when it is there */
export const ENGINE: 'rhino' | 'node' = ENGINES[0];

/** The sys_id now-sdk gave the record of a Fluent key (src/fluent/generated/keys.ts). */
export function keyId(key: string): string {
  const keys = fs.readFileSync(path.join(ROOT, 'src/fluent/generated/keys.ts'), 'utf8');
  const m = new RegExp(`'${key.replace(/[-]/g, '\\-')}': \\{\\s*table: '[^']+'\\s*id: '([0-9a-f]{32})'`).exec(keys);
  if (!m) throw new Error(`no key "${key}" in keys.ts`);
  return m[1];
}

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of dist/app, changed by `edit` (which gets the copy's folder), loaded with its demo data. */
export function brokenCopy(edit: (dir: string) => void): { dir: string; app: LoadedApp } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'incb-atf-app-'));
  copies.push(dir);
  fs.cpSync(DIST_APP, dir, { recursive: true });
  edit(dir);
  return { dir, app: loadApp(dir, { includeDemoData: true }) };
}

/** The one file of the copy's update/ folder of `table` whose XML contains every one of `texts`. */
export function recordFile(dir: string, table: string, texts: string[]): string {
  const update = path.join(dir, 'update');
  const found = fs
    .readdirSync(update)
    .filter((f) => f.startsWith(`${table}_`) && /^[0-9a-f]{32}\.xml$/.test(f.slice(table.length + 1)))
    .filter((f) => {
      const xml = fs.readFileSync(path.join(update, f), 'utf8');
      return texts.every((t) => xml.includes(t));
    });
  if (found.length !== 1) throw new Error(`expected one ${table} record with ${texts.join(', ')}, found ${found.length}`);
  return path.join(update, found[0]);
}

export interface FailedStep {
  test: string;
  step: AtfStepResult;
}

/** The failed step of each failed test of the run. */
export function failedSteps(run: AtfRun): FailedStep[] {
  return allTests(run)
    .filter((t: AtfTestResult) => t.status !== 'Success')
    .map((t) => ({ test: t.name, step: t.steps.find((s) => s.status !== 'Success')! }));
}
