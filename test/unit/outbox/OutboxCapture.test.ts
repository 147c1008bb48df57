// The capture rules as installed (after insert/update on incident, after insert on sys_attachment) driving
// OutboxCapture: which saves become outbox entries, with what payload, and what never does.
import { fingerprint } from '../../../src/app/core/fingerprint';
import { LINK_TABLE, LOG_TABLE } from '../../../src/app/core/tables';
import { OUTBOX_QUEUED_EVENT } from '../../../src/app/queue/outboxEvent';
import { mappedValues } from '../../../src/app/platform/mappedValues';
import { addConnection, addLink, createIncident, outboxInstance, outboxRows, payloadOf, updateIncident } from './outboxHarness';
import { appInstance } from '../../support/appInstance';

declare const GlideRecord: any;

function incidentRecord(sysId: string): any {
  const gr = new GlideRecord('incident');
  gr.get(sysId);
  return gr;
}

describe('trigger condition (incidents not linked yet)', () => {
  test('an empty trigger syncs nothing: a new connection sends no incident until an admin sets one', () => {
    const instance = outboxInstance();
    addConnection(instance, { trigger_condition: '' });
    createIncident({ priority: '1' });
    expect(outboxRows(instance)).toEqual([]);
    expect(instance.db.rows('sysevent')).toEqual([]);
  });

  test('an invalid trigger matches nothing and says so in the integration log', () => {
    const instance = outboxInstance();
    const connection = addConnection(instance, { trigger_condition: 'no_such_field=1' });
    const incident = createIncident({ priority: '1' });
    expect(outboxRows(instance)).toEqual([]);
    const logs = instance.db.rows(LOG_TABLE);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ direction: 'internal', outcome: 'skipped', connection, incident });
    expect(logs[0].error).toContain('no_such_field=1');
  });

  test('a trigger that is valid text but meaningless outside a business rule filter (VALCHANGES) matches nothing', () => {
    const instance = outboxInstance();
    addConnection(instance, { trigger_condition: 'priorityVALCHANGES' });
    createIncident({ priority: '1' });
    expect(outboxRows(instance)).toEqual([]);
    expect(instance.db.rows(LOG_TABLE)).toHaveLength(1);
  });

  test('a matching incident is captured on insert as a create with its non-empty mapped fields', () => {
    const instance = outboxInstance();
    const connection = addConnection(instance, { trigger_condition: 'priority=1^EQ' });
    const incident = createIncident({ priority: '1', description: '' });
    const rows = outboxRows(instance);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      connection,
      incident,
      state: 'queued',
      operation: 'create',
      sequence: '1',
      attempts: '0',
      next_attempt_at: '2026-11-22 10:00:00',
      source_table: 'incident',
      source_id: incident,
      claim_token: '',
    });
    const number = instance.db.get('incident', incident)!.number;
    expect(payloadOf(rows[0])).toEqual({
      incident,
      number,
      reason: 'create',
      // description is empty, so it is not among the changes; state has its default (1 New)
      changedFields: ['short_description', 'state', 'priority'],
      journal: false,
      attachments: [],
    });
    const events = instance.db.rows('sysevent');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ name: OUTBOX_QUEUED_EVENT, table: 'x_incb_bridge_outbox', instance: rows[0].sys_id, parm1: connection, parm2: incident, state: 'ready' });
  });

  test('a non-matching incident is not captured until a change makes it match', () => {
    const instance = outboxInstance();
    addConnection(instance, { trigger_condition: 'priority=1^NQcategory=network' });
    const incident = createIncident({ priority: '3' });
    updateIncident(incident, { urgency: '2' });
    expect(outboxRows(instance)).toEqual([]);
    updateIncident(incident, { category: 'network' });
    const rows = outboxRows(instance);
    expect(rows).toHaveLength(1);
    // the ^NQ group that matched is honoured, and the save changed no mapped field: the create still goes out
    expect(payloadOf(rows[0])).toMatchObject({ reason: 'create', changedFields: [] });
  });

  test('a linked incident syncs its changes whatever the trigger says', () => {
    const instance = outboxInstance();
    const connection = addConnection(instance, { trigger_condition: '' });
    const incident = createIncident();
    addLink(instance, incident, connection);
    updateIncident(incident, { short_description: 'Mail is down for everyone' });
    const rows = outboxRows(instance);
    expect(rows).toHaveLength(1);
    expect(payloadOf(rows[0])).toMatchObject({ reason: 'update', changedFields: ['short_description'], journal: false });
    expect(rows[0].operation).toBe('update');
  });

  test('an incident whose link an admin set to unlinked is left alone, even when it matches the trigger', () => {
    const instance = outboxInstance();
    const connection = addConnection(instance, { trigger_condition: 'priority=1' });
    const incident = createIncident({ priority: '3' });
    addLink(instance, incident, connection, { state: 'unlinked' });
    updateIncident(incident, { priority: '1', short_description: 'Worse' });
    expect(outboxRows(instance)).toEqual([]);
  });

  test('only active Azure DevOps connections that sync outbound capture', () => {
    const instance = outboxInstance();
    addConnection(instance, { trigger_condition: 'priority=1', active: 'false' });
    addConnection(instance, { trigger_condition: 'priority=1', sync_direction: 'inbound' });
    addConnection(instance, { trigger_condition: 'priority=1', type: 'webhook' });
    const outbound = addConnection(instance, { trigger_condition: 'priority=1', sync_direction: 'outbound' });
    createIncident({ priority: '1' });
    expect(outboxRows(instance).map((r) => r.connection)).toEqual([outbound]);
  });
});

describe('delta detection', () => {
  function linkedIncident(connectionValues: { [field: string]: string } = {}) {
    const instance = outboxInstance();
    const connection = addConnection(instance, connectionValues);
    const incident = createIncident();
    addLink(instance, incident, connection);
    return { instance, connection, incident };
  }

  test('only mapped fields count: a change to other fields captures nothing, a mixed save lists the mapped ones', () => {
    const { instance, incident } = linkedIncident();
    updateIncident(incident, { category: 'network', urgency: '1' });
    expect(outboxRows(instance)).toEqual([]);
    updateIncident(incident, { category: 'software', state: '2', priority: '2' });
    const rows = outboxRows(instance);
    expect(rows).toHaveLength(1);
    expect(payloadOf(rows[0]).changedFields).toEqual(['state', 'priority']);
  });

  test('a new work note counts when the connection syncs work notes; a new comment does not', () => {
    const { instance, incident } = linkedIncident({ sync_work_notes: 'true', sync_comments: 'false' });
    updateIncident(incident, { comments: 'Customer says hi' });
    expect(outboxRows(instance)).toEqual([]);
    updateIncident(incident, { work_notes: 'Restarted the mail relay' });
    const rows = outboxRows(instance);
    expect(rows).toHaveLength(1);
    expect(payloadOf(rows[0])).toMatchObject({ reason: 'update', changedFields: [], journal: true });
  });

  test('comments count when the connection syncs comments', () => {
    const { instance, incident } = linkedIncident({ sync_comments: 'true' });
    updateIncident(incident, { comments: 'Customer says hi' });
    expect(payloadOf(outboxRows(instance)[0]).journal).toBe(true);
  });

  test('no journal syncing: a save that only adds a work note captures nothing', () => {
    const { instance, incident } = linkedIncident();
    updateIncident(incident, { work_notes: 'internal note' });
    expect(outboxRows(instance)).toEqual([]);
  });

  test('ONE entry per save, however many mapped fields and journal entries it changes', () => {
    const { instance, incident } = linkedIncident({ sync_work_notes: 'true', sync_comments: 'true' });
    updateIncident(incident, { short_description: 'A', description: 'B', state: '2', priority: '1', work_notes: 'n', comments: 'c' });
    const rows = outboxRows(instance);
    expect(rows).toHaveLength(1);
    expect(payloadOf(rows[0])).toMatchObject({ changedFields: ['short_description', 'description', 'state', 'priority'], journal: true });
    expect(instance.db.rows('sysevent')).toHaveLength(1);
  });

  test('one entry per connection: two connections syncing the same incident each get theirs', () => {
    const instance = outboxInstance();
    const first = addConnection(instance, { name: 'first', trigger_condition: 'priority=1' });
    const second = addConnection(instance, { name: 'second', trigger_condition: 'priority=1' });
    const incident = createIncident({ priority: '1' });
    const rows = outboxRows(instance);
    expect(rows.map((r) => r.connection).sort()).toEqual([first, second].sort());
    expect(rows.every((r) => r.incident === incident && r.sequence === '1')).toBe(true);
  });

  test('no HTTP request is made in the user transaction', () => {
    const requests: unknown[] = [];
    const instance = outboxInstance({}, { transport: { send: (r) => { requests.push(r); throw new Error('no HTTP in the user transaction'); } } });
    const connection = addConnection(instance, { trigger_condition: 'priority=1', sync_work_notes: 'true' });
    const incident = createIncident({ priority: '1' });
    addLink(instance, incident, connection);
    updateIncident(incident, { state: '2', work_notes: 'working on it' });
    expect(outboxRows(instance)).toHaveLength(2);
    expect(instance.http.requests).toEqual([]);
    expect(requests).toEqual([]);
    expect(instance.logs.filter((l) => l.level === 'error')).toEqual([]);
  });
});

describe('echo suppression (value based)', () => {
  test('a save whose mapped values equal the link fingerprint (our own inbound write) is not captured', () => {
    const instance = outboxInstance();
    const connection = addConnection(instance);
    const incident = createIncident({ state: '1' });
    const link = addLink(instance, incident, connection);
    // What the inbound side does before it applies remote values: fingerprint the values as they will be saved.
    const applying = incidentRecord(incident);
    applying.setValue('state', '2');
    applying.setValue('short_description', 'Renamed in Azure DevOps');
    const gr = new GlideRecord(LINK_TABLE);
    gr.get(link);
    gr.setValue('last_fingerprint', fingerprint(mappedValues(applying)));
    gr.update();
    applying.update();
    expect(outboxRows(instance)).toEqual([]);
    // A user change afterwards is captured as usual.
    updateIncident(incident, { state: '3' });
    expect(outboxRows(instance).map((r) => payloadOf(r).changedFields)).toEqual([['state']]);
  });

  test('a journal entry is still captured when the values are unchanged (the sender skips entries the inbound side recorded)', () => {
    const instance = outboxInstance();
    const connection = addConnection(instance, { sync_work_notes: 'true' });
    const incident = createIncident();
    addLink(instance, incident, connection, { last_fingerprint: fingerprint(mappedValues(incidentRecord(incident))) });
    updateIncident(incident, { work_notes: 'a note' });
    expect(outboxRows(instance).map((r) => payloadOf(r).journal)).toEqual([true]);
  });
});

describe('sequence numbers', () => {
  test('count up per (connection, incident), starting at 1 for each pair', () => {
    const instance = outboxInstance();
    const a = addConnection(instance, { name: 'a', trigger_condition: 'active=true' });
    const b = addConnection(instance, { name: 'b', trigger_condition: 'active=true' });
    const first = createIncident();
    updateIncident(first, { state: '2' });
    updateIncident(first, { priority: '2' });
    const second = createIncident();
    const sequences = (connection: string, incident: string) => outboxRows(instance, `connection=${connection}^incident=${incident}`).map((r) => r.sequence);
    expect(sequences(a, first)).toEqual(['1', '2', '3']);
    expect(sequences(b, first)).toEqual(['1', '2', '3']);
    expect(sequences(a, second)).toEqual(['1']);
  });
});

describe('attachments', () => {
  function attach(table: string, sysId: string): string {
    // Inserted through GlideRecord so the sys_attachment rules run, as uploads do on an instance; by the platform
    // (a person's upload), not by a script of the app.
    return appInstance.current!.runInScope('global', () => {
      const gr = new GlideRecord('sys_attachment');
      gr.initialize();
      gr.setValue('file_name', 'log.txt');
      gr.setValue('content_type', 'text/plain');
      gr.setValue('size_bytes', '12');
      gr.setValue('table_name', table);
      gr.setValue('table_sys_id', sysId);
      return gr.insert();
    });
  }

  test('a file attached to a linked incident becomes an attachment entry', () => {
    const instance = outboxInstance();
    const connection = addConnection(instance);
    const incident = createIncident();
    addLink(instance, incident, connection);
    const attachment = attach('incident', incident);
    const rows = outboxRows(instance);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ operation: 'attachment', source_table: 'sys_attachment', source_id: attachment, incident });
    expect(payloadOf(rows[0])).toEqual({
      incident,
      number: instance.db.get('incident', incident)!.number,
      reason: 'attachment',
      changedFields: [],
      journal: false,
      attachments: [attachment],
    });
  });

  test('a file attached to an unlinked incident matching the trigger asks for the create; otherwise nothing', () => {
    const instance = outboxInstance();
    addConnection(instance, { trigger_condition: 'priority=1' });
    const matching = createIncident({ priority: '1' });
    const other = createIncident({ priority: '4' });
    attach('incident', other);
    attach('problem', matching);
    expect(outboxRows(instance)).toHaveLength(1); // the create of `matching` on insert
    const attachment = attach('incident', matching);
    const rows = outboxRows(instance, `incident=${matching}`);
    expect(rows.map((r) => payloadOf(r).reason)).toEqual(['create', 'create']);
    expect(payloadOf(rows[1]).attachments).toEqual([attachment]);
  });
});

describe('database operations of a save', () => {
  test('stay few: two queries when no connection or plan applies, and a handful per entry written', () => {
    const instance = outboxInstance();
    const incident = createIncident();
    instance.db.resetStats();
    updateIncident(incident, { state: '2' });
    const bare = instance.db.stats();

    const connection = addConnection(instance);
    addLink(instance, incident, connection);
    instance.db.resetStats();
    updateIncident(incident, { state: '3' });
    const captured = instance.db.stats();

    expect(outboxRows(instance)).toHaveLength(1);
    // the save itself (get + update), the capture's look for connections, and the push rule's for active plans
    expect(bare).toEqual({ queries: 3, inserts: 0, updates: 1, deletes: 0 });
    // then, with a linked connection: its links and the last sequence; the entry and its event
    expect(captured.queries - bare.queries).toBeLessThanOrEqual(3);
    expect(captured.inserts).toBe(2);
    expect(captured.updates).toBe(1);
  });
});
