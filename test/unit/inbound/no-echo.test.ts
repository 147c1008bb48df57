// No echo without setWorkflow: every write the app makes to incident and sys_attachment (the write-back after a create;
// the fields, comment, file and new incident applied from Azure DevOps) runs every business rule on those tables, the
// platform's, a customer's and the app's own, as on an instance where a scoped app may not turn them off. Yet none of
// them becomes an outbox entry, a push to a response plan's webhook, or a request to Azure DevOps. What people do
// around those writes, before and after, still is.
import { addPlatformRules } from '@incb/glide-emulator';
import { OUTBOX_TABLE } from '../../../src/app/core/tables';
import { addPlan, addWebhook } from '../push/pushHarness';
import { InboundBed, JAMAL, linkedIncident, startInboundBed } from './inboundBed';
import { insertIncident, updateIncident } from '../azure-devops/adoSyncFixture';

let bed: InboundBed;
/** every run of the customer's rules: [table, operation, the record's sys_id] */
let seen: string[][];

beforeEach(async () => {
  bed = await startInboundBed({ connection: { create_incidents_from_remote: 'true' } });
  addPlatformRules(bed.instance);
  seen = [];
  // A customer's rules, global scope, as every instance has some: they see each write the app makes.
  for (const table of ['incident', 'sys_attachment']) {
    bed.instance.addBusinessRule({
      name: 'customer audit of ' + table,
      table,
      when: 'after',
      insert: true,
      update: true,
      script: (current: any) => {
        seen.push([table, current.operation(), current.getUniqueValue()]);
      },
    });
  }
  // A response plan whose webhook every linked incident's saves are pushed to.
  const webhook = addWebhook(bed.instance, { base_url: 'https://agent.example.test/hooks' });
  addPlan(bed.instance, { target_connection: webhook, condition: 'active=true' });
});
afterEach(() => bed.fake.stop());

const entries = (query = '') => bed.rows(OUTBOX_TABLE, query);
const pushes = () => entries('operation=push');
const adoEntries = () => entries('operation!=push');
/** what the app sent (the emulated instance's outbound requests), as "METHOD path" without ids */
const sent = () => bed.instance.http.requests.map((r) => `${r.method} ${new URL(r.url).pathname.replace(/\/[0-9a-f-]{8,}|\/\d+/g, '/{id}')}`);

test('the write-back after a create runs the incident rules and queues nothing', () => {
  // a person's save: impact 1 and urgency 2 make priority 2, which the connection's trigger takes
  const incident = bed.instance.runInScope('global', () => insertIncident({ short_description: 'Mail is down', impact: '1', urgency: '2' }));
  expect(adoEntries().map((e) => e.operation)).toEqual(['create']);
  expect(pushes().map((e) => JSON.parse(e.payload).event)).toEqual(['incident.matched']);
  bed.process();
  // the customer's incident rule saw the insert and the write-back (correlation_id and the "Linked to" note)
  expect(seen.filter((s) => s[0] === 'incident' && s[2] === incident).map((s) => s[1])).toEqual(['insert', 'update']);
  const row = bed.instance.db.get('incident', incident)!;
  expect(row.correlation_id).toMatch(/^\d+$/);
  expect(bed.rows('sys_journal_field', `element_id=${incident}`).map((j) => j.value)).toEqual([expect.stringMatching(/^Linked to Azure DevOps work item \d+: /)]);
  // nothing more was queued for the write-back: still the one create entry (now sent) and the one push
  expect(adoEntries().map((e) => [e.operation, e.state])).toEqual([['create', 'sent']]);
  expect(pushes()).toHaveLength(1);
  expect(sent().filter((r) => r.includes('/_apis/'))).toEqual(['POST /fabrikam/IncidentBridge/_apis/wit/workitems/$Task']);
});

test('fields, a comment and a file from Azure DevOps: every rule runs, nothing is queued, pushed or sent back', () => {
  const { incident, workItem } = linkedIncident(bed);
  const before = { entries: entries().length, requests: bed.instance.http.requests.length, seen: seen.length };
  bed.jamal.update(workItem, { 'System.Title': 'Mail is down in Berlin', 'Microsoft.VSTS.Common.Priority': 1 });
  bed.jamal.comment(workItem, '<p>Relay restarted</p>');
  bed.jamal.attach(workItem, 'trace.log', 'ERROR relay refused');
  for (const hook of bed.takeHooks()) expect(bed.deliver(hook).status).toBe(200);
  bed.process();
  const row = bed.instance.db.get('incident', incident)!;
  expect([row.short_description, row.priority]).toEqual(['Mail is down in Berlin', '1']);
  expect(bed.rows('sys_journal_field', `element_id=${incident}^element=work_notes`).map((j) => j.value)).toContain(`Azure DevOps comment by ${JAMAL.displayName}:\nRelay restarted`);
  const files = bed.rows('sys_attachment', `table_name=incident^table_sys_id=${incident}`);
  expect(files.map((f) => f.file_name)).toEqual(['trace.log']);
  // every business rule ran on those writes: the incident's updates and the file's insert on the incident
  const after = seen.slice(before.seen);
  expect(after.filter((s) => s[0] === 'incident' && s[2] === incident).length).toBeGreaterThanOrEqual(2);
  expect(after.filter((s) => s[0] === 'sys_attachment' && s[1] === 'insert' && s[2] === files[0].sys_id)).toHaveLength(1);
  // and none of them became work: no outbox entry, no push, and the only request was the file's download
  expect(entries().slice(before.entries)).toEqual([]);
  expect(sent().slice(before.requests)).toEqual([expect.stringMatching(/^GET \/fabrikam\/\{id\}\/_apis\/wit\/attachments\/\{id\}$/)]);
});

test('an incident raised in Azure DevOps is created with every rule running, and queues nothing', () => {
  const before = { entries: entries().length, seen: seen.length };
  const item = bed.jamal.create({ 'System.Title': 'Raised in Azure DevOps', 'System.State': 'To Do', 'Microsoft.VSTS.Common.Priority': 1 });
  for (const hook of bed.takeHooks()) bed.deliver(hook);
  bed.process();
  const created = bed.rows('incident', `correlation_id=${item.id}`);
  expect(created).toHaveLength(1);
  expect(seen.slice(before.seen).filter((s) => s[0] === 'incident' && s[1] === 'insert' && s[2] === created[0].sys_id)).toHaveLength(1);
  expect(entries().slice(before.entries)).toEqual([]);
});

test('the mark is the app\'s save only: a person\'s save of the same incident right after is captured and pushed', () => {
  const { incident, workItem } = linkedIncident(bed);
  bed.jamal.update(workItem, { 'System.Title': 'Changed remotely' });
  for (const hook of bed.takeHooks()) bed.deliver(hook);
  bed.process();
  const before = { ado: adoEntries().length, push: pushes().length };
  bed.instance.runInScope('global', () => updateIncident(incident, { work_notes: 'Customer called back' }));
  expect(adoEntries().length).toBe(before.ado + 1);
  expect(pushes().length).toBe(before.push + 1);
});
