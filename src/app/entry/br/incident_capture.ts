// Business rule "Incident Bridge: capture incident changes" (after insert/update on incident).
import OutboxCapture from '../../outbox/OutboxCapture';

declare var current: GlideRecord;
declare var previous: GlideRecord | null;

new OutboxCapture().captureIncident(current, previous);
