// Business rule "Incident Bridge: push to response plans" (after insert/update on incident).
import PushCapture from '../../push/PushCapture';

declare var current: GlideRecord;
declare var previous: GlideRecord | null;

new PushCapture().captureIncident(current, previous);
