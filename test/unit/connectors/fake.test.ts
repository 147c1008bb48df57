// The conformance suite against FakeConnector (test/support/fakeConnector.ts), the engine tests' connector.
import { createFakeConnector, changeElsewhere, FakeRemote } from '../../support/fakeConnector';
import { describeConnectorBasics, describeTrackerConformance } from './conformance';

let n = 0;
function harness() {
  const { connector, remote } = createFakeConnector();
  const ctx = { connection: { sysId: 'c1', name: 'Fake', displayLabel: 'Fake', type: connector.type, baseUrl: 'https://fake.example', auth: { type: 'none' as const, profileSysId: '' }, timeoutMs: 1000, midServer: '' }, settings: { project: 'P' }, transport: null as any };
  const r: FakeRemote = remote;
  return {
    connector,
    ctx,
    titleField: 'title',
    incident: () => {
      n++;
      return { sysId: 'inc' + n, number: 'INC' + n, fieldValues: {}, url: 'https://sn.example/incident.do?sys_id=inc' + n };
    },
    localFile: (_i: any, fileName: string) => ({ sysId: 'att' + n, fileName, sizeBytes: 3 }),
    changeElsewhere: (id: string) => changeElsewhere(r, id),
    fieldOf: (id: string, field: string) => r.records[id].fields[field],
  };
}

describeConnectorBasics('FakeConnector', () => createFakeConnector().connector, { base_url: 'https://fake.example', fake_project: 'P' });
describeTrackerConformance('FakeConnector', async () => harness());
