// The scoped API allowlist (packages/glide-emulator/glide/scoped-api/scoped-api.json) is well formed, covers every class the app and
// the emulator use, and says for the calls we know the answer to (each checked against the docs' pages) whether a
// scoped script may make them.
import fs from 'node:fs';
import GlideEmulator from '@incb/glide-emulator';
import { Allowlist, ALLOWLIST_FILE, ScopedApiJson } from './glide-calls/allowlist';

const json = JSON.parse(fs.readFileSync(ALLOWLIST_FILE, 'utf8')) as ScopedApiJson;
const allowlist = new Allowlist(json);
const scoped = (cls: string, method: string) => allowlist.hasMethod(cls, method);

describe('scoped-api.json', () => {
  test('names its source: ServiceNowDocs at one commit, Apache-2.0', () => {
    expect(json.source).toMatchObject({ repository: 'ServiceNow/ServiceNowDocs', licence: 'Apache-2.0', folder: 'markdown/api-reference/server-api-reference' });
    expect(json.source.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  test('every class has its page, its doc file, its methods (sorted, unique, no constructor) and a way to reach it', () => {
    expect(Object.keys(json.classes).length).toBeGreaterThan(100);
    for (const [name, c] of Object.entries(json.classes)) {
      expect({ name, page: c.page }).toEqual({ name, page: expect.stringMatching(/^https:\/\/www\.servicenow\.com\/docs\//) });
      expect({ name, doc: c.doc }).toEqual({ name, doc: expect.stringMatching(/^markdown\/api-reference\/.+\.md$/) });
      expect({ name, sorted: [...new Set(c.methods)].sort() }).toEqual({ name, sorted: c.methods });
      expect({ name, constructorListed: c.methods.includes(name) }).toEqual({ name, constructorListed: false });
      expect({ name, global: c.global === null || /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)?$/.test(c.global) }).toEqual({ name, global: true });
      expect(typeof c.reach).toBe('string');
      for (const returned of Object.values(c.returns || {})) expect(Object.keys(json.classes)).toContain(returned);
    }
  });

  test('keys are sorted, so a regeneration diffs cleanly', () => {
    const keys = Object.keys(json.classes);
    expect(keys).toEqual([...keys].sort());
  });

  test.each([
    'GlideRecord', 'GlideElement', 'GlideSystem', 'GlideDateTime', 'GlideDate', 'GlideDuration', 'GlideSysAttachment',
    'RESTMessageV2', 'RESTResponseV2', 'RESTAPIRequest', 'RESTAPIRequestBody', 'RESTAPIResponse', 'RESTAPIResponseStream',
    'GlideOAuthClient', 'GlideOAuthToken', 'GlideOAuthClientRequest', 'GlideOAuthClientResponse', 'GlideStringUtil',
    'GlideDigest', 'CertificateEncryption', 'GlideSession', 'GlideUser', 'GlideQueryCondition', 'GlideScriptableInputStream',
    'ServiceError', 'BadRequestError', 'NotFoundError', 'GlideAggregate', 'TemplatePrinter', 'GlideEmailOutbound',
  ])('has %s, which the app or the emulator uses', (cls) => {
    expect(Object.keys(json.classes)).toContain(cls);
  });

  test('reaches classes the way scripts do', () => {
    const reach = (cls: string) => json.classes[cls].global;
    expect([reach('GlideSystem'), reach('GlideRecord'), reach('RESTMessageV2'), reach('GlideOAuthClient'), reach('BadRequestError')]).toEqual([
      'gs', 'GlideRecord', 'sn_ws.RESTMessageV2', 'sn_auth.GlideOAuthClient', 'sn_ws_err.BadRequestError',
    ]);
    for (const onlyFromCalls of ['GlideElement', 'RESTResponseV2', 'GlideOAuthToken', 'GlideSession', 'GlideUser', 'RESTAPIRequest', 'RESTAPIResponse', 'GlideQueryCondition', 'GlideScriptableInputStream']) {
      expect({ onlyFromCalls, global: reach(onlyFromCalls) }).toEqual({ onlyFromCalls, global: null });
    }
  });

  test('every global the emulator installs names an allowlisted class', () => {
    const globals: { [name: string]: unknown } = {};
    GlideEmulator.createInstance({ scope: 'x_incb_bridge' }).install(globals);
    const paths = Object.keys(globals).flatMap((name) =>
      allowlist.isNamespace(name) ? Object.keys(globals[name] as object).map((member) => `${name}.${member}`) : [name],
    );
    expect(paths.length).toBeGreaterThan(10);
    // By name: the emulator also exposes classes that scripts only get from calls (sn_ws.RESTResponseV2).
    const classes = Object.keys(json.classes);
    for (const p of paths) expect({ p, allowlisted: allowlist.classOf(p) !== undefined || classes.includes(p.split('.').pop() as string) }).toEqual({ p, allowlisted: true });
  });

  // Each answer below was read on the pages themselves (australia): c_GlideDateTimeAPI.md vs c_GlideDateTimeScoped.md,
  // c_GlideRecordAPI.md vs c_GlideRecordScopedAPI.md, c_GlideSystemAPI.md vs c_GlideSystemScopedAPI.md,
  // c_GlideSessionScopedAPI.md, c_GlideSysAttachmentScopedAPI.md, c_ScriptableServiceRespStreamWriter.md.
  test.each([
    ['GlideDateTime', 'setNumericValue'],
    ['GlideRecord', 'autoSysFields'],
    ['GlideSystem', 'log'],
    ['GlideSystem', 'print'],
    ['GlideSystem', 'nowDateTime'],
  ])('%s.%s is global only: not scoped, listed as global-only', (cls, method) => {
    expect(scoped(cls, method)).toBe(false);
    expect(allowlist.globalOnlyClasses(method)).toContain(cls);
  });

  test.each([
    ['GlideRecord', 'setWorkflow'],
    ['GlideRecord', '_next'],
    ['GlideRecord', '_query'],
    ['GlideDateTime', 'setValue'],
    ['GlideDateTime', 'getNumericValue'],
    ['GlideSession', 'putClientData'],
    ['GlideSession', 'getClientData'],
    ['GlideSysAttachment', 'writeContentStream'],
    ['GlideSysAttachment', 'getContentStream'],
    ['RESTAPIResponseStream', 'writeStream'],
    ['GlideSystem', 'base64Encode'],
    ['ServiceError', 'setStatus'],
  ])('%s.%s is scoped', (cls, method) => {
    expect(scoped(cls, method)).toBe(true);
    expect(allowlist.globalOnlyClasses(method)).not.toContain(cls);
  });
});
