// `npm test` and `npm start` run the built artefacts (dist/es5, dist/app, dist/emulator, dist/node). Rebuild when any
// source is newer than the build, so they never run stale output; a no-op when the build is current.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

// First-run check: say what is missing in one line, instead of a stack trace later. The toolchain is tested on the
// Node.js package.json's `engines` names (some dependencies of newer tool versions need Node 22); Java and Rhino are
// needed for the Rhino engine (the sandbox falls back to the node engine, the rhino tier is skipped, except in CI).
if (!fs.existsSync(path.join(root, 'node_modules', '@servicenow', 'sdk'))) {
  console.error('The dependencies are not installed: run npm ci first (see the README\'s first command).');
  process.exit(1);
}
const engines = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).engines || {};
const nodeMajor = Number(process.versions.node.split('.')[0]);
if (engines.node && nodeMajor !== 20) {
  console.log(`Note: this project is tested on Node.js ${engines.node}; this is ${process.versions.node}. If npm ci or a test fails oddly, use Node 20.`);
}
if (!fs.existsSync('/usr/share/java/rhino.jar') || spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0) {
  console.log('Note: Mozilla Rhino and a JRE were not found (apt-get install rhino): the sandbox runs the node engine and npm test skips the rhino tier.');
}
// dist/node is checked through a file: tsc rewrites its outputs in place, so the folder's own time never moves.
const outputs = ['dist/app/scope', 'dist/emulator/glide.js', 'dist/node/sandbox/cli.js', 'target'];
const sources = ['src', 'packages', 'sandbox', 'now.config.json', 'rollup.config.mjs', 'now.prebuild.mjs', 'tsconfig.json', 'tsconfig.base.json', 'tsconfig.node.json', 'package-lock.json'];

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
