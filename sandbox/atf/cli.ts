// `npm run atf`: every ATF test the built app ships, run in a fresh sandbox on each engine (Rhino, then node), with
// results per suite, test and step. Exits 0 when every test passed on every engine, 1 when one did not, 2 on a bad
// command line.
import fs from 'node:fs';
import path from 'node:path';
import { ATF_USAGE, parseAtfCommandLine } from './cli-options';
import { runLines } from './report';
import { AtfSandboxRun, runAtfInSandbox } from './sandbox-run';

async function main(): Promise<number> {
  let command;
  try {
    command = parseAtfCommandLine(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${ATF_USAGE}`);
    return 2;
  }
  if (command.help) {
    console.log(ATF_USAGE);
    return 0;
  }
  const options = command.options;
  const appDir = options.app ? path.resolve(options.app) : undefined;
  if (appDir && !fs.existsSync(path.join(appDir, 'scope'))) {
    console.error(`--app ${options.app} is not a built app (no scope/ folder)`);
    return 2;
  }
  if (process.env.INCB_SECRET_AUDIT_DIR) process.env.INCB_SECRET_AUDIT_ORIGIN = 'sandbox';
  const runs: AtfSandboxRun[] = [];
  for (const engine of options.engines) {
    const result = await runAtfInSandbox({ appDir, engine, demoData: options.demoData, suites: options.suites });
    runs.push(result);
    if (options.json) continue;
    const ran = result.engineFallback ? `node (Rhino is not available: ${result.engineFallback})` : result.engine;
    console.log(`ATF run on the ${ran} engine: ${result.app.name} ${result.app.version} (${result.app.scope}) from ${appDir ?? 'dist/app'}, ${result.demoData ? 'with' : 'without'} demo data, as admin`);
    for (const line of runLines(result.run)) console.log(line);
    console.log(`${result.run.ok ? 'PASSED' : 'FAILED'} on ${result.engine} in ${(result.durationMs / 1000).toFixed(1)} s\n`);
  }
  if (options.json) console.log(JSON.stringify(runs, null, 2));
  const ok = runs.every((r) => r.run.ok);
  if (!options.json) console.log(ok ? `ATF: every test passed on ${runs.map((r) => r.engine).join(' and ')}` : 'ATF: FAILED');
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`The ATF run did not complete: ${(error as Error).stack ?? error}`);
    process.exit(1);
  }
);
