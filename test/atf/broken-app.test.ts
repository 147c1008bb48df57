// A broken app fails its own ATF suite where the suite covers what broke. Each case is a built copy of dist/app with
// one thing taken away, as a mistaken change or an admin could leave an instance: the REST endpoint ACL of a route
// deleted (the route then admits any signed-in user), a cross-scope privilege deleted (the instance refuses the
// operation), the capture business rule deactivated. The copy's ATF run in the sandbox fails at exactly the step that
// covers it, and only there.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../support/builtApp';
import { runAtfInSandbox } from '../../sandbox/atf/sandbox-run';
import { ENGINE, brokenCopy, failedSteps, keyId, recordFile } from './support';

async function failuresOf(app: ReturnType<typeof brokenCopy>['app']) {
  const result = await runAtfInSandbox({ app, engine: ENGINE, demoData: true });
  expect(result.run.ok).toBe(false);
  return failedSteps(result.run).map((f) => ({ test: f.test, step: f.step.sysId, summary: f.step.summary }));
}

test('without the agent health route\'s ACL, a user without the agent role gets in: the 403 assertion fails', async () => {
  const { app } = brokenCopy((dir) => fs.rmSync(recordFile(dir, 'sys_security_acl', ['<name>x_incb_bridge.agent_api.health</name>'])));
  const failures = await failuresOf(app);
  expect(failures).toEqual([{ test: 'Incident Bridge: agent API as an agent', step: keyId('atf-agent-norole-status'), summary: expect.stringContaining("Status code is '200'") }]);
});

test('without the incident write privilege, the privileges check names it and every flow that writes incidents fails at its own step', async () => {
  const { app } = brokenCopy((dir) => fs.rmSync(recordFile(dir, 'sys_scope_privilege', ['<target_name>incident</target_name>', '<operation>write</operation>'])));
  const failures = await failuresOf(app);
  expect(failures).toEqual(
    expect.arrayContaining([
      { test: 'Incident Bridge: cross-scope privileges', step: keyId('atf-privileges-check'), summary: expect.stringMatching(/^Refused from the app scope [^:]*: incident write\. Not tried: sys_journal_field read \(needs the incident write\)$/) },
      // acknowledging writes the incident: the agent API answers that it could not save
      { test: 'Incident Bridge: agent API as an agent', step: keyId('atf-agent-note-status'), summary: expect.stringContaining('Assertion failed') },
    ])
  );
});

test('with the capture rule inactive, the capture check finds no outbox entry', async () => {
  const { app } = brokenCopy((dir) => {
    const file = recordFile(dir, 'sys_script', ['<name>Incident Bridge: capture incident changes</name>']);
    const xml = fs.readFileSync(file, 'utf8');
    if (!xml.includes('<active>true</active>')) throw new Error('the capture rule is not active in dist/app');
    fs.writeFileSync(file, xml.replace('<active>true</active>', '<active>false</active>'));
  });
  const failures = await failuresOf(app);
  expect(failures).toEqual(
    expect.arrayContaining([{ test: 'Incident Bridge: capture', step: keyId('atf-capture-check'), summary: 'Capture: 0 outbox entries for the test connection, not exactly 1' }])
  );
  // the round trip through the double waits for a create that never comes
  expect(failures.map((f) => f.step)).toEqual(expect.arrayContaining([keyId('atf-trip-written-back')]));
});

test('npm run atf -- --app DIR runs another built app: the broken copy fails, with its failing step printed', () => {
  const { dir } = brokenCopy((copy) => fs.rmSync(recordFile(copy, 'sys_security_acl', ['<name>x_incb_bridge.agent_api.health</name>'])));
  const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/node/sandbox/atf/cli.js'), '--app', dir, '--engine', 'node', '--suite', 'Incident Bridge: install check'], { cwd: ROOT, encoding: 'utf8', timeout: 120000 });
  expect(run.stdout).toContain(`from ${dir}, with demo data`);
  expect(run.stdout).toMatch(/Assert Status Code +Failure +Assertion failed: Status code is '403'; Status code is '200'/);
  expect(run.stdout.trim().split('\n').pop()).toBe('ATF: FAILED');
  expect(run.status).toBe(1);
});
