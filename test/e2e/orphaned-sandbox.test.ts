// A sandbox started through sandbox/sandbox-process.ts stops by itself when the program that started it dies without
// stopping it (a test run killed half-way), so no orphaned sandbox keeps a port and a Java process.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { e2eEngine } from './support/e2e-sandbox';

const ROOT = path.resolve(__dirname, '../..');

/** the process exists and is not a zombie waiting for a container's init to reap it */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

test('the sandbox exits when its parent is killed with SIGKILL', async () => {
  // The parent: a plain Node program that starts the sandbox, says where it is, and then just waits.
  const parentCode = `
    const { startSandboxProcess } = require(${JSON.stringify(path.join(ROOT, 'dist/node/sandbox/sandbox-process.js'))});
    startSandboxProcess({ args: ['--port', '0', '--tick-ms', '0', '--quiet', '--engine', ${JSON.stringify(e2eEngine())}] })
      .then((sandbox) => console.log(JSON.stringify({ pid: sandbox.pid, url: sandbox.url })));`;
  const parent = spawn(process.execPath, ['-e', parentCode], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const started = await new Promise<{ pid: number; url: string }>((resolve, reject) => {
    readline.createInterface({ input: parent.stdout! }).once('line', (line) => resolve(JSON.parse(line)));
    parent.once('exit', (code) => reject(new Error(`the parent exited with ${code} before the sandbox started`)));
  });
  try {
    expect((await fetch(`${started.url}/sandbox/v1/info`, { headers: { Authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` } })).status).toBe(200);
    parent.kill('SIGKILL');
    const deadline = Date.now() + 30000;
    while (alive(started.pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(alive(started.pid)).toBe(false);
    await expect(fetch(`${started.url}/sandbox/v1/info`)).rejects.toThrow();
  } finally {
    if (alive(started.pid)) process.kill(started.pid, 'SIGKILL');
    parent.kill('SIGKILL');
  }
}, 180000);
