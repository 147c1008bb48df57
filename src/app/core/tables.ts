// Names of the app's tables, in one place: the Fluent data model (src/fluent) declares them under the same names.

export var CONNECTION_TABLE = 'x_incb_bridge_connection';
export var OUTBOX_TABLE = 'x_incb_bridge_outbox';
export var LINK_TABLE = 'x_incb_bridge_link';
export var VALUE_MAP_TABLE = 'x_incb_bridge_value_map';
export var LOG_TABLE = 'x_incb_bridge_log';
export var INBOX_TABLE = 'x_incb_bridge_inbox';

/** The platform's table whose records the app synchronizes (a base system table, not one of ours). */
export var INCIDENT_TABLE = 'incident';
