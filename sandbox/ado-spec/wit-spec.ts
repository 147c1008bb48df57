// Loads Microsoft's WIT 7.1 swagger with spec-overrides.json applied: the document every request is validated against.
import * as fs from 'fs';
import * as path from 'path';
import { locateAdoSpecDir, SPEC_OVERRIDES_FILE, WIT_SPEC_FILE } from './spec-location';
import { applySpecOverrides, AppliedSpec, SpecOverrides } from './spec-overrides';

export interface LoadedWitSpec extends AppliedSpec {
  dir: string;
}

export function loadAdoWitSpec(dir: string = locateAdoSpecDir()): LoadedWitSpec {
  const overrides: SpecOverrides = JSON.parse(fs.readFileSync(path.join(dir, SPEC_OVERRIDES_FILE), 'utf8'));
  const applied = applySpecOverrides(fs.readFileSync(path.join(dir, WIT_SPEC_FILE)), overrides);
  return { ...applied, dir };
}
