// The event that hands a new outbox entry to the dispatcher (script action "Incident Bridge: dispatch outbox",
// registered in src/fluent/outbox): parm1 = connection sys_id, parm2 = incident sys_id.
export var OUTBOX_QUEUED_EVENT = 'x_incb_bridge.outbox.queued';
