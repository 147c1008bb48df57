// The whole outbound path with nothing stubbed: user saves -> installed capture rule -> outbox -> event -> script
// action -> OutboxDispatcher -> the real AzureDevOpsSync -> the Azure DevOps fake (spec-validated) -> write-back.
import { LOG_TABLE } from '../../../src/app/core/tables';
import OutboxDispatcher from '../../../src/app/outbox/OutboxDispatcher';
import { SyncBed, insertIncident, linkOf, outboxRows, requestLines, startBed, updateIncident } from '../azure-devops/adoSyncFixture';

let bed: SyncBed;
afterEach(() => bed && bed.fake.stop());

const WORK_ITEMS = () => `/${bed.fake.organization}/${bed.fake.project}/_apis/wit/workitems`;

/** Entries sorted by sequence, as [sequence, state]. */
function entries(): string[][] {
  return outboxRows(bed)
    .sort((a, b) => Number(a.sequence) - Number(b.sequence))
    .map((r) => [r.sequence, r.state]);
}

describe('outbound delivery end to end (emulated instance + Azure DevOps fake)', () => {
  test('a matching incident becomes a work item; the write-back is not captured again (no loop)', async () => {
    bed = await startBed();
    const id = insertIncident({ short_description: 'Disk full', priority: '1' });
    expect(bed.fake.requests).toEqual([]); // nothing is sent in the user's transaction
    bed.instance.processEvents();
    expect(requestLines(bed)).toEqual([`POST ${WORK_ITEMS()}/$Task`]);
    expect(bed.fake.validationFailures).toEqual([]);
    expect(linkOf(bed, id)).toMatchObject({ remote_id: '1', state: 'linked' });
    expect(bed.instance.db.get('incident', id)).toMatchObject({ correlation_id: '1' });
    // the write-back (correlation fields, work note) wrote no second entry, so nothing more goes out
    expect(entries()).toEqual([['1', 'sent']]);
    bed.instance.processEvents();
    bed.instance.clock.advance(3600000);
    new OutboxDispatcher().sweep();
    expect(bed.fake.requests).toHaveLength(1);
  });

  test('a burst of 20 saves of a linked incident is ONE PATCH carrying the latest values', async () => {
    bed = await startBed();
    const id = insertIncident({ short_description: 'Disk full', priority: '1' });
    bed.instance.processEvents();
    bed.fake.requests.length = 0;
    for (let i = 1; i <= 20; i++) updateIncident(id, i % 5 === 0 ? { state: i % 10 === 0 ? '2' : '3' } : { short_description: 'Disk full, take ' + i });
    expect(outboxRows(bed).filter((r) => r.state === 'queued')).toHaveLength(20);
    bed.instance.processEvents();
    expect(requestLines(bed)).toEqual([`PATCH ${WORK_ITEMS()}/1`]);
    const ops = bed.fake.requests[0].body as Array<{ op: string; path: string; value: unknown }>;
    const number = bed.instance.db.get('incident', id)!.number;
    expect(ops[0].op).toBe('test');
    expect(ops).toContainEqual({ op: 'add', path: '/fields/System.Title', value: `${number}: Disk full, take 19` });
    expect(ops).toContainEqual({ op: 'add', path: '/fields/System.State', value: 'Doing' });
    expect(bed.fake.validationFailures).toEqual([]);
    expect(outboxRows(bed).every((r) => r.state === 'sent')).toBe(true);
  });

  test('a 503 is retried later by the sweep and then delivered; every exchange is in the integration log', async () => {
    bed = await startBed();
    bed.fake.addFault({ mode: 'status', status: 503, count: 1 });
    const id = insertIncident({ short_description: 'Disk full', priority: '1' });
    bed.instance.processEvents();
    const [entry] = outboxRows(bed);
    expect(entry).toMatchObject({ state: 'queued', attempts: '1' });
    // A 5xx may come after Azure DevOps created the work item: the link stays pending (no remote id) ...
    expect(linkOf(bed, id)).toMatchObject({ remote_id: '', state: 'linked' });
    bed.instance.clock.advance(3600000);
    new OutboxDispatcher().sweep();
    expect(outboxRows(bed)[0]).toMatchObject({ state: 'sent', attempts: '2' });
    expect(linkOf(bed, id)).toMatchObject({ remote_id: '1' });
    // ... so the next attempt looks for it first (WIQL), finds none, and creates it.
    expect(requestLines(bed).slice(1)).toEqual([`POST /${bed.fake.organization}/${bed.fake.project}/_apis/wit/wiql`, `POST ${WORK_ITEMS()}/$Task`]);
    const outbound = bed.instance.db.rows(LOG_TABLE, 'direction=outbound^ORDERBYsys_created_on');
    expect(outbound.map((r) => [r.http_status, r.attempt, r.outbox])).toEqual([
      ['503', '1', entry.sys_id],
      ['200', '2', entry.sys_id],
      ['200', '2', entry.sys_id],
    ]);
  });

  test('Azure DevOps refusing the request (404, unknown work item type) fails the entry with its message, and it is not retried', async () => {
    bed = await startBed({ connection: { ado_work_item_type: 'No Such Type' } });
    insertIncident({ short_description: 'Disk full', priority: '1' });
    bed.instance.processEvents();
    const [entry] = outboxRows(bed);
    expect(entry.state).toBe('failed');
    const [exchange] = bed.instance.db.rows(LOG_TABLE, 'direction=outbound');
    expect(exchange.http_status).toBe('404');
    expect(entry.last_error).not.toBe('');
    // Azure DevOps' own message, not a generic one
    expect(entry.last_error).toContain(JSON.parse(exchange.response_body).message);
    bed.instance.clock.advance(3600000);
    new OutboxDispatcher().sweep();
    expect(bed.fake.requests).toHaveLength(1);
  });
});
