// Scripts the package's ATF steps and demo routes carry run on the instance like any other script of the app: every
// Run Server Side Script step's script and every route script of the demo data is, character for character, a built
// file of dist/es5 (so the ES5 gate, the scoped API allowlist, the result checks and the privilege review above all
// cover it), and parses as ES5 itself. No input value of a step is an unevaluated Fluent expression (now-sdk writes
// "Symbol(...)" for a call it cannot evaluate, such as String(42)).
import fs from 'node:fs';
import path from 'node:path';
import { loadApp } from '@incb/glide-emulator/loader';
import { ROOT, builtFiles, parseAsEs5 } from './es5Gate';

const app = loadApp(path.join(ROOT, 'dist/app'), { includeDemoData: true });
const SCRIPT_INPUT = '989d9e235324220002c6435723dc3484'; // Run Server Side Script's "script" input variable
const built = new Map(builtFiles().filter((f) => f.startsWith('dist/es5/')).map((f) => [fs.readFileSync(path.join(ROOT, f), 'utf8'), f]));

const scripts = app.atf.tests.flatMap((t) => t.steps.filter((s) => s.inputs[SCRIPT_INPUT] !== undefined).map((s) => ({ where: `${t.name} step ${s.order}`, text: s.inputs[SCRIPT_INPUT] })));
const demoRoutes = app.restApis.filter((api) => api.routes.some((r) => app.demoIds.includes(r.sysId))).flatMap((api) => api.routes.map((r) => ({ where: `${api.name} ${r.method} ${r.relativePath}`, text: r.script })));

test('the package has step scripts and demo route scripts to check', () => {
  expect(scripts.length).toBeGreaterThanOrEqual(5);
  expect(demoRoutes.length).toBe(4);
});

test.each([...scripts, ...demoRoutes])('$where is a built file of dist/es5 and parses as ES5', ({ where, text }) => {
  const file = built.get(text);
  expect({ where, file: file && (file.startsWith('dist/es5/atf/') || file.startsWith('dist/es5/demo/')) }).toEqual({ where, file: true });
  expect(parseAsEs5(text, where)).toEqual([]);
});

test('no step input is an unevaluated Fluent expression', () => {
  const odd = app.atf.tests.flatMap((t) => t.steps.flatMap((s) => Object.values(s.inputs).filter((v) => /Symbol\(|\[object Object\]/.test(v)).map((v) => `${t.name} step ${s.order}: ${v.slice(0, 80)}`)));
  expect(odd).toEqual([]);
});
