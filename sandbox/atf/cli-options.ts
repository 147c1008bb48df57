// The command line of `npm run atf` (dist/node/sandbox/atf/cli.js).
export interface AtfCliOptions {
  /** a built app folder (dist/app of another build) instead of this repository's */
  app?: string;
  engines: Array<'rhino' | 'node'>;
  demoData: boolean;
  suites?: string[];
  json: boolean;
}

export const ATF_USAGE = `Usage: npm run atf -- [options]
  --app DIR             the built app to test (a dist/app folder; default: this repository's dist/app)
  --engine E            rhino, node or both (default both, Rhino first)
  --without-demo-data   install the package as a production install does, without its demo data (the demo
                        suites and their test double are then absent)
  --suite NAME          run only this suite (repeatable; default every suite and every test in no suite)
  --json                the results as JSON instead of text
  --help                this text`;

export function parseAtfCommandLine(argv: string[]): { help: true } | { help: false; options: AtfCliOptions } {
  const options: AtfCliOptions = { engines: ['rhino', 'node'], demoData: true, json: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--help':
      case '-h':
        return { help: true };
      case '--app':
        options.app = value();
        break;
      case '--engine': {
        const engine = value();
        if (engine === 'both') options.engines = ['rhino', 'node'];
        else if (engine === 'rhino' || engine === 'node') options.engines = [engine];
        else throw new Error(`--engine is rhino, node or both, not "${engine}"`);
        break;
      }
      case '--without-demo-data':
        options.demoData = false;
        break;
      case '--suite':
        options.suites = [...(options.suites ?? []), value()];
        break;
      case '--json':
        options.json = true;
        break;
      default:
        throw new Error(`unknown option ${flag}`);
    }
  }
  return { help: false, options };
}
