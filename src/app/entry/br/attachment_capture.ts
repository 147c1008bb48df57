// Business rule "Incident Bridge: capture incident attachments" (after insert on sys_attachment, table_name=incident).
import OutboxCapture from '../../outbox/OutboxCapture';

declare var current: GlideRecord;

new OutboxCapture().captureAttachment(current);
