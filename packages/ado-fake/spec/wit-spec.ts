// The document every Azure DevOps request is validated against: Microsoft's WIT 7.1 swagger with spec-overrides.json
// applied. By default the facts committed in the repository (spec-facts.ts); from a specification folder (its raw
// swagger and overrides) when one is given, which is how the facts are regenerated and checked against their source.
import * as fs from 'fs';
import * as path from 'path';
import { SPEC_OVERRIDES_FILE, WIT_SPEC_FILE } from './spec-location';
import { applySpecOverrides, AppliedSpec, SpecOverrides } from './spec-overrides';
import { FactsSource, loadFacts } from './spec-facts';

export interface LoadedWitSpec extends AppliedSpec {
  /** the specification folder, or 'committed facts' */
  dir: string;
}

export function loadAdoWitSpec(dir?: string): LoadedWitSpec {
  if (!dir) {
    const document = loadFacts();
    const source = document['x-incident-bridge-source'] as FactsSource;
    return { document, sha256: source.sha256, sha256Erratum: false, dir: 'committed facts' };
  }
  const overrides: SpecOverrides = JSON.parse(fs.readFileSync(path.join(dir, SPEC_OVERRIDES_FILE), 'utf8'));
  const applied = applySpecOverrides(fs.readFileSync(path.join(dir, WIT_SPEC_FILE)), overrides);
  return { ...applied, dir };
}
