// What Rhino-tier test files use: runInRhino(job) sends a job to the one RhinoEngine of this Jest run (started by
// globalSetup, see rhinoBridge.ts) and resolves with its result. describeInRhino is `describe`, or `describe.skip`
// when globalSetup found no Rhino/Java (it then printed a banner; under CI=true it failed the run instead).
import http from 'node:http';
import type { ScriptJob, ScriptResult } from '@incb/glide-emulator/runtime';
import { BRIDGE_URL_ENV, SKIPPED_ENV } from './rhinoBridge';

export type { ScriptJob, ScriptResult };

export const describeInRhino: jest.Describe = process.env[SKIPPED_ENV] ? describe.skip : describe;

export function runInRhino(job: ScriptJob): Promise<ScriptResult> {
  const url = process.env[BRIDGE_URL_ENV];
  if (!url) {
    return Promise.reject(new Error(`${BRIDGE_URL_ENV} is not set: run Rhino tests through the Jest project "rhino" (its globalSetup starts the engine)`));
  }
  const body = JSON.stringify(job);
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/run`,
      // A connection per job (agent: false): a kept-alive socket that the bridge closes after its idle time-out while
      // the next job is being sent on it ends that job with ECONNRESET.
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (response.statusCode !== 200) reject(new Error(`Rhino bridge answered ${response.statusCode}: ${text}`));
          else resolve(JSON.parse(text));
        });
      }
    );
    request.on('error', reject);
    request.end(body);
  });
}
