// The connector port: what the sync engine asks of an external system (a connector) and what it hands it. Types only:
// nothing here runs and it adds nothing to any ES5 bundle (so far only AzureDevOpsClient imports it, for AdoRequest).
// docs/connectors.md ("The port") explains every member and the error semantics; docs/engine-plan.md says how the
// code of today moves behind it. Everything below is derived from what the Azure DevOps sender, the inbound side,
// the catch-up poll, the health check and the webhook push do today; nothing names a tracker.
import { FieldMapping } from '../core/fieldMap';
import { Diagnosis } from '../core/healthCheck';
import { IncidentSnapshot } from '../core/incidentSnapshot';
import { JournalEntryForComment } from '../core/journalComment';
import { RateLimitReading } from '../core/rateLimit';
import { ValueMap, ValueMapRow } from '../core/valueMap';
import { ConnectionAuth, HttpResult } from '../platform/http';

// ---- ids, revisions, identities -------------------------------------------------------------------------------

/** A remote record's id as the engine keeps it (link.remote_id, inbox.remote_id, correlation_id): always text. */
export type RemoteId = string;

/** A remote record as a create, an adoption or a lookup found it. */
export interface RemoteRecord {
  id: RemoteId;
  /** the record's web page (link.remote_url), else its API URL */
  url: string;
  /** the remote revision counter the record is at (0 when the system has none) */
  rev: number;
}

/** Who made a remote change. The engine stores one formatted identity per connection (remote_identity) and asks the
 * connector whether a change's author is it (echo suppression). */
export interface RemoteIdentity {
  displayName: string;
  /** the account ('' when the source gave only a display name) */
  uniqueName: string;
  /** a stable id when the source gave one, else '' */
  id: string;
}

// ---- outcomes and error semantics ------------------------------------------------------------------------------

/** retry: the same call may succeed later (no answer, 408, 425, 429, 5xx, an unreadable answer);
 * failed: repeating cannot help (any other 4xx, a configuration the admin must fix);
 * conflict: optimistic concurrency refused the write (stale revision): re-read the revision and try again at once;
 * deferred: not sent at all, the connection is paused (rate-limit window or open circuit): not an attempt. */
export type FailureKind = 'retry' | 'failed' | 'conflict' | 'deferred';

export interface RemoteFailure {
  kind: FailureKind;
  /** true when the request went out and its fate is unknown: no answer, a 5xx, a 2xx the connector could not read.
   * The remote side may have carried it out, so the engine keeps the pending link or the in-doubt id and looks before
   * writing again. false when the remote side certainly did not carry it out: refused with a 4xx (429 included) or
   * held back unsent (deferred). Then the engine drops the pending link or the in-doubt mark. */
  doubtful: boolean;
  /** status of the request that decided (0: no HTTP answer, or nothing sent) */
  httpStatus: number;
  /** the remote system's own words (errorMessage()), or the transport's for status 0 */
  message: string;
  /** the server's Retry-After (ms) for a retry; for a deferral, how long the connection stays paused */
  retryAfterMs?: number;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: RemoteFailure };

/** What a write the remote side accepted tells the engine. */
export interface WriteAck {
  /** the record's revision after the write, when the answer says */
  rev?: number;
  /** when the answer carries no revision: by how many revisions the write moved the record (a comment: 1) */
  revAdvance?: number;
  /** the identity the connection's credential acts as, when the answer names it (learned, never configured) */
  actor?: RemoteIdentity | null;
}

// ---- what the engine hands a connector -------------------------------------------------------------------------

/** One request as a connector builds it; the engine's transport sends it through the connection's gate and auth,
 * logs it (redacted) and hands the answer back. */
export interface RemoteRequest {
  /** for the log's operation column: create, update, read, comment, upload, find_created, poll, push... */
  operation: string;
  method: string;
  url: string;
  headers: { [name: string]: string };
  /** text body; absent for GET and for an upload */
  body?: string;
  /** send this sys_attachment's bytes as the body */
  bodyAttachmentSysId?: string;
  /** what the log and a dry run show for a body that is not text */
  bodyDescription?: string;
  /** a download: the answer's body is saved as an attachment of this record */
  saveResponseAs?: { table: string; sysId: string; fileName: string };
  /** 'connection' (default): the connection's auth profile; 'none': no credential (a signed push) */
  auth?: 'connection' | 'none';
  /** texts the log redacts wherever they appear (a signing key) */
  secrets?: string[];
}

/** The engine's side of every exchange. A paused connection answers status 0 with pausedMs and sends nothing. */
export interface Transport {
  send(request: RemoteRequest, remoteId: RemoteId): HttpResult;
  /** a dry run's request sent with the remote side's validate-only switch: logged as dry_run */
  sendDryRun(request: RemoteRequest, remoteId: RemoteId): HttpResult;
  /** a dry run's request that is built and logged, never sent */
  logUnsent(request: RemoteRequest, remoteId: RemoteId): void;
}

/** The connection's common columns, as the engine reads them for every type (model/connection). */
export interface ConnectionFacts {
  sysId: string;
  name: string;
  /** correlation_display of linked incidents: the label, else the name */
  displayLabel: string;
  type: string;
  /** without a trailing slash */
  baseUrl: string;
  auth: ConnectionAuth;
  timeoutMs: number;
  /** MID server name ('' = from the instance) */
  midServer: string;
}

/** How a connector reads its own columns of the connection row (ado_organization...), and nothing else. */
export interface SettingsReader {
  value(column: string): string;
  /** a password2 column, decrypted ('' when empty) */
  decrypted(column: string): string;
  displayValue(column: string): string;
}

export interface ConnectorContext<S> {
  connection: ConnectionFacts;
  /** what readSettings() made of the row */
  settings: S;
  transport: Transport;
}

// ---- vocabularies ----------------------------------------------------------------------------------------------

export type RevisionKind = 'created' | 'updated' | 'commented' | 'deleted' | 'restored';

/** Words the engine puts into journal entries, log rows and messages: "Linked to <system> <record> 12: <url>",
 * "<system> comment by <name>:", "<Record> 12 is not linked...". */
export interface ConnectorLabels {
  /** e.g. 'Azure DevOps' */
  system: string;
  /** e.g. 'work item' (lower case; the engine capitalizes at a sentence start) */
  record: string;
}

export interface Vocabulary {
  /** incident field -> remote field (reference name), direction, format, value map; the incident side is the same
   * for every connector (it is what the link's fingerprint covers) */
  fields: FieldMapping[];
  /** the inbox event_type stored for each kind (stored rows keep today's names) */
  eventTypes: { [K in RevisionKind]: string };
  /** close_notes when the connection leaves them empty */
  defaultCloseNotes: string;
  /** value map rows to seed a new connection from its preset ([] for an unknown preset) */
  presetRows(preset: string): ValueMapRow[];
}

// ---- outbound: a tracker that keeps a record per incident -------------------------------------------------------

/** A remote field's new value, converted by the engine through the field map, its format and the value map. */
export interface RemoteFieldValue {
  /** remote field name (FieldMapping.remote) */
  field: string;
  value: any;
}

export interface RecordWrite {
  /** the incident as read at send time (number, url, mapped values) */
  incident: IncidentSnapshot;
  values: RemoteFieldValue[];
}

export interface LocalFile {
  /** sys_attachment sys_id */
  sysId: string;
  fileName: string;
  sizeBytes: number;
}

/** A file the remote side holds but that no record shows yet (an upload before it is linked). A connector without
 * such a step hands back the file itself, without a request. */
export interface StagedFile {
  file: LocalFile;
  /** the remote handle (an upload's URL), '' when there is none */
  handle: string;
}

export interface TrackerPort<S> {
  /** A new record with these values (and whatever marks it as the incident's, so findCreated can find it). */
  create(ctx: ConnectorContext<S>, write: RecordWrite): Outcome<{ record: RemoteRecord; ack: WriteAck }>;
  /** The record an earlier create made when its answer was lost, or null when there is none; a failure means it
   * could not be told, and then nothing may be created. */
  findCreated(ctx: ConnectorContext<S>, incident: IncidentSnapshot): Outcome<RemoteRecord | null>;
  /** The values, only if the record is still at `expectedRev`: otherwise failure kind conflict. */
  update(ctx: ConnectorContext<S>, id: RemoteId, write: RecordWrite, expectedRev: number): Outcome<WriteAck>;
  /** The record's current revision (after a conflict). */
  currentRevision(ctx: ConnectorContext<S>, id: RemoteId): Outcome<number>;
  /** The text a journal entry becomes on the remote side, exactly as existingComments() will list it. */
  commentBody(entry: JournalEntryForComment): string;
  addComment(ctx: ConnectorContext<S>, id: RemoteId, entry: JournalEntryForComment): Outcome<WriteAck>;
  /** The record's recent comments (commentBody texts), to settle a comment in doubt. */
  existingComments(ctx: ConnectorContext<S>, id: RemoteId): Outcome<string[]>;
  stageAttachment(ctx: ConnectorContext<S>, file: LocalFile): Outcome<StagedFile>;
  /** Attaches a staged file to the record, only if it is still at `expectedRev` (conflict otherwise). */
  linkAttachment(ctx: ConnectorContext<S>, id: RemoteId, staged: StagedFile, expectedRev: number): Outcome<WriteAck>;
  /** Names of the files the record carries, to settle an attachment in doubt. */
  attachedFileNames(ctx: ConnectorContext<S>, id: RemoteId): Outcome<string[]>;
  /** The requests a delivery would send now (dry run); with validateOnly the create or update is sent through
   * Transport.sendDryRun when the remote side can validate without storing. */
  preview?(ctx: ConnectorContext<S>, plan: PreviewPlan, validateOnly: boolean): PreviewResult;
}

export interface PreviewPlan {
  /** null: the delivery would create the record */
  record: RemoteRecord | null;
  write: RecordWrite;
  comments: JournalEntryForComment[];
  files: LocalFile[];
}

export interface PreviewResult {
  requests: Array<{ method: string; url: string; headers: { [name: string]: string }; body: string }>;
  /** with validateOnly: the remote side's answers, by index into requests */
  responses?: Array<{ request: number; status: number; body: string }>;
}

// ---- outbound: an event push (the webhook) ---------------------------------------------------------------------

export interface PushDelivery {
  event: string;
  /** ISO 8601 UTC */
  occurredAt: string;
  plan: { name: string; autonomy: string };
  /** the incident as the agent API summarizes it, read at send time */
  incident: any;
  /** repeated on a retry of the same entries, so a receiver can drop what it processed */
  deliveryId: string;
}

export interface PushPort<S> {
  send(ctx: ConnectorContext<S>, delivery: PushDelivery): Outcome<WriteAck>;
}

// ---- inbound: deliveries, stored events, files -----------------------------------------------------------------

export interface Refusal {
  /** 400 or 401 */
  status: number;
  message: string;
  detail: string;
}

/** A delivery after the engine's own checks (content type, size, connection, direction) and before any parse. */
export interface InboundDelivery {
  header(name: string): string;
  /** the body as received (text) */
  body: string;
}

/** What the inbox stores a delivery under (dedupe key: connection + eventType + eventId). */
export interface InboundEvent {
  eventType: string;
  eventId: string;
  remoteId: RemoteId;
  rev: number;
}

export interface RemoteFile {
  url: string;
  fileName: string;
  /** null when the remote side does not say */
  sizeBytes: number | null;
}

/** One remote change as the engine applies it, however it arrived (a delivery, a history entry). */
export interface RemoteRevision {
  kind: RevisionKind;
  remoteId: RemoteId;
  rev: number;
  /** null when the source does not say */
  author: RemoteIdentity | null;
  /** remote field name -> value; null = cleared. An update lists what changed, other kinds the whole record. */
  fields: { [remoteField: string]: any };
  /** the comment this change added, as plain text, or null */
  comment: string | null;
  files: RemoteFile[];
  /** epoch ms, or null */
  changedAt: number | null;
}

export interface StoredRevision {
  revision: RemoteRevision;
  /** the record's web URL when the payload names it ('' otherwise) */
  remoteUrl: string;
}

/** ok: the file is on `onto`; skip: it can never be fetched (foreign URL, too large, gone), log and go on;
 * retry: a later attempt may fetch it, so nothing may be written yet. */
export type DownloadOutcome = { kind: 'ok'; attachmentSysId: string } | { kind: 'skip'; reason: string } | { kind: 'retry'; reason: string };

export interface InboundPort<S> {
  /** The delivery's authenticity with the connection's inbound secret ('' = none configured): a 401 refusal or null. */
  authenticate(delivery: InboundDelivery, secret: string): Refusal | null;
  /** The event in a parsed body, or why it is refused (a 400). */
  readEvent(json: any): { event: InboundEvent | null; refusal: Refusal | null };
  /** A stored inbox payload (a delivery, or a history entry the catch-up stored) as the change it carries; null when
   * it cannot be read. `row` gives what the row itself records. */
  readStored(payload: string, row: { eventType: string; remoteId: RemoteId }): StoredRevision | null;
  /** Fetches a remote file onto a record of the instance (the inbox row being processed). */
  download(ctx: ConnectorContext<S>, file: RemoteFile, onto: { table: string; sysId: string; fileName: string }, maxBytes: number): DownloadOutcome;
  parseIdentity(stored: string): RemoteIdentity | null;
  formatIdentity(identity: RemoteIdentity): string;
  sameIdentity(a: RemoteIdentity | null, b: RemoteIdentity | null): boolean;
}

// ---- inbound: a change feed, for what deliveries missed --------------------------------------------------------

export interface ChangedRecord {
  id: RemoteId;
  /** epoch ms of its last change, null when the answer did not say */
  changedAt: number | null;
}

export interface HistoryEntry {
  revision: RemoteRevision;
  /** what the inbox stores for it (readStored() reads it back) */
  payload: string;
}

export interface ChangeFeedPort<S> {
  /** Records changed after `watermark` ('yyyy-MM-dd HH:mm:ss' UTC), oldest change first, at most `pageSize`. */
  changedSince(ctx: ConnectorContext<S>, watermark: string, pageSize: number): Outcome<ChangedRecord[]>;
  /** Every revision of the record, oldest first. Also read for a late revision, to tell which of its fields a later
   * revision changed again. */
  history(ctx: ConnectorContext<S>, id: RemoteId): Outcome<HistoryEntry[]>;
}

// ---- health ----------------------------------------------------------------------------------------------------

export interface ProbeResult {
  /** the probe's own request: its status, the remote side's words, and pausedMs when it was held back */
  answer: { status: number; message: string; pausedMs: number };
  /** what the answer proves beyond reachability (a mapped field or a sent state the remote side lacks) */
  findings: Diagnosis[];
}

// ---- the connector and the registry ----------------------------------------------------------------------------

export interface Connector<S> {
  /** x_incb_bridge_connection.type choice value */
  type: string;
  labels: ConnectorLabels;
  readSettings(row: SettingsReader): S;
  /** why the connection cannot be used (an admin must fix it), or '' */
  configurationProblem(connection: ConnectionFacts, settings: S): string;
  vocabulary(settings: S): Vocabulary;
  /** the remote side's own explanation of an error answer, for last_error and the log */
  errorMessage(status: number, body: string): string;
  /** what an answer says about the connection's rate limit; absent: Retry-After only */
  rateLimit?(status: number, headers: { [name: string]: string }, nowMs: number, slowDownBelow: number, defaultPauseMs: number): RateLimitReading;
  /** one cheap authenticated call that proves reachability, credential and configuration */
  probe?(ctx: ConnectorContext<S>, valueMap: ValueMap): ProbeResult;
  /** exactly one of tracker and push for an outbound connector */
  tracker?: TrackerPort<S>;
  push?: PushPort<S>;
  inbound?: InboundPort<S>;
  changes?: ChangeFeedPort<S>;
}

/** Connectors by connection type: the one place that lists them (connectors/registry.ts). */
export interface ConnectorRegistry {
  connector(type: string): Connector<any> | null;
  types(): string[];
}
