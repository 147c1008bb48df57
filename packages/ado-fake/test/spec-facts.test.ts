// spec-overrides.json is applied as data: every action does exactly its edit, the spec's bytes are pinned by sha256,
// and a missing spec folder fails with a message that says how to point at it. The committed facts of the
// specification (what validation reads) are checked against their source where it is present.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadAdoWitSpec, locateAdoSpecDir } from '../spec';
import { applySpecOverrides, sha256Hex, SpecOverrides } from '../spec/spec-overrides';
import { extractFacts, factsFile, factsText } from '../spec/spec-facts';

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

describe('the committed facts (packages/ado-fake/spec/facts)', () => {
  it("are Microsoft's WIT 7.1 specification with the seven fixes applied, and say where they come from", () => {
    const spec = loadAdoWitSpec();
    expect(spec.dir).toBe('committed facts');
    const d = spec.document.definitions;
    expect(d.JsonPatchDocument).toMatchObject({ type: 'array' });
    expect(d.JsonPatchOperation.required).toEqual(['op', 'path']);
    expect(d.JsonPatchOperation.properties.value.type).toBeUndefined();
    expect(JSON.stringify(spec.document)).not.toMatch(/x-ms-examples/);
    expect(spec.document.paths['/{organization}/{project}/_apis/wit/workitems/{id}'].patch.security).toContainEqual({ accessToken: [] });
    expect(spec.document['x-incident-bridge-source']).toMatchObject({ repository: 'MicrosoftDocs/vsts-rest-api-specs', commit: 'adb28786a3e9349d5b3deb43eb2134b682c33bb2', sha256: '08e2a20ff9337f06a714066be91e12fccf68ee0ee6e2ae917ee2cae08cd18025' });
  });

  it('carry no prose, while a field named description is still a field', () => {
    const text = fs.readFileSync(factsFile(), 'utf8');
    expect(text).not.toMatch(/"(summary|externalDocs)"\s*:/);
    const document = JSON.parse(text);
    // the only description left is the api-version each operation takes, reduced to that fact
    const descriptions = JSON.stringify(document).match(/"description"\s*:\s*"[^"]*"/g) || [];
    expect(descriptions.length).toBeGreaterThan(0);
    expect(descriptions.filter((d: string) => !/^"description"\s*:\s*"set to '7\.1(-preview\.\d+)?'"$/.test(d))).toEqual([]);
    expect(document.definitions.WorkItemType.properties.description).toEqual({ type: 'string' });
  });
});

// Where the specification the facts come from is beside the repository (CI, a developer's machine): the facts are
// what it gives, byte for byte, and the overrides are applied to exactly the bytes they name. A clone with nothing
// beside it skips these (and says so); the facts are what it validates against.
const sourceDir = (() => {
  try {
    return locateAdoSpecDir();
  } catch (e) {
    return undefined;
  }
})();
const withSource = sourceDir ? describe : describe.skip;

withSource('the facts against their source (../shared/ado-spec or $ADO_SPEC_DIR)', () => {
  it('regenerating them from the source gives the committed file byte for byte (npm run ado-spec)', () => {
    expect(factsText(extractFacts(sourceDir!))).toBe(fs.readFileSync(factsFile(), 'utf8'));
  });

  // The shipped overrides name the sha256 of serviceHooks.json from the same upstream commit; see KNOWN_SHA256_ERRATA.
  it('the source loads through the one documented hash erratum, and reports that it did', () => {
    expect(loadAdoWitSpec(sourceDir).sha256Erratum).toBe(true);
  });

  it('the copied samples (samples/) are still the source\'s files', () => {
    const fixtures = path.join(__dirname, '..', 'samples');
    for (const [copied, original] of [['http-examples', 'httpExamples'], ['service-hook-samples', 'service-hook-samples']]) {
      for (const file of fs.readdirSync(path.join(fixtures, copied))) {
        expect([copied, file, fs.readFileSync(path.join(fixtures, copied, file), 'utf8')]).toEqual([copied, file, fs.readFileSync(path.join(sourceDir!, original, file), 'utf8')]);
      }
    }
  });

  it('refuses a spec that differs by one byte', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ado-spec-'));
    fs.copyFileSync(path.join(sourceDir!, 'spec-overrides.json'), path.join(dir, 'spec-overrides.json'));
    const bytes = fs.readFileSync(path.join(sourceDir!, 'workItemTracking-7.1.json'));
    bytes[bytes.length - 1] = bytes[bytes.length - 1] === 0x0a ? 0x20 : 0x0a;
    fs.writeFileSync(path.join(dir, 'workItemTracking-7.1.json'), bytes);
    try {
      expect(() => loadAdoWitSpec(dir)).toThrow(/Refusing to apply the overrides/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

it('names ADO_SPEC_DIR when the specification folder is missing', () => {
  expect(() => locateAdoSpecDir({ ADO_SPEC_DIR: path.join(os.tmpdir(), 'no-such-ado-spec') })).toThrow(/ADO_SPEC_DIR.*lacks workItemTracking-7\.1\.json and spec-overrides\.json/);
});
