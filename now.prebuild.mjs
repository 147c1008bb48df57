// now-sdk runs this before compiling Fluent: build dist/es5 first so every Now.include() target exists and is
// current. Rollup runs as a child process because in-process rollup made `now-sdk build` hang after a type error.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export default async function prebuild({ rootDir }) {
  const root = rootDir || process.cwd();
  const rollup = path.join(root, 'node_modules', 'rollup', 'dist', 'bin', 'rollup');
  const result = spawnSync(process.execPath, [rollup, '-c', 'rollup.config.mjs', '--silent'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('rollup failed (exit ' + result.status + '): dist/es5 was not rebuilt');
}
