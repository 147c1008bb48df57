// The command line of `npm run faults` (dist/node/sandbox/faults/cli.js): a typo in a flag is an error that names
// it, never a silent run with the defaults (a run takes a minute, and its figures would answer another question).
export interface FaultsOptions {
  seed: number;
  incidents: number;
  faultEvery: number;
  backlog: number;
  inbound: number;
  fuzzSeed: number;
  json: boolean;
}

export const FAULTS_USAGE = `Usage: npm run faults -- [options]
  --seed N          fault schedule (default 2026)
  --incidents N     incidents of the fault run (default 300)
  --fault-every S   a fault every S simulated seconds on average (default 20)
  --backlog N       incidents of the throttled backlog (default 400)
  --inbound N       linked incidents of the inbound fault run (default 100)
  --fuzz-seed N     seed of the inbound fuzz's inputs (default 2026), in process and over HTTP
  --json            the raw reports instead of the table
  --help            this text`;

const NUMBERS: { [flag: string]: { key: Exclude<keyof FaultsOptions, 'json'>; min: number } } = {
  '--seed': { key: 'seed', min: 0 },
  '--incidents': { key: 'incidents', min: 1 },
  '--fault-every': { key: 'faultEvery', min: 1 },
  '--backlog': { key: 'backlog', min: 1 },
  '--inbound': { key: 'inbound', min: 1 },
  '--fuzz-seed': { key: 'fuzzSeed', min: 0 },
};

export function parseFaultsCommandLine(argv: string[]): { help: true } | { help: false; options: FaultsOptions } {
  const options: FaultsOptions = { seed: 2026, incidents: 300, faultEvery: 20, backlog: 400, inbound: 100, fuzzSeed: 2026, json: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--help' || flag === '-h') return { help: true };
    if (flag === '--json') {
      options.json = true;
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
