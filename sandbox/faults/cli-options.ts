// The command line of `npm run faults` (dist/node/sandbox/faults/cli.js): a typo in a flag is an error that names
// it, never a silent run with the defaults (a run takes a minute, and its figures would answer another question).
export interface FaultsOptions {
  seed: number;
  incidents: number;
  faultEvery: number;
  backlog: number;
  inbound: number;
  fuzzSeed: number;
  /** workers at once, one fault run and one inbound run for each (workers.ts) */
  workers: number[];
  json: boolean;
}

/** more workers than this add nothing the figures could show, only minutes */
export const MAX_WORKERS = 16;

export const FAULTS_USAGE = `Usage: npm run faults -- [options]
  --seed N          fault schedule (default 2026)
  --incidents N     incidents of the fault run (default 300)
  --fault-every S   a fault every S simulated seconds on average (default 20)
  --backlog N       incidents of the throttled backlog (default 400)
  --inbound N       linked incidents of the inbound fault run (default 100)
  --fuzz-seed N     seed of the inbound fuzz's inputs (default 2026), in process and over HTTP
  --workers N,N     workers at once: the fault and inbound runs once for each count, the first one in full
                    (default 1,2,4; each from 1 to ${MAX_WORKERS}, no count twice)
  --json            the raw reports instead of the table
  --help            this text`;

const NUMBERS: { [flag: string]: { key: Exclude<keyof FaultsOptions, 'json' | 'workers'>; min: number } } = {
  '--seed': { key: 'seed', min: 0 },
  '--incidents': { key: 'incidents', min: 1 },
  '--fault-every': { key: 'faultEvery', min: 1 },
  '--backlog': { key: 'backlog', min: 1 },
  '--inbound': { key: 'inbound', min: 1 },
  '--fuzz-seed': { key: 'fuzzSeed', min: 0 },
};

export function parseFaultsCommandLine(argv: string[]): { help: true } | { help: false; options: FaultsOptions } {
  const options: FaultsOptions = { seed: 2026, incidents: 300, faultEvery: 20, backlog: 400, inbound: 100, fuzzSeed: 2026, workers: [1, 2, 4], json: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--help' || flag === '-h') return { help: true };
    if (flag === '--json') {
      options.json = true;
      continue;
    }
    if (flag === '--workers') {
      options.workers = workerCounts(argv[++i]);
      continue;
    }
    const number = NUMBERS[flag];
    if (!number) throw new Error(`unknown option ${flag}`);
    const text = argv[++i];
    if (text === undefined || !/^\d+$/.test(text) || Number(text) < number.min || !Number.isSafeInteger(Number(text))) {
      throw new Error(`${flag} needs a whole number from ${number.min}${text === undefined ? '' : `, not "${text}"`}`);
    }
    options[number.key] = Number(text);
  }
  return { help: false, options };
}

function workerCounts(text: string | undefined): number[] {
  const problem = `--workers needs whole numbers from 1 to ${MAX_WORKERS}, separated by commas, each once`;
  if (text === undefined || !/^\d+(,\d+)*$/.test(text)) throw new Error(problem + (text === undefined ? '' : `, not "${text}"`));
  const counts = text.split(',').map(Number);
  if (counts.some((n, i) => n < 1 || n > MAX_WORKERS || counts.indexOf(n) !== i)) throw new Error(`${problem}, not "${text}"`);
  return counts;
}
