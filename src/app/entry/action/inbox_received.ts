// Script action "Incident Bridge: process inbox" on event x_incb_bridge.inbox.received
// (parm1 = connection sys_id, parm2 = work item id).
import InboxProcessor from '../../inbound/InboxProcessor';

declare var event: GlideRecord;

new InboxProcessor().processWorkItem(String(event.parm1), String(event.parm2));
