// The README's demo, run as a reader runs it: its shell block, read from README.md, goes to bash as written (curl
// and sed), against a fresh `--demo` sandbox; only the two URLs change, from the default ports the README names to
// the free ports this run got. Every `#>` line in the block must match what the command before it printed, in
// order (`…` standing for any text), so the README cannot drift from what the sandbox does.
import { spawnSync } from 'node:child_process';
import { docExample } from '../support/doc-examples';
import { basicAuth } from './support/http-client';
import { SandboxProcess, startE2eSandbox } from './support/e2e-sandbox';
import { parseCommandLine } from '../../sandbox/cli-options';
import { DEFAULT_PORT, demoFakePort } from '../../sandbox/server';
import { DEMO_PERSON } from '../../sandbox/demo';

const demo = docExample('readme/demo');
const start = docExample('readme/demo-start');

/** the `#>` lines of the block: what the commands before them print */
const expectedLines = demo.text.split('\n').filter((line) => line.startsWith('#> ')).map((line) => line.slice(3));
const pattern = (expected: string): RegExp => new RegExp(`^${expected.split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

describe('the README demo', () => {
  test('starts as the README says: npm start -- --demo, the instance on 8080 and the fake on 8081', () => {
    expect(start.text.trim()).toBe('npm start -- --demo');
    const command = parseCommandLine(['--demo'], {});
    expect(command.help).toBe(false);
    const options = command.help ? {} : command.options;
    expect(options.port ?? DEFAULT_PORT).toBe(8080);
    expect(demoFakePort(options)).toBe(8081);
    expect(demo.text).toContain('SN=http://127.0.0.1:8080 ');
    expect(demo.text).toContain('ADO=http://127.0.0.1:8081/fabrikam/IncidentBridge/_apis/wit ');
    // the story the README tells is in its #> lines: linked, followed, resolved with the close code
    expect(expectedLines.join('\n')).toMatch(/"priority":"1".*"correlation_id":"1"/);
    expect(expectedLines.join('\n')).toMatch(/"state":"In Progress"/);
    expect(expectedLines.join('\n')).toMatch(/"state":"Resolved","close_code":"Solution provided"/);
  });

  describe('pasted into bash against a fresh demo sandbox', () => {
    let sandbox: SandboxProcess;
    let fake: { url: string; organizationUrl: string; project: string };
    let run: { status: number | null; stdout: string; stderr: string };

    beforeAll(async () => {
      sandbox = await startE2eSandbox(['--demo']);
      const info = await fetch(`${sandbox.url}/sandbox/v1/info`, { headers: { Authorization: basicAuth('admin', 'admin') } });
      fake = ((await info.json()) as any).result.demo;
      const script = demo.text.replace(/http:\/\/127\.0\.0\.1:8080/g, sandbox.url).replace(/http:\/\/127\.0\.0\.1:8081/g, fake.url);
      // `set -e` and pipefail: a command that fails stops the run here, where a reader would see it fail
      const result = spawnSync('bash', ['-c', `set -eo pipefail\n${script}`], { encoding: 'utf8', timeout: 120000 });
      run = { status: result.status, stdout: result.stdout ?? '', stderr: `${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
    }, 180000);
    afterAll(() => sandbox?.stop());

    test('runs to the end', () => {
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    });

    test('prints what every #> line says, in order', () => {
      const printed = run.stdout.split('\n').filter((line) => line !== '');
      const restore = (text: string) => text.replace(new RegExp(sandbox.url.replace(/[.]/g, '\\.'), 'g'), 'http://127.0.0.1:8080').replace(new RegExp(fake.url.replace(/[.]/g, '\\.'), 'g'), 'http://127.0.0.1:8081');
      expect(printed.map(restore)).toHaveLength(expectedLines.length);
      printed.map(restore).forEach((line, index) => expect(line).toMatch(pattern(expectedLines[index])));
    });

    test('sent nothing back to Azure DevOps after the work item was created: every later revision is Dana\'s', async () => {
      const state = (await (await fetch(`${fake.url}/_fake/state`)).json()) as any;
      expect(state.validationFailures).toEqual([]);
      expect(state.workItems).toBe(1);
      const updates = await fetch(`${fake.organizationUrl}/${fake.project}/_apis/wit/workItems/1/updates?api-version=7.1`, {
        headers: { Authorization: basicAuth('', DEMO_PERSON.pat!), Accept: 'application/json' },
      });
      const revisions = ((await updates.json()) as any).value as Array<{ rev: number; revisedBy: { uniqueName: string } }>;
      expect(revisions.length).toBeGreaterThan(1);
      expect(revisions.slice(1).map((update) => update.revisedBy.uniqueName)).toEqual(revisions.slice(1).map(() => DEMO_PERSON.uniqueName));
      // every delivery the fake made reached the demo connection's route and was accepted
      expect(state.deliveries.length).toBeGreaterThanOrEqual(4);
      for (const delivery of state.deliveries) expect([delivery.state, delivery.status]).toEqual(['delivered', 200]);
    });
  });
});
