// An emulated instance with the built Incident Bridge package installed: its capture rules, event, script action
// and script includes are the installed ones, as on an instance. `replace` swaps named includes for test doubles
// (e.g. the Azure DevOps sender), which the installed scripts then get instead.
import { CONNECTION_TABLE, LINK_TABLE, OUTBOX_TABLE } from '../../../src/app/core/tables';
import { Instance, InstanceOptions } from '@incb/glide-emulator';
import { appInstance } from '../../support/appInstance';

declare const GlideRecord: any;

/** 2026-11-22 10:00:00 UTC */
export const START = Date.UTC(2026, 10, 22, 10, 0, 0);

export function outboxInstance(replace: { [name: string]: unknown } = {}, options?: InstanceOptions): Instance {
  const instance = appInstance(options);
  instance.clock.set(START);
  for (const name of Object.keys(replace)) instance.replaceScriptInclude(name, replace[name]);
  return instance;
}

/** An active Azure DevOps connection syncing both ways; `values` override. */
export function addConnection(instance: Instance, values: { [field: string]: string } = {}): string {
  return instance.db.insert(CONNECTION_TABLE, {
    name: 'ADO',
    type: 'azure_devops',
    active: 'true',
    sync_direction: 'both',
    base_url: 'https://dev.azure.com',
    ado_organization: 'contoso',
    ado_project: 'Ops',
    ...values,
  });
}

export function addLink(instance: Instance, incident: string, connection: string, values: { [field: string]: string } = {}): string {
  return instance.db.insert(LINK_TABLE, { incident, connection, remote_id: '42', state: 'linked', remote_rev: '3', ...values });
}

/** Inserts an incident through GlideRecord, so business rules run as on a form save; returns its sys_id. */
export function createIncident(values: { [field: string]: string } = {}): string {
  const gr = new GlideRecord('incident');
  gr.initialize();
  gr.setValue('short_description', 'Mail is down');
  for (const field of Object.keys(values)) gr.setValue(field, values[field]);
  return gr.insert();
}

/** Updates an incident through GlideRecord (business rules run). */
export function updateIncident(sysId: string, values: { [field: string]: string }): void {
  const gr = new GlideRecord('incident');
  if (!gr.get(sysId)) throw new Error('no incident ' + sysId);
  for (const field of Object.keys(values)) gr.setValue(field, values[field]);
  gr.update();
}

export function outboxRows(instance: Instance, query = ''): Array<{ [field: string]: string }> {
  return instance.db.rows(OUTBOX_TABLE, query ? query + '^ORDERBYsequence' : 'ORDERBYsequence');
}

export function payloadOf(row: { [field: string]: string }): any {
  return JSON.parse(row.payload);
}
