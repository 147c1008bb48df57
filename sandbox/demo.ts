// `--demo`: the Azure DevOps fake (packages/ado-fake) beside the sandbox on a local port of its own, and a
// connection to it in the instance: an x_incb_bridge_connection row (base URL, organization, project, PAT auth,
// every open incident in its trigger) whose credentials sit in a sys_auth_profile_basic row holding the fake's PAT
// with an empty user name (how Azure DevOps takes a PAT). Both rows have fixed sys_ids and are written at every start, since the fake's port changes
// from run to run while a --data file keeps the rows.
// The fake runs in the sandbox's own Node thread; the engines call it from elsewhere (the Rhino process, or the
// Node vm engine's worker thread), so a script's synchronous request to it cannot deadlock.
// Inbound: once the sandbox listens, the fake's service hooks (web hook consumer, basic auth as the hook user, the
// connection's inbound secret in its header) point at the sandbox's hook route for the demo connection, so a change
// made in the fake comes back as a real delivery. Deliveries come from the fake's Node code, asynchronously, never
// from inside a script the engine runs, so they cannot deadlock either (see the README's deadlock case; a script's request to the sandbox's own URL is served in place: loopback.ts).
import { randomBytes } from 'node:crypto';
import { AdoFake, AdoFakeOptions, AdoFakeUser, DEFAULT_FAKE_USER, HookEventType, startAdoFake } from '@incb/ado-fake';
import type { SeedRecord } from '@incb/glide-emulator';

export const DEMO_AUTH_PROFILE_ID = '5b1f0c7e2d8a4e6f9a3c1b2d4e6f8a01';
export const DEMO_CONNECTION_ID = '5b1f0c7e2d8a4e6f9a3c1b2d4e6f8a02';

/** The user the fake's web hooks sign in as (a default sandbox user with the integration role). */
export const DEMO_HOOK_USER = 'ado.hook';
/** The header the app reads a connection's inbound secret from (AzureDevOpsHookReceiver). */
export const INBOUND_SECRET_HEADER = 'X-Incident-Bridge-Secret';
/** The close code the demo connection resolves incidents with (a base system incident close code). */
export const DEMO_CLOSE_CODE = 'Solution provided';
export const DEMO_CLOSE_NOTES = 'Closed in Azure DevOps (sandbox demo)';
/** A person in the fake's organization, to change work items as someone other than the app's own credential: the
 * app ignores changes its own identity made (they are its echo), so a demo of inbound sync needs a second user. */
export const DEMO_PERSON: AdoFakeUser = { displayName: 'Dana Whitfield', uniqueName: 'dana.whitfield@fabrikam.example', pat: 'demo-person-pat' };
const HOOK_EVENTS: HookEventType[] = ['workitem.created', 'workitem.updated', 'workitem.commented', 'workitem.deleted', 'workitem.restored'];

export interface Demo {
  fake: AdoFake;
  pat: string;
  /** the PAT of DEMO_PERSON (empty when the caller chose the fake's users) */
  personPat: string;
  /** the demo connection's inbound secret, new at every start */
  inboundSecret: string;
  /** rows the sandbox writes at every start */
  upserts: SeedRecord[];
}

/** Subscribes the fake's work item events to the sandbox's hook route for the demo connection. */
export function subscribeDemoHooks(demo: Demo, sandboxUrl: string, hookUser: { user_name: string; password: string }): void {
  demo.fake.subscribe({
    url: `${sandboxUrl}/api/x_incb_bridge/v1/hooks/azure-devops/${DEMO_CONNECTION_ID}`,
    eventTypes: HOOK_EVENTS,
    basicAuth: { username: hookUser.user_name, password: hookUser.password },
    headers: { [INBOUND_SECRET_HEADER]: demo.inboundSecret },
  });
}

export async function startDemo(options: AdoFakeOptions = {}): Promise<Demo> {
  const fake = await startAdoFake({ keepProcessAlive: true, users: [DEFAULT_FAKE_USER, DEMO_PERSON], ...options });
  const pat = (options.users ?? [DEFAULT_FAKE_USER])[0].pat ?? '';
  const personPat = options.users ? '' : DEMO_PERSON.pat ?? '';
  const inboundSecret = randomBytes(18).toString('base64url');
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
        // inbound: the fake's web hooks present this secret; a remote close resolves with this code and notes
        inbound_secret: inboundSecret,
        close_code: DEMO_CLOSE_CODE,
        close_notes: DEMO_CLOSE_NOTES,
      },
    },
  ];
  return { fake, pat, personPat, inboundSecret, upserts };
}
