// The link model (src/app/model/link.ts), the one reader and writer of x_incb_bridge_link: the row read the same way
// whichever key finds it, the linked one counting before an unlinked one, one query per read, and saves that write
// only the columns they name (the sender and the inbound side each save their own columns of one row).
import { CONNECTION_TABLE, LINK_TABLE } from '../../../src/app/core/tables';
import {
  deleteLink,
  findLink,
  findLinkByRemoteId,
  incidentLinks,
  insertLink,
  linkedByRemoteId,
  linksByConnection,
  newLink,
  saveLink,
} from '../../../src/app/model/link';
import { Instance } from '@incb/glide-emulator';
import { appInstance } from '../../support/appInstance';

let instance: Instance;
let ado: string;
let webhook: string;
const INCIDENT = 'a'.repeat(32);

beforeEach(() => {
  instance = appInstance();
  ado = instance.db.insert(CONNECTION_TABLE, { name: 'ADO', type: 'azure_devops', active: 'true' });
  webhook = instance.db.insert(CONNECTION_TABLE, { name: 'Agent', type: 'webhook', active: 'true' });
});

function addLink(values: { [field: string]: string }): string {
  return instance.db.insert(LINK_TABLE, { incident: INCIDENT, connection: ado, state: 'linked', ...values });
}

test('a row reads as one link whatever finds it: numbers parsed (empty is 0), synced ids parsed', () => {
  const sysId = addLink({
    remote_id: '42',
    remote_url: 'https://remote/42',
    remote_rev: '7',
    last_inbound_rev: '',
    last_fingerprint: 'f1',
    synced_journal_ids: '<=2026-11-22 10:00:00;j1,?j2',
    synced_attachment_ids: 'a1',
  });
  const expected = {
    sysId,
    incident: INCIDENT,
    connection: ado,
    state: 'linked',
    remoteId: '42',
    remoteUrl: 'https://remote/42',
    remoteRev: 7,
    lastInboundRev: 0,
    lastFingerprint: 'f1',
    journal: { through: '2026-11-22 10:00:00', ids: ['j1', '?j2'] },
    attachments: { through: '', ids: ['a1'] },
  };
  expect(findLink(INCIDENT, ado)).toEqual(expected);
  expect(findLinkByRemoteId(ado, '42')).toEqual(expected);
  expect(incidentLinks(INCIDENT, 10)).toEqual([expected]);
  expect(linksByConnection(INCIDENT)).toEqual({ [ado]: expected });
  expect(linkedByRemoteId(ado, ['41', '42'])).toEqual({ '42': expected });
});

test('a linked link counts before an unlinked one of the same pair, in every read', () => {
  addLink({ remote_id: '42', state: 'unlinked' });
  const linked = addLink({ remote_id: '42', state: 'linked' });
  addLink({ remote_id: '42', state: 'unlinked' });
  expect(findLink(INCIDENT, ado)!.sysId).toBe(linked);
  expect(findLinkByRemoteId(ado, '42')!.sysId).toBe(linked);
  expect(incidentLinks(INCIDENT, 10)[0].sysId).toBe(linked);
  expect(linksByConnection(INCIDENT)[ado].sysId).toBe(linked);
  expect(linkedByRemoteId(ado, ['42'])['42'].sysId).toBe(linked);
});

test('an unlinked link is still found (it stops synchronization), except by the catch-up read of linked ones', () => {
  const unlinked = addLink({ remote_id: '42', state: 'unlinked' });
  expect(findLink(INCIDENT, ado)!.sysId).toBe(unlinked);
  expect(findLinkByRemoteId(ado, '42')!.state).toBe('unlinked');
  expect(linkedByRemoteId(ado, ['42'])).toEqual({});
});

test('reads keep to their connection and incident', () => {
  instance.db.insert(LINK_TABLE, { incident: INCIDENT, connection: webhook, state: 'linked' });
  instance.db.insert(LINK_TABLE, { incident: 'b'.repeat(32), connection: ado, state: 'linked', remote_id: '43' });
  expect(findLink(INCIDENT, ado)).toBeNull();
  expect(incidentLinks(INCIDENT, 10).map((link) => link.connection)).toEqual([webhook]);
  expect(Object.keys(linksByConnection(INCIDENT))).toEqual([webhook]);
  expect(findLinkByRemoteId(webhook, '43')).toBeNull();
});

test('every read is one query', () => {
  addLink({ remote_id: '42' });
  const reads = [
    () => findLink(INCIDENT, ado),
    () => findLinkByRemoteId(ado, '42'),
    () => incidentLinks(INCIDENT, 10),
    () => linksByConnection(INCIDENT),
    () => linkedByRemoteId(ado, ['42', '43']),
  ];
  for (const read of reads) {
    instance.db.resetStats();
    read();
    expect(instance.db.stats()).toEqual({ queries: 1, inserts: 0, updates: 0, deletes: 0 });
  }
});

test("an incident's links: every connection's, linked ones (pending included) before unlinked ones, each oldest first, capped", () => {
  const clock = instance.clock;
  const unlinked = addLink({ remote_id: '40', state: 'unlinked' });
  clock.advance(1000);
  const hook = instance.db.insert(LINK_TABLE, { incident: INCIDENT, connection: webhook, state: 'linked' });
  clock.advance(1000);
  const pending = addLink({ remote_id: '', state: 'linked' });
  clock.advance(1000);
  const linked = addLink({ remote_id: '42', state: 'linked' });
  instance.db.insert(LINK_TABLE, { incident: 'b'.repeat(32), connection: ado, state: 'linked', remote_id: '43' });
  expect(incidentLinks(INCIDENT, 10).map((link) => link.sysId)).toEqual([hook, pending, linked, unlinked]);
  // the cap keeps the oldest rows, then orders them
  expect(incidentLinks(INCIDENT, 2).map((link) => link.sysId)).toEqual([hook, unlinked]);
  expect(incidentLinks('c'.repeat(32), 10)).toEqual([]);
});

test('an insert stores incident, connection, state and the named columns only, and sets the sys_id', () => {
  const link = newLink(INCIDENT, ado);
  link.remoteId = '42';
  link.remoteRev = 5;
  link.lastInboundRev = 5;
  link.lastFingerprint = 'f1';
  const sysId = insertLink(link, ['remote_id', 'remote_rev']);
  expect(link.sysId).toBe(sysId);
  const row = instance.db.get(LINK_TABLE, sysId)!;
  expect(row).toMatchObject({ incident: INCIDENT, connection: ado, state: 'linked', remote_id: '42', remote_rev: '5' });
  expect(row.last_inbound_rev || '').toBe('');
  expect(row.last_fingerprint || '').toBe('');
});

test('a save writes only the named columns: what another writer stored meanwhile stays', () => {
  const sysId = addLink({ remote_id: '42', remote_rev: '3', last_inbound_rev: '3', synced_journal_ids: 'j1' });
  const sender = findLink(INCIDENT, ado)!;
  const inbound = findLinkByRemoteId(ado, '42')!;
  inbound.lastInboundRev = 9;
  inbound.remoteRev = 9;
  saveLink(inbound, ['last_inbound_rev', 'remote_rev']);
  sender.journal = { through: '', ids: ['j1', 'j2'] };
  saveLink(sender, ['synced_journal_ids']);
  expect(instance.db.get(LINK_TABLE, sysId)).toMatchObject({ last_inbound_rev: '9', remote_rev: '9', synced_journal_ids: 'j1,j2' });
});

test('a delete removes the row; saving or deleting a link that is gone does nothing', () => {
  const sysId = addLink({ remote_id: '42' });
  const link = findLink(INCIDENT, ado)!;
  deleteLink(link, 'the pending link of a refused create');
  expect(instance.db.get(LINK_TABLE, sysId)).toBeNull();
  expect(() => saveLink(link, ['remote_rev'])).not.toThrow();
  expect(() => deleteLink(link, 'twice')).not.toThrow();
});
