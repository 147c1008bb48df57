// connection.remote_identity is learned from our own writes (create, update, comment answers), follows a credential
// that now acts as someone else, and costs one read of the connection per sync, not one per request.
import AzureDevOpsSync from '../../../src/app/azure-devops/AzureDevOpsSync';
import { CONNECTION_TABLE } from '../../../src/app/core/tables';
import { OwnIdentityRecorder } from '../../../src/app/azure-devops/inboundIdentity';
import { insertIncident, payloadFor } from '../azure-devops/adoSyncFixture';
import { InboundBed, JAMAL, startInboundBed } from './inboundBed';

let bed: InboundBed;
afterEach(() => bed.fake.stop());

const identity = () => bed.instance.db.get(CONNECTION_TABLE, bed.connection)!.remote_identity;

test('the first create names it; a PAT that now belongs to someone else moves it', async () => {
  bed = await startInboundBed();
  expect(identity()).toBe('');
  const incident = insertIncident({ short_description: 'Disk full', state: '1', priority: '2' });
  const number = bed.instance.db.get('incident', incident)!.number;
  new AzureDevOpsSync(bed.connection).syncIncident(payloadFor(incident, number, { reason: 'create' }));
  expect(identity()).toBe('Incident Bridge Service <incident-bridge@fabrikam.example>');
  // the admin swaps the profile's token for Jamal's
  // an admin edits the profile (a form save, not a script of the app)
  bed.instance.runInScope('global', () => {
    const profile = new (global as any).GlideRecord('sys_auth_profile_basic');
    profile.get(bed.profile);
    profile.setValue('password', JAMAL.pat);
    profile.update();
  });
  const gr = new (global as any).GlideRecord('incident');
  gr.get(incident);
  gr.setValue('state', '2');
  gr.update();
  new AzureDevOpsSync(bed.connection).syncIncident(payloadFor(incident, number, { changedFields: ['state'] }));
  expect(identity()).toBe('Jamal Hartnett <jamal@fabrikam.example>');
});

test('a comment answer (createdBy) names it too; the connection is read once per recorder', async () => {
  bed = await startInboundBed();
  const recorder = new OwnIdentityRecorder(bed.connection);
  bed.instance.db.resetStats();
  recorder.learnFrom(JSON.stringify({ id: 1, text: 'x', createdBy: { displayName: 'Svc', uniqueName: 'svc@fabrikam.example' } }));
  recorder.learnFrom(JSON.stringify({ id: 2, text: 'y', createdBy: { displayName: 'Svc', uniqueName: 'svc@fabrikam.example' } }));
  recorder.learnFrom(JSON.stringify({ id: 3, fields: { 'System.ChangedBy': { displayName: 'Svc', uniqueName: 'svc@fabrikam.example' } } }));
  expect(identity()).toBe('Svc <svc@fabrikam.example>');
  expect(bed.instance.db.stats()).toMatchObject({ queries: 1, updates: 1 });
  // answers that name no one, or are not JSON, change nothing
  recorder.learnFrom('not json');
  recorder.learnFrom(JSON.stringify({ fields: {} }));
  expect(identity()).toBe('Svc <svc@fabrikam.example>');
});
