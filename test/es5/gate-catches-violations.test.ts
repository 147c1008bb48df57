// Each check of the ES5 gate, fed known-bad code, fails (and fed ES5 that ServiceNow runs, passes): a gate that
// cannot fail would prove nothing about dist.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, lintAsEs5, parseAsEs5, typecheck } from './es5Gate';

// ES5 as ServiceNow runs it, including what trips naive checks: reserved words as property names, getters in
// literals, trailing commas, and the String methods ServiceNow documents in ES5 mode.
const GOOD = `var o = { get size() { return 1; }, default: 2, 'class': 3, };
var a = [1, 2, 3].map(function (x) { return x * 2; }).filter(function (x) { return x > 2; });
var ok = 'abc'.startsWith('a') && 'abc'.endsWith('c') && 'ab'.repeat(2) === 'abab' && ' x '.trim() === 'x';
var keys = Object.keys(o).concat(JSON.parse('[]'));
var when = new Date(Date.now()).toISOString();
var found = a.indexOf(4) !== -1 && /a+b/gi.test('AAB');
var text = current.description + a.map(String).join(',');
`;

describe('acorn ES5 parse', () => {
  test('accepts ES5', () => {
    expect(parseAsEs5(GOOD, 'good.js')).toEqual([]);
  });

  test.each([
    ['arrow function', 'var f = function () { return [1].map(x => x); };'],
    ['let', 'let x = 1;'],
    ['const', 'const x = 1;'],
    ['template literal', 'var s = `a${1}`;'],
    ['class', 'class A {}'],
    ['destructuring', 'var { a } = {};'],
    ['spread', 'f(...args);'],
    ['regex lookbehind', 'var r = /(?<=a)b/;'],
    ['regex named group', 'var r = /(?<year>\\d{4})/;'],
    ['regex s flag', 'var r = /a.b/s;'],
    ['regex y flag', 'var r = /a/y;'],
  ])('rejects %s', (_what, code) => {
    const problems = parseAsEs5(code, 'bad.js');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^bad\.js:1:\d+ /);
  });
});

describe('ESLint es-x restrict-to-es5 (aggressive)', () => {
  test('accepts ES5 and the String methods ServiceNow ES5 mode has', async () => {
    expect(await lintAsEs5(GOOD, 'known/good.js')).toEqual([]);
  });

  test.each([
    ['Array.prototype.find on an array literal', '[1].find(function (x) { return x; });', 'es-x/no-array-prototype-find'],
    ['Array.prototype.find on an untyped receiver', 'list.find(function (x) { return x; });', 'es-x/no-array-prototype-find'],
    ['Array.prototype.findIndex', 'list.findIndex(f);', 'es-x/no-array-prototype-findindex'],
    ['includes (string or array: indistinguishable)', 'value.includes(1);', 'es-x/no-array-prototype-includes'],
    ['Object.assign', 'var c = Object.assign({}, a);', 'es-x/no-object-assign'],
    ['Object.values', 'var v = Object.values(a);', 'es-x/no-object-values'],
    ['Map', 'var m = new Map();', 'es-x/no-map'],
    ['Promise', 'Promise.resolve(1);', 'es-x/no-promise'],
    ['Symbol', 'var s = Symbol();', 'es-x/no-symbol'],
    ['globalThis', 'var g = globalThis;', 'es-x/no-global-this'],
    ['padStart', 'var p = text.padStart(2, "0");', 'es-x/no-string-prototype-padstart-padend'],
    ['replaceAll (not polyfilled in our engines)', 'var r = text.replaceAll("a", "b");', 'es-x/no-string-prototype-replaceall'],
    ['Math.trunc', 'var t = Math.trunc(1.5);', 'es-x/no-math-trunc'],
    ['Number.isNaN', 'var n = Number.isNaN(x);', 'es-x/no-number-isnan'],
    ['Object.setPrototypeOf (tslib class inheritance helper)', 'Object.setPrototypeOf(d, b);', 'es-x/no-object-setprototypeof'],
    ['arrow function', 'var f = function () { return 1; }; var g = () => 1;', 'es-x/no-arrow-functions'],
    ['let', 'let x = 1;', 'es-x/no-block-scoped-variables'],
    ['a finding under an eslint-disable comment (dist must not switch the gate off)', '// eslint-disable-next-line\nvar c = Object.assign({}, a);', 'es-x/no-object-assign'],
  ])('rejects %s', async (_what, code, rule) => {
    const problems = await lintAsEs5(code, 'known/bad.js');
    expect(problems.some((p) => /^known\/bad\.js:\d+:\d+ /.test(p) && p.includes(` ${rule} `))).toBe(true);
  });
});

describe('tsc against lib ES5', () => {
  // A throwaway project beside the real one: the repository's compiler options, one snippet.
  function typecheckSnippet(code: string): { ok: boolean; output: string } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'es5-gate-'));
    try {
      fs.writeFileSync(path.join(dir, 'snippet.ts'), code);
      fs.writeFileSync(
        path.join(dir, 'tsconfig.json'),
        JSON.stringify({ extends: path.join(ROOT, 'tsconfig.base.json'), compilerOptions: { noEmit: true, noUnusedLocals: false }, files: ['snippet.ts'] })
      );
      return typecheck(path.join(dir, 'tsconfig.json'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  test('accepts ES5 code', () => {
    expect(typecheckSnippet('export const n: number[] = [1, 2].map(function (x) { return x * 2; });\n')).toEqual({ ok: true, output: '' });
  }, 60000);

  test('rejects Array.prototype.find and Object.assign', () => {
    const result = typecheckSnippet(
      'export const a = [1, 2].find(function (x) { return x > 1; });\nexport const b = Object.assign({}, { x: 1 });\n'
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/snippet\.ts\(1,\d+\): error TS\d+: Property 'find' does not exist/);
    expect(result.output).toMatch(/snippet\.ts\(2,\d+\): error TS\d+: Property 'assign' does not exist/);
  }, 60000);
});
