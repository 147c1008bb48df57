// The secret audit's source: while `npm test` runs with INCB_SECRET_AUDIT_DIR set, every emulated instance reports,
// as JSON lines, each secret it stores and each row the app writes for people to read, so test/audit can search
// everything the whole suite wrote for any secret (test/audit/secret-audit.test.ts). The process that hosts the emulator
// (Jest, rhino-driver.js, vm-context.cjs) installs the sink that appends the lines to its spool file; without a
// sink every report is one null check, so instances pay nothing outside the audit.
// Lines:
//   {"secret": value, "table", "field", "user"?}  a password2 value (or an OAuth token the instance obtained), once
//                                                  per process; `user` is the row's username, because a Basic
//                                                  credential is base64 of "username:password"
//   {"row": {...}, "table"}                        a row of a table the app writes for people to read, as stored
//                                                  by each insert and update (the connection: only health_error)
import type { Dictionary } from './db/dictionary';

export type SecretAuditSink = (line: string) => void;

/** every column of these rows is read by people (lists, forms, the Table API) */
var READABLE_TABLES: { [table: string]: boolean } = { x_incb_bridge_log: true, x_incb_bridge_outbox: true, x_incb_bridge_inbox: true, x_incb_bridge_link: true };
/** of the connection, only the health error is text the app writes; its password2 columns are the secrets */
var CONNECTION_TABLE = 'x_incb_bridge_connection';
var SECRET_TYPE = 'password2';

var sink: SecretAuditSink | null = null;
/** secrets already reported by this process, keyed '#' + value */
var reported: { [key: string]: boolean } = {};

export function setSecretAuditSink(newSink: SecretAuditSink | null): void {
  sink = newSink;
}

export function reportSecret(table: string, field: string, value: string, user?: string): void {
  if (!sink || value === '' || reported['#' + value]) return;
  reported['#' + value] = true;
  var line: { [name: string]: string } = { secret: value, table: table, field: field };
  if (user) line.user = user;
  sink(JSON.stringify(line));
}

/** called by the row store with every row it stores (inserted, updated or restored) */
export function reportStoredRow(dictionary: Dictionary, table: string, row: { [field: string]: string }): void {
  if (!sink) return;
  if (READABLE_TABLES[table] === true) sink(JSON.stringify({ row: row, table: table }));
  else if (table === CONNECTION_TABLE && row.health_error) sink(JSON.stringify({ row: { sys_id: row.sys_id, health_error: row.health_error }, table: table }));
  var schema = dictionary.table(table);
  if (!schema) return;
  for (var i = 0; i < schema.fieldNames.length; i++) {
    var name = schema.fieldNames[i];
    if (schema.fields[name].type === SECRET_TYPE && row[name]) reportSecret(table, name, row[name], row.username);
  }
}
