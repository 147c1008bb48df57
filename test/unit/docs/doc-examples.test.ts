// Every example in the documentation is tested: each fenced block carries a marker (test/support/doc-examples.ts)
// and a test that reads it by its id, or says what it needs that is not here (an instance); every command in a
// block or in the prose is one the repository accepts as written. The blocks of the sandbox's and the fake's
// READMEs that are code are type-checked against the code they describe.
import { readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ts from 'typescript';
import { allDocExamples, DocExample, docExample, docExampleJson, documentedFiles, REPO_ROOT } from '../../support/doc-examples';
import { blockCommands, commandProblem, inlineCommands, shellCommands } from '../../support/doc-commands';
import { readRecordsFile } from '../../../sandbox/records-file';
import { parseCommandLine } from '../../../sandbox/cli-options';
import { startSandbox } from '../../../sandbox/server';

const scriptArgsOf = (words: string[]): string[] => (words.includes('--') ? words.slice(words.indexOf('--') + 1) : []);
import { loadBuiltApp } from '../../support/builtApp';

const { examples, unmarked } = allDocExamples();
const SHELL = ['sh', 'bash', 'shell'];

/** The text of every test file: where an example's id must be named. */
function testSources(): string {
  const texts: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) texts.push(readFileSync(path, 'utf8'));
    }
  };
  walk(join(REPO_ROOT, 'test'));
  return texts.join('\n');
}

describe('the documentation examples', () => {
  test('every fenced block in the documented files carries an example marker', () => {
    expect(documentedFiles()).toEqual(expect.arrayContaining(['README.md', 'sandbox/README.md', 'docs/push-signing.md', 'packages/glide-emulator/README.md', 'packages/ado-fake/README.md']));
    expect(unmarked.map((block) => `${block.file}:${block.line}`)).toEqual([]);
  });

  test("the README's tier table names every Jest project of `npm test`, in order, and counts them", () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| tier | what it proves |')).split('\n\n')[0].split('\n').slice(2);
    const projects = (require('../../../jest.config.js') as { projects: Array<{ displayName: string }> }).projects.map((p) => p.displayName);
    expect(table.map((row) => /^\| `([^`]+)` \|/.exec(row)?.[1])).toEqual(projects);
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
    expect(readme).toContain(`then runs ${words[projects.length]} Jest projects:`);
  });

  test('ids are unique', () => {
    const ids = examples.map((example) => example.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  test('every example that can run here is read by a test', () => {
    const sources = testSources();
    const untested = examples.filter((example) => !example.needs && !sources.includes(`docExample('${example.id}')`) && !sources.includes(`docExampleJson('${example.id}')`));
    expect(untested.map((example) => `${example.file}:${example.line} ${example.id}`)).toEqual([]);
  });

  test('an example that cannot run here says what it needs', () => {
    for (const example of examples.filter((e) => e.needs !== undefined)) expect(example.needs!.length).toBeGreaterThan(10);
  });

  test('every command in a shell block is one the repository accepts as written', () => {
    const problems: string[] = [];
    for (const example of examples.filter((e) => SHELL.includes(e.lang))) {
      for (const words of blockCommands(example.text)) {
        if (!['npm', 'npx', 'node'].includes(words[0])) continue;
        const problem = commandProblem(words);
        if (problem) problems.push(`${example.file}:${example.line} ${words.join(' ')}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  }, 60000);

  test('every command in the prose (inline npm, npx, node) is one the repository accepts as written', () => {
    const problems: string[] = [];
    let seen = 0;
    for (const file of documentedFiles()) {
      const prose = readFileSync(join(REPO_ROOT, file), 'utf8').replace(/^\s*(```|~~~)[\s\S]*?^\s*\1\s*$/gm, '');
      for (const command of inlineCommands(prose)) {
        for (const words of shellCommands(command)) {
          seen++;
          const problem = commandProblem(words);
          if (problem) problems.push(`${file}: \`${command}\`: ${problem}`);
        }
      }
    }
    expect(seen).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  }, 60000);

  test('every route of the app the documentation names (with its method where it gives one) is a route of the build', () => {
    const routes = loadBuiltApp().restApis.flatMap((api) => api.routes.flatMap((route) => route.fullPaths.map((path) => ({ method: route.method, path: path.replace(/\{[^}]*\}/g, '{}') }))));
    const problems: string[] = [];
    let seen = 0;
    for (const file of documentedFiles()) {
      const text = readFileSync(join(REPO_ROOT, file), 'utf8');
      const mention = /(?:\b(GET|POST|PUT|PATCH|DELETE) )?(\/api\/x_incb_bridge\/v1\/[A-Za-z0-9_{}\/.-]*)/g;
      for (let match = mention.exec(text); match; match = mention.exec(text)) {
        seen++;
        const [, method, raw] = match;
        // "…/agent/..." and a parameter cut by the line ("{demo connection}") name a prefix
        const cut = raw.replace(/\.{2,}$|\.$/, '');
        const open = cut.lastIndexOf('{') > cut.lastIndexOf('}') ? cut.lastIndexOf('{') : -1;
        // a path that ends in "/" goes on with a placeholder the pattern stops at ("<connection name or sys_id>")
        const prefix = raw.endsWith('...') || open >= 0 || raw.endsWith('/');
        const path = (open >= 0 ? cut.slice(0, open) : cut).replace(/\{[^}]*\}/g, '{}').replace(/\/$/, prefix ? '/' : '');
        // a path names a route when each segment is the route's, a parameter's value standing for the parameter
        const segments = (text: string) => text.split('/');
        const fits = (route: string) => {
          const [want, have] = [segments(path), segments(route)];
          if (prefix ? want.length > have.length : want.length !== have.length) return false;
          return want.every((segment, i) => segment === have[i] || (have[i] === '{}' && segment !== '') || (prefix && i === want.length - 1 && have[i].startsWith(segment)));
        };
        const found = routes.some((route) => (!method || route.method === method) && fits(route.path));
        if (!found) problems.push(`${file}: ${method ? method + ' ' : ''}${raw}`);
      }
    }
    expect(seen).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  test('the command check refuses what would not work', () => {
    expect(commandProblem(['npm', 'run', 'benchmark'])).toMatch(/no script "benchmark"/);
    expect(commandProblem(['npm', 'start', '--', '--demo', '--prot', '0'])).toMatch(/unknown option --prot/);
    expect(commandProblem(['npm', 'run', 'faults', '--', '--seeds', '3'])).toMatch(/unknown option --seeds/);
    expect(commandProblem(['npx', 'jest', '--selectProjects', 'units'])).toMatch(/no Jest project "units"/);
    expect(commandProblem(['npx', 'jest', 'test/unit/nowhere'])).toMatch(/no path/);
    expect(commandProblem(['npx', 'now-sdk', 'auth', '--add', 'x', '--kind', 'basic'])).toMatch(/has no --kind/);
    expect(commandProblem(['node', 'dist/node/sandbox/nothing.js'])).toMatch(/no file sandbox\/nothing.ts/);
    expect(shellCommands(`npm start -- --demo   # a comment with --bad`)).toEqual([['npm', 'start', '--', '--demo']]);
  });
});

describe('README.md', () => {
  test('the two set-up commands are the ones CI runs', () => {
    const ci = readFileSync(join(REPO_ROOT, '.ci', 'run'), 'utf8');
    const commands = blockCommands(docExample('readme/setup').text).map((words) => words.join(' '));
    expect(commands).toEqual(['npm ci', 'npm run build', 'npm test']);
    for (const command of commands) expect(ci).toMatch(new RegExp(`^${command}( |$)`, 'm'));
  });
});

describe('sandbox/README.md', () => {
  test('the start-up lines parse, each as its comment says', () => {
    const lines = docExample('sandbox/start').text.trim().split('\n');
    expect(lines.length).toBe(3);
    const parsed = lines.map((line) => parseCommandLine(scriptArgsOf(shellCommands(line)[0]), {}));
    expect(parsed.map((c) => (c.help ? null : c.options))).toEqual([
      {},
      { port: 0, tickMs: 0 },
      { demo: true, dataFile: '.sandbox.json' },
    ]);
    expect(lines[1]).toMatch(/# free port \(printed\), background processing only on drain/);
    const child = shellCommands(docExample('sandbox/child-process').text.trim())[0];
    expect(child.slice(0, 2)).toEqual(['node', 'dist/node/sandbox/cli.js']);
    expect(parseCommandLine(child.slice(2), {})).toEqual({ help: false, options: { port: 0, tickMs: 0, engine: 'node', quiet: true } });
  });

  test('the --records example, written at a start, activates the shipped Quickstart plan and adds a webhook connection', async () => {
    const records = docExampleJson<Array<{ table: string; sys_id: string; fields: { [name: string]: string } }>>('sandbox/records');
    const app = loadBuiltApp();
    const plan = records.find((r) => r.table === 'x_incb_bridge_response_plan')!;
    // the plan the example names is the one the build ships (an unknown sys_id would insert an empty plan)
    expect((app.records.x_incb_bridge_response_plan ?? []).find((row) => row.sys_id === plan.sys_id)?.name).toBe('Quickstart');
    for (const record of records) {
      const table = app.schema.tables.find((t) => t.name === record.table)!;
      expect(Object.keys(record.fields).filter((field) => !(field in table.fields))).toEqual([]);
    }
    // read as --records reads a file, then written at a start, as the sandbox does
    const file = join(tmpdir(), `doc-records-${process.pid}.json`);
    writeFileSync(file, docExample('sandbox/records').text);
    const sandbox = await startSandbox({ engine: 'node', port: 0, tickMs: 0, quiet: true, seed: false, records: readRecordsFile(file) });
    try {
      const tables = (await sandbox.session.dump()).value.database.tables;
      const plans = tables.x_incb_bridge_response_plan.filter((row) => row.sys_id === plan.sys_id);
      expect(plans.map((row) => [row.name, row.active])).toEqual([['Quickstart', 'true']]);
      const connection = records.find((r) => r.table === 'x_incb_bridge_connection')!;
      const stored = tables.x_incb_bridge_connection.find((row) => row.sys_id === connection.sys_id)!;
      expect(stored).toMatchObject({ name: connection.fields.name, type: 'webhook', base_url: connection.fields.base_url });
    } finally {
      await sandbox.stop();
      unlinkSync(file);
    }
  }, 60000);
});

describe('code blocks in TypeScript', () => {
  /** Type-checks a block as a module in the repository's root, where its relative imports point; a package's name
   * resolves to its entry points. */
  function typeErrors(example: DocExample): string[] {
    const id = example.id;
    const imports = example.text.split('\n').filter((line) => line.startsWith('import '));
    const body = example.text.split('\n').filter((line) => !line.startsWith('import '));
    const fileName = join(REPO_ROOT, `doc-example-${id.replace(/\W/g, '-')}.ts`);
    const source = `${imports.join('\n')}\ndeclare const expect: (value: unknown) => { toEqual(expected: unknown): void };\nexport async function example(): Promise<void> {\n${body.join('\n')}\n}\n`;
    // the packages by name, as the sandbox's own code imports them (tsconfig.node.json's paths)
    const { paths } = JSON.parse(readFileSync(join(REPO_ROOT, 'tsconfig.node.json'), 'utf8')).compilerOptions;
    const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS, strict: true, esModuleInterop: true, skipLibCheck: true, noEmit: true, types: ['node'], baseUrl: REPO_ROOT, paths };
    const host = ts.createCompilerHost(options);
    const read = host.getSourceFile;
    host.getSourceFile = (name, version) => (name === fileName ? ts.createSourceFile(name, source, version) : read.call(host, name, version));
    const program = ts.createProgram([fileName], options, host);
    return ts.getPreEmitDiagnostics(program, program.getSourceFile(fileName)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  test('the sandbox as a child process (sandbox/README.md)', () => expect(typeErrors(docExample('sandbox/process-api'))).toEqual([]), 60000);
  test('the sandbox in process (sandbox/README.md)', () => expect(typeErrors(docExample('sandbox/in-process-api'))).toEqual([]), 60000);
  test('the Azure DevOps fake (packages/ado-fake/README.md)', () => expect(typeErrors(docExample('ado-fake/usage'))).toEqual([]), 60000);
  test('a block that calls what does not exist fails the check', () => {
    const broken = { ...docExample('ado-fake/usage'), id: 'broken' };
    broken.text = broken.text.replace('hooksSettled', 'hooksSettle');
    expect(typeErrors(broken).join('\n')).toMatch(/hooksSettle/);
  }, 60000);
});
