// Builds the fixture app (./fixture-app) with the project's own now-sdk into a temporary directory, so the loader
// is tested on XML the real SDK wrote. The fixture commits no keys.ts: its sys_ids are new on every build and no
// test depends on them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

var ROOT = path.resolve(__dirname, '../../..');
var SDK_CLI = path.join(ROOT, 'node_modules/@servicenow/sdk/bin/index.js');

export interface BuiltFixture {
  /** the fixture project's directory (source and build output) */
  projectDir: string;
  distAppDir: string;
  remove(): void;
}

export function buildFixtureApp(): BuiltFixture {
  var projectDir = fs.mkdtempSync(path.join(os.tmpdir(), 'incb-loader-fixture-'));
  fs.cpSync(path.join(__dirname, 'fixture-app'), projectDir, { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(projectDir, 'node_modules'), 'dir');
  var result = spawnSync(process.execPath, [SDK_CLI, 'build', projectDir], {
    cwd: projectDir,
    encoding: 'utf8',
    // NODE_ENV=test turns the SDK's telemetry off
    env: Object.assign({}, process.env, { NODE_ENV: 'test' }),
  });
  if (result.status !== 0) {
    throw new Error('now-sdk build of the loader fixture failed:\n' + result.stdout + result.stderr);
  }
  return {
    projectDir,
    distAppDir: path.join(projectDir, 'dist/app'),
    remove: () => fs.rmSync(projectDir, { recursive: true, force: true }),
  };
}
