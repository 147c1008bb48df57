// The dispatcher's own logic (claim, order, coalesce, mark, retry, sweep) with the sender replaced by a scripted
// stand-in, so each SyncResult can be chosen. Entries are written by the installed capture rules and delivered
// through the installed event and script action, as on an instance.
import OutboxDispatcher from '../../../src/app/outbox/OutboxDispatcher';
import * as claims from '../../../src/app/queue/outboxClaims';
import { OutboxPayload } from '../../../src/app/core/outboxPayload';
import { CONNECTION_TABLE, LOG_TABLE, OUTBOX_TABLE } from '../../../src/app/core/tables';
import { SyncContext, SyncResult } from '../../../src/app/sync/deliveryResult';
import { Instance } from '@incb/glide-emulator';
import { START, addConnection, addLink, createIncident, outboxInstance, outboxRows, payloadOf, updateIncident } from './outboxHarness';

interface SyncCall {
  connection: string;
  payload: OutboxPayload;
  context?: SyncContext;
}

const mockSync = {
  calls: [] as SyncCall[],
  answer: ((_call: SyncCall): SyncResult => ({ outcome: 'sent' })) as (call: SyncCall) => SyncResult,
};

jest.mock('../../../src/app/azure-devops/AzureDevOpsSync', () => ({
  __esModule: true,
  default: class {
    constructor(private connection: string) {}
    syncIncident(payload: OutboxPayload, context?: SyncContext): SyncResult {
      const call = { connection: this.connection, payload, context };
      mockSync.calls.push(call);
      return mockSync.answer(call);
    }
  },
}));

declare const gs: { setProperty(name: string, value: string): void };

let instance: Instance;
let connection: string;
let incident: string;

/** A linked incident (entries are updates) with no entries yet. */
function setUp(connectionValues: { [field: string]: string } = {}) {
  mockSync.calls = [];
  mockSync.answer = () => ({ outcome: 'sent' });
  instance = outboxInstance({ OutboxDispatcher });
  connection = addConnection(instance, connectionValues);
  incident = createIncident();
  addLink(instance, incident, connection);
}

const at = (seconds: number) => new Date(START + seconds * 1000).toISOString().replace('T', ' ').substring(0, 19);

/** A sender answering `result` that also fixes the dispatcher's next random draw (the backoff jitter, drawn right
 * after the answer) at 0.5, so the retry time is exact. Math.random also makes sys_ids, so it is only fixed once. */
function retryAnswer(result: SyncResult): () => SyncResult {
  return () => {
    jest.spyOn(Math, 'random').mockReturnValueOnce(0.5);
    return result;
  };
}

afterEach(() => jest.restoreAllMocks());

describe('dispatch through the event', () => {
  test('an entry is sent by the script action of its event and marked sent', () => {
    setUp();
    updateIncident(incident, { state: '2' });
    const [entry] = outboxRows(instance);
    expect(instance.processEvents()).toBe(1);
    expect(mockSync.calls).toEqual([{ connection, payload: payloadOf(entry), context: { outbox: entry.sys_id, attempt: 1 } }]);
    expect(outboxRows(instance)[0]).toMatchObject({ state: 'sent', sent_at: at(0), attempts: '1', claim_token: expect.stringMatching(/^[0-9a-f]{32}$/) });
  });

  test('a burst of 20 saves becomes ONE sync call carrying every changed field, and every entry is marked sent', () => {
    setUp({ sync_work_notes: 'true' });
    // Every save changes something: titles differ, the state alternates, one work note, one description.
    const saves: Array<{ [field: string]: string }> = [];
    let state = '1';
    for (let i = 0; i < 20; i++) {
      if (i === 7) saves.push({ work_notes: 'note ' + i });
      else if (i === 12) saves.push({ description: 'details ' + i });
      else if (i % 2 === 0) saves.push({ short_description: 'Title ' + i });
      else saves.push({ state: (state = state === '2' ? '3' : '2') });
    }
    saves.forEach((values) => updateIncident(incident, values));
    expect(outboxRows(instance)).toHaveLength(20);
    expect(instance.processEvents()).toBe(20);
    expect(mockSync.calls).toHaveLength(1);
    expect(mockSync.calls[0].payload).toMatchObject({ incident, reason: 'update', changedFields: ['short_description', 'state', 'description'], journal: true });
    expect(mockSync.calls[0].context).toEqual({ outbox: outboxRows(instance)[0].sys_id, attempt: 1 });
    expect(outboxRows(instance).every((r) => r.state === 'sent')).toBe(true);
  });

  test('entries of different incidents are delivered separately, each with its own payload', () => {
    setUp();
    const other = createIncident();
    addLink(instance, other, connection);
    updateIncident(incident, { state: '2' });
    updateIncident(other, { priority: '1' });
    instance.processEvents();
    expect(mockSync.calls.map((c) => [c.payload.incident, c.payload.changedFields])).toEqual([
      [incident, ['state']],
      [other, ['priority']],
    ]);
  });

  test('entries that arrive while a sync is under way go out in a next round of the same dispatch', () => {
    setUp();
    updateIncident(incident, { state: '2' });
    mockSync.answer = (call) => {
      if (mockSync.calls.length === 1) updateIncident(call.payload.incident, { priority: '1' });
      return { outcome: 'sent' };
    };
    new OutboxDispatcher().dispatch(connection, incident);
    expect(mockSync.calls.map((c) => c.payload.changedFields)).toEqual([['state'], ['priority']]);
    expect(outboxRows(instance).map((r) => r.state)).toEqual(['sent', 'sent']);
  });
});

describe('ordering', () => {
  test('an oldest entry waiting for its retry holds back newer ones; they go out together once it is due', () => {
    setUp();
    updateIncident(incident, { state: '2' });
    mockSync.answer = retryAnswer({ outcome: 'retry', httpStatus: 503, error: 'Service Unavailable' });
    instance.processEvents();
    const [first] = outboxRows(instance);
    expect(first).toMatchObject({ state: 'queued', attempts: '1', next_attempt_at: at(15) });

    mockSync.answer = () => ({ outcome: 'sent' });
    updateIncident(incident, { priority: '1' });
    expect(instance.processEvents()).toBe(1);
    new OutboxDispatcher().sweep();
    expect(mockSync.calls).toHaveLength(1); // the failed attempt only

    instance.clock.set(START + 15000);
    new OutboxDispatcher().sweep();
    expect(mockSync.calls).toHaveLength(2);
    expect(mockSync.calls[1].payload.changedFields).toEqual(['state', 'priority']);
    expect(mockSync.calls[1].context!.attempt).toBe(2);
    expect(outboxRows(instance).map((r) => r.state)).toEqual(['sent', 'sent']);
  });

  test('a live claim of another dispatcher holds the incident back; a claim past the timeout is requeued and sent', () => {
    setUp();
    updateIncident(incident, { state: '2' });
    claims.claimQueued(connection, incident, 'other-dispatcher', at(0));
    updateIncident(incident, { priority: '1' });
    instance.processEvents();
    expect(mockSync.calls).toEqual([]);
    // held back before claiming: the newer entry was not even claimed and released again
    expect(outboxRows(instance)[1]).toMatchObject({ state: 'queued', sys_mod_count: '0' });

    instance.clock.set(START + 300000); // exactly the timeout: still live
    new OutboxDispatcher().sweep();
    expect(mockSync.calls).toEqual([]);

    instance.clock.set(START + 301000);
    new OutboxDispatcher().sweep();
    expect(mockSync.calls.map((c) => c.payload.changedFields)).toEqual([['state', 'priority']]);
    expect(outboxRows(instance).map((r) => r.state)).toEqual(['sent', 'sent']);
  });

  test('the claim timeout is the x_incb_bridge.outbox.claim_timeout_seconds property', () => {
    setUp();
    gs.setProperty('x_incb_bridge.outbox.claim_timeout_seconds', '60');
    updateIncident(incident, { state: '2' });
    claims.claimQueued(connection, incident, 'dead-dispatcher', at(0));
    instance.clock.set(START + 61000);
    new OutboxDispatcher().sweep();
    expect(mockSync.calls).toHaveLength(1);
  });
});

describe('atomic claim', () => {
  test('of two claim attempts on the same rows exactly one wins', () => {
    setUp();
    updateIncident(incident, { state: '2' });
    updateIncident(incident, { priority: '1' });
    const expiry = at(-300);
    expect(claims.isDue(connection, incident, at(0), expiry)).toBe(true);
    expect(claims.isDue(connection, incident, at(0), expiry)).toBe(true);
    claims.claimQueued(connection, incident, 'token-b', at(0));
    claims.claimQueued(connection, incident, 'token-a', at(0));
    expect(claims.readClaim(connection, incident, 'token-a', expiry).entries).toEqual([]);
    expect(claims.readClaim(connection, incident, 'token-b', expiry).entries.map((e) => e.sequence)).toEqual([1, 2]);
    expect(instance.db.rows(OUTBOX_TABLE).map((r) => r.claim_token)).toEqual(['token-b', 'token-b']);
  });

  test('two dispatchers interleaved at the claim step: the entries are sent once', () => {
    setUp();
    updateIncident(incident, { state: '2' });
    const realClaim = claims.claimQueued;
    let interleaved = false;
    jest.spyOn(claims, 'claimQueued').mockImplementation((c, i, token, now) => {
      if (!interleaved) {
        interleaved = true;
        // The second dispatcher passed its readiness check at the same moment and completes first.
        new OutboxDispatcher().dispatch(c, i);
      }
      realClaim(c, i, token, now);
    });
    new OutboxDispatcher().dispatch(connection, incident);
    expect(interleaved).toBe(true);
    expect(mockSync.calls).toHaveLength(1);
    expect(outboxRows(instance).map((r) => [r.state, r.attempts])).toEqual([['sent', '1']]);
  });

  test('a claim that caught only a newer entry while another dispatcher holds older ones backs off (no overtaking)', () => {
    setUp();
    updateIncident(incident, { state: '2' });
    const realClaim = claims.claimQueued;
    let interleaved = false;
    jest.spyOn(claims, 'claimQueued').mockImplementation((c, i, token, now) => {
      if (!interleaved) {
        interleaved = true;
        realClaim(c, i, 'older-claim', now); // another dispatcher claims entry 1 and is still sending it
        updateIncident(i, { priority: '1' }); // meanwhile the user saves again: entry 2
      }
      realClaim(c, i, token, now);
    });
    new OutboxDispatcher().dispatch(connection, incident);
    expect(mockSync.calls).toEqual([]);
    expect(outboxRows(instance).map((r) => [r.sequence, r.state, r.claim_token])).toEqual([
      ['1', 'sending', 'older-claim'],
      ['2', 'queued', ''],
    ]);
  });
});

describe('marking the claimed entries from the SyncResult', () => {
  test('retry: back in the queue with full-jitter backoff, the claim cleared and the error kept', () => {
    setUp();
    updateIncident(incident, { state: '2' });
    mockSync.answer = retryAnswer({ outcome: 'retry', httpStatus: 500, error: 'TF000: boom' });
    instance.processEvents();
    // attempt 1: delay drawn below the 30 s base; Math.random() = 0.5 gives 15 s
    expect(outboxRows(instance)[0]).toMatchObject({ state: 'queued', attempts: '1', next_attempt_at: at(15), claim_token: '', claimed_at: '', last_error: 'TF000: boom', sent_at: '' });
    instance.clock.set(START + 15000);
    new OutboxDispatcher().sweep();
    // attempt 2: ceiling 60 s, so 30 s after now
    expect(outboxRows(instance)[0]).toMatchObject({ state: 'queued', attempts: '2', next_attempt_at: at(45) });
  });

  test('retry: a longer Retry-After from Azure DevOps wins over the backoff', () => {
    setUp();
    updateIncident(incident, { state: '2' });
    mockSync.answer = retryAnswer({ outcome: 'retry', httpStatus: 429, error: 'rate limited', retryAfterMs: 120000 });
    instance.processEvents();
    expect(outboxRows(instance)[0]).toMatchObject({ state: 'queued', next_attempt_at: at(120) });
  });

  test('backoff base and maximum come from their properties', () => {
    setUp();
    gs.setProperty('x_incb_bridge.outbox.backoff_base_seconds', '100');
    gs.setProperty('x_incb_bridge.outbox.backoff_max_seconds', '150');
    updateIncident(incident, { state: '2' });
    mockSync.answer = retryAnswer({ outcome: 'retry', error: 'timeout' });
    instance.processEvents();
    expect(outboxRows(instance)[0].next_attempt_at).toBe(at(50));
    instance.clock.set(START + 50000);
    new OutboxDispatcher().sweep();
    // ceiling 200 s capped at 150 s: 75 s
    expect(outboxRows(instance)[0].next_attempt_at).toBe(at(125));
  });

  test('after the maximum attempts (property) a retry becomes dead, with a log row', () => {
    setUp();
    gs.setProperty('x_incb_bridge.outbox.max_attempts', '2');
    updateIncident(incident, { state: '2' });
    mockSync.answer = () => ({ outcome: 'retry', httpStatus: 503, error: 'still down' });
    instance.processEvents();
    instance.clock.set(START + 3600000);
    new OutboxDispatcher().sweep();
    expect(outboxRows(instance)[0]).toMatchObject({ state: 'dead', attempts: '2', last_error: 'still down' });
    const log = instance.db.rows(LOG_TABLE, 'direction=internal');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ outcome: 'failure', connection, incident, attempt: '2', http_status: '503' });
    instance.clock.set(START + 7200000);
    new OutboxDispatcher().sweep();
    expect(mockSync.calls).toHaveLength(2);
  });

  test("the connection's own max_attempts overrides the property", () => {
    setUp({ max_attempts: '1' });
    updateIncident(incident, { state: '2' });
    mockSync.answer = () => ({ outcome: 'retry', error: 'down' });
    instance.processEvents();
    expect(outboxRows(instance)[0]).toMatchObject({ state: 'dead', attempts: '1' });
  });

  test('failed: kept with the reason, never retried', () => {
    setUp();
    updateIncident(incident, { state: '2' });
    mockSync.answer = () => ({ outcome: 'failed', httpStatus: 400, error: 'TF401320: Rule Error for field State' });
    instance.processEvents();
    expect(outboxRows(instance)[0]).toMatchObject({ state: 'failed', attempts: '1', last_error: 'TF401320: Rule Error for field State', sent_at: '' });
    instance.clock.set(START + 3600000);
    new OutboxDispatcher().sweep();
    expect(mockSync.calls).toHaveLength(1);
  });

  test('skipped: marked skipped', () => {
    setUp();
    updateIncident(incident, { state: '2' });
    mockSync.answer = () => ({ outcome: 'skipped', error: 'The connection is inactive or does not sync outbound' });
    instance.processEvents();
    expect(outboxRows(instance)[0]).toMatchObject({ state: 'skipped', last_error: 'The connection is inactive or does not sync outbound' });
  });

  test('a sender that throws costs an attempt and is retried, the entry is not lost', () => {
    setUp();
    updateIncident(incident, { state: '2' });
    mockSync.answer = () => {
      throw new Error('database unavailable');
    };
    instance.processEvents();
    expect(outboxRows(instance)[0]).toMatchObject({ state: 'queued', attempts: '1' });
    expect(outboxRows(instance)[0].last_error).toContain('database unavailable');
  });

  test('an entry whose payload cannot be read fails alone; the others are sent', () => {
    setUp();
    updateIncident(incident, { state: '2' });
    updateIncident(incident, { priority: '2' });
    const [first] = outboxRows(instance);
    const gr = new (global as any).GlideRecord(OUTBOX_TABLE);
    gr.get(first.sys_id);
    gr.setValue('payload', '{not json');
    gr.update();
    instance.processEvents();
    expect(mockSync.calls.map((c) => c.payload.changedFields)).toEqual([['priority']]);
    expect(outboxRows(instance).map((r) => r.state)).toEqual(['failed', 'sent']);
    expect(outboxRows(instance)[0].last_error).toContain('not a valid outbox payload');
  });
});

describe('sweep', () => {
  test('delivers due entries whose events were lost, once per incident', () => {
    setUp();
    const other = createIncident();
    addLink(instance, other, connection);
    updateIncident(incident, { state: '2' });
    updateIncident(incident, { priority: '2' });
    updateIncident(other, { state: '2' });
    // events lost (never processed): only the sweep can deliver
    new OutboxDispatcher().sweep();
    expect(mockSync.calls.map((c) => c.payload.incident).sort()).toEqual([incident, other].sort());
    expect(outboxRows(instance).every((r) => r.state === 'sent')).toBe(true);
  });

  test('an entry an admin set back to queued without a next attempt time is due', () => {
    setUp();
    updateIncident(incident, { state: '2' });
    mockSync.answer = () => ({ outcome: 'failed', error: 'bad' });
    instance.processEvents();
    const gr = new (global as any).GlideRecord(OUTBOX_TABLE);
    gr.get(outboxRows(instance)[0].sys_id);
    gr.setValue('state', 'queued');
    gr.setValue('next_attempt_at', '');
    gr.update();
    mockSync.answer = () => ({ outcome: 'sent' });
    new OutboxDispatcher().sweep();
    expect(outboxRows(instance)[0]).toMatchObject({ state: 'sent', attempts: '2' });
  });

  test('with nothing due it reads and writes little and sends nothing', () => {
    setUp();
    instance.db.resetStats();
    new OutboxDispatcher().sweep();
    expect(mockSync.calls).toEqual([]);
    expect(instance.db.stats()).toEqual({ queries: 2, inserts: 0, updates: 0, deletes: 0 });
  });
});

test('the connection table is only read for the attempt limit when a retry happens', () => {
  setUp();
  updateIncident(incident, { state: '2' });
  const reads: string[] = [];
  instance.addBusinessRule({ name: 'spy', table: CONNECTION_TABLE, when: 'before', query: true, script: () => { reads.push('connection'); } });
  reads.length = 0;
  instance.processEvents();
  expect(reads).toEqual([]);
});
