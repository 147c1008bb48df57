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

/** The connection types whose connections keep one remote record per incident (a tracker: the outbox creates and
 * updates it, the link names it); a webhook connection only receives events. The connector registry's `tracker`
 * replaces this list (docs/engine-plan.md, step 8). */
export var TRACKER_TYPES = ['azure_devops'];

export function outboundConnections(): OutboundConnection[] {
  var out: OutboundConnection[] = [];
  var gr = new GlideRecord(CONNECTION_TABLE);
  gr.addQuery('type', 'IN', TRACKER_TYPES.join(','));
  gr.addQuery('active', true);
  gr.addEncodedQuery('sync_directionINboth,outbound^ORsync_directionISEMPTY');
  gr.query();
  while (gr.next()) {
    out.push({ sys_id: gr.getUniqueValue(), trigger: gr.getValue('trigger_condition') || '', journalFields: syncedJournalFields(gr) });
  }
  return out;
}
