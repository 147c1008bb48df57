// The event that hands a new inbox row to the processor (script action "Incident Bridge: process inbox", registered
// in src/fluent/inbound): parm1 = connection sys_id, parm2 = the work item id (remote_id).
export var INBOX_RECEIVED_EVENT = 'x_incb_bridge.inbox.received';
