// Dead letters end to end: the last failed attempt makes the delivery's entries dead, queues x_incb_bridge.outbox.dead
// for the oldest of them (the event the installed email notification listens to), degrades the connection's health
// with the error; an admin retries or discards the entries afterwards (OutboxAdmin, the installed UI actions).
import OutboxAdmin from '../../../src/app/outbox/OutboxAdmin';
import { CONNECTION_TABLE, LOG_TABLE, OUTBOX_TABLE } from '../../../src/app/core/tables';
import { builtApp } from '../../support/appInstance';
import { readFileSync } from 'fs';
import { join } from 'path';
import { SyncBed, insertIncident, outboxRows, startBed, updateIncident } from '../azure-devops/adoSyncFixture';

let bed: SyncBed;
afterEach(() => bed && bed.fake.stop());

const ROOT = join(__dirname, '../../..');
const built = (file: string) => readFileSync(join(ROOT, file), 'utf8');

function entry(sysId: string): any {
  const gr = new (global as any).GlideRecord(OUTBOX_TABLE);
  if (!gr.get(sysId)) throw new Error('no entry ' + sysId);
  return gr;
}

/** A bed where every delivery fails (503) and gives up after two attempts; one incident, its entry dead. */
async function deadEntry() {
  bed = await startBed({ connection: { max_attempts: '2' } });
  bed.fake.addFault({ mode: 'status', status: 503, count: 1000 });
  const incident = insertIncident({ short_description: 'Disk full', priority: '1' });
  updateIncident(incident, { short_description: 'Disk full on db01' });
  bed.instance.processEvents();
  bed.instance.clock.advance(3600000);
  bed.instance.processEvents();
  const { default: OutboxDispatcher } = await import('../../../src/app/outbox/OutboxDispatcher');
  new OutboxDispatcher().sweep();
  return incident;
}

describe('when a delivery gives up', () => {
  test('its entries are dead, the dead event names the oldest, the connection is degraded with the error', async () => {
    const incident = await deadEntry();
    const rows = outboxRows(bed).sort((a, b) => Number(a.sequence) - Number(b.sequence));
    expect(rows.map((r) => [r.sequence, r.state, r.attempts])).toEqual([
      ['1', 'dead', '2'],
      ['2', 'dead', '2'],
    ]);
    const dead = bed.instance.db.rows('sysevent', 'name=x_incb_bridge.outbox.dead');
    expect(dead.map((e) => [e.table, e.instance, e.parm1, e.parm2])).toEqual([[OUTBOX_TABLE, rows[0].sys_id, bed.connection, incident]]);
    const number = bed.instance.db.get('incident', incident)!.number;
    const connection = bed.instance.db.get(CONNECTION_TABLE, bed.connection)!;
    expect(connection.health_status).toBe('degraded');
    expect(connection.health_error).toBe(`Delivery of ${number} gave up after 2 attempts (outbox entry dead): ${rows[0].last_error}`);
    expect(bed.instance.db.rows(LOG_TABLE, 'direction=internal^outcome=failure').map((r) => [r.operation, r.incident, r.attempt])).toEqual([['dead_letter', incident, '2']]);
  });

  test('a connection already down keeps that status (its error says more), the error is still recorded', async () => {
    bed = await startBed({ connection: { max_attempts: '1', health_status: 'down' } });
    bed.fake.addFault({ mode: 'status', status: 500, count: 10 });
    insertIncident({ short_description: 'Disk full', priority: '1' });
    bed.instance.processEvents();
    expect(bed.instance.db.get(CONNECTION_TABLE, bed.connection)).toMatchObject({ health_status: 'down', health_error: expect.stringContaining('gave up after 1 attempts') });
  });
});

describe('the installed notification', () => {
  const notification = () => builtApp().records['sysevent_email_action'].filter((n) => n.event_name === 'x_incb_bridge.outbox.dead');

  test('listens to the dead event on the outbox and mails the support group of the entry\'s connection', () => {
    expect(notification()).toHaveLength(1);
    expect(notification()[0]).toMatchObject({ collection: OUTBOX_TABLE, generation_type: 'event', recipient_fields: 'connection.support_group', active: 'true', send_self: 'false' });
  });

  test('its recipient path resolves on the installed data model to the group, whose members get the mail', async () => {
    bed = await startBed();
    const group = bed.instance.db.insert('sys_user_group', { name: 'Database team' });
    const member = bed.instance.addUser({ user_name: 'dba', email: 'dba@example.com' });
    bed.instance.db.insert('sys_user_grmember', { group, user: member });
    const GlideRecord = (global as any).GlideRecord;
    const connection = new GlideRecord(CONNECTION_TABLE);
    connection.get(bed.connection);
    connection.setValue('support_group', group);
    connection.update();
    const id = bed.instance.db.insert(OUTBOX_TABLE, { connection: bed.connection, state: 'dead', sequence: '1' });
    const outbox = new GlideRecord(OUTBOX_TABLE);
    outbox.addEncodedQuery('connection.support_group=' + group);
    outbox.query();
    expect(outbox.next() && outbox.getUniqueValue()).toBe(id);
    const members = bed.instance.db.rows('sys_user_grmember', 'group=' + group).map((m) => bed.instance.db.get('sys_user', m.user)!.email);
    expect(members).toEqual(['dba@example.com']);
  });

  test('subject and body name the incident, the error and the link to the entry, through fields the outbox has', () => {
    const [n] = notification();
    expect(n.subject).toContain('${incident.number}');
    for (const token of ['${incident.number}', '${connection.name}', '${attempts}', '${last_error}', '${mail_script:Incident Bridge outbox entry link}']) {
      expect(n.message_html).toContain(token);
    }
    const fields = builtApp().schema.tables.find((t) => t.name === OUTBOX_TABLE)!.fields;
    for (const field of ['incident', 'connection', 'attempts', 'last_error']) expect(fields[field]).toBeDefined();
    const [script] = builtApp().records['sys_script_email'].filter((s) => s.name === 'Incident Bridge outbox entry link');
    expect(script.script).toBe(built('dist/es5/entry/mail/outbox_entry_link.js'));
  });
});

describe('admin actions on dead entries', () => {
  test('Retry: back to queued with fresh attempts, due now, its event queued; delivered once the cause is gone', async () => {
    await deadEntry();
    const [first, second] = outboxRows(bed).sort((a, b) => Number(a.sequence) - Number(b.sequence));
    bed.fake.clearFaults();
    const admin = new OutboxAdmin();
    expect(admin.retry(entry(first.sys_id))).toBe(true);
    expect(admin.retry(entry(second.sys_id))).toBe(true);
    const now = bed.instance.db.get(OUTBOX_TABLE, first.sys_id)!;
    expect(now).toMatchObject({ state: 'queued', attempts: '0', claim_token: '', next_attempt_at: new Date(bed.instance.clock.now()).toISOString().replace('T', ' ').substring(0, 19) });
    expect(now.last_error).toMatch(/^Retried by admin at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC; the last error was: HTTP 503/);
    expect(bed.instance.db.rows('sysevent', 'name=x_incb_bridge.outbox.queued^state=ready')).toHaveLength(2);
    bed.instance.processEvents();
    expect(outboxRows(bed).map((r) => r.state)).toEqual(['sent', 'sent']);
    expect(bed.fake.state().workItems).toBe(1);
  });

  test('Discard: skipped with a note, never sent', async () => {
    await deadEntry();
    const [first] = outboxRows(bed);
    expect(new OutboxAdmin().discard(entry(first.sys_id))).toBe(true);
    expect(bed.instance.db.get(OUTBOX_TABLE, first.sys_id)).toMatchObject({ state: 'skipped', last_error: expect.stringMatching(/^Discarded by admin at .* UTC; the last error was: /) });
  });

  test('neither applies to an entry that is queued, sending or sent', async () => {
    bed = await startBed();
    insertIncident({ short_description: 'Fine', priority: '1' });
    const [queued] = outboxRows(bed);
    expect(new OutboxAdmin().retry(entry(queued.sys_id))).toBe(false);
    bed.instance.processEvents();
    expect(new OutboxAdmin().discard(entry(queued.sys_id))).toBe(false);
    expect(bed.instance.db.get(OUTBOX_TABLE, queued.sys_id)!.state).toBe('sent');
  });

  test('the installed UI actions: admins only, dead or failed entries, form button and list choice, the built scripts', () => {
    const actions = builtApp().records['sys_ui_action'].filter((a) => a.table === OUTBOX_TABLE);
    expect(actions.map((a) => a.name).sort()).toEqual(['Discard', 'Retry']);
    for (const action of actions) {
      expect(action).toMatchObject({ condition: "current.state == 'dead' || current.state == 'failed'", form_button: 'true', list_choice: 'true', show_update: 'true', show_insert: 'false', active: 'true' });
      const roles = builtApp().records['sys_ui_action_role'].filter((r) => r.sys_ui_action === action.sys_id);
      expect(roles.map((r) => r.sys_user_role)).toEqual([builtApp().roles.find((r) => r.name === 'x_incb_bridge.admin')!.sysId]);
      const file = action.name === 'Retry' ? 'dist/es5/entry/ui/outbox_retry.js' : 'dist/es5/entry/ui/outbox_discard.js';
      expect(action.script).toBe(built(file));
    }
  });
});
