// The data a sandbox session takes and gives. Plain JSON both ways: the script engines forward these across the
// Rhino and Node vm boundaries as text, and the sandbox's Node process builds and reads them.
import type { DatabaseChanges, DatabaseDump, HttpTransport, UserSpec } from '../contract';

/** A user who signs in to the sandbox: created at every start when missing, and given the roles it lacks. */
export interface SessionUser {
  user_name: string;
  first_name?: string;
  last_name?: string;
  email?: string;
  roles: string[];
  /** the password the sandbox checks; the instance keeps only a digest, to check the basic auth of requests its own
   * scripts send to itself (loopback.ts) */
  password?: string;
}

/** One write through GlideRecord, so business rules, defaults, numbers and sys fields are what the platform makes
 * them. `fields` are set with setValue (journal fields append an entry), `display` with setDisplayValue (a reference
 * by the referenced record's display value, e.g. a user's name; a choice by its label). (Not named `values`: the ES5
 * gate's lint reads any `.values` as Array.prototype.values.) */
export interface SeedWrite {
  fields?: { [field: string]: string };
  display?: { [field: string]: string };
}

/** A record written once, at seeding time (or at every start, for upserts, matched by sys_id). */
export interface SeedRecord extends SeedWrite {
  table: string;
  sys_id?: string;
}

/** One step of a record's history: who wrote it and how long before seeding time ('5d', '2d3h', '45m'). */
export interface SeedStep extends SeedWrite {
  ago?: string;
  /** user_name the step runs as (default admin) */
  as?: string;
}

/** A record built up over time: the first step inserts it, each later step updates it (work notes and comments at
 * different times by different users, a resolution...). */
export interface SeedHistory {
  table: string;
  steps: SeedStep[];
}

export interface SeedGroup {
  name: string;
  description?: string;
  email?: string;
  /** user_name of the manager */
  manager?: string;
  /** user_names */
  members: string[];
}

/** The base data set of a new sandbox, applied in this order. */
export interface SeedData {
  /** people who do not sign in (assignees, callers); sign-in users come as SessionUser */
  people?: UserSpec[];
  groups?: SeedGroup[];
  records?: SeedRecord[];
  histories?: SeedHistory[];
}

/** Bookkeeping of one scheduled job (sysauto_script), by the job's sys_id. */
export interface JobSchedule {
  /** epoch ms of the next run; null when the job is not scheduled (on demand, once and done, inactive) */
  nextRunAt: number | null;
  lastRunAt: number | null;
}

/** Everything a sandbox needs to carry on where it stopped (the --data file). */
export interface SessionSnapshot {
  format: 'incident-bridge-sandbox';
  version: 1;
  /** instance time of the dump, 'yyyy-MM-dd HH:mm:ss' UTC */
  savedAt: string;
  app: { scope: string; version: string };
  database: DatabaseDump;
  schedules: { [jobSysId: string]: JobSchedule };
}

/** What a session call committed: the rows it wrote and the sys_number counters (DatabaseChanges), and the jobs'
 * bookkeeping after it. Engines hand it back with every call's result, so the sandbox keeps a copy of the committed
 * database (and of the snapshot it would dump) without dumping after every write. */
export interface SessionChanges {
  database: DatabaseChanges;
  schedules: { [jobSysId: string]: JobSchedule };
  /** instance time after the call, 'yyyy-MM-dd HH:mm:ss' UTC */
  savedAt: string;
}

/** What `start` does to the new instance. */
export interface SessionStart {
  users: SessionUser[];
  /** applied when there is no snapshot: a new sandbox's data */
  seed?: SeedData;
  /** a previous sandbox's data, restored instead of seeding */
  snapshot?: SessionSnapshot;
  /** written at every start after seed or restore, inserted or updated by sys_id (the demo connection, whose
   * URL changes from run to run) */
  upserts?: SeedRecord[];
}

export interface JobRun {
  name: string;
  sysId: string;
  ok: boolean;
  /** a conditional job whose condition was false: its script did not run */
  skipped?: boolean;
  /** the script's error, when ok is false */
  error?: string;
}

/** What one tick ran. */
export interface TickReport {
  /** events processed (script actions run for them) */
  events: number;
  asyncRules: number;
  jobs: JobRun[];
}

/** What drain ran, summed over its rounds; `settled` is false when it stopped at its bound with work still due. */
export interface DrainReport extends TickReport {
  rounds: number;
  settled: boolean;
}

export interface SessionInfo {
  app: { scope: string; name: string; version: string; runtimeAccessTracking: string };
  /** how the instance treats the app's cross-scope operations: 'enforcing' (installed) or 'tracking' (development) */
  accessTracking: 'enforcing' | 'tracking';
  /** instance time, epoch ms */
  now: number;
  /** row counts of a few tables, for a start-up line */
  counts: { [table: string]: number };
  jobs: Array<{ name: string; sysId: string; runType: string; nextRunAt: number | null }>;
}

/** Counters since the session started (the benchmark and the sandbox's stats route take differences). */
export interface SessionStats {
  /** database operations of everything the session ran (Instance.db.stats) */
  db: { queries: number; inserts: number; updates: number; deletes: number };
  /** outbound HTTP requests the session's scripts sent (RESTMessageV2, OAuth token requests) */
  outboundRequests: number;
}

/** A read of rows of one of the installed app's own tables (the sandbox's /sandbox/v1/log, /outbox and /inbox). */
export interface RecordsQuery {
  table: string;
  /** every named field holds one of its values */
  where?: { [field: string]: string[] };
  /** and the row matches at least one of these (each: field -> value, all of them); absent: no such condition,
   * empty: no row */
  anyOf?: Array<{ [field: string]: string }>;
  /** sys_created_on at or after this time, 'yyyy-MM-dd HH:mm:ss' UTC */
  since?: string;
  /** rows at most, newest first */
  limit: number;
}

export interface SessionOptions {
  /** the platform behaviour every instance has (platform-rules.ts); default true */
  platformRules?: boolean;
  /** where RESTMessageV2 requests go; without one (and without hostHttp) they fail as the emulator's default
   * transport does */
  transport?: HttpTransport;
  /** a script engine's synchronous HTTP, JSON text in and out (engine-transport.ts); used when transport is unset */
  hostHttp?: (requestJson: string) => string;
  onLog?: (level: string, message: string, source?: string) => void;
  /** the instance clock's base, epoch ms (default: the real clock) */
  clock?: () => number;
  /** drain() stops after this many rounds (default 50) */
  maxDrainRounds?: number;
  /** 'enforcing' (default): an instance the app was installed on; 'tracking': the app's development instance
   * (access/scoped-access.ts) */
  accessTracking?: 'enforcing' | 'tracking';
}
