// Where Microsoft's Azure DevOps specification lives: `$ADO_SPEC_DIR`, or `../shared/ado-spec` beside the repository
// the commands run in (the working directory: npm scripts and Jest run at the repository root). The repository carries only the facts validation needs (spec-facts.ts); this folder is read to regenerate
// them and to check them against their source.
import * as fs from 'fs';
import * as path from 'path';

export const ADO_SPEC_DIR_ENV = 'ADO_SPEC_DIR';
export const WIT_SPEC_FILE = 'workItemTracking-7.1.json';
export const SPEC_OVERRIDES_FILE = 'spec-overrides.json';

/** This package's folder: the nearest one above this file holding a package.json (its sources and its build in
 * dist/node/packages/ado-fake alike, which holds the committed facts too: scripts/build-packages.mjs). */
export function packageDir(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${__dirname}: cannot locate the package`);
    dir = parent;
  }
  return dir;
}

/** The spec folder, checked to hold both files we need; throws a message that says how to fix it. */
export function locateAdoSpecDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[ADO_SPEC_DIR_ENV];
  const dir = fromEnv ? path.resolve(fromEnv) : path.resolve(process.cwd(), '..', 'shared', 'ado-spec');
  const missing = [WIT_SPEC_FILE, SPEC_OVERRIDES_FILE].filter((f) => !fs.existsSync(path.join(dir, f)));
  if (missing.length > 0) {
    const source = fromEnv ? `$${ADO_SPEC_DIR_ENV}` : `the default (../shared/ado-spec beside the repository)`;
    throw new Error(
      `Azure DevOps spec not found: ${dir} (from ${source}) lacks ${missing.join(' and ')}. ` +
        `Set ${ADO_SPEC_DIR_ENV} to the folder holding Microsoft's WIT 7.1 swagger and spec-overrides.json.`,
    );
  }
  return dir;
}
