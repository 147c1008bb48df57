// What the ATF step scripts share: the marker every record an ATF test creates carries in its name or short
// description, and the clean-up of the Incident Bridge rows of the test connections (ATF rolls back what a test's own
// steps wrote; rows the platform's background work wrote for it, such as inbox processing and the dispatcher's log
// rows, are deleted here so a run leaves nothing of the app's behind).

/** Every connection and incident an ATF test makes starts with this. */
export var ATF_MARKER = '[Incident Bridge ATF]';

/** The base URL of test connections that must never reach a server: the .invalid top-level domain never resolves
 * (RFC 6761), so a dispatcher that picks up a test entry fails to connect and sends nothing anywhere. */
export var NOWHERE = 'https://incident-bridge-atf.invalid';

var CONNECTION_TABLE = 'x_incb_bridge_connection';
/** the app's tables that reference a connection */
var DEPENDENT_TABLES = ['x_incb_bridge_outbox', 'x_incb_bridge_inbox', 'x_incb_bridge_link', 'x_incb_bridge_value_map', 'x_incb_bridge_log'];

/** A new row of `table` whose `field` is the marker and `label`, with `values`; throws when the insert is refused. */
function insertMarked(table: string, field: string, label: string, values: { [field: string]: string }): string {
  var record = new GlideRecord(table);
  record.initialize();
  record.setValue(field, ATF_MARKER + ' ' + label);
  for (var name in values) {
    if (Object.prototype.hasOwnProperty.call(values, name)) record.setValue(name, values[name]);
  }
  var sysId = record.insert();
  if (!sysId) throw new Error('Inserting the test ' + table + ' "' + label + '" was refused');
  return sysId;
}

/** A new connection named after the marker; throws when the insert is refused. */
export function insertTestConnection(name: string, values: { [field: string]: string }): string {
  return insertMarked(CONNECTION_TABLE, 'name', name, values);
}

/** A new incident whose short description starts with the marker; throws when the insert is refused. */
export function insertTestIncident(shortDescription: string, values: { [field: string]: string }): string {
  return insertMarked('incident', 'short_description', shortDescription, values);
}

/** Deletes the test connections (name starting with the marker) and every app row that references them; returns
 * how many rows went, by table. */
export function deleteTestConnections(): { [table: string]: number } {
  var deleted: { [table: string]: number } = {};
  var connections = new GlideRecord(CONNECTION_TABLE);
  connections.addQuery('name', 'STARTSWITH', ATF_MARKER);
  connections.query();
  var ids: string[] = [];
  while (connections.next()) ids.push(connections.getUniqueValue());
  for (var t = 0; t < DEPENDENT_TABLES.length; t++) {
    deleted[DEPENDENT_TABLES[t]] = 0;
    for (var i = 0; i < ids.length; i++) {
      var rows = new GlideRecord(DEPENDENT_TABLES[t]);
      rows.addQuery('connection', ids[i]);
      rows.query();
      while (rows.next()) {
        if (!rows.deleteRecord()) throw new Error('Deleting ' + DEPENDENT_TABLES[t] + ' ' + rows.getUniqueValue() + ' was refused');
        deleted[DEPENDENT_TABLES[t]]++;
      }
    }
  }
  deleted[CONNECTION_TABLE] = 0;
  for (var c = 0; c < ids.length; c++) {
    var connection = new GlideRecord(CONNECTION_TABLE);
    if (!connection.get(ids[c])) continue;
    if (!connection.deleteRecord()) throw new Error('Deleting the test connection ' + ids[c] + ' was refused');
    deleted[CONNECTION_TABLE]++;
  }
  return deleted;
}
