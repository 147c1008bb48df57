// What the figures were measured on: CPU, cores, memory, OS, load, Node, and the Java and Rhino the Rhino engine runs
// (asked of the installed binaries, not assumed). Missing Java or Rhino is recorded as such.
import os from 'node:os';
import { spawnSync } from 'node:child_process';

const RHINO_JAR = '/usr/share/java/rhino.jar';

function javaVersion(java) {
  const run = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) return null;
  return (run.stderr || run.stdout).split('\n')[0].trim();
}

/** the jar's own Implementation-Title/Version (Debian's build says "Rhino Snapshot" in Context's version string) */
function rhinoVersion(java) {
  const code = "var p = java.lang.Class.forName('org.mozilla.javascript.Context').getPackage(); print(p.getImplementationTitle() + ' ' + p.getImplementationVersion())";
  const run = spawnSync(java, ['-cp', RHINO_JAR, 'org.mozilla.javascript.tools.shell.Main', '-e', code], { encoding: 'utf8' });
  if (run.error || run.status !== 0) return null;
  return run.stdout.trim().replace(/^Mozilla Rhino (\S+) \1$/, 'Mozilla Rhino $1');
}

export function machineInfo() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus.length ? cpus[0].model : 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    /** other work on the machine when the run started (1, 5, 15 minutes): figures from a busy machine are slower */
    loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
    node: process.version,
    java: javaVersion('java'),
    rhino: rhinoVersion('java'),
    rhinoJar: RHINO_JAR,
  };
}
