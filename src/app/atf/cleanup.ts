// ATF step script, the last step of every test that makes a connection: deletes the test connections and the app
// rows that reference them (support/testRecords.ts).
import { deleteTestConnections } from './support/testRecords';

declare var stepResult: { setOutputMessage(message: string): void };

var deleted = deleteTestConnections();
var parts: string[] = [];
for (var table in deleted) {
  if (Object.prototype.hasOwnProperty.call(deleted, table)) parts.push(table + ' ' + deleted[table]);
}
stepResult.setOutputMessage('Deleted: ' + parts.join(', '));
