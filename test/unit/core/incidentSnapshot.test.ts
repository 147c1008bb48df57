import { IncidentSnapshot, snapshotValue } from '../../../src/app/core/incidentSnapshot';

describe('snapshotValue', () => {
  const snapshot: IncidentSnapshot = {
    sysId: 's1',
    number: 'INC0010001',
    url: 'https://x.service-now.com/incident.do?sys_id=s1',
    fieldValues: { state: '2', description: '', priority: null as unknown as string, impact: 3 as unknown as string },
  };

  it.each([
    ['state', '2'],
    ['description', ''],
    ['priority', ''],
    ['impact', '3'],
    ['absent', ''],
    ['number', ''],
  ])('%s -> %j', (field, value) => {
    expect(snapshotValue(snapshot, field)).toBe(value);
  });
});
