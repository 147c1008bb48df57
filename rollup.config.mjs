// Builds everything that runs on the instance (dist/es5) plus the Glide emulator bundle for Rhino
// (dist/emulator). Each output is one self-contained ES5 IIFE:
//   - dist/es5/includes/<Name>.js  one per script include listed in src/app/includes.json; defines `var <Name>`
//   - dist/es5/entry/<path>.js      one per file under src/app/entry (business rules, REST routes, jobs, actions)
//   - dist/es5/atf/<name>.js        one per file directly in src/app/atf (src/app/atf/support is what they share):
//                                   the scripts of the app's ATF "Run Server Side Script" steps, which run on the
//                                   instance in the app's scope like any other script
//   - dist/es5/demo/<name>.js       the same for src/app/demo: the route scripts of the Azure DevOps test double,
//                                   which the package ships as demo data only
//   - dist/emulator/glide.js        the emulator, `var GlideEmulator` (test and sandbox infrastructure, never installed)
// An import of another script include is NOT bundled: it becomes a reference to that include's global name, exactly
// how scripts in one scope see each other's script includes on an instance.
import fs from 'node:fs';
import path from 'node:path';
import typescript from '@rollup/plugin-typescript';

const root = path.dirname(new URL(import.meta.url).pathname);
const appDir = path.join(root, 'src/app');
const includes = JSON.parse(fs.readFileSync(path.join(appDir, 'includes.json'), 'utf8'));
const includeByFile = new Map(
  Object.entries(includes).map(([name, file]) => [path.join(appDir, file).replace(/\.ts$/, ''), name])
);

function listTs(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return listTs(p);
    return d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') ? [p] : [];
  });
}

function includeNameOf(source, importer) {
  if (!importer || !source.startsWith('.')) return undefined;
  return includeByFile.get(path.resolve(path.dirname(importer), source).replace(/\.ts$/, ''));
}

function bundle(input, file, { name, self } = {}) {
  return {
    input,
    external: (source, importer) => {
      const other = includeNameOf(source, importer);
      return other !== undefined && other !== self;
    },
    plugins: [typescript({ tsconfig: path.join(root, 'tsconfig.json'), noEmit: false, outDir: undefined, declaration: false, sourceMap: false, include: ['src/app/**/*.ts', 'packages/glide-emulator/glide/**/*.ts'] })],
    output: {
      file,
      format: 'iife',
      name,
      exports: name ? 'default' : 'none',
      strict: false,
      interop: 'default',
      generatedCode: { preset: 'es5', constBindings: false, arrowFunctions: false, objectShorthand: false },
      // Rollup hands external relative imports over as absolute paths.
      globals: (id) => includeByFile.get(id.replace(/\.ts$/, '')) || id,
    },
    onwarn(warning, warn) {
      // A missing global mapping or circular include would change runtime behaviour: fail the build.
      if (warning.code === 'MISSING_GLOBAL_NAME' || warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'UNRESOLVED_IMPORT') {
        throw new Error(warning.message);
      }
      warn(warning);
    },
  };
}

const configs = [];
for (const [name, file] of Object.entries(includes)) {
  configs.push(bundle(path.join(appDir, file), `dist/es5/includes/${name}.js`, { name, self: name }));
}
for (const entry of listTs(path.join(appDir, 'entry'))) {
  const rel = path.relative(path.join(appDir, 'entry'), entry).replace(/\.ts$/, '.js');
  configs.push(bundle(entry, `dist/es5/entry/${rel}`));
}
// one script per file directly in the folder (what they share is in its support/)
for (const folder of ['atf', 'demo']) {
  for (const name of fs.readdirSync(path.join(appDir, folder)).filter((n) => n.endsWith('.ts') && !n.endsWith('.d.ts'))) {
    configs.push(bundle(path.join(appDir, folder, name), `dist/es5/${folder}/${name.replace(/\.ts$/, '.js')}`));
  }
}
configs.push(bundle(path.join(root, 'packages/glide-emulator/glide/index.ts'), 'dist/emulator/glide.js', { name: 'GlideEmulator' }));

export default configs;
