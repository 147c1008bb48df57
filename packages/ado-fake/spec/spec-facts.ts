// The facts of Microsoft's Azure DevOps WIT 7.1 specification that request validation needs, committed in the
// repository (facts/workItemTracking-7.1.facts.json) so that it stands alone: the operations, their parameters,
// media types, security and schemas, with spec-overrides.json applied, and none of the prose (descriptions,
// summaries, documentation links). Generated from the specification by `npm run ado-spec -- --write` (facts-cli.ts),
// which records where it came from; the source folder (../shared/ado-spec or $ADO_SPEC_DIR) is only read then.
import * as fs from 'fs';
import * as path from 'path';
import { packageDir, SPEC_OVERRIDES_FILE, WIT_SPEC_FILE } from './spec-location';
import { applySpecOverrides, sha256Hex, SpecOverrides, SwaggerDocument } from './spec-overrides';

/** the committed facts, in the package (its build under dist/node has a copy) */
export function factsFile(): string {
  return path.join(packageDir(), 'spec', 'facts', 'workItemTracking-7.1.facts.json');
}

/** keys that carry prose or documentation links, never a fact a request is checked against */
const PROSE_KEYS = ['description', 'summary', 'externalDocs', 'x-ms-docs-override-version', 'x-ms-vss-method', 'x-ms-vss-resource', 'x-ms-vss-resource-area', 'x-ms-vss-preview'];

/** keys whose value is a map from the API's own names to their definitions */
const NAME_MAPS = ['properties', 'paths', 'x-ms-paths', 'definitions', 'parameters', 'responses', 'securityDefinitions'];

export interface FactsSource {
  repository: string;
  path: string;
  commit: string;
  /** sha256 of the specification file the facts come from */
  sha256: string;
  /** sha256 of the spec-overrides.json applied */
  overridesSha256: string;
  licence: string;
  generator: string;
}

/** Drops prose keys, except where a key is a name of the API's own (a schema's `properties`, the `paths` and
 * `definitions` maps: a field called "description" is a fact). Keys are sorted so the output is stable. */
function stripProse(node: unknown, namesHere = false): unknown {
  if (Array.isArray(node)) return node.map((item) => stripProse(item));
  if (node === null || typeof node !== 'object') return node;
  const record = node as { [key: string]: unknown };
  const out: { [key: string]: unknown } = {};
  for (const key of Object.keys(record).sort()) {
    if (!namesHere && PROSE_KEYS.indexOf(key) >= 0) continue;
    out[key] = stripProse(record[key], !namesHere && NAME_MAPS.indexOf(key) >= 0);
  }
  // The one fact the specification states only in prose: the api-version each operation takes ("This should be set
  // to '7.1' to use this version of the api"). Kept as that fact alone, in the form request-checks.ts reads.
  if (!namesHere && record.name === 'api-version' && typeof record.description === 'string') {
    const version = /set to '([^']+)'/.exec(record.description);
    if (version) out.description = "set to '" + version[1] + "'";
  }
  return out;
}

/** The facts document of the specification in `dir` (its WIT 7.1 swagger and spec-overrides.json). */
export function extractFacts(dir: string): SwaggerDocument {
  const overridesText = fs.readFileSync(path.join(dir, SPEC_OVERRIDES_FILE), 'utf8');
  const overrides: SpecOverrides = JSON.parse(overridesText);
  const applied = applySpecOverrides(fs.readFileSync(path.join(dir, WIT_SPEC_FILE)), overrides);
  const facts = stripProse(applied.document) as SwaggerDocument;
  const source: FactsSource = {
    repository: overrides.appliesTo.repository,
    path: overrides.appliesTo.path,
    commit: overrides.appliesTo.commit,
    sha256: applied.sha256,
    overridesSha256: sha256Hex(overridesText),
    licence: 'MIT (MicrosoftDocs/vsts-rest-api-specs); facts only: operations, parameters, media types, schemas',
    generator: 'packages/ado-fake/spec/spec-facts.ts (npm run ado-spec -- --write)',
  };
  return { 'x-incident-bridge-source': source, ...facts };
}

/** The committed facts as text: sorted keys, two-space indent, one trailing newline (what --write writes). */
export function factsText(facts: SwaggerDocument): string {
  return JSON.stringify(facts, null, 2) + '\n';
}

/** The committed facts document. */
export function loadFacts(): SwaggerDocument {
  return JSON.parse(fs.readFileSync(factsFile(), 'utf8'));
}
