// A test bed for the Azure DevOps side: the built app installed in an emulated instance whose outbound HTTP is
// served in process by the real Azure DevOps fake (validation, auth, faults, rate limit), plus helpers to create the
// records a sync reads. Each test gets a fresh fake and instance; the spec validator is loaded once per file.
import { AdoFake, AdoFakeOptions, adoFakeTransport, startAdoFake } from '@incb/ado-fake';
import { AdoRequestValidator, createAdoRequestValidator } from '@incb/ado-fake/spec';
import { HttpTransport, Instance } from '@incb/glide-emulator';
import { appInstance } from '../../support/appInstance';
import { presetRows, ValueMapPreset } from '../../../src/app/core/valueMapPresets';
import { CONNECTION_TABLE, LINK_TABLE, LOG_TABLE, OUTBOX_TABLE, VALUE_MAP_TABLE } from '../../../src/app/core/tables';

export const PAT = 'fake-pat';
export const START_MS = Date.UTC(2026, 10, 22, 10, 0, 0);
export const SERVLET_URI = 'https://bridge.service-now.example/';

let validator: AdoRequestValidator | undefined;

export interface SyncBed {
  fake: AdoFake;
  instance: Instance;
  /** the connection's sys_id */
  connection: string;
  profile: string;
}

export interface BedOptions {
  fake?: AdoFakeOptions;
  connection?: { [field: string]: string };
  preset?: ValueMapPreset | null;
  /** answers requests to any origin other than the fake's (an OAuth token endpoint) */
  otherTransport?: HttpTransport;
}

export async function startBed(options: BedOptions = {}): Promise<SyncBed> {
  if (!validator) validator = createAdoRequestValidator();
  // The fake reads the instance's clock, so Retry-After dates and rate limits agree with the sender's time.
  let instance: Instance | undefined;
  const fake = await startAdoFake({ validator, process: 'Basic', now: () => (instance ? instance.clock.now() : START_MS), ...options.fake });
  instance = appInstance({ transport: adoFakeTransport(fake, options.otherTransport), clock: () => START_MS });
  instance.db.insert('sys_properties', { name: 'glide.servlet.uri', value: SERVLET_URI, type: 'string' });
  const profile = instance.db.insert('sys_auth_profile_basic', { name: 'ADO PAT', username: '', password: PAT });
  const connection = instance.db.insert(CONNECTION_TABLE, {
    name: 'Fabrikam ADO',
    label: 'Azure DevOps (Fabrikam)',
    type: 'azure_devops',
    active: 'true',
    base_url: fake.url,
    ado_organization: fake.organization,
    ado_project: fake.project,
    ado_work_item_type: 'Task',
    auth_type: 'pat',
    basic_auth_profile: profile,
    sync_direction: 'both',
    sync_work_notes: 'true',
    sync_comments: 'false',
    trigger_condition: 'priority<=2',
    ...options.connection,
  });
  const preset = options.preset === undefined ? 'basic' : options.preset;
  if (preset) {
    // As the seeder does: the preset's states for the connection's work item type.
    for (const row of presetRows(preset, instance.db.get(CONNECTION_TABLE, connection)!.ado_work_item_type)) {
      instance.db.insert(VALUE_MAP_TABLE, { connection, field: row.field, direction: row.direction, sn_value: row.sn_value, remote_value: row.remote_value, order: String(row.order) });
    }
  }
  return { fake, instance, connection, profile };
}

/** An incident inserted as a user would (business rules run), returning its sys_id. */
export function insertIncident(values: { [field: string]: string }): string {
  const GlideRecord = (global as any).GlideRecord;
  const gr = new GlideRecord('incident');
  gr.initialize();
  for (const field of Object.keys(values)) gr.setValue(field, values[field]);
  return gr.insert();
}

/** Updates an incident as a user would (business rules run). */
export function updateIncident(sysId: string, values: { [field: string]: string }): void {
  const GlideRecord = (global as any).GlideRecord;
  const gr = new GlideRecord('incident');
  if (!gr.get(sysId)) throw new Error('no incident ' + sysId);
  for (const field of Object.keys(values)) gr.setValue(field, values[field]);
  gr.update();
}

export function attachFile(sysId: string, fileName: string, content: string): string {
  const g = global as any;
  const gr = new g.GlideRecord('incident');
  gr.get(sysId);
  return new g.GlideSysAttachment().write(gr, fileName, 'text/plain', content);
}

export function linkOf(bed: SyncBed, incident: string): { [field: string]: string } | undefined {
  return bed.instance.db.rows(LINK_TABLE, `incident=${incident}^connection=${bed.connection}`)[0];
}

export function logRows(bed: SyncBed): Array<{ [field: string]: string }> {
  return bed.instance.db.rows(LOG_TABLE);
}

export function outboxRows(bed: SyncBed): Array<{ [field: string]: string }> {
  return bed.instance.db.rows(OUTBOX_TABLE);
}

/** The fake's recorded Azure DevOps requests (control calls excluded), as "METHOD path". */
export function requestLines(bed: SyncBed): string[] {
  return bed.fake.requests.map((r) => `${r.method} ${r.path}`);
}

export function payloadFor(incident: string, number: string, changes: Partial<{ reason: 'create' | 'update' | 'attachment'; changedFields: string[]; journal: boolean; attachments: string[] }> = {}) {
  return { incident, number, reason: 'update' as const, changedFields: [], journal: false, attachments: [], ...changes };
}
