// `npm start`: the sandbox as a program (node dist/node/sandbox/cli.js [options]; see cli-options.ts). Its first
// line on stdout is always
//   Incident Bridge sandbox listening on http://127.0.0.1:PORT (engine: rhino, app 0.1.0)
// (the real port also with --port 0: tests and the end-to-end tier parse it), then the users and, with --demo, the
// Azure DevOps fake's URL. SIGINT/SIGTERM stop it gracefully (the --data file is saved); a second signal exits at once.
// Started with an IPC channel (sandbox-process.ts), it also stops when the parent disconnects.
import { USAGE, parseCommandLine } from './cli-options';
import { Sandbox, startSandbox } from './server';

function startupReport(sandbox: Sandbox, dataFile: string | undefined): string[] {
  const lines = [`Incident Bridge sandbox listening on ${sandbox.url} (engine: ${sandbox.engine}, app ${sandbox.app.version})`];
  lines.push(sandbox.defaultUsers ? 'Users (password = user name):' : 'Users (passwords from --users):');
  const width = Math.max(...sandbox.users.map((u) => u.user_name.length));
  for (const user of sandbox.users) lines.push(`  ${user.user_name.padEnd(width)}  ${user.roles.join(', ')}`);
  if (sandbox.demo) {
    lines.push(`Azure DevOps fake: ${sandbox.demo.organizationUrl}/${sandbox.demo.project} (PAT "${sandbox.demo.pat}" as the basic auth password, empty user name)`);
    if (sandbox.demo.personPat) lines.push(`Azure DevOps fake person (changes the app syncs back): PAT "${sandbox.demo.personPat}"`);
  }
  if (dataFile) lines.push(`Data: ${sandbox.data === 'restored' ? 'restored from' : 'new, saved on exit to'} ${dataFile}`);
  lines.push(sandbox.tickMs > 0 ? `Background processing every ${sandbox.tickMs} ms; POST /sandbox/v1/drain (admin) runs everything due now` : 'Background processing off: POST /sandbox/v1/drain (admin) runs everything due');
  return lines;
}

async function main(): Promise<void> {
  let command;
  try {
    command = parseCommandLine(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (command.help) {
    console.log(USAGE);
    return;
  }
  const options = command.options;
  // Under `npm test`'s secret audit, the spool files of this sandbox's engine say they come from a sandbox process.
  if (process.env.INCB_SECRET_AUDIT_DIR) process.env.INCB_SECRET_AUDIT_ORIGIN = 'sandbox';
  const sandbox = await startSandbox(options);
  if (sandbox.engineFallback) {
    const rule = '#'.repeat(78);
    console.error(`${rule}\n#  RHINO IS NOT AVAILABLE: ${sandbox.engineFallback}\n#  Running the node engine instead (less faithful: see packages/glide-emulator/runtime/vm-engine.ts).\n${rule}`);
  }
  for (const line of startupReport(sandbox, options.dataFile)) console.log(line);

  let signals = 0;
  const stop = (signal: string): void => {
    signals++;
    if (signals > 1) process.exit(130);
    console.log(`${signal}: stopping the sandbox${options.dataFile ? ` and saving ${options.dataFile}` : ''}...`);
    sandbox.stop().then(
      () => process.exit(0),
      (error) => {
        console.error(`Stopping failed: ${(error as Error).message}`);
        process.exit(1);
      }
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  // Started by a program with an IPC channel (sandbox-process.ts: the end-to-end tests, the benchmark): it stops when
  // that program goes away, so a killed test run leaves no sandbox behind. A stop already under way finishes (the
  // --data save included).
  if (process.send) process.on('disconnect', () => signals === 0 && stop('parent process gone'));
}

main().catch((error) => {
  console.error(`The sandbox did not start: ${(error as Error).message}`);
  process.exit(1);
});
