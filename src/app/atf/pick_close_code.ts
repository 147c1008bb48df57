// ATF step script (Incident Bridge: agent API as an agent): a close code this instance offers for incidents, read
// from its sys_choice rows as the agent API reads them, handed to the resolve requests in the record_id output.
import { incidentCloseCodes } from '../platform/closeCodes';

// What the platform hands a Run Server Side Script step (ServiceNowDocs application-development/
// automated-test-framework-atf/test-steps-server-category.md): its output variables and stepResult.
declare var outputs: { table?: string; record_id?: string };
declare var stepResult: { setOutputMessage(message: string): void };

var codes = incidentCloseCodes();
if (codes.length === 0) throw new Error('This instance offers no incident close code (no active sys_choice incident.close_code)');
outputs.table = 'sys_choice';
outputs.record_id = codes[0];
stepResult.setOutputMessage('Resolving with close code "' + codes[0] + '" (of ' + codes.length + ' this instance offers)');
