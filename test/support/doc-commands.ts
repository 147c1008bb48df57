// The commands a reader finds in the documentation (shell blocks and inline `npm ...`, `npx ...`, `node ...`),
// split into words as a POSIX shell would, and checked against what the repository really accepts: npm scripts
// that exist, flags the programs parse, Jest projects and paths that exist, now-sdk options its own help lists.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandLine } from '../../sandbox/cli-options';
import { parseFaultsCommandLine } from '../../sandbox/faults/cli-options';
import { parseAtfCommandLine } from '../../sandbox/atf/cli-options';
import { REPO_ROOT } from './doc-examples';

/** Words of one shell line: quotes removed, an unquoted `#` after a blank ends it, `&&`, `||`, `;` and `|` split it. */
export function shellCommands(line: string): string[][] {
  const commands: string[][] = [];
  let words: string[] = [];
  let word: string | null = null;
  const endWord = () => {
    if (word !== null) words.push(word);
    word = null;
  };
  const endCommand = () => {
    endWord();
    if (words.length) commands.push(words);
    words = [];
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "'" || c === '"') {
      const close = line.indexOf(c, i + 1);
      if (close < 0) throw new Error(`unclosed quote in: ${line}`);
      word = (word ?? '') + line.slice(i + 1, close);
      i = close;
    } else if (c === '#' && word === null) {
      break;
    } else if (c === ' ' || c === '\t') {
      endWord();
    } else if (c === ';' || c === '|' || (c === '&' && line[i + 1] === '&')) {
      if (line[i + 1] === c) i++;
      endCommand();
    } else {
      word = (word ?? '') + c;
    }
  }
  endCommand();
  return commands;
}

/** A shell block's commands: continuation lines joined, comments dropped. */
export function blockCommands(text: string): string[][] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .flatMap((line) => shellCommands(line));
}

const packageJson = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: { [name: string]: string } };
// eslint-disable-next-line @typescript-eslint/no-var-requires
const jestProjects = (require(join(REPO_ROOT, 'jest.config.js')) as { projects: Array<{ displayName: string }> }).projects.map((p) => p.displayName);

const nowSdkHelp: { [command: string]: string } = {};
function nowSdkOptions(command: string): string {
  if (nowSdkHelp[command] === undefined) {
    nowSdkHelp[command] = execFileSync(join(REPO_ROOT, 'node_modules', '.bin', 'now-sdk'), [command, '--help'], { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'test' } });
  }
  return nowSdkHelp[command];
}

/** the words after `--` of an npm command (what npm hands the script) */
function scriptArgs(words: string[]): string[] {
  const dashes = words.indexOf('--');
  return dashes < 0 ? [] : words.slice(dashes + 1);
}

/** Why a documented command would not work as written, or undefined when it would. */
export function commandProblem(words: string[]): string | undefined {
  const [program, ...rest] = words;
  const attempt = (check: () => void): string | undefined => {
    try {
      check();
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  };
  if (program === 'npm') {
    const [verb, name] = rest;
    if (verb === 'start') return attempt(() => parseCommandLine(scriptArgs(words), {}));
    if (verb === 'test' || verb === 'ci' || verb === 'install' || verb === 'version') return undefined;
    if (verb !== 'run') return `npm ${verb} is not a command the documentation should need`;
    if (!packageJson.scripts[name]) return `package.json has no script "${name}"`;
    const args = scriptArgs(words);
    if (name === 'faults') return attempt(() => parseFaultsCommandLine(args));
    if (name === 'atf') return attempt(() => parseAtfCommandLine(args));
    if (name === 'ado-spec') return args.every((arg) => arg === '--write') ? undefined : `npm run ado-spec takes only --write, not ${args.join(' ')}`;
    return args.length ? `npm run ${name} takes no arguments, not ${args.join(' ')}` : undefined;
  }
  if (program === 'npx' && rest[0] === 'jest') {
    for (let i = 1; i < rest.length; i++) {
      if (rest[i] === '--selectProjects') {
        while (i + 1 < rest.length && !rest[i + 1].startsWith('-')) {
          const project = rest[++i];
          if (!jestProjects.includes(project)) return `no Jest project "${project}" (there are ${jestProjects.join(', ')})`;
        }
      } else if (!rest[i].startsWith('-') && !existsSync(join(REPO_ROOT, rest[i]))) return `no path ${rest[i]}`;
    }
    return undefined;
  }
  if (program === 'npx' && rest[0] === 'now-sdk') {
    const help = nowSdkOptions(rest[1]);
    const flags = rest.slice(2).filter((word) => word.startsWith('--'));
    const unknown = flags.filter((flag) => !new RegExp(`(^|\\s)${flag.replace(/[-]/g, '\\-')}(\\s|$)`, 'm').test(help));
    return unknown.length ? `now-sdk ${rest[1]} has no ${unknown.join(', ')}` : undefined;
  }
  if (program === 'node') {
    const file = rest[0];
    // a built file stands for its TypeScript source (the documentation is read before a build, too)
    const source = file.replace(/^dist\/node\/(.*)\.js$/, '$1.ts');
    if (!existsSync(join(REPO_ROOT, source))) return `no file ${source}`;
    if (file === 'dist/node/sandbox/cli.js') return attempt(() => parseCommandLine(rest.slice(1), {}));
    if (file === 'dist/node/sandbox/faults/cli.js') return attempt(() => parseFaultsCommandLine(rest.slice(1)));
    if (file === 'dist/node/sandbox/atf/cli.js') return attempt(() => parseAtfCommandLine(rest.slice(1)));
    return undefined;
  }
  return `not a command this check knows: ${words.join(' ')}`;
}

/** The commands of the documentation's prose: inline code that starts with npm, npx or node. */
export function inlineCommands(markdown: string): string[] {
  const found: string[] = [];
  const inline = /`((?:npm|npx|node) [^`\n]+)`/g;
  for (let match = inline.exec(markdown); match; match = inline.exec(markdown)) found.push(match[1]);
  return found;
}
