// What the sender makes of Azure DevOps' answers: value-map misses are logged and left out, a 4xx that retrying
// cannot fix fails with Azure DevOps' own message, and 408/429/5xx/no answer ask for a retry with Retry-After.
import AzureDevOpsSync from '../../../src/app/azure-devops/AzureDevOpsSync';
import { VALUE_MAP_TABLE } from '../../../src/app/core/tables';
import { SyncBed, insertIncident, linkOf, logRows, payloadFor, startBed } from './adoSyncFixture';

let bed: SyncBed;
afterEach(() => bed && bed.fake.stop());

function create(values: { [field: string]: string } = {}) {
  const id = insertIncident({ short_description: 'Disk full', state: '1', priority: '2', ...values });
  const result = new AzureDevOpsSync(bed.connection).syncIncident(payloadFor(id, bed.instance.db.get('incident', id)!.number, { reason: 'create', changedFields: ['short_description', 'state', 'priority'] }));
  return { id, result };
}

function failureRows() {
  return logRows(bed).filter((r) => r.direction === 'outbound' && r.outcome === 'failure');
}

describe('value map misses', () => {
  it('logs the field and value, leaves the field out and still creates the work item', async () => {
    bed = await startBed();
    const { id, result } = create({ state: '8' }); // Canceled: the Basic preset maps no state 8
    expect(result.outcome).toBe('sent');
    const body = bed.fake.requests[0].body as Array<{ path: string }>;
    expect(body.map((op) => op.path)).not.toContain('/fields/System.State');
    expect(body.map((op) => op.path)).toContain('/fields/Microsoft.VSTS.Common.Priority');
    const skipped = logRows(bed).filter((r) => r.direction === 'internal' && r.outcome === 'skipped');
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ incident: id, connection: bed.connection });
    expect(skipped[0].error).toContain('state');
    expect(skipped[0].error).toContain('"8"');
    expect((bed.fake.workItem(1) as any).fields['System.State']).toBe('To Do');
  });
});

describe('answers retrying cannot fix fail the delivery with Azure DevOps\' message', () => {
  it('400: a state the process does not have (TF401320)', async () => {
    bed = await startBed({ preset: null });
    bed.instance.db.insert(VALUE_MAP_TABLE, { connection: bed.connection, field: 'state', direction: 'both', sn_value: '1', remote_value: 'Bogus', order: '1' });
    const { result } = create();
    expect(result.outcome).toBe('failed');
    expect(result.httpStatus).toBe(400);
    expect(result.error).toMatch(/^HTTP 400: TF401320: Rule Error for field State/);
    expect(failureRows()[0].error).toBe(result.error);
  });

  it('401: a wrong PAT', async () => {
    bed = await startBed();
    bed.instance.db.insert('sys_auth_profile_basic', { sys_id: 'b'.repeat(32), name: 'wrong', username: '', password: 'not-the-pat' });
    const GlideRecord = (global as any).GlideRecord;
    const connection = new GlideRecord('x_incb_bridge_connection');
    connection.get(bed.connection);
    connection.setValue('basic_auth_profile', 'b'.repeat(32));
    connection.update();
    const { result } = create();
    expect(result).toMatchObject({ outcome: 'failed', httpStatus: 401 });
    expect(result.error).toContain('TF400813');
    expect(failureRows()).toHaveLength(1);
  });

  it('403 (injected) and 404 (the linked work item was deleted)', async () => {
    bed = await startBed();
    bed.fake.addFault({ mode: 'status', status: 403 });
    expect(create().result).toMatchObject({ outcome: 'failed', httpStatus: 403 });

    const { id } = create();
    expect(linkOf(bed, id)!.remote_id).toBe('1');
    const GlideRecord = (global as any).GlideRecord;
    const link = new GlideRecord('x_incb_bridge_link');
    link.get(linkOf(bed, id)!.sys_id);
    link.setValue('remote_id', '999');
    link.update();
    const incident = new GlideRecord('incident');
    incident.get(id);
    incident.setValue('state', '2');
    incident.update();
    const result = new AzureDevOpsSync(bed.connection).syncIncident(payloadFor(id, 'INC', { changedFields: ['state'] }));
    expect(result).toMatchObject({ outcome: 'failed', httpStatus: 404 });
    expect(result.error).toContain('TF401232: Work item 999 does not exist');
  });

  it('a misconfigured connection fails without sending anything', async () => {
    bed = await startBed({ connection: { ado_project: '' } });
    const { result } = create();
    expect(result.outcome).toBe('failed');
    expect(result.error).toMatch(/organization and project/);
    expect(bed.fake.requests).toEqual([]);
  });
});

describe('answers worth retrying', () => {
  it('429 from the rate limiter, with its Retry-After', async () => {
    bed = await startBed();
    // Without the slow-down, which would otherwise hold the second request back before the limit is hit.
    (global as any).gs.setProperty('x_incb_bridge.rate_limit.slow_down_below', '0');
    bed.fake.setRateLimit({ limit: 1, refillPerSecond: 0.1 });
    create();
    const { result } = create();
    expect(result).toMatchObject({ outcome: 'retry', httpStatus: 429, retryAfterMs: 10000 });
    expect(result.error).toContain('TF400733');
    expect(logRows(bed).filter((r) => r.outcome === 'retry')).toHaveLength(1);
  });

  it('503 with Retry-After as an HTTP date', async () => {
    bed = await startBed();
    const original = bed.fake.handleSync;
    (bed.fake as any).handleSync = () => ({ status: 503, headers: { 'Retry-After': 'Sun, 22 Nov 2026 10:02:00 GMT' }, body: 'Service Unavailable' });
    const { result } = create();
    (bed.fake as any).handleSync = original;
    expect(result).toMatchObject({ outcome: 'retry', httpStatus: 503, retryAfterMs: 120000, error: 'HTTP 503: Service Unavailable' });
  });

  it('no answer at all (connection reset): status 0, retry, no Retry-After', async () => {
    bed = await startBed();
    bed.fake.addFault({ mode: 'reset' });
    const { result } = create();
    expect(result.outcome).toBe('retry');
    expect(result.httpStatus).toBe(0);
    expect(result.retryAfterMs).toBeUndefined();
    expect(result.error).toMatch(/^No response: /);
    expect(bed.fake.workItem(1)).toBeUndefined();
  });

  it('a timeout (a delay longer than the connection\'s request timeout)', async () => {
    bed = await startBed({ connection: { request_timeout_ms: '2000' } });
    bed.fake.addFault({ mode: 'delay', delayMs: 5000 });
    expect(create().result).toMatchObject({ outcome: 'retry', httpStatus: 0 });
    expect(bed.fake.workItem(1)).toBeUndefined();
  });
});
