// The command line of `npm start` (sandbox/cli-options.ts) and the --users file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCommandLine } from '../../../sandbox/cli-options';

const options = (argv: string[], env: NodeJS.ProcessEnv = {}) => {
  const command = parseCommandLine(argv, env);
  if (command.help) throw new Error('unexpected --help');
  return command.options;
};

function jsonFile(content: unknown): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'incb-users-')), 'users.json');
  fs.writeFileSync(file, JSON.stringify(content));
  return file;
}

describe('parseCommandLine', () => {
  test('every flag, in both --flag value and --flag=value forms', () => {
    expect(options(['--port', '0', '--host=0.0.0.0', '--engine', 'node', '--data', 'x.json', '--demo', '--tick-ms=0', '--quiet'])).toEqual({
      port: 0, host: '0.0.0.0', engine: 'node', dataFile: 'x.json', demo: true, tickMs: 0, quiet: true,
    });
  });

  test('--access-tracking: enforcing (an installed app) or tracking (its development instance), nothing else', () => {
    expect(options([]).accessTracking).toBeUndefined();
    expect(options(['--access-tracking', 'tracking']).accessTracking).toBe('tracking');
    expect(options(['--access-tracking=enforcing']).accessTracking).toBe('enforcing');
    expect(() => options(['--access-tracking', 'none'])).toThrow(/--access-tracking is enforcing or tracking/);
  });

  test('PORT from the environment, overridden by --port', () => {
    expect(options([], { PORT: '9090' }).port).toBe(9090);
    expect(options(['--port', '7070'], { PORT: '9090' }).port).toBe(7070);
  });

  test('refuses what it cannot use, saying which flag', () => {
    expect(() => options(['--port', '70000'])).toThrow(/--port/);
    expect(() => options(['--engine', 'v8'])).toThrow(/--engine/);
    expect(() => options(['--tick-ms'])).toThrow(/--tick-ms needs/);
    expect(() => options(['--colour'])).toThrow(/unknown option --colour/);
    expect(parseCommandLine(['--help'])).toEqual({ help: true });
  });
});

describe('--users FILE', () => {
  test('reads users with passwords and roles', () => {
    const file = jsonFile([{ user_name: 'ops', password: 's3cret', roles: ['itil', 'x_incb_bridge.agent'], first_name: 'Ops' }]);
    expect(options(['--users', file]).users).toEqual([{ user_name: 'ops', password: 's3cret', roles: ['itil', 'x_incb_bridge.agent'], first_name: 'Ops' }]);
  });

  test('says what is wrong with a bad file', () => {
    expect(() => options(['--users', jsonFile({})])).toThrow(/non-empty JSON list/);
    expect(() => options(['--users', jsonFile([{ user_name: 'a', roles: [] }])])).toThrow(/entry 1: "password"/);
    expect(() => options(['--users', jsonFile([{ user_name: 'a:b', password: 'x', roles: [] }])])).toThrow(/":"/);
    expect(() => options(['--users', jsonFile([{ user_name: 'a', password: 'x', roles: [] }, { user_name: 'a', password: 'y', roles: [] }])])).toThrow(/twice/);
    expect(() => options(['--users', '/nonexistent/users.json'])).toThrow(/--users/);
  });
});

describe('--records FILE', () => {
  test('reads records to write at start, sys_id optional', () => {
    const records = [
      { table: 'x_incb_bridge_response_plan', sys_id: '4a153b957a5347efb991efe0e1cd68af', fields: { active: 'true' } },
      { table: 'x_incb_bridge_connection', fields: { name: 'Receiver', type: 'webhook' } },
    ];
    expect(options(['--records', jsonFile(records)]).records).toEqual(records);
  });

  test('says what is wrong with a bad file', () => {
    expect(() => options(['--records', jsonFile({})])).toThrow(/JSON list of records/);
    expect(() => options(['--records', jsonFile([{ fields: {} }])])).toThrow(/entry 1: "table"/);
    expect(() => options(['--records', jsonFile([{ table: 't', sys_id: 'XYZ', fields: {} }])])).toThrow(/"sys_id"/);
    expect(() => options(['--records', jsonFile([{ table: 't', fields: { active: true } }])])).toThrow(/field "active" must be a string/);
    expect(() => options(['--records', '/nonexistent/records.json'])).toThrow(/--records/);
  });
});
