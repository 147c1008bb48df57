// The scoped Glide API in the emulator (packages/glide-emulator/glide/access/scoped-api-guard.ts): what a scoped script may not call
// on an instance (global-only methods such as GlideDateTime.setNumericValue) fails in a scoped script here too, with
// the "Cannot find function" TypeError, while global scripts (the emulator's platform rules) still have it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SCOPED_METHODS } from '../glide/scoped-api/scoped-methods';
import { emulate } from './emulated-instance';

// the repository holding the package: its generator is scripts/scoped-api/emulator-methods.mjs
const ROOT = path.resolve(__dirname, '../../..');

function publicMethods(target: any): string[] {
  const out = new Set<string>();
  for (let o = target; o && o !== Object.prototype && o !== Function.prototype; o = Object.getPrototypeOf(o)) {
    for (const name of Object.getOwnPropertyNames(o)) {
      if (name.startsWith('_') || ['constructor', 'toString', 'valueOf', 'toJSON', 'hasOwnProperty'].includes(name)) continue;
      const d = Object.getOwnPropertyDescriptor(o, name);
      if (d && typeof d.value === 'function') out.add(name);
    }
  }
  return [...out].sort();
}

describe('the scoped API table the emulator carries', () => {
  test('is what scripts/scoped-api/emulator-methods.mjs makes of scoped-api.json (regenerate after the JSON changes)', () => {
    const check = spawnSync(process.execPath, [path.join(ROOT, 'scripts/scoped-api/emulator-methods.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  test('names, for each class, the methods of its scoped page in scoped-api.json', () => {
    const api = JSON.parse(fs.readFileSync(path.join(ROOT, 'packages/glide-emulator/glide/scoped-api/scoped-api.json'), 'utf8'));
    for (const [name, entry] of Object.entries(SCOPED_METHODS)) expect(entry.methods).toEqual([...api.classes[name].methods].sort());
    expect(SCOPED_METHODS.GlideDateTime.methods).toContain('setValue');
    expect(SCOPED_METHODS.GlideDateTime.methods).not.toContain('setNumericValue');
  });
});

describe('a scoped script meets the scoped API only', () => {
  test('GlideDateTime.setNumericValue (global only): a TypeError in a scoped script; setValue(ms) is the scoped way', () => {
    const { instance, glide } = emulate();
    const time = new glide.GlideDateTime();
    time.setNumericValue(0);
    expect(time.getValue()).toBe('1970-01-01 00:00:00');
    instance.runInScope('x_app', () => {
      expect(() => time.setNumericValue(1000)).toThrow(TypeError);
      expect(() => time.setNumericValue(1000)).toThrow(/^Cannot find function setNumericValue in object GlideDateTime/);
      time.setValue(2000);
    });
    expect(time.getValue()).toBe('1970-01-01 00:00:02');
  });

  test('GlideRecord.autoSysFields and GlideRecord.changes, gs.nowDateTime: global only', () => {
    const { instance, glide } = emulate();
    const gr = new glide.GlideRecord('incident');
    instance.runInScope('x_app', () => {
      expect(() => gr.autoSysFields(false)).toThrow(/Cannot find function autoSysFields/);
      expect(() => gr.changes()).toThrow(/Cannot find function changes/);
      expect(() => glide.gs.nowDateTime()).toThrow(/Cannot find function nowDateTime/);
      expect(typeof glide.gs.getProperty('none', 'x')).toBe('string');
    });
    expect(() => gr.autoSysFields(false)).not.toThrow();
  });

  test('every public method of every object a script reaches is on its class\'s scoped page, or refused to a scoped script', () => {
    const { instance, glide } = emulate();
    const gr = new glide.GlideRecord('incident');
    const response = instance.rest.response();
    const request = instance.rest.request({ method: 'GET', uri: '/api/x/y' });
    const reachable: Array<[string, any]> = [
      ['GlideRecord', gr],
      ['GlideElement', gr.getElement('short_description')],
      ['GlideQueryCondition', gr.addQuery('active', true)],
      ['GlideSystem', glide.gs],
      ['GlideSession', glide.gs.getSession()],
      ['GlideUser', glide.gs.getUser()],
      ['GlideDateTime', new glide.GlideDateTime()],
      ['GlideDate', new glide.GlideDate()],
      ['GlideDuration', new glide.GlideDuration(1000)],
      ['GlideSysAttachment', new glide.GlideSysAttachment()],
      ['RESTMessageV2', new glide.sn_ws.RESTMessageV2()],
      ['GlideStringUtil', glide.GlideStringUtil],
      ['GlideDigest', new glide.GlideDigest()],
      ['CertificateEncryption', glide.CertificateEncryption],
      ['GlideOAuthClient', new glide.sn_auth.GlideOAuthClient()],
      ['GlideOAuthClientRequest', new glide.sn_auth.GlideOAuthClientRequest()],
      ['RESTAPIRequest', request],
      ['RESTAPIRequestBody', request.body],
      ['RESTAPIResponse', response],
      ['ServiceError', new glide.sn_ws_err.ServiceError()],
    ];
    const leaks: string[] = [];
    let refused = 0;
    for (const [className, object] of reachable) {
      const allowed = new Set(SCOPED_METHODS[className].methods.concat(className === 'RESTAPIResponse' ? ['result'] : []));
      for (const name of publicMethods(object)) {
        if (allowed.has(name)) continue;
        let threw: unknown;
        instance.runInScope('x_app', () => {
          try {
            object[name]();
          } catch (e) {
            threw = e;
          }
        });
        if (threw instanceof TypeError && /^Cannot find function/.test(threw.message)) refused++;
        else leaks.push(`${className}.${name}`);
      }
    }
    expect(leaks).toEqual([]);
    // the emulator does implement global-only methods: the check is not vacuous
    expect(refused).toBeGreaterThan(5);
  });
});
