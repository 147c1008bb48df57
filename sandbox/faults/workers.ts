// Several workers at once (engine plan step 7). An instance runs events and jobs on many worker threads across
// nodes; each thread's GlideRecord writes commit at once and are seen by the others at once (no isolation across
// writes). The fault run models a second, third, fourth worker by running them INSIDE the first one's outbound
// request: the app's HTTP reaches WireRecorder.send() synchronously, and there, while the request is in flight, each
// other worker runs one unit of work chosen by a seeded random: the outbox dispatcher for a pair a live claim holds
// (the worker in flight has claimed it), for another pair with queued entries, the outbox sweep, or inbox processing
// (a pair with a row processing under a claim, a pair with received rows, or the inbox sweep). They share the
// database, so each sees the first one's claims and commits exactly as another thread would.
//
// Per-thread state must not leak between the worker in flight and the ones run inside it. The emulator keeps it on
// stacks: the scope stack (access/scoped-access.ts, access/script-scope.ts: pushed by every installed script's run,
// popped in `finally`) and the session user with the session client data (runtime/users.ts: runAs pushes a user AND
// a fresh client-data frame, "a runAs block is one unit of work ... in a session of its own"). A nested worker runs
// through instance.runAs + instance.evaluate(script, {}, app scope), so it starts in its own session (the own-write
// marker of platform/ownWrites.ts, a client-data value, is not the outer worker's) and its own scope frame, and both
// are popped before the outer worker goes on: nothing needs saving or restoring. (The record writer's per-record
// nesting map is only entered by a write in progress; the app sends no request from inside a write: its business
// rules only queue outbox rows.) Depth 1: requests of a nested worker start no further workers (WireRecorder).
import type { Instance } from '@incb/glide-emulator';
import type { Random } from './seeded-random';

export type WorkKind = 'dispatch claimed pair' | 'dispatch queued pair' | 'outbox sweep' | 'inbox claimed pair' | 'inbox received pair' | 'inbox sweep';

export const WORK_KINDS: WorkKind[] = ['dispatch claimed pair', 'dispatch queued pair', 'outbox sweep', 'inbox claimed pair', 'inbox received pair', 'inbox sweep'];

/** What another worker sets out to do, one in four each; where there is no such pair it falls back (a claimed pair
 * to a queued one, a queued one to the sweep; inbox: claimed, received, sweep). */
const CHOICES: WorkKind[] = ['dispatch claimed pair', 'dispatch queued pair', 'outbox sweep', 'inbox claimed pair'];

export interface KindStats {
  runs: number;
  /** runs that wrote something (took a claim and worked on it, or settled a row) */
  claimed: number;
  /** runs that wrote nothing and sent nothing: nothing to claim, or every candidate held by a live claim */
  nothing: number;
  /** requests the nested runs of this kind sent */
  requests: number;
}

export interface WorkerStats {
  workers: number;
  /** nested runs performed (workers - 1 per outbound request of the worker in flight) */
  runs: number;
  byKind: { [kind in WorkKind]?: KindStats };
  /** nested runs aimed at a pair while a live claim held it (outbox rows sending, an inbox row processing) */
  onClaimedPair: number;
  /** of those, runs after which a claimed row no longer carried the same claim and state (a claim taken over) */
  claimsTakenOver: number;
}

export function emptyWorkerStats(workers: number): WorkerStats {
  return { workers, runs: 0, byKind: {}, onClaimedPair: 0, claimsTakenOver: 0 };
}

const APP_SCOPE = 'x_incb_bridge';
/** the user the other workers' jobs and events run as */
const WORKER_USER = 'admin';

/** Where a queue keeps its claims: the outbox by (connection, incident), claim_token and claimed_at; the inbox by
 * (connection, work item), its claim marker in last_error and the claim time in sys_updated_on (inboxRows.ts). */
interface Queue {
  table: string;
  key: string;
  claimedState: string;
  claimedAt: string;
  marker: string;
  waitingState: string;
  /** the script include's method that works one pair, called with the pair */
  worker: string;
}

const OUTBOX: Queue = { table: 'x_incb_bridge_outbox', key: 'incident', claimedState: 'sending', claimedAt: 'claimed_at', marker: 'claim_token', waitingState: 'queued', worker: 'OutboxDispatcher().dispatch' };
const INBOX: Queue = { table: 'x_incb_bridge_inbox', key: 'remote_id', claimedState: 'processing', claimedAt: 'sys_updated_on', marker: 'last_error', waitingState: 'received', worker: 'InboxProcessor().processWorkItem' };

function pick<T>(random: Random, items: T[]): T {
  return items[Math.floor(random() * items.length)];
}

function pairsOf(rows: Array<{ [field: string]: string }>, second: string): Array<{ connection: string; other: string }> {
  const seen: { [key: string]: boolean } = {};
  const out: Array<{ connection: string; other: string }> = [];
  for (const row of rows) {
    const key = row.connection + ':' + row[second];
    if (seen[key] || !row.connection || !row[second]) continue;
    seen[key] = true;
    out.push({ connection: row.connection, other: row[second] });
  }
  return out;
}

/** A claimed row as the claim left it: which rows, their state and claim marker. */
function claimPrint(rows: Array<{ [field: string]: string }>, marker: string): string {
  return rows.map((r) => `${r.sys_id}:${r.state}:${r[marker]}`).sort().join('|');
}

export class InterleavingWorkers {
  readonly stats: WorkerStats;

  /** `requestsSent` counts the requests on the wire so far (a nested run's are the difference). */
  constructor(private readonly instance: Instance, private readonly random: Random, workers: number, private readonly requestsSent: () => number) {
    this.stats = emptyWorkerStats(workers);
  }

  /** Called while a request of the worker in flight is on the wire: every other worker runs one unit of work. */
  interleave(): void {
    for (let n = 1; n < this.stats.workers; n++) this.runOne(pick(this.random, CHOICES));
  }

  private nowText(): string {
    return new Date(this.instance.clock.now()).toISOString().slice(0, 19).replace('T', ' ');
  }

  /** A pair of the queue to work on: one a live claim holds (taken at this moment: the clock stands still while the
   * worker in flight waits for its answer; a claim from earlier belongs to a worker that died, and requeueing it is no
   * takeover), else one with rows waiting; null when there is neither. */
  private pairOf(queue: Queue, wantClaimed: boolean): { script: string; claimed: (() => string) | null } | null {
    const db = this.instance.db;
    const claimedNow = `state=${queue.claimedState}^${queue.claimedAt}=${this.nowText()}`;
    const held = wantClaimed ? pairsOf(db.rows(queue.table, claimedNow), queue.key) : [];
    const pairs = held.length ? held : pairsOf(db.rows(queue.table, `state=${queue.waitingState}`), queue.key);
    if (!pairs.length) return null;
    const pair = pick(this.random, pairs);
    const script = `new ${queue.worker}(${JSON.stringify(pair.connection)}, ${JSON.stringify(pair.other)});`;
    if (!held.length) return { script, claimed: null };
    return { script, claimed: () => claimPrint(db.rows(queue.table, `connection=${pair.connection}^${queue.key}=${pair.other}^${claimedNow}`), queue.marker) };
  }

  private runOne(kind: WorkKind): void {
    const db = this.instance.db;
    let script = '';
    let claimed: (() => string) | null = null;
    const outbox = kind === 'dispatch claimed pair' || kind === 'dispatch queued pair';
    if (outbox || kind === 'inbox claimed pair' || kind === 'inbox received pair') {
      const target = this.pairOf(outbox ? OUTBOX : INBOX, kind === 'dispatch claimed pair' || kind === 'inbox claimed pair');
      if (!target) kind = outbox ? 'outbox sweep' : 'inbox sweep';
      else {
        script = target.script;
        claimed = target.claimed;
        if (!claimed) kind = outbox ? 'dispatch queued pair' : 'inbox received pair';
      }
    }
    if (kind === 'outbox sweep') script = 'new OutboxDispatcher().sweep();';
    if (kind === 'inbox sweep') script = 'new InboxProcessor().sweep();';
    const before = claimed ? claimed() : '';
    const writes = () => {
      const s = db.stats();
      return s.inserts + s.updates + s.deletes;
    };
    const writesBefore = writes();
    const requestsBefore = this.requestsSent();
    // As an installed job or script action runs: a unit of work of its own (its session), as a script of the app.
    this.instance.runAs(WORKER_USER, () => this.instance.evaluate(script, {}, APP_SCOPE));
    const requests = this.requestsSent() - requestsBefore;
    const wrote = writes() > writesBefore || requests > 0;
    const stats = this.stats.byKind[kind] || (this.stats.byKind[kind] = { runs: 0, claimed: 0, nothing: 0, requests: 0 });
    stats.runs++;
    stats.requests += requests;
    if (wrote) stats.claimed++;
    else stats.nothing++;
    this.stats.runs++;
    if (claimed) {
      this.stats.onClaimedPair++;
      if (claimed() !== before) this.stats.claimsTakenOver++;
    }
  }
}
