// Script action "Incident Bridge: resume connection" on event x_incb_bridge.connection.resume
// (parm1 = connection sys_id), queued for the moment a connection's pause ends.
import OutboxDispatcher from '../../outbox/OutboxDispatcher';

declare var event: GlideRecord;

new OutboxDispatcher().resume(String(event.parm1));
