// Script action "Incident Bridge: dispatch outbox" on event x_incb_bridge.outbox.queued
// (parm1 = connection sys_id, parm2 = incident sys_id).
import OutboxDispatcher from '../../outbox/OutboxDispatcher';

declare var event: GlideRecord;

new OutboxDispatcher().dispatch(String(event.parm1), String(event.parm2));
