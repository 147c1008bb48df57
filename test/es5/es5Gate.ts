// The three checks of the ES5 gate, as functions so the gate's own tests can prove each one fails on known-bad code:
//   parseAsEs5     acorn with ecmaVersion 5: ES2015+ syntax (arrows, let, template literals, regex lookbehind or
//                  named groups, s/y/u flags...) is a parse error.
//   lintAsEs5      ESLint 9 + eslint-plugin-es-x `flat/restrict-to-es5`: ES2015+ built-ins that survived the build
//                  (Array.prototype.find, Object.assign, Map, globalThis, padStart...).
//   typecheck      `tsc -p <tsconfig> --noEmit` (the app compiles against lib ES5).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as acorn from 'acorn';
import { ESLint, Linter } from 'eslint';
// eslint-plugin-es-x ships no type declarations, hence require.
const esx = require('eslint-plugin-es-x');

export const ROOT = path.resolve(__dirname, '..', '..');

function listJs(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return listJs(full);
    return d.name.endsWith('.js') ? [full] : [];
  });
}

/** Repository-relative paths of the built files the gate covers: everything that runs on the instance
 * (dist/es5) and the emulator bundle that runs in Rhino with it (dist/emulator). */
export function builtFiles(): string[] {
  return [...listJs(path.join(ROOT, 'dist', 'es5')), ...listJs(path.join(ROOT, 'dist', 'emulator'))]
    .map((file) => path.relative(ROOT, file).split(path.sep).join('/'))
    .sort();
}

/** Problems (empty when the text is ES5), each as `file:line:column message`. */
export function parseAsEs5(text: string, file: string): string[] {
  try {
    acorn.parse(text, { ecmaVersion: 5, sourceType: 'script', locations: true });
    return [];
  } catch (error) {
    const { loc, message } = error as { loc?: { line: number; column: number }; message: string };
    return [`${file}:${loc ? `${loc.line}:${loc.column + 1}` : '?'} ${message}`];
  }
}

// Rules of restrict-to-es5 that must be off for ServiceNow:
//   - String methods ServiceNow's ES5 mode documents as supported.
//   - ES2025 Iterator.prototype rules whose method names are also ES5 Array methods: with `aggressive` they would
//     flag every arr.map/forEach/filter/reduce/some/every. Nothing is lost: an iterator can only come from ES2015
//     iteration (arr.values(), Map, Symbol.iterator), which the gate rejects on its own.
//   - Symbol.prototype.description: with `aggressive` every `x.description` would be flagged, and `description` is a
//     field of task/incident (current.description). Nothing is lost: without Symbol (rejected) there is no symbol.
const OFF_FOR_SERVICENOW = [
  'no-string-prototype-startswith',
  'no-string-prototype-endswith',
  'no-string-prototype-includes',
  'no-string-prototype-repeat',
  'no-string-prototype-codepointat',
  'no-string-prototype-normalize',
  'no-iterator-prototype-map',
  'no-iterator-prototype-foreach',
  'no-iterator-prototype-filter',
  'no-iterator-prototype-reduce',
  'no-iterator-prototype-some',
  'no-iterator-prototype-every',
  'no-symbol-prototype-description',
];

/** The gate's ESLint configuration. `aggressive` is what makes es-x report a prototype method on a receiver whose
 * type it cannot know (plain JS has no types: without it, `list.find(f)` passes and only `[].find(f)` fails). The
 * price: a method named like an ES2015+ one (find, includes, keys, values, entries, fill, at, flat...) is reported
 * whatever the receiver; `'abc'.includes('b')` too, since a string cannot be told from an array: use indexOf. */
export const ES5_LINT_CONFIG: Linter.Config[] = [
  {
    files: ['**/*.js'],
    plugins: esx.configs['flat/restrict-to-es5'].plugins,
    rules: {
      ...esx.configs['flat/restrict-to-es5'].rules,
      ...Object.fromEntries(OFF_FOR_SERVICENOW.map((rule) => [`es-x/${rule}`, 'off'])),
    },
    // Parse anything, so that post-ES5 syntax is reported by rule name rather than as one fatal parse error.
    languageOptions: { ecmaVersion: 'latest', sourceType: 'script' },
    settings: { 'es-x': { aggressive: true } },
  },
  {
    // The engine-side scripts read job records' field map, named `values` by the job format (ScriptJob.records);
    // aggressive mode would take that for Array.prototype.values. They never run on the instance.
    files: ['packages/glide-emulator/runtime/*.js'],
    rules: { 'es-x/no-array-prototype-values': 'off' },
  },
];

let eslint: ESLint | undefined;

/** Problems (empty when clean), each as `file:line:column rule message`. `file` (a .js path relative to the
 * repository root) names the text; it need not exist. */
export async function lintAsEs5(text: string, file: string): Promise<string[]> {
  // allowInlineConfig false: an eslint-disable comment carried from the TypeScript source into dist must not be able
  // to switch the gate off.
  eslint ??= new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: ES5_LINT_CONFIG, allowInlineConfig: false });
  const [result] = await eslint.lintText(text, { filePath: path.join(ROOT, file) });
  return result.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId ?? 'parse'} ${m.message}`);
}

/** Runs the project's own TypeScript compiler on a tsconfig; `output` holds the diagnostics. */
export function typecheck(tsconfig: string): { ok: boolean; output: string } {
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', tsconfig, '--noEmit', '--pretty', 'false'], { cwd: ROOT, encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}
