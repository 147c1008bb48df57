// The inbound side's rules over a connection (model/connection.ts): whether it takes events at all, the close notes a
// remote close writes, and the identity our own credential acts as (so our own changes coming back are recognised).
import { AdoIdentity, parseAdoIdentity } from './adoIdentity';
import { Connection } from '../model/connection';
import { AZURE_DEVOPS_TYPE } from '../azure-devops/AzureDevOpsConnection';

/** close_notes of the connection when empty (also its dictionary default). */
export var DEFAULT_CLOSE_NOTES = 'Closed by Azure DevOps';

/** The close notes a remote close writes on the incident. */
export function closeNotesOf(connection: Connection): string {
  return connection.inbound.closeNotes || DEFAULT_CLOSE_NOTES;
}

/** The identity our credential acts as in Azure DevOps, learned from our own requests; null until known. */
export function ownIdentityOf(connection: Connection): AdoIdentity | null {
  return parseAdoIdentity(connection.remoteIdentity);
}

/** Why the connection takes no events ('' when it does): not Azure DevOps, inactive, or outbound only. */
export function inboundRefusal(connection: Connection): string {
  if (connection.type !== AZURE_DEVOPS_TYPE) return 'The connection ' + connection.name + ' is not an Azure DevOps connection';
  if (!connection.active) return 'The connection ' + connection.name + ' is inactive';
  if (connection.syncDirection === 'outbound') return 'The connection ' + connection.name + ' synchronizes outbound only';
  return '';
}
