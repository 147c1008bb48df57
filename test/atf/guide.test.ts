// docs/guides/verify-on-your-instance.md against what it describes: the test users it tells an admin to create are
// the ones the package's profiles name and the sandbox's runner prepares, a command of its sandbox block runs as
// written and passes, and the output it shows is what a run prints.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ATF_TEST_USERS } from '../../sandbox/atf/prepare';
import { blockCommands } from '../support/doc-commands';
import { docExample } from '../support/doc-examples';
import { ROOT, loadBuiltApp } from '../support/builtApp';
import { ENGINES } from './support';

const CLI = path.join(ROOT, 'dist/node/sandbox/atf/cli.js');

/** `npm run atf -- ARGS` as the program npm runs after its build check */
function runAtfCommand(words: string[]): { status: number | null; stdout: string } {
  expect(words.slice(0, 3)).toEqual(['npm', 'run', 'atf']);
  const args = words.includes('--') ? words.slice(words.indexOf('--') + 1) : [];
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120000 });
  return { status: run.status, stdout: run.stdout };
}

test('the test users of the guide are the ones the shipped profiles name and the runner prepares', () => {
  const rows = docExample('guides/verify/test-users')
    .text.trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(/ {2,}/));
  const profiles = loadBuiltApp().records.sys_auth_profile_basic ?? [];
  expect(rows.map(([user, role, profile]) => ({ user, role, profile }))).toEqual(
    ATF_TEST_USERS.map((u) => ({ user: u.user_name, role: u.roles.join(', '), profile: profiles.find((p) => p.username === u.user_name)?.name }))
  );
  expect(profiles).toHaveLength(rows.length);
});

test('a sandbox run of the guide, as written, passes without demo data and has no demo suite', () => {
  const commands = blockCommands(docExample('guides/verify/sandbox-run').text);
  expect(commands).toHaveLength(3);
  const withoutDemo = commands.find((words) => words.includes('--without-demo-data'))!;
  const { status, stdout } = runAtfCommand(withoutDemo);
  expect(stdout).toContain('without demo data');
  expect(stdout).toContain('Test suite: Incident Bridge: install check  Success');
  expect(stdout).not.toContain('demo round trip');
  expect(stdout.trim().split('\n').pop()).toBe('ATF: every test passed on node');
  expect(status).toBe(0);
});

test('the output the guide shows is what a run on the node engine prints, in order', () => {
  expect(ENGINES).toContain('node');
  const { status, stdout } = runAtfCommand(['npm', 'run', 'atf', '--', '--engine', 'node']);
  expect(status).toBe(0);
  const printed = stdout.split('\n');
  let at = 0;
  for (const shown of docExample('guides/verify/sandbox-output').text.trimEnd().split('\n')) {
    const pattern = new RegExp('^' + shown.split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?') + '$');
    const found = printed.findIndex((line, index) => index >= at && pattern.test(line));
    expect({ shown, found: found >= 0 }).toEqual({ shown, found: true });
    at = found + 1;
  }
});
