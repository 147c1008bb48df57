// The Incident Bridge package as `npm run build` wrote it (dist/app), loaded once per test file.
import fs from 'node:fs';
import path from 'node:path';
import { LoadedApp, loadApp } from '@incb/glide-emulator/loader';

export var ROOT = path.resolve(__dirname, '../..');
export var DIST_APP = path.join(ROOT, 'dist/app');
/** the app's scope (now.config.json), for engines and instances that install no app */
export var APP_SCOPE: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'now.config.json'), 'utf8')).scope;

export function loadBuiltApp(): LoadedApp {
  if (!fs.existsSync(path.join(DIST_APP, 'scope'))) throw new Error('dist/app is missing: run npm run build (npm test does)');
  return loadApp(DIST_APP);
}

export function readBuilt(relativePath: string): string {
  return fs.readFileSync(path.join(ROOT, relativePath), 'utf8');
}
