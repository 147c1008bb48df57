// ATF step script (Incident Bridge: capture): an incident saved while it matches an outbound connection's trigger
// gets exactly one outbox entry for that connection, queued, and the save itself sends nothing (the connection points
// nowhere, and no integration log row exists for it: every request the app sends is logged). Checked right after
// the save returns, before the platform's event processor can pick up the entry.
import { ATF_MARKER, NOWHERE, insertTestConnection, insertTestIncident } from './support/testRecords';

declare var outputs: { table?: string; record_id?: string };
declare var stepResult: { setOutputMessage(message: string): void };

var connectionId = insertTestConnection('capture', {
  type: 'azure_devops',
  active: 'true',
  base_url: NOWHERE,
  ado_organization: 'incident-bridge-atf',
  ado_project: 'capture',
  auth_type: 'none',
  sync_direction: 'outbound',
  trigger_condition: 'short_descriptionSTARTSWITH' + ATF_MARKER + ' capture',
});
var incidentId = insertTestIncident('capture: a save that must be queued', { impact: '2', urgency: '2' });

var entries = new GlideRecord('x_incb_bridge_outbox');
entries.addQuery('connection', connectionId);
entries.query();
var found: string[] = [];
var problems: string[] = [];
while (entries.next()) {
  found.push(entries.getUniqueValue());
  if (entries.getValue('incident') !== incidentId) problems.push('entry ' + entries.getUniqueValue() + ' is for another incident');
  if (entries.getValue('state') !== 'queued') problems.push('entry ' + entries.getUniqueValue() + ' is ' + entries.getValue('state') + ', not queued');
  if (entries.getValue('operation') !== 'create') problems.push('entry ' + entries.getUniqueValue() + ' is a ' + entries.getValue('operation') + ', not a create');
}
if (found.length !== 1) problems.push(found.length + ' outbox entries for the test connection, not exactly 1');

var logged = new GlideRecord('x_incb_bridge_log');
logged.addQuery('connection', connectionId);
logged.query();
if (logged.next()) problems.push('the save sent or logged something for the connection: log row ' + logged.getUniqueValue() + ' (' + logged.getValue('direction') + ', ' + logged.getValue('outcome') + ')');

if (problems.length > 0) throw new Error('Capture: ' + problems.join('; '));
outputs.table = 'incident';
outputs.record_id = incidentId;
stepResult.setOutputMessage('One queued create entry (' + found[0] + ') for the test connection, nothing sent in the save');
