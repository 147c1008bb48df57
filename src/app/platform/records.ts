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

/** Saves a change to one of the app's own bookkeeping rows (a link, a connection's state, an outbox or inbox row)
 * with no business rules (nothing in the app or the platform reacts to them), and throws when the write is refused.
 * On an instance a refused write returns null without a word; bookkeeping that silently did not happen would break
 * the exactly-once rules (a send not marked as in doubt, a sent entry not recorded), so the work in progress stops
 * instead, and its outbox delivery or inbox row is tried again later: nothing is lost. */
export function saveOrThrow(gr: GlideRecord, what: string): void {
  gr.setWorkflow(false);
  if (!gr.update()) throw new Error('Could not save ' + what + ' (' + gr.getTableName() + ' ' + gr.getUniqueValue() + '): ' + (gr.getLastErrorMessage() || 'the update was refused'));
}

/** Deletes one of the app's own bookkeeping rows, with no business rules; throws when the delete is refused (see
 * saveOrThrow). */
export function deleteOrThrow(gr: GlideRecord, what: string): void {
  gr.setWorkflow(false);
  if (!gr.deleteRecord()) throw new Error('Could not delete ' + what + ' (' + gr.getTableName() + ' ' + gr.getUniqueValue() + ')');
}
