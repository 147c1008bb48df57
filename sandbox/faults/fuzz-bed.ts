// The instance the inbound fuzz runs against: the built app (dist/app) installed in an emulated instance with the
// platform's incident rules, the callers the fuzz acts as (permitted ones, so a refusal has to come from input
// validation, and some that are not), connections in every state the hook route distinguishes, and incidents the
// agent routes can name: a New one, an In Progress one, a Resolved one; the New one has a file, and so do another
// incident and a connection (files the New incident's download route must not send).
import GlideEmulator from '@incb/glide-emulator';
import type { Instance } from '@incb/glide-emulator';
import type { InstanceHttp } from '@incb/glide-emulator';
import type { LoadedApp } from '@incb/glide-emulator/loader';
import { addPlatformRules } from '@incb/glide-emulator';

export const FUZZ_START_MS = Date.UTC(2026, 10, 22, 10, 0, 0);

/** The users, by what they may do. */
export const CALLERS = {
  agent: 'agent',
  admin: 'bridge.admin',
  hook: 'ado.hook',
  itil: 'itil.user',
  noRoles: 'nobody',
  inactiveAgent: 'gone.agent',
} as const;

export const HOOK_SECRET = 'fuzz-inbound-secret-7Qm2';

export interface IncidentRef {
  sysId: string;
  number: string;
}

/** What the generator needs to know about the bed to aim inputs at real records. */
export interface FuzzTargets {
  /** the connection that takes events (active, Azure DevOps, both ways, with HOOK_SECRET) */
  connection: { sysId: string; name: string };
  /** connections whose state refuses events: outbound only, inactive, not Azure DevOps */
  refusingConnections: string[];
  newIncident: IncidentRef;
  inProgressIncident: IncidentRef;
  resolvedIncident: IncidentRef;
  /** sys_id of a file attached to newIncident */
  attachment: string;
  /** sys_ids of files attached to other records (another incident, a connection) */
  foreignAttachments: string[];
}

export interface FuzzBed {
  instance: Instance;
  http: InstanceHttp;
  targets: FuzzTargets;
}

/** Who calls: user name, name and roles (the inactive agent is deactivated after it is created). */
export const FUZZ_USERS: Array<{ user_name: string; first_name: string; last_name: string; roles: string[] }> = [
  { user_name: CALLERS.agent, first_name: 'Fuzz', last_name: 'Agent', roles: ['x_incb_bridge.agent'] },
  { user_name: CALLERS.admin, first_name: 'Fuzz', last_name: 'Admin', roles: ['x_incb_bridge.admin'] },
  { user_name: CALLERS.hook, first_name: 'Azure DevOps', last_name: 'Hook', roles: ['x_incb_bridge.integration'] },
  { user_name: CALLERS.itil, first_name: 'Itil', last_name: 'User', roles: ['itil'] },
  { user_name: CALLERS.noRoles, first_name: 'No', last_name: 'Roles', roles: [] },
  { user_name: CALLERS.inactiveAgent, first_name: 'Gone', last_name: 'Agent', roles: ['x_incb_bridge.agent'] },
];

/** The connections: the one that takes events first, then those whose state refuses them. */
export const FUZZ_CONNECTIONS: Array<{ [field: string]: string }> = [
  { name: 'Fabrikam ADO' },
  { name: 'Outbound only', sync_direction: 'outbound' },
  { name: 'Switched off', active: 'false' },
  { name: 'Plain webhook', type: 'webhook' },
].map((values) => ({
  type: 'azure_devops', active: 'true', sync_direction: 'both', base_url: 'https://dev.azure.com', ado_organization: 'fabrikam',
  ado_project: 'Fabrikam-Fiber', auth_type: 'pat', inbound_secret: HOOK_SECRET, close_code: 'Solution provided', ...values,
}));

/** The incidents: New, In Progress, Resolved. */
export const FUZZ_INCIDENTS: Array<{ [field: string]: string }> = [
  { short_description: 'Checkout API returns 502', impact: '2', urgency: '2' },
  { short_description: 'Search is slow', state: '2', impact: '3', urgency: '3' },
  { short_description: 'Login loop', state: '6', close_code: 'Solution provided', close_notes: 'Cache flushed' },
];

/** The files: on the New incident, on the Resolved one, on the connection that takes events. */
export const FUZZ_FILES = { own: 'heap.hprof', otherIncident: 'login.har', connection: 'cert.pem', base64: 'AAEC/w==' };

function addIncident(instance: Instance, glide: any, values: { [field: string]: string }): IncidentRef {
  return instance.runAs('admin', () => {
    const gr = new glide.GlideRecord('incident');
    gr.initialize();
    for (const name of Object.keys(values)) gr.setValue(name, values[name]);
    const sysId = gr.insert();
    return { sysId, number: instance.db.get('incident', sysId)!.number };
  });
}

function attach(instance: Instance, glide: any, table: string, sysId: string, fileName: string): string {
  return instance.runAs('admin', () => {
    const gr = new glide.GlideRecord(table);
    if (!gr.get(sysId)) throw new Error('fuzz bed: no ' + table + ' ' + sysId);
    return new glide.GlideSysAttachment().writeBase64(gr, fileName, 'application/octet-stream', FUZZ_FILES.base64);
  });
}

export function createFuzzBed(app: LoadedApp): FuzzBed {
  const instance = GlideEmulator.createAppInstance(app, { clock: () => FUZZ_START_MS, accessTracking: 'enforcing' });
  addPlatformRules(instance);
  const glide: any = {};
  instance.install(glide);
  for (const user of FUZZ_USERS) instance.addUser({ ...user, active: user.user_name !== CALLERS.inactiveAgent });

  const [connection, ...refusingConnections] = FUZZ_CONNECTIONS.map((values) => instance.db.insert('x_incb_bridge_connection', values));
  const [newIncident, inProgressIncident, resolvedIncident] = FUZZ_INCIDENTS.map((values) => addIncident(instance, glide, values));
  const attachment = attach(instance, glide, 'incident', newIncident.sysId, FUZZ_FILES.own);
  const foreignAttachments = [attach(instance, glide, 'incident', resolvedIncident.sysId, FUZZ_FILES.otherIncident), attach(instance, glide, 'x_incb_bridge_connection', connection, FUZZ_FILES.connection)];
  return {
    instance,
    http: GlideEmulator.createInstanceHttp(instance, app),
    targets: { connection: { sysId: connection, name: FUZZ_CONNECTIONS[0].name }, refusingConnections, newIncident, inProgressIncident, resolvedIncident, attachment, foreignAttachments },
  };
}
