// The health a connection shows follows its real exchanges between scheduled checks (core/exchangeHealth.ts): the
// installed rules, events and includes deliver through the Azure DevOps fake, and the connection row is read after.
// A delivery that changes nothing about the health writes nothing to the connection (sys_mod_count stays).
import { CONNECTION_TABLE, OUTBOX_TABLE } from '../../../src/app/core/tables';
import { SyncBed, insertIncident, outboxRows, startBed, updateIncident } from '../azure-devops/adoSyncFixture';
import { InboundBed, startInboundBed } from '../inbound/inboundBed';

let bed: SyncBed | InboundBed | undefined;
afterEach(() => bed?.fake.stop());

const at = (ms: number) => new Date(ms).toISOString().replace('T', ' ').substring(0, 19);

function connectionRow(): { [field: string]: string } {
  return bed!.instance.db.get(CONNECTION_TABLE, bed!.connection)!;
}

function setPat(pat: string): void {
  bed!.instance.db.update('sys_auth_profile_basic', bed!.instance.db.get(CONNECTION_TABLE, bed!.connection)!.basic_auth_profile, { password: pat });
}

describe('outbound deliveries', () => {
  test('the first one a new connection makes turns unknown into healthy; the next ones write nothing to the connection', async () => {
    bed = await startBed();
    expect(connectionRow()).toMatchObject({ health_status: 'unknown', health_checked_at: '' });
    const incident = insertIncident({ short_description: 'Checkout is down', priority: '1' });
    bed.instance.processEvents();
    expect(outboxRows(bed).map((r) => r.state)).toEqual(['sent']);
    expect(connectionRow()).toMatchObject({ health_status: 'healthy', health_error: '', health_checked_at: at(bed.instance.clock.now()) });

    const written = connectionRow().sys_mod_count;
    updateIncident(incident, { short_description: 'Checkout is down for everyone' });
    bed.instance.processEvents();
    expect(outboxRows(bed).map((r) => r.state)).toEqual(['sent', 'sent']);
    expect(connectionRow().sys_mod_count).toBe(written);
  });

  test('a rejected PAT makes the connection down with the cause, once; a fixed one makes it healthy again', async () => {
    bed = await startBed();
    setPat('revoked-pat-0123456789');
    insertIncident({ short_description: 'First', priority: '1' });
    bed.instance.processEvents();
    expect(outboxRows(bed)[0].state).toBe('failed');
    const down = connectionRow();
    expect(down.health_status).toBe('down');
    expect(down.health_error).toMatch(/^Invalid credentials \(401\): the personal access token in the basic auth profile is wrong, expired or revoked - HTTP 401/);
    expect(down.health_error).not.toContain('revoked-pat-0123456789');

    insertIncident({ short_description: 'Second', priority: '1' });
    bed.instance.processEvents();
    expect(outboxRows(bed).map((r) => r.state)).toEqual(['failed', 'failed']);
    expect(connectionRow().sys_mod_count).toBe(down.sys_mod_count);

    setPat('fake-pat');
    insertIncident({ short_description: 'Third', priority: '1' });
    bed.instance.processEvents();
    expect(connectionRow()).toMatchObject({ health_status: 'healthy', health_error: '' });
  });

  test('a degradation a success does not disprove (dead entries waiting) stays', async () => {
    bed = await startBed({ connection: { health_status: 'degraded', health_error: 'Dead outbox entries wait to be retried or discarded' } });
    bed.instance.db.insert(OUTBOX_TABLE, { connection: bed.connection, state: 'dead', operation: 'sync' });
    insertIncident({ short_description: 'Fine', priority: '1' });
    bed.instance.processEvents();
    expect(outboxRows(bed).filter((r) => r.state === 'sent')).toHaveLength(1);
    expect(connectionRow()).toMatchObject({ health_status: 'degraded', health_error: 'Dead outbox entries wait to be retried or discarded' });
  });

  test('a single outage leaves the health to the circuit breaker', async () => {
    bed = await startBed({ connection: { health_status: 'healthy' } });
    bed.fake.addFault({ mode: 'status', status: 503, count: 1 });
    insertIncident({ short_description: 'Blip', priority: '1' });
    bed.instance.processEvents();
    expect(bed.fake.requests[0].status).toBe(503);
    expect(connectionRow().health_status).toBe('healthy');
  });
});

describe('inbound deliveries', () => {
  test('an accepted one turns unknown into healthy; a refused one (wrong secret) does not', async () => {
    const inbound = await startInboundBed({ connection: { inbound_secret: 'correct-horse-battery' } });
    bed = inbound;
    const item = inbound.jamal.create({ 'System.Title': 'Printer on fire' });
    const [created] = inbound.takeHooks();
    expect(item.id).toBeGreaterThan(0);

    expect(inbound.deliver(created, { headers: { 'X-Incident-Bridge-Secret': 'wrong-guess-value' } }).status).toBe(401);
    expect(connectionRow().health_status).toBe('unknown');

    expect(inbound.deliver(created, { headers: { 'X-Incident-Bridge-Secret': 'correct-horse-battery' } }).status).toBe(200);
    expect(connectionRow()).toMatchObject({ health_status: 'healthy', health_error: '' });
  });

  test('an accepted one leaves a down connection down (it proves nothing about the outbound credential)', async () => {
    const inbound = await startInboundBed({ connection: { health_status: 'down', health_error: 'Invalid credentials (401)' } });
    bed = inbound;
    inbound.jamal.create({ 'System.Title': 'Printer on fire' });
    const written = connectionRow().sys_mod_count;
    expect(inbound.deliver(inbound.takeHooks()[0]).status).toBe(200);
    expect(connectionRow()).toMatchObject({ health_status: 'down', sys_mod_count: written });
  });
});
