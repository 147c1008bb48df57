// Small helpers over GlideRecord that every feature needs.

/** Insert a row from plain values without running business rules (bookkeeping rows such as the log must not
 * trigger app logic); returns the new sys_id, or '' when the insert was refused. */
export function insertRow(table: string, values: { [field: string]: string }): string {
  var gr = new GlideRecord(table);
  gr.initialize();
  for (var field in values) {
    if (Object.prototype.hasOwnProperty.call(values, field)) gr.setValue(field, values[field]);
  }
  gr.setWorkflow(false);
  return gr.insert() || '';
}

/** Sets a field for updateMultiple(), which "sets new values and does not clear existing values. To clear an existing
 * value, use the setValue() method and set the field to 'NULL'" (c_GlideRecordScopedAPI.md): an empty value goes as
 * 'NULL'. */
export function setForUpdateMultiple(gr: GlideRecord, field: string, value: string): void {
  gr.setValue(field, value === '' ? 'NULL' : value);
}
