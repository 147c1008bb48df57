// How the dispatcher treats a paused connection, with the sender replaced by a scripted stand-in so each SyncResult
// can be chosen: a deferral is not an attempt, a paused connection gets nothing more from a sweep or a resume run
// (other connections carry on), resume() delivers one connection's due entries, and a 429 retries exactly when its
// window ends.
import OutboxDispatcher from '../../../src/app/outbox/OutboxDispatcher';
import { OutboxPayload } from '../../../src/app/core/outboxPayload';
import { SyncContext, SyncResult } from '../../../src/app/sync/deliveryResult';
import { Instance } from '@incb/glide-emulator';
import { START, addConnection, addLink, createIncident, outboxInstance, outboxRows, updateIncident } from '../outbox/outboxHarness';

const mockSync = {
  calls: [] as Array<{ connection: string; incident: string }>,
  answer: ((_connection: string): SyncResult => ({ outcome: 'sent' })) as (connection: string) => SyncResult,
};

jest.mock('../../../src/app/azure-devops/AzureDevOpsSync', () => ({
  __esModule: true,
  default: class {
    constructor(private connection: string) {}
    syncIncident(payload: OutboxPayload, _context?: SyncContext): SyncResult {
      mockSync.calls.push({ connection: this.connection, incident: payload.incident });
      return mockSync.answer(this.connection);
    }
  },
}));

const at = (seconds: number) => new Date(START + seconds * 1000).toISOString().replace('T', ' ').substring(0, 19);

let instance: Instance;

/** Two linked incidents per connection, each with one queued entry (events not processed). */
function setUp(connections: number): { connections: string[]; incidents: string[][] } {
  mockSync.calls = [];
  mockSync.answer = () => ({ outcome: 'sent' });
  instance = outboxInstance({ OutboxDispatcher });
  const out = { connections: [] as string[], incidents: [] as string[][] };
  for (let c = 0; c < connections; c++) {
    const connection = addConnection(instance, { name: 'ADO ' + c });
    const incidents = [createIncident(), createIncident()];
    for (const incident of incidents) {
      addLink(instance, incident, connection);
      updateIncident(incident, { state: '2' });
    }
    out.connections.push(connection);
    out.incidents.push(incidents);
  }
  return out;
}

test('a deferral is not an attempt: queued again until the pause ends, claim cleared, reason kept', () => {
  const { connections } = setUp(1);
  mockSync.answer = () => ({ outcome: 'deferred', retryAfterMs: 90000, pausedUntilMs: START + 90000, error: 'Not sent: paused' });
  new OutboxDispatcher().sweep();
  // the first pair was deferred and reported the pause: the second was not even tried
  expect(mockSync.calls).toHaveLength(1);
  expect(outboxRows(instance)[0]).toMatchObject({ state: 'queued', attempts: '0', next_attempt_at: at(90), claim_token: '', claimed_at: '', last_error: 'Not sent: paused' });
  expect(outboxRows(instance)[1]).toMatchObject({ state: 'queued', attempts: '0', next_attempt_at: at(0) });
  expect(connections).toHaveLength(1);
});

test('a sweep stops sending to a connection once it pauses, and carries on with the others', () => {
  const { connections } = setUp(2);
  mockSync.answer = (connection) =>
    connection === connections[0] ? { outcome: 'retry', httpStatus: 429, retryAfterMs: 60000, pausedUntilMs: START + 60000, error: 'rate limited' } : { outcome: 'sent' };
  new OutboxDispatcher().sweep();
  expect(mockSync.calls.map((c) => c.connection)).toEqual([connections[0], connections[1], connections[1]]);
  // the 429: retried exactly when its window ends, not at a jittered time
  expect(outboxRows(instance, 'connection=' + connections[0]).map((r) => [r.state, r.attempts, r.next_attempt_at])).toEqual([
    ['queued', '1', at(60)],
    ['queued', '0', at(0)],
  ]);
});

test('resume() delivers the due entries of its connection only, longest waiting first', () => {
  const { connections, incidents } = setUp(2);
  new OutboxDispatcher().resume(connections[1]);
  expect(mockSync.calls).toEqual(incidents[1].map((incident) => ({ connection: connections[1], incident })));
  expect(outboxRows(instance, 'connection=' + connections[0]).map((r) => r.state)).toEqual(['queued', 'queued']);
});

test('resume() stops at the first delivery that finds the connection paused again', () => {
  const { connections } = setUp(1);
  mockSync.answer = () => ({ outcome: 'sent', pausedUntilMs: START + 2000 });
  new OutboxDispatcher().resume(connections[0]);
  expect(mockSync.calls).toHaveLength(1);
  expect(outboxRows(instance).map((r) => r.state)).toEqual(['sent', 'queued']);
});
