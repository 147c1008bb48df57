// The command line of `npm start` (dist/node/sandbox/cli.js): flags to SandboxOptions.
import type { SandboxOptions } from './server';
import { readRecordsFile } from './records-file';
import { readUsersFile } from './sandbox-users';

export const USAGE = `Usage: npm start -- [options]   (or: node dist/node/sandbox/cli.js [options])
  --port N         port to listen on (default 8080, or $PORT); 0 picks a free port
  --host HOST      address to bind (default 127.0.0.1)
  --engine E       rhino (default) or node; without Java/Rhino the sandbox says so and runs node
  --users FILE     JSON list of {user_name, password, roles, first_name, last_name} instead of the default users
  --records FILE   JSON list of {table, sys_id, fields} written at every start (app tables the Table API cannot reach)
  --data FILE      restore the database from FILE at start (if it exists) and save it there on exit
  --demo           start the Azure DevOps fake beside the sandbox with a connection to it
  --fake-port N    the fake's port with --demo (default: the sandbox's port + 1, so 8081; a free one with --port 0)
  --tick-ms N      background processing interval (default 1000); 0 = only POST /sandbox/v1/drain
  --access-tracking M  enforcing (default: an instance the app was installed on, where only the app's shipped
                   cross-scope privileges let it touch other scopes' tables) or tracking (its development
                   instance: every cross-scope operation runs and is recorded in sys_scope_privilege)
  --quiet          no per-request, per-exchange and background output (engine failures are still said)
  --help           this text`;

export type CliCommand = { help: true } | { help: false; options: SandboxOptions };

function integer(flag: string, text: string | undefined, min: number, max: number): number {
  if (text === undefined || !/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new Error(`${flag} needs a whole number from ${min} to ${max}${text === undefined ? '' : `, not "${text}"`}`);
  }
  return Number(text);
}

export function parseCommandLine(argv: string[], env: NodeJS.ProcessEnv = process.env): CliCommand {
  const options: SandboxOptions = {};
  if (env.PORT !== undefined && env.PORT !== '') options.port = integer('$PORT', env.PORT, 0, 65535);
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)] : [argv[i], undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--help':
      case '-h':
        return { help: true };
      case '--port':
        options.port = integer('--port', value(), 0, 65535);
        break;
      case '--host':
        options.host = value();
        break;
      case '--engine': {
        const engine = value();
        if (engine !== 'rhino' && engine !== 'node') throw new Error(`--engine is rhino or node, not "${engine}"`);
        options.engine = engine;
        break;
      }
      case '--users':
        options.users = readUsersFile(value());
        break;
      case '--records':
        options.records = readRecordsFile(value());
        break;
      case '--data':
        options.dataFile = value();
        break;
      case '--demo':
        options.demo = true;
        break;
      case '--fake-port':
        options.adoFake = { ...options.adoFake, port: integer('--fake-port', value(), 0, 65535) };
        break;
      case '--tick-ms':
        options.tickMs = integer('--tick-ms', value(), 0, 86400000);
        break;
      case '--quiet':
        options.quiet = true;
        break;
      case '--access-tracking': {
        const mode = value();
        if (mode !== 'enforcing' && mode !== 'tracking') throw new Error(`--access-tracking is enforcing or tracking, not "${mode}"`);
        options.accessTracking = mode;
        break;
      }
      default:
        throw new Error(`unknown option ${argv[i]}`);
    }
  }
  return { help: false, options };
}
