// The examples in the project's documentation, read from the Markdown itself so that a test runs what a reader
// copies. Every fenced code block in a documented file carries a marker on the line before it:
//
//   <!-- example: sandbox/records -->                      a test reads this block with docExample() and runs it
//   <!-- example: deploy, needs: a ServiceNow instance -->   cannot run here; the reason is shown to the reader of the test
//
// test/unit/docs/doc-examples.test.ts requires a marker on every block, unique ids, and for each id without
// `needs:` a test file that names it in a docExample() call.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..');

export interface DocExample {
  /** the file, relative to the repository root */
  file: string;
  /** 1-based line of the opening fence */
  line: number;
  id: string;
  /** what it would need to run, for blocks that cannot run here */
  needs?: string;
  /** the fence's info string: sh, json, ts, http... */
  lang: string;
  text: string;
}

export interface UnmarkedBlock {
  file: string;
  line: number;
  lang: string;
}

/** The Markdown files whose examples must be tested: the READMEs and everything under docs/. */
export function documentedFiles(root = REPO_ROOT): string[] {
  const files = ['README.md', 'BENCHMARKS.md'];
  const walk = (dir: string, skip: (name: string) => boolean): void => {
    for (const name of readdirSync(join(root, dir)).sort()) {
      const path = join(dir, name);
      if (skip(name)) continue;
      if (statSync(join(root, path)).isDirectory()) walk(path, skip);
      else if (name.endsWith('.md')) files.push(path);
    }
  };
  walk('docs', () => false);
  for (const dir of ['sandbox', 'packages', 'scripts', 'bench', 'tools/sn-lint']) {
    walk(dir, (name) => name === 'node_modules' || name === 'results' || name === 'facts');
  }
  return files.filter((file, index) => files.indexOf(file) === index && safeStat(join(root, file)));
}

function safeStat(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const MARKER = /^\s*<!--\s*example:\s*([a-z0-9][a-z0-9/_.-]*)\s*(?:,\s*needs:\s*(.*?))?\s*-->\s*$/;
const FENCE = /^(\s*)(```+|~~~+)\s*([^\s`]*)/;

export function parseDocExamples(file: string, source: string): { examples: DocExample[]; unmarked: UnmarkedBlock[] } {
  const lines = source.split('\n');
  const examples: DocExample[] = [];
  const unmarked: UnmarkedBlock[] = [];
  let lastMarker: { id: string; needs?: string; line: number } | undefined;
  for (let index = 0; index < lines.length; index++) {
    const marker = MARKER.exec(lines[index]);
    if (marker) {
      lastMarker = { id: marker[1], needs: marker[2] || undefined, line: index };
      continue;
    }
    const fence = FENCE.exec(lines[index]);
    if (!fence) {
      if (lines[index].trim() !== '') lastMarker = undefined;
      continue;
    }
    const close = fence[2];
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length && !lines[end].trimStart().startsWith(close)) body.push(lines[end++]);
    const indent = fence[1].length;
    const text = body.map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length))).join('\n') + '\n';
    if (lastMarker) examples.push({ file, line: index + 1, id: lastMarker.id, needs: lastMarker.needs, lang: fence[3], text });
    else unmarked.push({ file, line: index + 1, lang: fence[3] });
    lastMarker = undefined;
    index = end;
  }
  return { examples, unmarked };
}

export function allDocExamples(root = REPO_ROOT): { examples: DocExample[]; unmarked: UnmarkedBlock[] } {
  const examples: DocExample[] = [];
  const unmarked: UnmarkedBlock[] = [];
  for (const file of documentedFiles(root)) {
    const parsed = parseDocExamples(relative(root, join(root, file)), readFileSync(join(root, file), 'utf8'));
    examples.push(...parsed.examples);
    unmarked.push(...parsed.unmarked);
  }
  return { examples, unmarked };
}

/** The block a test runs, by its marker id; throws when the documentation no longer has it. */
export function docExample(id: string, root = REPO_ROOT): DocExample {
  const found = allDocExamples(root).examples.filter((example) => example.id === id);
  if (found.length !== 1) throw new Error(`documentation example "${id}": ${found.length} blocks carry that marker`);
  return found[0];
}

/** A JSON block, parsed. */
export function docExampleJson<T = unknown>(id: string): T {
  return JSON.parse(docExample(id).text) as T;
}
