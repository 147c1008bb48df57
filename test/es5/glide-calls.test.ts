// The Glide gate on what the build produced (dist/es5, run after `npm run build`): a scoped app may only call the
// scoped Glide API (packages/glide-emulator/glide/scoped-api/scoped-api.json), and must look at the result of every write, since an
// instance refuses a write (ACL, cross-scope privilege, another scope's rule) only through that result.
import fs from 'node:fs';
import path from 'node:path';
import { analyzeBuiltApp, builtAppSources, ROOT, tableOperations, unresolvedTables } from './glideCalls';
import { platformVariablesOf } from './glide-calls/platformContext';

const at = (finding: { message: string; site: string }) => `${finding.message} at ${finding.site}`;

describe('Glide gate: dist/es5', () => {
  test('the checker sees the built app: script includes, entry scripts and their Glide calls', () => {
    // An empty dist, or an analysis that types nothing, would make every check below pass vacuously.
    const files = builtAppSources().map((s) => s.path);
    expect(files.filter((f) => f.startsWith('dist/es5/includes/')).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.startsWith('dist/es5/entry/')).length).toBeGreaterThan(0);
    expect(files.some((f) => f.startsWith('dist/emulator/'))).toBe(false);
    const calls = analyzeBuiltApp().calls;
    expect(calls.filter((c) => c.class === 'GlideRecord' && c.kind === 'new').length).toBeGreaterThan(0);
    expect(calls.filter((c) => c.class === 'GlideRecord' && c.kind === 'method').length).toBeGreaterThan(0);
  });

  test('every Glide call is in the scoped API allowlist, and every global it names is', () => {
    expect(analyzeBuiltApp().violations.map(at)).toEqual([]);
  });

  test('the result of every insert/update/get/deleteRecord/next is checked', () => {
    expect(analyzeBuiltApp().uncheckedResults.map(at)).toEqual([]);
  });

  test('the table of every GlideRecord resolves, so its operations can be compared with cross-scope privileges', () => {
    expect(unresolvedTables().map((u) => `${u.class} from ${u.site}`)).toEqual([]);
  });

  test('table operations are listed by table and operation, each with its call sites', () => {
    const operations = tableOperations();
    expect(operations.length).toBeGreaterThan(0);
    for (const op of operations) {
      expect(['read', 'create', 'write', 'delete']).toContain(op.operation);
      expect(op.sites.length).toBeGreaterThan(0);
      for (const where of op.sites) expect(where).toMatch(/^dist\/es5\/.+\.js:\d+$/);
    }
  });

  test("an entry script's `current` is a row of the table its record runs on (dist/app)", () => {
    // A business rule's table, read from the sys_script record that carries the script.
    const rule = fs
      .readdirSync(path.join(ROOT, 'dist', 'es5', 'entry', 'br'))
      .map((f) => `dist/es5/entry/br/${f}`)
      .map((f) => ({ f, text: fs.readFileSync(path.join(ROOT, f), 'utf8') }));
    const platform = platformVariablesOf(ROOT);
    for (const { f, text } of rule) {
      const current = platform(f, text).current;
      expect({ f, cls: current.cls, resolved: typeof current.table === 'string' && current.table !== '' }).toEqual({ f, cls: 'GlideRecord', resolved: true });
    }
  });
});
