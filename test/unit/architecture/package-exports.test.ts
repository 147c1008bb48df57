// The packages in packages/ are reached only through their public contract: code outside a package imports it by
// name and only at an entry point its package.json `exports` lists, never by a relative path into it; the app
// (src/) imports no package at all; the TypeScript `paths` of tsconfig.node.json and test/tsconfig.json map exactly
// those entry points (Jest's moduleNameMapper is built from the exports map itself, jest.config.js).
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

interface Package {
  dir: string;
  name: string;
  /** specifier -> source file, from each export's `types` (or `default`) target */
  entries: Map<string, string>;
}

const packages: Package[] = fs
  .readdirSync(path.join(ROOT, 'packages'))
  .filter((dir) => fs.existsSync(path.join(ROOT, 'packages', dir, 'package.json')))
  .map((dir) => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'packages', dir, 'package.json'), 'utf8'));
    const entries = new Map<string, string>();
    for (const [key, target] of Object.entries<{ types?: string; default: string }>(manifest.exports)) {
      entries.set(key === '.' ? manifest.name : manifest.name + key.slice(1), path.posix.join('packages', dir, target.types ?? target.default));
    }
    return { dir, name: manifest.name, entries };
  });

function sourceFiles(dir: string): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(rel);
    return /\.(ts|js|mjs|cjs)$/.test(entry.name) ? [rel] : [];
  });
}

/** every module specifier of a file: import/export ... from, require(), import() */
function specifiers(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const found: string[] = [];
  const pattern = /(?:\bfrom\s+|\brequire\(\s*|\bimport\(\s*)(['"])([^'"]+)\1/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) found.push(match[2]);
  return found;
}

const packageOf = (file: string): Package | undefined => packages.find((p) => file.startsWith(`packages/${p.dir}/`));
const files = ['src', 'test', 'sandbox', 'bench', 'scripts', 'packages'].flatMap(sourceFiles);

describe('packages are reached through their exports only', () => {
  test('there are packages, each with entry points', () => {
    expect(packages.map((p) => p.name).sort()).toEqual(['@incb/ado-fake', '@incb/glide-emulator']);
    for (const p of packages) for (const source of p.entries.values()) expect(fs.existsSync(path.join(ROOT, source))).toBe(true);
  });

  test('an import of a package by name names an entry point of its exports map', () => {
    const wrong: string[] = [];
    for (const file of files) {
      for (const spec of specifiers(file)) {
        const target = packages.find((p) => spec === p.name || spec.startsWith(p.name + '/'));
        if (target && !target.entries.has(spec)) wrong.push(`${file}: ${spec}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('no relative import reaches into a package from outside it, or out of a package into another', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const own = packageOf(file);
      for (const spec of specifiers(file).filter((s) => s.startsWith('.'))) {
        const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)) + '/';
        const into = packageOf(resolved);
        if (into && into !== own) wrong.push(`${file}: ${spec}`);
        if (own && !resolved.startsWith(`packages/${own.dir}/`)) wrong.push(`${file}: ${spec}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('the app imports no package', () => {
    const wrong = sourceFiles('src').flatMap((file) => specifiers(file).filter((s) => s.startsWith('@incb/')).map((s) => `${file}: ${s}`));
    expect(wrong).toEqual([]);
  });

  test.each([
    ['tsconfig.node.json', '.'],
    ['test/tsconfig.json', 'test'],
  ])('the paths of %s are the entry points', (config, base) => {
    const paths = JSON.parse(fs.readFileSync(path.join(ROOT, config), 'utf8')).compilerOptions.paths as Record<string, string[]>;
    const expected: Record<string, string[]> = {};
    for (const p of packages) for (const [spec, source] of p.entries) expected[spec] = [path.posix.relative(base, source).replace(/^(?!\.)/, './')];
    const normalized = Object.fromEntries(Object.entries(paths).map(([spec, targets]) => [spec, targets.map((t) => (t.startsWith('.') ? t : './' + t))]));
    expect(normalized).toEqual(expected);
  });

  test("Jest's moduleNameMapper (and the rhino tier's globalSetup) maps the entry points to their sources", () => {
    const { packageEntries } = require('../../support/package-entries') as { packageEntries(): Record<string, string> };
    const expected = Object.fromEntries(packages.flatMap((p) => [...p.entries].map(([spec, source]) => [spec, path.join(ROOT, source)])));
    expect(packageEntries()).toEqual(expected);
    const mapper = require('../../../jest.config.js').projects[0].moduleNameMapper as Record<string, string>;
    expect(Object.keys(mapper).length).toBe(Object.keys(expected).length);
    for (const [spec, source] of Object.entries(expected)) {
      expect(Object.entries(mapper).filter(([pattern]) => new RegExp(pattern).test(spec)).map(([, target]) => target)).toEqual([source]);
    }
  });
});
