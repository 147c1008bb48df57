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
//                                                  by each insert and update (of some tables only the columns
//                                                  the app writes as text, e.g. a connection's health_error)
import type { Dictionary } from './db/dictionary';

export type SecretAuditSink = (line: string) => void;

/** The app's rows people read, which the audit reports: the app's own choice, passed in with the sink (the app's
 * test/audit/audited-tables.json, through INCB_SECRET_AUDIT_TABLES; see runtime/secret-audit-spool.cjs). */
export interface SecretAuditTables {
  /** tables every column of which is read by people (lists, forms, the Table API) */
  readable: string[];
  /** tables of which only these columns are text the app writes (the rest are the secrets themselves): reported
   * with the row's sys_id when one of them is not empty */
  readableColumns?: { [table: string]: string[] };
}

var SECRET_TYPE = 'password2';

var sink: SecretAuditSink | null = null;
var readableTables: { [table: string]: boolean } = {};
var readableColumns: { [table: string]: string[] } = {};
/** secrets already reported by this process, keyed '#' + value */
var reported: { [key: string]: boolean } = {};

/** A sink needs the tables to report: without them the audit would see no rows and pass for the wrong reason. */
export function setSecretAuditSink(newSink: SecretAuditSink | null, tables?: SecretAuditTables): void {
  if (newSink && !(tables && tables.readable && tables.readable.length > 0)) {
    throw new Error('setSecretAuditSink: name the tables whose rows people read (tables.readable) with the sink');
  }
  sink = newSink;
  readableTables = {};
  readableColumns = {};
  if (!tables) return;
  for (var i = 0; i < tables.readable.length; i++) readableTables[tables.readable[i]] = true;
  var columns = tables.readableColumns || {};
  for (var table in columns) {
    if (Object.prototype.hasOwnProperty.call(columns, table)) readableColumns[table] = columns[table];
  }
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
  if (readableTables[table] === true) sink(JSON.stringify({ row: row, table: table }));
  else if (readableColumns[table]) reportColumns(table, row, readableColumns[table]);
  var schema = dictionary.table(table);
  if (!schema) return;
  for (var i = 0; i < schema.fieldNames.length; i++) {
    var name = schema.fieldNames[i];
    if (schema.fields[name].type === SECRET_TYPE && row[name]) reportSecret(table, name, row[name], row.username);
  }
}

function reportColumns(table: string, row: { [field: string]: string }, columns: string[]): void {
  var part: { [field: string]: string } = { sys_id: row.sys_id };
  var written = false;
  for (var i = 0; i < columns.length; i++) {
    if (row[columns[i]]) {
      part[columns[i]] = row[columns[i]];
      written = true;
    }
  }
  if (written && sink) sink(JSON.stringify({ row: part, table: table }));
}
