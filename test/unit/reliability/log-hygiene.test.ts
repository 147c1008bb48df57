// Redaction wherever a secret can come back: a proxy whose error page quotes the request's Authorization header
// must not put the credential into the log, the outbox entry's last error, or the connection's health error.
import { CONNECTION_TABLE, LOG_TABLE, OUTBOX_TABLE } from '../../../src/app/core/tables';
import { PAT, SyncBed, insertIncident, startBed } from '../azure-devops/adoSyncFixture';

let bed: SyncBed;
afterEach(() => bed && bed.fake.stop());

test('an echoed credential is redacted in the log, the entry and the health error', async () => {
  bed = await startBed({ connection: { max_attempts: '1' } });
  (bed.fake as any).handleSync = (request: any) => ({
    status: 502,
    headers: { 'Content-Type': 'text/plain' },
    body: `Bad gateway for ${request.method} ${request.url} with Authorization: ${request.headers.Authorization}`,
  });
  insertIncident({ short_description: 'Disk full', priority: '1' });
  bed.instance.processEvents();
  const credential = Buffer.from(':' + PAT).toString('base64');
  const entry = bed.instance.db.rows(OUTBOX_TABLE)[0];
  expect(entry.state).toBe('dead');
  expect(entry.last_error).toMatch(/Authorization: \[REDACTED\]/);
  const texts = [entry.last_error, bed.instance.db.get(CONNECTION_TABLE, bed.connection)!.health_error, ...bed.instance.db.rows(LOG_TABLE).map((r) => JSON.stringify(r))];
  for (const text of texts) {
    expect(text).not.toContain(credential);
    expect(text).not.toContain(PAT);
  }
  expect(texts[1]).toContain('[REDACTED]');
});
