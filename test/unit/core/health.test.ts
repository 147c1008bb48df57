import { overallStatus, ConnectionHealth } from '../../../src/app/core/health';

function conn(active: boolean, status: ConnectionHealth['health']['status']): ConnectionHealth {
  return { sys_id: 'x', name: 'n', type: 'azure_devops', active, health: { status, checked_at: '', error: '' } };
}

describe('overallStatus', () => {
  it('is ok with no connections or only healthy/unknown ones', () => {
    expect(overallStatus([])).toBe('ok');
    expect(overallStatus([conn(true, 'healthy'), conn(true, 'unknown')])).toBe('ok');
  });
  it('is degraded when an active connection is degraded or down', () => {
    expect(overallStatus([conn(true, 'healthy'), conn(true, 'down')])).toBe('degraded');
    expect(overallStatus([conn(true, 'degraded')])).toBe('degraded');
  });
  it('ignores inactive connections', () => {
    expect(overallStatus([conn(false, 'down')])).toBe('ok');
  });
});
