// spec-overrides.json is applied as data: every action does exactly its edit, the spec's bytes are pinned by sha256,
// and a missing spec folder fails with a message that says how to point at it.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadAdoWitSpec, locateAdoSpecDir } from '../../../sandbox/ado-spec';
import { applySpecOverrides, sha256Hex, SpecOverrides } from '../../../sandbox/ado-spec/spec-overrides';

function overridesFor(bytes: Buffer, steps: SpecOverrides['steps']): SpecOverrides {
  return { appliesTo: { repository: 'r', path: 'p', commit: 'c', sha256: sha256Hex(bytes) }, steps };
}

describe('applySpecOverrides', () => {
  const doc = {
    paths: { '/a': { get: { security: [{ oauth2: [] }], 'x-ms-examples': { e: { $ref: './x.json' } } }, parameters: [] } },
    definitions: { P: { type: 'object', allOf: [{ type: 'array' }], properties: { value: { type: 'object' }, 'a/b': 1 } } },
  };
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(doc))]);

  it('strips the BOM, deletes keys everywhere, replaces, sets, deletes and appends security', () => {
    const { document } = applySpecOverrides(
      bytes,
      overridesFor(bytes, [
        { action: 'stripLeadingUtf8Bom' },
        { action: 'deleteKeyEverywhere', key: 'x-ms-examples' },
        { action: 'replace', pointer: '/definitions/P', value: { type: 'array', properties: { value: { type: 'object' }, 'a/b': 1 } } },
        { action: 'set', pointer: '/definitions/P/required', value: ['op'] },
        { action: 'deleteKey', pointer: '/definitions/P/properties/value/type' },
        { action: 'deleteKey', pointer: '/definitions/P/properties/a~1b' },
        { action: 'appendToEveryOperationSecurity', value: { accessToken: [] } },
      ]),
    );
    expect(document.paths['/a'].get).toEqual({ security: [{ oauth2: [] }, { accessToken: [] }] });
    expect(document.definitions.P).toEqual({ type: 'array', properties: { value: {} }, required: ['op'] });
  });

  it('refuses bytes other than the ones the overrides name', () => {
    const other = Buffer.from(JSON.stringify(doc));
    expect(() => applySpecOverrides(other, overridesFor(bytes, []))).toThrow(/sha256 is .* but spec-overrides.json was written for/);
  });

  it('refuses unknown actions and pointers that do not resolve', () => {
    expect(() => applySpecOverrides(bytes, overridesFor(bytes, [{ action: 'stripLeadingUtf8Bom' }, { action: 'explode' as never }]))).toThrow(/Unknown spec override action/);
    expect(() => applySpecOverrides(bytes, overridesFor(bytes, [{ action: 'stripLeadingUtf8Bom' }, { action: 'deleteKey', pointer: '/definitions/Q/x' }]))).toThrow(
      /does not resolve/,
    );
    expect(() => applySpecOverrides(bytes, overridesFor(bytes, [{ action: 'stripLeadingUtf8Bom' }, { action: 'replace', pointer: '/definitions/Q', value: 1 }]))).toThrow(
      /does not exist/,
    );
  });
});

describe('the shared spec', () => {
  it("loads with Microsoft's seven fixes applied", () => {
    const spec = loadAdoWitSpec();
    const d = spec.document.definitions;
    expect(d.JsonPatchDocument).toMatchObject({ type: 'array' });
    expect(d.JsonPatchOperation.required).toEqual(['op', 'path']);
    expect(d.JsonPatchOperation.properties.value.type).toBeUndefined();
    expect(JSON.stringify(spec.document)).not.toMatch(/x-ms-examples/);
    expect(spec.document.paths['/{organization}/{project}/_apis/wit/workitems/{id}'].patch.security).toContainEqual({ accessToken: [] });
  });

  // The shipped overrides name the sha256 of serviceHooks.json from the same upstream commit; see KNOWN_SHA256_ERRATA.
  it('matches through the one documented hash erratum, and reports that it did', () => {
    expect(loadAdoWitSpec().sha256Erratum).toBe(true);
  });

  it('refuses a spec that differs by one byte', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ado-spec-'));
    const source = locateAdoSpecDir();
    fs.copyFileSync(path.join(source, 'spec-overrides.json'), path.join(dir, 'spec-overrides.json'));
    const bytes = fs.readFileSync(path.join(source, 'workItemTracking-7.1.json'));
    bytes[bytes.length - 1] = bytes[bytes.length - 1] === 0x0a ? 0x20 : 0x0a;
    fs.writeFileSync(path.join(dir, 'workItemTracking-7.1.json'), bytes);
    try {
      expect(() => loadAdoWitSpec(dir)).toThrow(/Refusing to apply the overrides/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names ADO_SPEC_DIR when the spec folder is missing', () => {
    expect(() => locateAdoSpecDir({ ADO_SPEC_DIR: path.join(os.tmpdir(), 'no-such-ado-spec') })).toThrow(/ADO_SPEC_DIR.*lacks workItemTracking-7\.1\.json and spec-overrides\.json/);
  });
});
