// The connector conformance suite (docs/connectors.md "What a fake must offer"): the same tests, run once per
// connector with a harness that knows how to reach that connector's remote side. Each *.test.ts beside this file
// calls one of these with its harness: fake.test.ts (FakeConnector), azure-devops.test.ts (the Azure DevOps fake),
// webhook.test.ts (a receiver stand-in).
import { Connector, ConnectorContext, LocalFile, PushDelivery } from '../../../src/app/sync/connectorPort';
import { IncidentSnapshot } from '../../../src/app/core/incidentSnapshot';

export interface TrackerHarness {
  connector: Connector<any>;
  ctx: ConnectorContext<any>;
  /** a fresh incident (unique number and URL) */
  incident(): IncidentSnapshot;
  /** a remote field every record has and whose value reads back as written */
  titleField: string;
  /** a file of the incident to attach */
  localFile(incident: IncidentSnapshot, fileName: string): LocalFile;
  /** a change to the record by someone else: moves its revision */
  changeElsewhere(id: string): void;
  /** what the remote side holds in `field` of the record */
  fieldOf(id: string, field: string): any;
}

export interface PushHarness {
  connector: Connector<any>;
  ctx: ConnectorContext<any>;
  /** the deliveries the receiver got: headers (lower case) and body */
  received(): Array<{ headers: { [name: string]: string }; body: string }>;
  /** makes the receiver answer the next delivery with this status */
  answerNext(status: number, headers?: { [name: string]: string }): void;
  /** whether the receiver accepts the signature of a delivery (as docs/push-signing.md's receiver checks it) */
  verifies(delivery: { headers: { [name: string]: string }; body: string }): boolean;
}

const ENTRY = { element: 'work_notes', value: 'Disk is at 98%', authorName: 'Fred Luddy', createdOn: '2026-11-22 10:00:00' };

export function describeConnectorBasics(name: string, connector: () => Connector<any>, usableRow: { [column: string]: string }) {
  describe(`${name}: connector basics`, () => {
    const reader = (row: { [column: string]: string }) => ({ value: (c: string) => row[c] || '', decrypted: (c: string) => row[c] || '', displayValue: (c: string) => row[c] || '' });
    it('names its type and labels', () => {
      const c = connector();
      expect(c.type).toMatch(/^[a-z_]+$/);
      expect(c.labels.system).not.toBe('');
      expect(c.labels.record).toBe(c.labels.record.toLowerCase());
    });
    it('has exactly one outbound part (tracker or push)', () => {
      const c = connector();
      expect([c.tracker, c.push].filter(Boolean).length).toBe(1);
    });
    it('reads its settings and says a usable connection has no configuration problem', () => {
      const c = connector();
      const facts = { sysId: 'c1', name: 'C', displayLabel: 'C', type: c.type, baseUrl: usableRow.base_url, auth: { type: 'none' as const, profileSysId: '' }, timeoutMs: 1000, midServer: '' };
      expect(c.configurationProblem(facts, c.readSettings(reader(usableRow)))).toBe('');
      expect(c.configurationProblem({ ...facts, baseUrl: 'ftp:' }, c.readSettings(reader({})))).not.toBe('');
    });
    it('answers a vocabulary with an event type per revision kind (empty for a connector without inbound)', () => {
      const c = connector();
      const v = c.vocabulary(c.readSettings(reader(usableRow)));
      expect(Object.keys(v.eventTypes).sort()).toEqual(['commented', 'created', 'deleted', 'restored', 'updated']);
      expect(Array.isArray(v.fields)).toBe(true);
      expect(v.presetRows('no such preset')).toEqual([]);
    });
    it('puts the remote side words for an error answer', () => {
      expect(connector().errorMessage(404, '')).toMatch(/404/);
    });
  });
}

export function describeTrackerConformance(name: string, start: () => Promise<TrackerHarness>, stop: () => Promise<void> = async () => undefined) {
  describe(`${name}: tracker conformance`, () => {
    let h: TrackerHarness;
    beforeEach(async () => {
      h = await start();
    });
    afterEach(stop);
    const write = (incident: IncidentSnapshot, title: string) => ({ incident, values: [{ field: h.titleField, value: title }] });

    it('creates a record and finds it again when the answer was lost, and finds none for another incident', () => {
      const incident = h.incident();
      const created = h.connector.tracker!.create(h.ctx, write(incident, 'Disk full'));
      if (!created.ok) throw new Error(created.failure.message);
      expect(created.value.record.id).not.toBe('');
      expect(created.value.record.rev).toBeGreaterThan(0);
      expect(h.fieldOf(created.value.record.id, h.titleField)).toBe('Disk full');
      const found = h.connector.tracker!.findCreated(h.ctx, incident);
      expect(found).toEqual({ ok: true, value: expect.objectContaining({ id: created.value.record.id }) });
      expect(h.connector.tracker!.findCreated(h.ctx, h.incident())).toEqual({ ok: true, value: null });
    });

    it('updates at the current revision and refuses a stale one as a conflict, not in doubt; re-read and written once', () => {
      const incident = h.incident();
      const created = h.connector.tracker!.create(h.ctx, write(incident, 'one'));
      if (!created.ok) throw new Error(created.failure.message);
      const id = created.value.record.id;
      const updated = h.connector.tracker!.update(h.ctx, id, write(incident, 'two'), created.value.record.rev);
      if (!updated.ok) throw new Error(updated.failure.message);
      expect(updated.value.rev).toBeGreaterThan(created.value.record.rev);
      h.changeElsewhere(id);
      const stale = h.connector.tracker!.update(h.ctx, id, write(incident, 'three'), updated.value.rev!);
      expect(stale).toEqual({ ok: false, failure: expect.objectContaining({ kind: 'conflict', doubtful: false }) });
      expect(h.fieldOf(id, h.titleField)).toBe('two');
      const current = h.connector.tracker!.currentRevision(h.ctx, id);
      if (!current.ok) throw new Error(current.failure.message);
      expect(current.value).toBeGreaterThan(updated.value.rev!);
      expect(h.connector.tracker!.update(h.ctx, id, write(incident, 'three'), current.value).ok).toBe(true);
      expect(h.fieldOf(id, h.titleField)).toBe('three');
    });

    it('adds a comment that existingComments lists exactly as commentBody says, and moves the revision', () => {
      const incident = h.incident();
      const created = h.connector.tracker!.create(h.ctx, write(incident, 'c'));
      if (!created.ok) throw new Error(created.failure.message);
      const id = created.value.record.id;
      const added = h.connector.tracker!.addComment(h.ctx, id, ENTRY);
      if (!added.ok) throw new Error(added.failure.message);
      expect(added.value.rev !== undefined || added.value.revAdvance === 1).toBe(true);
      const listed = h.connector.tracker!.existingComments(h.ctx, id);
      expect(listed).toEqual({ ok: true, value: [h.connector.tracker!.commentBody(ENTRY)] });
      const current = h.connector.tracker!.currentRevision(h.ctx, id);
      expect(current.ok && current.value).toBe(created.value.record.rev + 1);
    });

    it('stages and links an attachment at the current revision (a stale one conflicts), and lists its name', () => {
      const incident = h.incident();
      const created = h.connector.tracker!.create(h.ctx, write(incident, 'a'));
      if (!created.ok) throw new Error(created.failure.message);
      const id = created.value.record.id;
      const staged = h.connector.tracker!.stageAttachment(h.ctx, h.localFile(incident, 'log.txt'));
      if (!staged.ok) throw new Error(staged.failure.message);
      expect(h.connector.tracker!.attachedFileNames(h.ctx, id)).toEqual({ ok: true, value: [] });
      h.changeElsewhere(id);
      const stale = h.connector.tracker!.linkAttachment(h.ctx, id, staged.value, created.value.record.rev);
      expect(stale).toEqual({ ok: false, failure: expect.objectContaining({ kind: 'conflict', doubtful: false }) });
      const current = h.connector.tracker!.currentRevision(h.ctx, id);
      if (!current.ok) throw new Error(current.failure.message);
      const linked = h.connector.tracker!.linkAttachment(h.ctx, id, staged.value, current.value);
      expect(linked.ok).toBe(true);
      expect(h.connector.tracker!.attachedFileNames(h.ctx, id)).toEqual({ ok: true, value: ['log.txt'] });
    });

    it('refuses a write to a record that does not exist as failed, not in doubt', () => {
      const out = h.connector.tracker!.update(h.ctx, '999999', write(h.incident(), 'x'), 1);
      expect(out).toEqual({ ok: false, failure: expect.objectContaining({ kind: 'failed', doubtful: false }) });
    });
  });
}

export function describePushConformance(name: string, start: () => Promise<PushHarness>, stop: () => Promise<void> = async () => undefined) {
  describe(`${name}: push conformance`, () => {
    let h: PushHarness;
    beforeEach(async () => {
      h = await start();
    });
    afterEach(stop);
    const delivery: PushDelivery = { event: 'incident.updated', occurredAt: '2026-11-22T10:00:00Z', plan: { name: 'P1 triage', autonomy: 'suggest' }, incident: { number: 'INC0010001' }, deliveryId: 'entry-1' };

    it('sends one signed delivery the receiver verifies, with the event and delivery id', () => {
      expect(h.connector.push!.send(h.ctx, delivery)).toEqual({ ok: true, value: {} });
      const got = h.received();
      expect(got.length).toBe(1);
      expect(got[0].headers['x-incident-bridge-event']).toBe('incident.updated');
      expect(got[0].headers['x-incident-bridge-delivery']).toBe('entry-1');
      expect(JSON.parse(got[0].body)).toEqual({ event: 'incident.updated', occurred_at: '2026-11-22T10:00:00Z', plan: { name: 'P1 triage', autonomy: 'suggest' }, incident: { number: 'INC0010001' } });
      expect(h.verifies(got[0])).toBe(true);
      expect(h.verifies({ ...got[0], body: got[0].body + ' ' })).toBe(false);
    });

    it('a 5xx is a retry in doubt, a 429 a retry with Retry-After not in doubt, a 4xx failed', () => {
      h.answerNext(503);
      expect(h.connector.push!.send(h.ctx, delivery)).toEqual({ ok: false, failure: expect.objectContaining({ kind: 'retry', doubtful: true, httpStatus: 503 }) });
      h.answerNext(429, { 'Retry-After': '30' });
      expect(h.connector.push!.send(h.ctx, delivery)).toEqual({ ok: false, failure: expect.objectContaining({ kind: 'retry', doubtful: false, retryAfterMs: 30000 }) });
      h.answerNext(400);
      expect(h.connector.push!.send(h.ctx, delivery)).toEqual({ ok: false, failure: expect.objectContaining({ kind: 'failed', doubtful: false, message: 'The webhook answered HTTP 400' }) });
    });
  });
}
