// A connection as the inbound side needs it: whether it takes events at all, its shared secret, where remote comments
// land, how a remote close resolves the incident, whether unknown work items become incidents, and the Azure DevOps
// identity our own credential acts as (so our own changes coming back are recognised). Read afresh per request or
// batch, so an admin's edit applies at once.
import { AdoIdentity, parseAdoIdentity } from './adoIdentity';
import { CONNECTION_TABLE } from '../core/tables';
import { isTrue } from '../platform/booleanField';

/** close_notes of the connection when empty (also its dictionary default). */
export var DEFAULT_CLOSE_NOTES = 'Closed by Azure DevOps';

var SYS_ID = /^[0-9a-f]{32}$/;

interface SecretElement {
  getDecryptedValue(): string;
}

export interface InboundSettings {
  sysId: string;
  name: string;
  /** correlation_display of incidents created from remote: the label, else the name */
  displayLabel: string;
  type: string;
  active: boolean;
  /** both, outbound or inbound ('' reads as the dictionary default, both) */
  syncDirection: string;
  /** the clear shared secret ('' = none configured) */
  secret: string;
  /** work_notes (default) or comments */
  journalField: string;
  closeCode: string;
  closeNotes: string;
  createIncidents: boolean;
  supportGroup: string;
  /** the identity our credential acts as in Azure DevOps, learned from our own requests; null until known */
  remoteIdentity: AdoIdentity | null;
  /** catchup_watermark ('yyyy-MM-dd HH:mm:ss' UTC, '' when never set) */
  catchupWatermark: string;
}

/** The connection named in a webhook URL: by sys_id, else by name; null when there is none. One or two queries. */
export function findConnectionRecord(nameOrSysId: string): GlideRecord | null {
  var key = String(nameOrSysId || '');
  if (key === '') return null;
  var gr = new GlideRecord(CONNECTION_TABLE);
  if (SYS_ID.test(key) && gr.get(key)) return gr;
  gr = new GlideRecord(CONNECTION_TABLE);
  return gr.get('name', key) ? gr : null;
}

export function inboundSettingsOf(gr: GlideRecord): InboundSettings {
  var name = gr.getValue('name') || '';
  var journal = gr.getValue('inbound_journal');
  var secretElement = gr.inbound_secret as SecretElement | undefined;
  return {
    sysId: gr.getUniqueValue(),
    name: name,
    displayLabel: gr.getValue('label') || name,
    type: gr.getValue('type') || '',
    active: isTrue(gr.getValue('active')),
    syncDirection: gr.getValue('sync_direction') || 'both',
    secret: secretElement && gr.getValue('inbound_secret') ? String(secretElement.getDecryptedValue() || '') : '',
    journalField: journal === 'comments' ? 'comments' : 'work_notes',
    closeCode: gr.getValue('close_code') || '',
    closeNotes: gr.getValue('close_notes') || DEFAULT_CLOSE_NOTES,
    createIncidents: isTrue(gr.getValue('create_incidents_from_remote')),
    supportGroup: gr.getValue('support_group') || '',
    remoteIdentity: parseAdoIdentity(gr.getValue('remote_identity') || ''),
    catchupWatermark: gr.getValue('catchup_watermark') || '',
  };
}

export function loadInboundSettings(connectionSysId: string): InboundSettings | null {
  var gr = new GlideRecord(CONNECTION_TABLE);
  return connectionSysId && gr.get(connectionSysId) ? inboundSettingsOf(gr) : null;
}

/** Why the connection takes no events ('' when it does): not Azure DevOps, inactive, or outbound only. */
export function inboundRefusal(settings: InboundSettings): string {
  if (settings.type !== 'azure_devops') return 'The connection ' + settings.name + ' is not an Azure DevOps connection';
  if (!settings.active) return 'The connection ' + settings.name + ' is inactive';
  if (settings.syncDirection === 'outbound') return 'The connection ' + settings.name + ' synchronizes outbound only';
  return '';
}
