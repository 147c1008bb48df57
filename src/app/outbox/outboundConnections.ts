// The connections a ServiceNow change may have to travel through: active Azure DevOps connections that sync
// outbound (direction both or outbound; an empty direction means the dictionary default, both). One query.
import { CONNECTION_TABLE } from '../core/tables';
import { syncedJournalFields } from '../platform/syncedJournals';

export interface OutboundConnection {
  sys_id: string;
  /** encoded query over incident; '' = no incident is synced until it is linked */
  trigger: string;
  /** journal fields whose new entries become Azure DevOps comments: work_notes and/or comments */
  journalFields: string[];
}

export function outboundConnections(): OutboundConnection[] {
  var out: OutboundConnection[] = [];
  var gr = new GlideRecord(CONNECTION_TABLE);
  gr.addQuery('type', 'azure_devops');
  gr.addQuery('active', true);
  gr.addEncodedQuery('sync_directionINboth,outbound^ORsync_directionISEMPTY');
  gr.query();
  while (gr.next()) {
    out.push({ sys_id: gr.getUniqueValue(), trigger: gr.getValue('trigger_condition') || '', journalFields: syncedJournalFields(gr) });
  }
  return out;
}
