// `npm test` and `npm start` run the built artefacts (dist/es5, dist/app, dist/emulator, dist/node). Rebuild when any
// source is newer than the build, so they never run stale output; a no-op when the build is current.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
// dist/node is checked through a file: tsc rewrites its outputs in place, so the folder's own time never moves.
const outputs = ['dist/app/scope', 'dist/emulator/glide.js', 'dist/node/sandbox/cli.js', 'target'];
const sources = ['src', 'emulator', 'sandbox', 'now.config.json', 'rollup.config.mjs', 'now.prebuild.mjs', 'tsconfig.json', 'tsconfig.base.json', 'tsconfig.node.json', 'package-lock.json'];

// Written by `now-sdk build` itself on every build (same content when no record is new), so it is always newer than
// the outputs written before it: counting it would rebuild every time.
const writtenByBuild = new Set(['src/fluent/generated/keys.ts']);

function newest(p) {
  const full = path.join(root, p);
  if (!fs.existsSync(full) || writtenByBuild.has(p.split(path.sep).join('/'))) return 0;
  const st = fs.statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(full).reduce((m, f) => Math.max(m, newest(path.join(p, f))), st.mtimeMs);
}
function oldest(p) {
  const full = path.join(root, p);
  return fs.existsSync(full) ? fs.statSync(full).mtimeMs : 0;
}

const builtAt = Math.min(...outputs.map(oldest));
const changedAt = Math.max(...sources.map(newest));
if (builtAt === 0 || changedAt > builtAt) {
  console.log(builtAt === 0 ? 'No build yet: running npm run build' : 'Sources changed since the last build: running npm run build');
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status || 1);
}
