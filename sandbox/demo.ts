// `--demo`: the Azure DevOps fake (sandbox/ado-fake) beside the sandbox on a local port of its own, and a
// connection to it in the instance: an x_incb_bridge_connection row (base URL, organization, project, PAT auth,
// every open incident in its trigger) whose credentials sit in a sys_auth_profile_basic row holding the fake's PAT
// with an empty user name (how Azure DevOps takes a PAT). Both rows have fixed sys_ids and are written at every start, since the fake's port changes
// from run to run while a --data file keeps the rows.
// The fake runs in the sandbox's own Node thread; the engines call it from elsewhere (the Rhino process, or the
// Node vm engine's worker thread), so a script's synchronous request to it cannot deadlock.
import { AdoFake, AdoFakeOptions, DEFAULT_FAKE_USER, startAdoFake } from './ado-fake';
import type { SeedRecord } from '../emulator/glide/session/types';

export const DEMO_AUTH_PROFILE_ID = '5b1f0c7e2d8a4e6f9a3c1b2d4e6f8a01';
export const DEMO_CONNECTION_ID = '5b1f0c7e2d8a4e6f9a3c1b2d4e6f8a02';

export interface Demo {
  fake: AdoFake;
  pat: string;
  /** rows the sandbox writes at every start */
  upserts: SeedRecord[];
}

export async function startDemo(options: AdoFakeOptions = {}): Promise<Demo> {
  const fake = await startAdoFake({ keepProcessAlive: true, ...options });
  const pat = (options.users ?? [DEFAULT_FAKE_USER])[0].pat ?? '';
  const upserts: SeedRecord[] = [
    {
      table: 'sys_auth_profile_basic',
      sys_id: DEMO_AUTH_PROFILE_ID,
      fields: { name: 'Azure DevOps fake (demo PAT)', username: '', password: pat },
    },
    {
      table: 'x_incb_bridge_connection',
      sys_id: DEMO_CONNECTION_ID,
      fields: {
        name: 'Azure DevOps (demo fake)',
        label: 'Azure DevOps',
        type: 'azure_devops',
        active: 'true',
        base_url: fake.url,
        ado_organization: fake.organization,
        ado_project: fake.project,
        auth_type: 'pat',
        basic_auth_profile: DEMO_AUTH_PROFILE_ID,
        // every open incident syncs, journals included, mapped with the fake's default process (Basic)
        trigger_condition: 'active=true',
        sync_work_notes: 'true',
        sync_comments: 'true',
        value_map_preset: 'basic',
      },
    },
  ];
  return { fake, pat, upserts };
}
