// ATF step script (Incident Bridge: cross-scope privileges): every operation the app performs on another scope's
// table, performed from the app's scope as the app does it. On an instance the app is installed on, each works only
// while its cross-scope privilege is in effect ("the system only allows runtime requests to run that have a valid
// cross-scope privilege record", ServiceNowDocs application-development/c_CrossScopePrivilegeRecord.md); a refused
// read finds nothing, a refused write returns no result, so each operation is checked on a record that is known to
// exist. A table with no row at all on this instance cannot show its read privilege: the step says which.
import { ATF_MARKER, insertTestIncident } from './support/testRecords';

declare var stepResult: { setOutputMessage(message: string): void };
declare var GlideSysAttachment: { new (): { write(record: GlideRecord, fileName: string, contentType: string, content: string): string | null } };

var refused: string[] = [];
var shown: string[] = [];
var unprovable: string[] = [];
/** operations not tried because the one they build on was refused */
var skipped: string[] = [];

function check(operation: string, ok: boolean): void {
  if (ok) shown.push(operation);
  else refused.push(operation);
}

/** a read of the table finds a row with these field values (or any row, without any) */
function reads(table: string, values: { [field: string]: string }): boolean {
  var gr = new GlideRecord(table);
  for (var field in values) {
    if (Object.prototype.hasOwnProperty.call(values, field)) gr.addQuery(field, values[field]);
  }
  gr.setLimit(1);
  gr.query();
  return gr.next();
}

// incident: create, read, write
var incidentId = insertTestIncident('cross-scope privileges', { impact: '3', urgency: '3' });
check('incident create', !!incidentId);
var incident = new GlideRecord('incident');
var readable = incident.get(incidentId);
check('incident read', readable);
var written = false;
if (readable) {
  incident.setValue('short_description', ATF_MARKER + ' cross-scope privileges (written)');
  incident.setValue('work_notes', 'Incident Bridge ATF: a work note written from the app scope');
  written = !!incident.update();
  check('incident write', written);
}

// sys_journal_field read: the work note the write above made
if (written) check('sys_journal_field read', reads('sys_journal_field', { name: 'incident', element: 'work_notes', element_id: incidentId }));
else skipped.push('sys_journal_field read (needs the incident write)');

// sys_attachment read: a file the app attaches through GlideSysAttachment (which writes sys_attachment for it)
var attachmentId = readable ? new GlideSysAttachment().write(incident, 'incident-bridge-atf.txt', 'text/plain', 'Incident Bridge ATF') : null;
if (!attachmentId) skipped.push('sys_attachment read (attaching a file to the incident did not work)');
else check('sys_attachment read', reads('sys_attachment', { table_name: 'incident', table_sys_id: incidentId }));

// sys_choice read: the instance's incident close codes (every instance with incidents has some)
check('sys_choice read', reads('sys_choice', { name: 'incident', element: 'close_code' }));
// sys_user read: the user running the test
check('sys_user read', reads('sys_user', { sys_id: gs.getUserID() }));
// sys_app read: the app's own application record
check('sys_app read', reads('sys_app', { scope: gs.getCurrentScopeName() }));

// tables that may be empty on an instance: shown when they have a row
var optional = ['sys_user_group', 'cmdb_ci', 'problem', 'change_request', 'oauth_entity_profile', 'oauth_requestor_profile', 'oauth_credential'];
for (var i = 0; i < optional.length; i++) {
  if (reads(optional[i], {})) shown.push(optional[i] + ' read');
  else unprovable.push(optional[i] + ' read');
}

if (refused.length > 0) {
  throw new Error('Refused from the app scope (is its cross-scope privilege missing or not allowed?): ' + refused.join(', ') + (skipped.length ? '. Not tried: ' + skipped.join(', ') : ''));
}
if (skipped.length > 0) throw new Error('Not tried: ' + skipped.join(', '));
stepResult.setOutputMessage(
  'Allowed from scope ' + gs.getCurrentScopeName() + ': ' + shown.join(', ') + (unprovable.length ? '. No row on this instance to show: ' + unprovable.join(', ') : '')
);
