// The command line of `npm start` (sandbox/cli-options.ts) and the --users file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCommandLine } from '../../../sandbox/cli-options';
import { parseFaultsCommandLine } from '../../../sandbox/faults/cli-options';
import { demoFakePort } from '../../../sandbox/server';

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
      { table: 'x_incb_bridge_response_plan', sys_id: '4b5a2cab6bf04881b07e5d23f64dcc46', fields: { active: 'true' } },
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

describe('--fake-port N', () => {
  test('puts the demo fake on a port of its own choosing, else next to the sandbox', () => {
    expect(options(['--demo', '--fake-port', '9100']).adoFake).toEqual({ port: 9100 });
    expect(demoFakePort(options(['--demo']))).toBe(8081);
    expect(demoFakePort(options(['--demo', '--port', '9000']))).toBe(9001);
    expect(demoFakePort(options(['--demo', '--port', '0']))).toBe(0);
    expect(demoFakePort(options(['--demo', '--port', '0', '--fake-port', '9100']))).toBe(9100);
    expect(() => options(['--fake-port', '70000'])).toThrow(/--fake-port needs a whole number from 0 to 65535/);
  });
});

describe('npm run faults -- [options]', () => {
  test('reads every documented flag and refuses a typo instead of running with the defaults', () => {
    expect(parseFaultsCommandLine([])).toEqual({ help: false, options: { seed: 2026, incidents: 300, faultEvery: 20, backlog: 400, inbound: 100, fuzzSeed: 2026, workers: [1, 2, 4], json: false } });
    const parsed = parseFaultsCommandLine(['--seed', '7', '--incidents', '20', '--fault-every', '5', '--backlog', '30', '--inbound', '10', '--fuzz-seed', '3', '--workers', '1,3', '--json']);
    expect(parsed).toEqual({ help: false, options: { seed: 7, incidents: 20, faultEvery: 5, backlog: 30, inbound: 10, fuzzSeed: 3, workers: [1, 3], json: true } });
    expect(parseFaultsCommandLine(['--help'])).toEqual({ help: true });
    expect(() => parseFaultsCommandLine(['--sede', '7'])).toThrow(/unknown option --sede/);
    expect(() => parseFaultsCommandLine(['--incidents', '0'])).toThrow(/--incidents needs a whole number from 1/);
    expect(() => parseFaultsCommandLine(['--seed'])).toThrow(/--seed needs a whole number/);
    for (const bad of ['0', '1,,2', '2,2', '17', '1 2', '', 'two']) expect(() => parseFaultsCommandLine(['--workers', bad])).toThrow(/--workers needs whole numbers from 1 to 16/);
    expect(() => parseFaultsCommandLine(['--workers'])).toThrow(/--workers needs whole numbers/);
  });
});
