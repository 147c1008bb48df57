// After `tsc -p tsconfig.node.json`: makes each package in packages/ a package again inside dist/node, so the
// compiled sandbox finds it by name as Node resolves any dependency. For packages/<dir>, dist/node/packages/<dir>
// gets the package's package.json (its `exports` name the compiled .js) and its files tsc does not emit (engine
// scripts, JSON data), and dist/node/node_modules/<name> links to it. The package's tests are not copied.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const packagesDir = path.join(root, 'packages');
const outDir = path.join(root, 'dist', 'node');

function copyAssets(from, to) {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'test' && entry.name !== 'node_modules') copyAssets(source, target);
    } else if (!entry.name.endsWith('.ts')) {
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(source, target);
    }
  }
}

for (const dir of fs.readdirSync(packagesDir)) {
  const source = path.join(packagesDir, dir);
  const manifest = path.join(source, 'package.json');
  if (!fs.existsSync(manifest)) continue;
  const built = path.join(outDir, 'packages', dir);
  copyAssets(source, built);
  const link = path.join(outDir, 'node_modules', ...JSON.parse(fs.readFileSync(manifest, 'utf8')).name.split('/'));
  fs.mkdirSync(path.dirname(link), { recursive: true });
  fs.rmSync(link, { recursive: true, force: true });
  fs.symlinkSync(path.relative(path.dirname(link), built), link, 'dir');
}
