// The allowlist's generator (scripts/scoped-api/extract.mjs) on a small docs tree of our own
// (fixtures/scoped-docs, written for this test): scoped pages become classes, the names only a global page has become
// global-only names, and the output is the same on every run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './glideCalls';

const FIXTURE = path.join(__dirname, 'fixtures', 'scoped-docs');
const COMMIT = '0123456789abcdef0123456789abcdef01234567';

function extract(): string {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'scoped-api-')), 'scoped-api.json');
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'scoped-api', 'extract.mjs'), FIXTURE, '--commit', COMMIT, '--out', out], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return fs.readFileSync(out, 'utf8');
}

describe('scripts/scoped-api/extract.mjs', () => {
  let text = '';
  let json: any = null;
  beforeAll(() => {
    text = extract();
    json = JSON.parse(text);
  });

  test('a scoped page is a class: its methods without the constructor, its constructor as its reach', () => {
    expect(json.classes.Widget).toEqual({
      doc: 'markdown/api-reference/server-api-reference/WidgetScoped.md',
      global: 'Widget',
      methods: ['_stop', 'spin'],
      page: 'https://www.servicenow.com/docs/r/fixture/Widget_Scoped.html',
      reach: 'new Widget(name)',
      returns: { spin: 'Gadget' },
    });
  });

  test('a class nothing constructs is reached through what returns it; a namespaced static class by its namespace', () => {
    expect(json.classes.Gadget).toMatchObject({ global: null, methods: ['fold'], properties: ['size'], reach: 'returned by Widget.spin()' });
    expect(json.classes.Helper).toMatchObject({ global: 'sn_fix.Helper', methods: ['pad'], reach: 'sn_fix.Helper.pad()' });
  });

  test('the names only the global page documents are global-only; a class with no scoped page is not a class', () => {
    expect(json.globalOnly).toEqual({ Widget: { doc: 'markdown/api-reference/server-api-reference/WidgetGlobal.md', methods: ['explode'], page: 'https://www.servicenow.com/docs/r/fixture/Widget_Global.html' } });
    expect(Object.keys(json.classes)).not.toContain('Ruler');
  });

  test('the sn_ws_err errors come from the scripted REST examples, with the methods called on them', () => {
    expect(json.classes.ServiceError).toMatchObject({ global: 'sn_ws_err.ServiceError', methods: ['setDetail', 'setStatus'], documentedBy: 'examples' });
    expect(json.classes.TeapotError).toMatchObject({ global: 'sn_ws_err.TeapotError', methods: [] });
  });

  test('the source is recorded, and a second run writes the same bytes', () => {
    expect(json.source).toMatchObject({ repository: 'ServiceNow/ServiceNowDocs', branch: 'australia', commit: COMMIT, licence: 'Apache-2.0' });
    expect(extract()).toBe(text);
  });
});
