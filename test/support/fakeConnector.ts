// FakeConnector: a tracker connector whose remote side is an in-memory map, for the engine's tests (steps 9 and 10
// hand it to the dispatcher and the inbox processor through the registry argument) and the conformance suite. Test
// code only: it never ships in the app. `remote` is the fake's state, readable by assertions; `calls` logs every call.
import { Connector, ConnectorContext, LocalFile, Outcome, RecordWrite, RemoteFailure, RemoteRecord, StagedFile, WriteAck } from '../../src/app/sync/connectorPort';
import { IncidentSnapshot } from '../../src/app/core/incidentSnapshot';
import { journalCommentHtml, JournalEntryForComment } from '../../src/app/core/journalComment';

export interface FakeRecord {
  id: string;
  rev: number;
  fields: { [field: string]: any };
  comments: string[];
  files: string[];
  /** the incident URL that marks it as an incident's (what findCreated looks for) */
  incidentUrl: string;
}

export interface FakeRemote {
  records: { [id: string]: FakeRecord };
  nextId: number;
  /** failures to answer the next calls with, by operation, in order */
  scripted: { [operation: string]: RemoteFailure[] };
}

export interface FakeSettings {
  project: string;
}

export const FAKE_TYPE = 'fake_tracker';
export const FAKE_ACTOR = { displayName: 'Bridge', uniqueName: 'bridge@fake.example', id: '' };

export function createFakeConnector(): { connector: Connector<FakeSettings>; remote: FakeRemote; calls: Array<{ operation: string; id: string; expectedRev?: number }> } {
  const remote: FakeRemote = { records: {}, nextId: 1, scripted: {} };
  const calls: Array<{ operation: string; id: string; expectedRev?: number }> = [];
  function scripted<T>(operation: string): Outcome<T> | null {
    const queue = remote.scripted[operation];
    const failure = queue && queue.shift();
    return failure ? { ok: false, failure } : null;
  }
  function record(id: string): FakeRecord | null {
    return Object.prototype.hasOwnProperty.call(remote.records, id) ? remote.records[id] : null;
  }
  const notFound = (id: string): RemoteFailure => ({ kind: 'failed', doubtful: false, httpStatus: 404, message: 'No record ' + id });
  const stale = (r: FakeRecord, expected: number): RemoteFailure => ({ kind: 'conflict', doubtful: false, httpStatus: 412, message: 'Record ' + r.id + ' is at ' + r.rev + ', not ' + expected });
  const urlOf = (id: string) => 'https://fake.example/records/' + id;
  const connector: Connector<FakeSettings> = {
    type: FAKE_TYPE,
    labels: { system: 'Fake tracker', record: 'record' },
    readSettings: (row) => ({ project: row.value('fake_project') }),
    configurationProblem: (_c, settings) => (settings.project ? '' : 'The connection needs a project'),
    vocabulary: () => ({
      fields: [],
      eventTypes: { created: 'created', updated: 'updated', commented: 'commented', deleted: 'deleted', restored: 'restored' },
      defaultCloseNotes: 'Closed by the fake tracker',
      presetRows: () => [],
    }),
    errorMessage: (status, body) => 'HTTP ' + status + (body ? ': ' + body : ''),
    tracker: {
      create(_ctx: ConnectorContext<FakeSettings>, write: RecordWrite) {
        calls.push({ operation: 'create', id: '' });
        const failure = scripted<{ record: RemoteRecord; ack: WriteAck }>('create');
        const id = String(remote.nextId++);
        const fields: { [field: string]: any } = {};
        for (const v of write.values) fields[v.field] = v.value;
        // 'lost' answers: the record is made, the answer does not arrive
        if (failure && !failure.ok && !failure.failure.doubtful) return failure;
        remote.records[id] = { id, rev: 1, fields, comments: [], files: [], incidentUrl: write.incident.url };
        if (failure) return failure;
        return { ok: true, value: { record: { id, url: urlOf(id), rev: 1 }, ack: { rev: 1, actor: FAKE_ACTOR } } };
      },
      findCreated(_ctx, incident: IncidentSnapshot) {
        calls.push({ operation: 'find_created', id: '' });
        const failure = scripted<RemoteRecord | null>('find_created');
        if (failure) return failure;
        for (const id of Object.keys(remote.records)) {
          const r = remote.records[id];
          if (r.incidentUrl === incident.url) return { ok: true, value: { id, url: urlOf(id), rev: r.rev } };
        }
        return { ok: true, value: null };
      },
      update(_ctx, id, write, expectedRev) {
        calls.push({ operation: 'update', id, expectedRev });
        const failure = scripted<WriteAck>('update');
        if (failure) return failure;
        const r = record(id);
        if (!r) return { ok: false, failure: notFound(id) };
        if (r.rev !== expectedRev) return { ok: false, failure: stale(r, expectedRev) };
        for (const v of write.values) r.fields[v.field] = v.value;
        r.rev++;
        return { ok: true, value: { rev: r.rev, actor: FAKE_ACTOR } };
      },
      currentRevision(_ctx, id) {
        calls.push({ operation: 'read', id });
        const r = record(id);
        return r ? { ok: true, value: r.rev } : { ok: false, failure: notFound(id) };
      },
      commentBody: (entry: JournalEntryForComment) => journalCommentHtml(entry),
      addComment(_ctx, id, entry) {
        calls.push({ operation: 'comment', id });
        const failure = scripted<WriteAck>('comment');
        if (failure) return failure;
        const r = record(id);
        if (!r) return { ok: false, failure: notFound(id) };
        r.comments.push(journalCommentHtml(entry));
        r.rev++;
        return { ok: true, value: { revAdvance: 1, actor: FAKE_ACTOR } };
      },
      existingComments(_ctx, id) {
        calls.push({ operation: 'read_comments', id });
        const r = record(id);
        return r ? { ok: true, value: r.comments.slice() } : { ok: false, failure: notFound(id) };
      },
      stageAttachment(_ctx, file: LocalFile) {
        calls.push({ operation: 'upload', id: '' });
        return { ok: true, value: { file, handle: 'fake-upload:' + file.sysId } as StagedFile };
      },
      linkAttachment(_ctx, id, staged, expectedRev) {
        calls.push({ operation: 'link_attachment', id, expectedRev });
        const r = record(id);
        if (!r) return { ok: false, failure: notFound(id) };
        if (r.rev !== expectedRev) return { ok: false, failure: stale(r, expectedRev) };
        r.files.push(staged.file.fileName);
        r.rev++;
        return { ok: true, value: { rev: r.rev } };
      },
      attachedFileNames(_ctx, id) {
        calls.push({ operation: 'read_files', id });
        const r = record(id);
        return r ? { ok: true, value: r.files.slice() } : { ok: false, failure: notFound(id) };
      },
    },
  };
  return { connector, remote, calls };
}

/** A change "by someone else": moves the revision, so the next write at the old one conflicts. */
export function changeElsewhere(remote: FakeRemote, id: string): void {
  remote.records[id].rev++;
}
