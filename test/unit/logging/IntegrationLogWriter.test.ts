import IntegrationLogWriter from '../../../src/app/logging/IntegrationLogWriter';
import { LOG_TABLE } from '../../../src/app/core/tables';
import { REDACTED } from '../../../src/app/core/redact';
import { appInstance } from '../../support/appInstance';

declare const gs: { setProperty(name: string, value: string): void };

const PAT = 'k3t2wq7hx4tmh5ytodt5wsmsksbr5yhpafodeb4e5cwlcaqmnfla';

describe('IntegrationLogWriter', () => {
  it('writes one row with every column mapped and the secrets redacted', () => {
    const instance = appInstance();
    const id = new IntegrationLogWriter().write({
      direction: 'outbound',
      outcome: 'failure',
      method: 'patch',
      endpoint: 'https://dev.azure.com/org/proj/_apis/wit/workitems/7?api-version=7.1&access_token=abc123456',
      httpStatus: 412,
      durationMs: 123.6,
      requestHeaders: { Authorization: 'Basic ' + Buffer.from(':' + PAT).toString('base64'), 'Content-Type': 'application/json-patch+json' },
      requestBody: JSON.stringify([{ op: 'test', path: '/rev', value: 3 }]),
      responseHeaders: { 'Set-Cookie': 'VstsSession=xyz' },
      responseBody: '{"message":"The update is based on a stale revision"}',
      remoteId: '7',
      operation: 'update',
      error: 'stale rev; request carried ' + PAT,
      attempt: 2,
      secrets: [PAT],
    });
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    const row = instance.db.get(LOG_TABLE, id)!;
    expect(row.direction).toBe('outbound');
    expect(row.outcome).toBe('failure');
    expect(row.method).toBe('PATCH');
    expect(row.http_status).toBe('412');
    expect(row.duration_ms).toBe('124');
    expect(row.attempt).toBe('2');
    expect(row.remote_id).toBe('7');
    expect(row.operation).toBe('update');
    expect(row.endpoint).toBe('https://dev.azure.com/org/proj/_apis/wit/workitems/7?api-version=7.1&access_token=' + REDACTED);
    expect(row.request_headers).toContain('Authorization: ' + REDACTED);
    expect(row.request_headers).toContain('Content-Type: application/json-patch+json');
    expect(row.response_headers).toContain('Set-Cookie: ' + REDACTED);
    expect(JSON.parse(row.request_body)).toEqual([{ op: 'test', path: '/rev', value: 3 }]);
    expect(row.error).toBe('stale rev; request carried ' + REDACTED);
    for (const value of Object.values(row)) expect(String(value)).not.toContain(PAT);
  });

  it('truncates bodies to the x_incb_bridge.log.max_body_length property', () => {
    const instance = appInstance();
    gs.setProperty('x_incb_bridge.log.max_body_length', '50');
    const id = new IntegrationLogWriter().write({ direction: 'inbound', outcome: 'success', requestBody: 'x'.repeat(500) });
    const row = instance.db.get(LOG_TABLE, id)!;
    expect(row.request_body.startsWith('x'.repeat(50) + '... [truncated 450 of 500 characters]')).toBe(true);
  });

  it('falls back to the default length when the property holds garbage', () => {
    const instance = appInstance();
    gs.setProperty('x_incb_bridge.log.max_body_length', 'lots');
    const id = new IntegrationLogWriter().write({ direction: 'inbound', outcome: 'success', requestBody: 'y'.repeat(4500) });
    expect(instance.db.get(LOG_TABLE, id)!.request_body).toContain('[truncated 500 of 4500 characters]');
  });

  it('does not run business rules on the log table (bookkeeping must not trigger app logic)', () => {
    const instance = appInstance();
    let ran = 0;
    instance.addBusinessRule({ name: 'spy', table: LOG_TABLE, when: 'before', insert: true, script: () => { ran++; } });
    new IntegrationLogWriter().write({ direction: 'internal', outcome: 'skipped' });
    expect(ran).toBe(0);
    expect(instance.db.rows(LOG_TABLE)).toHaveLength(1);
  });

  it('never throws: a refused insert returns an empty id and reports through gs.error', () => {
    const instance = appInstance();
    const original = (global as any).GlideRecord;
    (global as any).GlideRecord = function () { throw new Error('database unavailable'); };
    try {
      expect(new IntegrationLogWriter().write({ direction: 'internal', outcome: 'failure' })).toBe('');
    } finally {
      (global as any).GlideRecord = original;
    }
    expect(instance.logs.some((l) => l.level === 'error' && l.message.indexOf('database unavailable') >= 0)).toBe(true);
  });
});
