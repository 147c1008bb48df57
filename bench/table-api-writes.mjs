// Figure (a): Table API writes per second through business rules. The same N incidents (impact and urgency cycling
// through the whole priority lookup) are created over HTTP, one after the other, in a sandbox per engine; every
// save runs the platform rules (the priority rule among them) and the app's incident rules. Each created
// incident's priority is checked against the lookup, so the figure only counts writes the rules really processed.
import { createRequire } from 'node:module';
// The emulator's build by its name, resolved as the compiled sandbox resolves it (dist/node/node_modules).
const { incidentPriority } = createRequire(new URL('../dist/node/sandbox/cli.js', import.meta.url))('@incb/glide-emulator');
import { expectStatus } from './http-client.mjs';
import { timeSequential } from './timing.mjs';

const PAIRS = [];
for (const impact of ['1', '2', '3']) for (const urgency of ['1', '2', '3']) PAIRS.push([impact, urgency]);

/** `progress` (sandbox/progress.ts), when given, hears of every write: warm-up and measured ones. */
export async function measureTableApiWrites(sandbox, { n, warmup }, progress) {
  let mismatches = 0;
  let written = 0;
  progress?.start(`${sandbox.engine}: Table API writes`, warmup + n, 'writes');
  const create = async (label, i) => {
    const [impact, urgency] = PAIRS[i % PAIRS.length];
    const reply = await expectStatus(201, `${sandbox.url}/api/now/table/incident?sysparm_fields=priority`, {
      method: 'POST',
      as: 'itil.user',
      json: { short_description: `bench ${label} ${i}`, impact, urgency },
    });
    if (reply.json.result.priority !== incidentPriority(impact, urgency)) mismatches++;
    progress?.update(++written);
  };
  await timeSequential(warmup, (i) => create('warm-up', i));
  mismatches = 0;
  const timing = await timeSequential(n, (i) => create('write', i));
  progress?.end();
  return { engine: sandbox.engine, warmup, ...timing, priorityMismatches: mismatches };
}
