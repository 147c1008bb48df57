// What an admin does on an instance before running the app's ATF suites (docs/guides/verify-on-your-instance.md),
// done for the sandbox: enable test execution (sn_atf.runner.enabled, off by default), and for each basic auth
// profile the package ships for its REST test steps, create the test user it names with the roles below and a
// password, and put that password in the profile. Passwords are new at every run and never printed.
import { randomBytes } from 'node:crypto';
import type { SeedRecord } from '@incb/glide-emulator';
import type { LoadedApp } from '@incb/glide-emulator/loader';
import type { SandboxUser } from '../sandbox-users';

/** The test users the ATF suites sign in as (through the shipped basic auth profiles), with the roles the guide
 * tells an admin to give them. */
export const ATF_TEST_USERS: ReadonlyArray<Omit<SandboxUser, 'password'>> = [
  { user_name: 'incb.atf.agent', first_name: 'Incident Bridge ATF', last_name: 'Agent', roles: ['x_incb_bridge.agent'] },
  { user_name: 'incb.atf.hook', first_name: 'Incident Bridge ATF', last_name: 'Service Hook', roles: ['x_incb_bridge.integration'] },
];

/** fixed sys_id of the sn_atf.runner.enabled row the runner writes */
export const ATF_RUNNER_PROPERTY_ID = '5b1f0c7e2d8a4e6f9a3c1b2d4e6f8a10';

export interface AtfPreparation {
  users: SandboxUser[];
  /** rows written at the sandbox's start (SandboxOptions.records) */
  records: SeedRecord[];
}

export function prepareForAtf(app: LoadedApp): AtfPreparation {
  const users: SandboxUser[] = [];
  const records: SeedRecord[] = [
    { table: 'sys_properties', sys_id: ATF_RUNNER_PROPERTY_ID, fields: { name: 'sn_atf.runner.enabled', value: 'true', type: 'true|false' } },
  ];
  for (const profile of app.records.sys_auth_profile_basic ?? []) {
    const user = ATF_TEST_USERS.find((u) => u.user_name === profile.username);
    if (!user) throw new Error(`the package ships basic auth profile "${profile.name}" for user "${profile.username}", which is not an ATF test user the runner knows (sandbox/atf/prepare.ts)`);
    const password = randomBytes(18).toString('base64url');
    users.push({ ...user, roles: [...user.roles], password });
    records.push({ table: 'sys_auth_profile_basic', sys_id: profile.sys_id, fields: { password } });
  }
  return { users, records };
}
