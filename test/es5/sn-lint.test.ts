// The community ServiceNow linter (@admc.com/eslint-plugin-sn, in its own ESLint 8 install under tools/sn-lint) as a
// second opinion on dist/es5: its validate-gliderecord-calls rule, with the plugin's scoped-es5 alt, reports
// GlideRecord insert/update/get/next/deleteRecord results a script drops. It only knows variables assigned
// `new GlideRecord(...)` in the same file (and current/previous), so our checker must find all it finds and more.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyzeBuiltApp, ROOT } from './glideCalls';

interface Finding {
  file: string;
  line: number;
  rule: string | null;
  message: string;
}

const RULE = '@admc.com/sn/validate-gliderecord-calls';

function snLint(root: string): Finding[] {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'tools', 'sn-lint', 'lint.cjs'), root], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`tools/sn-lint/lint.cjs failed (is it installed? npm ci --prefix tools/sn-lint):\n${run.stderr}`);
  return JSON.parse(run.stdout) as Finding[];
}

const unchecked = (findings: Finding[]) => findings.filter((f) => f.rule === RULE).map((f) => `${f.file}:${f.line}`);

describe('community linter (@admc.com/eslint-plugin-sn 3.9.1), validate-gliderecord-calls, alt scoped-es5', () => {
  let findings: Finding[] = [];
  beforeAll(() => {
    findings = snLint(ROOT);
  }, 60000);

  test('runs: a dropped update() in a script include is reported', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sn-lint-case-'));
    fs.mkdirSync(path.join(root, 'dist', 'es5', 'includes'), { recursive: true });
    fs.writeFileSync(path.join(root, 'dist', 'es5', 'includes', 'Bad.js'), "var gr = new GlideRecord('incident');\ngr.update();\nif (!gr.update()) gs.error('x');\n");
    expect(unchecked(snLint(root))).toEqual(['dist/es5/includes/Bad.js:2']);
  }, 60000);

  test('every unchecked result it finds in dist/es5, our checker finds too', () => {
    const ours = new Set(analyzeBuiltApp().uncheckedResults.map((u) => u.site));
    expect(unchecked(findings).filter((site) => !ours.has(site))).toEqual([]);
  });

  test('it finds no unchecked GlideRecord result in dist/es5', () => {
    expect(unchecked(findings)).toEqual([]);
  });
});
