// An incident's links, one per connection (x_incb_bridge_link), read in one query for all connections.
import { LINK_TABLE } from '../core/tables';

export interface IncidentLink {
  sys_id: string;
  /** linked, or unlinked: an admin stopped synchronization for this incident and connection */
  state: string;
  /** fingerprint of the mapped values last sent to or applied from Azure DevOps ('' = none yet) */
  last_fingerprint: string;
}

/** Links by connection sys_id. Should an incident ever have two links for one connection, the linked one counts. */
export function linksByConnection(incidentSysId: string): { [connectionSysId: string]: IncidentLink } {
  var links: { [connectionSysId: string]: IncidentLink } = {};
  var gr = new GlideRecord(LINK_TABLE);
  gr.addQuery('incident', incidentSysId);
  gr.query();
  while (gr.next()) {
    var connection = gr.getValue('connection') || '';
    var link: IncidentLink = { sys_id: gr.getUniqueValue(), state: gr.getValue('state') || 'linked', last_fingerprint: gr.getValue('last_fingerprint') || '' };
    var known = links[connection];
    if (!known || (known.state !== 'linked' && link.state === 'linked')) links[connection] = link;
  }
  return links;
}
