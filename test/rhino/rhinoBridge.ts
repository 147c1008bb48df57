// The Rhino tier's shared engine: globalSetup starts ONE RhinoEngine in the Jest parent process behind a tiny HTTP
// server on 127.0.0.1, and test files in any worker reach it through rhinoClient.ts (the URL travels in an
// environment variable, which Jest's workers inherit). Because every job passes through this one server, it also
// knows which built entry scripts ran, whatever worker ran them: globalTeardown checks that every file under
// dist/es5/entry was run by some Rhino test.
import fs from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { RhinoEngine, rhinoAvailability } from '@incb/glide-emulator/runtime';
import type { ScriptJob } from '@incb/glide-emulator/runtime';
import { APP_SCOPE } from '../support/builtApp';

export const BRIDGE_URL_ENV = 'RHINO_BRIDGE_URL';
export const SKIPPED_ENV = 'RHINO_TIER_SKIPPED';

const ROOT = path.resolve(__dirname, '..', '..');

interface Bridge {
  engine: RhinoEngine;
  server: http.Server;
  filesRun: Set<string>;
}

// globalSetup and globalTeardown run in the same (parent) process: this is how the second finds the first's bridge.
const holder = globalThis as typeof globalThis & { __rhinoBridge?: Bridge };

export async function startRhinoBridge(): Promise<void> {
  const availability = rhinoAvailability();
  if (!availability.available) {
    if (process.env.CI === 'true') throw new Error(`${skipBanner(availability.reason!)}\nCI=true: the Rhino tier must run in CI.`);
    console.warn(skipBanner(availability.reason!));
    process.env[SKIPPED_ENV] = availability.reason;
    return;
  }
  const engine = new RhinoEngine({ root: ROOT, scope: APP_SCOPE });
  const info = await engine.start();
  const filesRun = new Set<string>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      let job: ScriptJob;
      try {
        job = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch (error) {
        response.writeHead(400, { 'content-type': 'text/plain' }).end(`not a JSON job: ${(error as Error).message}`);
        return;
      }
      engine.run(job).then((result) => {
        result.filesRun.forEach((file) => filesRun.add(file));
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // Open connections keep the process alive while in use; an idle bridge never holds Jest open.
  server.unref();
  holder.__rhinoBridge = { engine, server, filesRun };
  process.env[BRIDGE_URL_ENV] = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  console.log(`\nRhino tier: engine started in ${info.startupMs} ms; ${info.removed.length} built-ins removed by the ServiceNow-ES5 profile`);
}

function skipBanner(reason: string): string {
  const rule = '#'.repeat(78);
  return `\n${rule}\n#  RHINO TIER SKIPPED: ${reason}\n#  The built ES5 files were NOT run in Rhino. Install a JRE and the Debian package "rhino".\n${rule}\n`;
}

/** What Jest was told to run, when it was told to run less than everything. */
function runFilter(globalConfig: any): string | undefined {
  if (globalConfig.testPathPattern) return `test path pattern "${globalConfig.testPathPattern}"`;
  if (globalConfig.testNamePattern) return `test name pattern "${globalConfig.testNamePattern}"`;
  if (globalConfig.onlyChanged || globalConfig.findRelatedTests) return 'changed/related tests only';
  if (globalConfig.shard) return 'a shard';
  if (globalConfig.onlyFailures) return 'failed tests only';
  return undefined;
}

export function listEntryFiles(root: string = ROOT): string[] {
  const walk = (dir: string): string[] =>
    fs.existsSync(dir)
      ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : d.name.endsWith('.js') ? [path.join(dir, d.name)] : []))
      : [];
  return walk(path.join(root, 'dist', 'es5', 'entry'))
    .map((file) => path.relative(root, file).split(path.sep).join('/'))
    .sort();
}

/** Entry files no Rhino test ran, given the files that ran. */
export function entryFilesNotRun(filesRun: Iterable<string>, entries: string[] = listEntryFiles()): string[] {
  const ran = new Set(filesRun);
  return entries.filter((file) => !ran.has(file));
}

export async function stopRhinoBridge(globalConfig: unknown): Promise<void> {
  const skipped = process.env[SKIPPED_ENV];
  // Said again at the end, where it is seen.
  if (skipped) console.warn(skipBanner(skipped));
  const bridge = holder.__rhinoBridge;
  if (!bridge) return;
  holder.__rhinoBridge = undefined;
  const closed = new Promise<void>((resolve) => bridge.server.close(() => resolve()));
  bridge.server.closeAllConnections();
  await closed;
  await bridge.engine.close();
  const filter = runFilter(globalConfig);
  if (filter) {
    console.log(`Rhino tier: entry-script coverage not checked (the run was limited to ${filter})`);
    return;
  }
  const missing = entryFilesNotRun(bridge.filesRun);
  if (missing.length > 0) {
    throw new Error(
      `Rhino tier: ${missing.length} built entry script(s) were not run by any Rhino test ` +
        `(use runFile('<path>', vars) inside runInRhino):\n  ${missing.join('\n  ')}`
    );
  }
}
