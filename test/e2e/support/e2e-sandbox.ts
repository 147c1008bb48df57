// The sandbox an end-to-end test file talks to: the program itself (node dist/node/sandbox/cli.js) as a child
// process on a free port of 127.0.0.1, background processing only on drain, in Rhino. Without Java or Rhino the
// tier says so loudly and runs the node engine instead, and under CI=true it fails, as the Rhino tier does
// (test/rhino/rhinoBridge.ts): the end-to-end tier exists to run the built ES5 where the instance's engine family runs.
import { rhinoAvailability } from '@incb/glide-emulator/runtime';
import { SandboxProcess, startSandboxProcess } from '../../../sandbox/sandbox-process';

export type { SandboxProcess };

/** 'rhino' where Java and Rhino are; otherwise 'node' after a banner (or an error under CI=true) */
export function e2eEngine(): 'rhino' | 'node' {
  const availability = rhinoAvailability();
  if (availability.available) return 'rhino';
  const rule = '#'.repeat(78);
  const banner = `\n${rule}\n#  END-TO-END TIER WITHOUT RHINO: ${availability.reason}\n#  The sandbox runs the node engine (less faithful). Install a JRE and the Debian package "rhino".\n${rule}\n`;
  if (process.env.CI === 'true') throw new Error(`${banner}CI=true: the end-to-end tier must run in Rhino.`);
  console.warn(banner);
  return 'node';
}

/** Starts the sandbox with the tier's flags plus `extraArgs` (e.g. ['--demo'], ['--data', file]); `quiet: false`
 * keeps its per-request and per-exchange lines, for a test that reads the console. */
export function startE2eSandbox(extraArgs: string[] = [], { quiet = true }: { quiet?: boolean } = {}): Promise<SandboxProcess> {
  return startSandboxProcess({ args: ['--port', '0', '--tick-ms', '0', ...(quiet ? ['--quiet'] : []), '--engine', e2eEngine(), ...extraArgs] });
}
