// The repository the sandbox belongs to, which holds the app's build (dist/app, dist/es5, dist/emulator) the engines
// run: the nearest folder above this file with a package.json, from the sources and from dist/node/sandbox alike.
import * as fs from 'fs';
import * as path from 'path';

export function repositoryRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${__dirname}: pass the repository root as options.root`);
    dir = parent;
  }
  return dir;
}
