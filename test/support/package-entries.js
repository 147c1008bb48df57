// The entry points of the packages in packages/, by name, as their package.json `exports` give them: each key to its
// `types` target (the TypeScript source; `default` is the build in dist/node). A path the map does not name has no
// entry, so it does not resolve: code outside a package reaches only its public contract
// (test/unit/architecture/package-exports.test.ts). Jest's moduleNameMapper is built from this (jest.config.js), and
// so is the resolution of code Jest loads without its resolver: the rhino tier's globalSetup and globalTeardown.
const fs = require('fs');
const Module = require('module');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');

/** { '@incb/glide-emulator/loader': '<root>/packages/glide-emulator/loader/index.ts', ... } */
function packageEntries(root = ROOT) {
  const entries = {};
  const packagesDir = path.join(root, 'packages');
  for (const dir of fs.readdirSync(packagesDir)) {
    const manifest = path.join(packagesDir, dir, 'package.json');
    if (!fs.existsSync(manifest)) continue;
    const { name, exports } = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    for (const [key, target] of Object.entries(exports)) {
      const specifier = key === '.' ? name : name + key.slice(1);
      entries[specifier] = path.join(packagesDir, dir, (target.types || target.default).slice(2));
    }
  }
  return entries;
}

/** Jest's moduleNameMapper: an exact match of each name to its source. */
function jestModuleNameMapper(root = ROOT) {
  const mapper = {};
  for (const [specifier, file] of Object.entries(packageEntries(root))) {
    mapper['^' + specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') + '$'] = file;
  }
  return mapper;
}

let installed = false;

/** For code Jest runs outside its module registry (globalSetup, globalTeardown): Node's require resolves the
 * packages' names to the same sources (Jest's transform is already hooked into require there). */
function resolvePackagesInNode(root = ROOT) {
  if (installed) return;
  installed = true;
  const entries = packageEntries(root);
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function resolvePackageEntry(request, ...rest) {
    return resolve.call(this, Object.prototype.hasOwnProperty.call(entries, request) ? entries[request] : request, ...rest);
  };
}

module.exports = { packageEntries, jestModuleNameMapper, resolvePackagesInNode };
