// The fault run: incidents change while Azure DevOps misbehaves in every way the issue names, then the faults stop
// and the instance is left to catch up; the audit then counts what was made, delivered, lost and duplicated, and
// how many requests went out inside a Retry-After window. Everything is the built app (dist/app) installed in an
// emulated instance, driven only through what an instance has: user saves (business rules), events and their script
// actions, and the installed scheduled jobs, against the stateful, spec-validating Azure DevOps fake.
import { addPlatformRules } from '@incb/glide-emulator';
import GlideEmulator from '@incb/glide-emulator';
import type { Instance } from '@incb/glide-emulator';
import type { LoadedApp } from '@incb/glide-emulator/loader';
import { AdoFake, adoFakeTransport, DEFAULT_FAKE_USER, startAdoFake } from '@incb/ado-fake';
import type { AdoRequestValidator } from '@incb/ado-fake/spec';
import { presetRows } from '../../src/app/core/valueMapPresets';
import { impactUrgencyFor } from '../../src/app/core/priorityLookup';
import { auditDelivery, ChangeLog, DeliveryAudit } from './delivery-audit';
import { scanForSecrets, SecretScan } from './secret-scan';
import { between, pick, Random, seededRandom } from './seeded-random';
import { Simulation } from './simulation';
import { followSimulatedTime } from './simulated-progress';
import { Progress, silentProgress } from '../progress';
import { WireRecorder, WireStats } from './wire-recorder';
import { InterleavingWorkers, WorkerStats } from './workers';

/** mixed into the seed for the other workers' choices */
const WORKERS_STREAM = 0x5eed7;

export const START_MS = Date.UTC(2026, 10, 22, 10, 0, 0);
const MINUTE = 60000;

/** Credentials and secrets of the run: none may ever appear in the log or the outbox. A PAT looks like one. */
export const SECRETS = {
  pat: 'x7kq2mzp4rt6wv3n5bc8dfg2hj4kl6mn7pq3rs5tv8wx2yz4ab6c',
  otherPat: 'm3n5p7q2r4s6t8v3w5x7y2z4a6b8c3d5e7f2g4h6j8k3l5m7n2p4',
  inboundSecret: 'inbound-shared-secret-Q9v7Lm2x',
  signingKey: 'signing-key-Zr8Kp3Wd6Ty1',
};

export type FaultKind = 'storm5xx' | 'retryAfter429' | 'throttle' | 'timeout' | 'reset' | 'malformed' | 'createThenTimeout' | 'conflict412' | 'workerDies' | 'proxyEcho';

export interface ScenarioOptions {
  app: LoadedApp;
  seed: number;
  incidents: number;
  /** simulated minutes during which incidents change and faults happen */
  activeMinutes: number;
  /** one fault every this many simulated seconds, on average */
  faultEverySeconds: number;
  /** simulated minutes allowed afterwards for the instance to catch up */
  drainMinutes: number;
  validator?: AdoRequestValidator;
  /** where the run says how far it is (default: nowhere) */
  progress?: Progress;
  /** workers running at once (workers.ts): 1 (the default) runs everything one after the other, as before */
  workers?: number;
}

export interface ScenarioReport {
  seed: number;
  /** faults planned, by kind */
  faults: { [kind in FaultKind]?: number };
  /** what the faults did to requests: answers by fault mode (and status), workers died, proxy echoes, 412s */
  faultHits: { [what: string]: number };
  audit: DeliveryAudit;
  wire: { requests: number; byStatus: { [status: string]: number }; windows: number; insideWindow: number; deaths: number; proxyEchoes: number };
  validationFailures: number;
  outboxStates: { [state: string]: number };
  secrets: SecretScan;
  /** simulated minutes until every entry was settled (or the drain limit) */
  settledAfterMinutes: number;
  wallMs: number;
  /** the other workers' runs inside requests (none with one worker) */
  workers: WorkerStats;
}

/** The emulated instance with the built app and one connection to the fake, on simulated time (the inbound scenario
 * builds on it too). */
export interface Bed {
  fake: AdoFake;
  instance: Instance;
  wire: WireRecorder;
  connection: string;
  sim: Simulation;
  workers: InterleavingWorkers;
}

export async function setUp(options: ScenarioOptions, extraJobs: string[]): Promise<Bed> {
  let instance: Instance | undefined;
  const fake = await startAdoFake({
    process: 'Basic',
    users: [
      { ...DEFAULT_FAKE_USER, pat: SECRETS.pat },
      { displayName: 'Dana Developer', uniqueName: 'dana@fabrikam.example', pat: SECRETS.otherPat },
    ],
    now: () => (instance ? instance.clock.now() : START_MS),
    validator: options.validator,
  });
  let wire: WireRecorder | undefined;
  // As an instance the app was installed on: only its shipped cross-scope privileges let it touch incident and the
  // other platform tables, and the platform's own incident rules (priority lookup, resolution stamps) run on every
  // write, the app's included.
  // The scenario itself stands for people and the platform (form saves, the event processor, the scheduler): its
  // direct calls run in global; the app's installed scripts in its scope.
  instance = GlideEmulator.createAppInstance(options.app, { transport: { send: (r) => wire!.send(r) }, clock: () => START_MS, accessTracking: 'enforcing', callerScope: 'global' });
  addPlatformRules(instance);
  wire = new WireRecorder(adoFakeTransport(fake), instance);
  instance.install(global);
  instance.db.insert('sys_properties', { name: 'glide.servlet.uri', value: 'https://bridge.service-now.example/', type: 'string' });
  const profile = instance.db.insert('sys_auth_profile_basic', { name: 'Azure DevOps PAT', username: '', password: SECRETS.pat });
  const connection = instance.db.insert('x_incb_bridge_connection', {
    name: 'Fabrikam',
    label: 'Azure DevOps',
    type: 'azure_devops',
    active: 'true',
    base_url: fake.url,
    ado_organization: fake.organization,
    ado_project: fake.project,
    auth_type: 'pat',
    basic_auth_profile: profile,
    sync_direction: 'both',
    sync_work_notes: 'true',
    trigger_condition: 'priority<=4',
    request_timeout_ms: '5000',
    inbound_secret: SECRETS.inboundSecret,
    signing_key: SECRETS.signingKey,
  });
  // A circuit breaker that opens less readily and cools down faster than the defaults, so the faults below meet
  // traffic instead of a connection paused for most of the run (the breaker itself is proven elsewhere).
  const gs = (global as any).gs;
  gs.setProperty('x_incb_bridge.circuit.failure_threshold', '8');
  gs.setProperty('x_incb_bridge.circuit.cooldown_seconds', '60');
  for (const row of presetRows('basic')) {
    instance.db.insert('x_incb_bridge_value_map', { connection, field: row.field, direction: row.direction, sn_value: row.sn_value, remote_value: row.remote_value, order: String(row.order) });
  }
  const sim = new Simulation(instance, options.app, ['Incident Bridge: outbox sweep', ...extraJobs], () => wire!.settleDeath());
  // The other workers draw from a stream of their own: the scenario's changes and faults are the same whatever their
  // number, so the figures of 1, 2 and 4 workers answer the same run.
  const workers = new InterleavingWorkers(instance, seededRandom(options.seed ^ WORKERS_STREAM), options.workers ?? 1, () => wire!.stats.requests.length);
  if (workers.stats.workers > 1) wire.interleave = () => workers.interleave();
  return { fake, instance, wire, connection, sim, workers };
}

/** Saves as a user would (business rules run). */
/** A person's save of an incident, every rule running. A priority is set as a person sets it, through the impact and
 * urgency the platform derives it from (its priority lookup recalculates priority on every save of those). */
export function save(sysId: string | null, values: { [field: string]: string }): string {
  const gr = new (global as any).GlideRecord('incident');
  if (sysId) gr.get(sysId);
  else gr.initialize();
  for (const field of Object.keys(values)) {
    const pair = field === 'priority' ? impactUrgencyFor(values[field]) : null;
    if (pair) {
      gr.setValue('impact', pair.impact);
      gr.setValue('urgency', pair.urgency);
    }
    gr.setValue(field, values[field]);
  }
  return sysId ? (gr.update(), sysId) : gr.insert();
}

function plannedChanges(bed: Bed, random: Random, options: ScenarioOptions, changes: ChangeLog): void {
  const activeMs = options.activeMinutes * MINUTE;
  for (let n = 0; n < options.incidents; n++) {
    const createdAt = START_MS + Math.floor(random() * activeMs * 0.7);
    const key = 'i' + n;
    bed.sim.at(createdAt, () => {
      const sysId = save(null, { short_description: `Service ${n} degraded`, priority: String(between(random, 1, 4)), state: '1' });
      changes.created(key, sysId);
      changes.saw(key, bed.instance.db.get('incident', sysId)!);
    });
    const updates = between(random, 1, 4);
    for (let u = 0; u < updates; u++) {
      const at = createdAt + between(random, 10, Math.floor((START_MS + activeMs - createdAt) / 1000)) * 1000;
      bed.sim.at(at, () => {
        const sysId = changes.sysIdOf(key);
        const field = pick(random, ['short_description', 'state', 'priority']);
        const value = field === 'short_description' ? `Service ${n} degraded (update ${u})` : field === 'state' ? pick(random, ['2', '3', '6']) : String(between(random, 1, 4));
        save(sysId, { [field]: value });
        changes.changed(key, field);
        changes.saw(key, bed.instance.db.get('incident', sysId)!);
      });
    }
    const notes = between(random, 0, 2);
    for (let k = 0; k < notes; k++) {
      const at = createdAt + between(random, 5, Math.floor((START_MS + activeMs - createdAt) / 1000)) * 1000;
      bed.sim.at(at, () => {
        const text = `Note ${k} on service ${n}: checked the logs`;
        save(changes.sysIdOf(key), { work_notes: text });
        changes.noted(key, text);
      });
    }
  }
}

/** Another Azure DevOps user changes a field we do not map, moving the work item's rev: our next update meets 412. */
function conflictingEdit(bed: Bed, random: Random): boolean {
  const links = bed.instance.db.rows('x_incb_bridge_link', 'remote_idISNOTEMPTY');
  if (!links.length) return false;
  const link = pick(random, links);
  const answer = bed.fake.handleSync({
    method: 'PATCH',
    url: `${bed.fake.organizationUrl}/${bed.fake.project}/_apis/wit/workitems/${link.remote_id}?api-version=7.1`,
    headers: { Authorization: 'Basic ' + Buffer.from(':' + SECRETS.otherPat).toString('base64'), 'Content-Type': 'application/json-patch+json' },
    body: JSON.stringify([{ op: 'add', path: '/fields/System.AssignedTo', value: 'dana@fabrikam.example' }]),
  });
  return answer.status === 200;
}

function shuffled<T>(random: Random, items: T[]): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function plannedFaults(bed: Bed, random: Random, options: ScenarioOptions, counts: ScenarioReport['faults']): void {
  const kinds: FaultKind[] = ['storm5xx', 'retryAfter429', 'throttle', 'timeout', 'reset', 'malformed', 'createThenTimeout', 'conflict412', 'workerDies', 'proxyEcho'];
  const endMs = START_MS + options.activeMinutes * MINUTE;
  let throttleUntil = 0;
  // Every kind in turn, each round in a new (seeded) order: a run long enough for one round meets them all.
  let round: FaultKind[] = [];
  for (let at = START_MS + options.faultEverySeconds * 1000; at < endMs; at += between(random, options.faultEverySeconds / 2, options.faultEverySeconds * 1.5) * 1000) {
    if (round.length === 0) round = shuffled(random, kinds);
    const kind = round.shift()!;
    plan(at, kind, 0);
  }
  bed.sim.at(endMs, () => {
    bed.fake.clearFaults();
    bed.fake.setRateLimit(null);
    bed.wire.disarm();
  });

  function plan(at: number, kind: FaultKind, waited: number): void {
    bed.sim.at(at, () => {
      const fake = bed.fake;
      // One fault at a time, each met by the traffic: while the last one is still waiting for a request (during a
      // circuit breaker cool-down, say) the next waits too, for a while; then what is left of the last one goes.
      if ((fake.state().faults.length > 0 || bed.wire.pending()) && waited < 6 && at + options.faultEverySeconds * 1000 < endMs) {
        plan(at + options.faultEverySeconds * 1000, kind, waited + 1);
        return;
      }
      fake.clearFaults();
      bed.wire.disarm();
      if (kind === 'storm5xx') fake.addFault({ mode: 'status', status: pick(random, [500, 502, 503]), count: between(random, 3, 10) });
      else if (kind === 'retryAfter429') fake.addFault({ mode: 'status', status: 429, retryAfterSeconds: between(random, 10, 120), count: 1 });
      else if (kind === 'throttle') {
        fake.setRateLimit({ limit: 20, refillPerSecond: 0.5, warnBelow: 10 });
        throttleUntil = bed.sim.now() + between(random, 60, 120) * 1000;
        bed.sim.at(throttleUntil, () => bed.sim.now() >= throttleUntil && fake.setRateLimit(null));
      } else if (kind === 'timeout') fake.addFault({ mode: 'delay', delayMs: 30000, count: between(random, 1, 3) });
      else if (kind === 'reset') fake.addFault({ mode: 'reset', count: between(random, 1, 3) });
      else if (kind === 'malformed') fake.addFault({ mode: 'malformed', count: between(random, 1, 2) });
      else if (kind === 'createThenTimeout') fake.addFault({ mode: 'createThenTimeout', method: 'POST', pathContains: '/workitems/$', count: 1 });
      else if (kind === 'conflict412') {
        if (!conflictingEdit(bed, random)) return;
      } else if (kind === 'workerDies') bed.wire.armDeath();
      else bed.wire.armProxyEcho(between(random, 1, 3));
      counts[kind] = (counts[kind] || 0) + 1;
    });
  }
}

function settled(bed: Bed): boolean {
  return bed.instance.db.rows('x_incb_bridge_outbox', 'stateINqueued,sending').length === 0;
}

function wireSummary(stats: WireStats): ScenarioReport['wire'] {
  const byStatus: { [status: string]: number } = {};
  for (const r of stats.requests) byStatus[r.status] = (byStatus[r.status] || 0) + 1;
  return { requests: stats.requests.length, byStatus, windows: stats.windows.length, insideWindow: stats.insideWindow.length, deaths: stats.deaths, proxyEchoes: stats.proxyEchoes };
}

function faultHits(bed: Bed): { [what: string]: number } {
  const hits: { [what: string]: number } = {};
  const add = (what: string, n = 1) => n && (hits[what] = (hits[what] || 0) + n);
  for (const r of bed.fake.requests) if (r.fault) add(r.fault === 'status' ? 'status ' + r.status : r.fault);
  add('412 conflict', bed.fake.requests.filter((r) => r.status === 412).length);
  add('rate limited (429)', bed.fake.requests.filter((r) => r.status === 429 && !r.fault).length);
  add('worker died', bed.wire.stats.deaths);
  add('proxy echoed credentials', bed.wire.stats.proxyEchoes);
  return hits;
}

/** ' (N workers)' for more than one worker, else nothing. */
export function workersLabel(workers: number | undefined): string {
  return workers && workers > 1 ? ` (${workers} workers)` : '';
}

export function countBy(rows: Array<{ [field: string]: string }>, field: string): { [value: string]: number } {
  const out: { [value: string]: number } = {};
  for (const row of rows) out[row[field]] = (out[row[field]] || 0) + 1;
  return out;
}

export async function runFaultScenario(options: ScenarioOptions): Promise<ScenarioReport> {
  const started = Date.now();
  const bed = await setUp(options, ['Incident Bridge: connection health check', 'Incident Bridge: retention']);
  try {
    const random = seededRandom(options.seed);
    const changes = new ChangeLog();
    const faults: ScenarioReport['faults'] = {};
    plannedChanges(bed, random, options, changes);
    plannedFaults(bed, random, options, faults);
    const activeEnd = START_MS + options.activeMinutes * MINUTE;
    const progress = options.progress ?? silentProgress();
    // the label says the worker count when there is more than one (one worker's lines stay as they were)
    const label = 'fault run' + workersLabel(options.workers);
    followSimulatedTime(bed.sim, progress, label, START_MS, options.activeMinutes, `${options.incidents} incidents`);
    bed.sim.runUntil(activeEnd);
    followSimulatedTime(bed.sim, progress, `${label}: drain until settled`, activeEnd);
    bed.sim.runUntil(activeEnd + options.drainMinutes * MINUTE, () => bed.sim.now() >= activeEnd && settled(bed));
    progress.end(`${bed.wire.stats.requests.length} requests`);
    const settledAfterMinutes = Math.round((bed.sim.now() - START_MS) / MINUTE);
    const wire = wireSummary(bed.wire.stats);
    return {
      seed: options.seed,
      faults,
      faultHits: faultHits(bed),
      audit: auditDelivery(bed.instance, bed.fake, changes, SECRETS.pat),
      wire,
      validationFailures: bed.fake.validationFailures.length,
      outboxStates: countBy(bed.instance.db.rows('x_incb_bridge_outbox'), 'state'),
      secrets: scanForSecrets(bed.instance, Object.values(SECRETS)),
      settledAfterMinutes,
      wallMs: Date.now() - started,
      workers: bed.workers.stats,
    };
  } finally {
    await bed.fake.stop();
  }
}

export interface BacklogOptions {
  app: LoadedApp;
  incidents: number;
  /** the rate limit: TSTUs, and TSTUs regained per second (Azure DevOps: 200 per sliding 5 minutes) */
  limit: number;
  refillPerSecond: number;
  validator?: AdoRequestValidator;
  progress?: Progress;
}

export interface BacklogReport {
  incidents: number;
  requests: number;
  /** simulated seconds from the burst to the last entry sent */
  drainSeconds: number;
  /** the least time the limit allows for those requests: (requests - limit) / refill, when above the limit */
  minimumSeconds: number;
  throttled429: number;
  insideWindow: number;
  validationFailures: number;
  allSent: boolean;
  wallMs: number;
}

/** A burst of incidents against a rate-limited Azure DevOps: how long the backlog takes to drain, against the least
 * time the limit allows. */
export async function runThrottledBacklog(options: BacklogOptions): Promise<BacklogReport> {
  const started = Date.now();
  const bed = await setUp({ app: options.app, seed: 1, incidents: options.incidents, activeMinutes: 0, faultEverySeconds: 0, drainMinutes: 0, validator: options.validator }, []);
  try {
    bed.fake.setRateLimit({ limit: options.limit, refillPerSecond: options.refillPerSecond });
    for (let n = 0; n < options.incidents; n++) save(null, { short_description: `Backlog ${n}`, priority: '2' });
    const progress = options.progress ?? silentProgress();
    followSimulatedTime(bed.sim, progress, 'throttled backlog', START_MS, undefined, `${options.incidents} incidents at once`, () => `${bed.wire.stats.requests.length} requests`);
    bed.sim.runUntil(START_MS + 24 * 60 * MINUTE, () => settled(bed));
    progress.end(`${bed.wire.stats.requests.length} requests`);
    const sent = bed.instance.db.rows('x_incb_bridge_outbox', 'state=sent');
    const lastSentMs = Math.max(...bed.wire.stats.requests.map((r) => r.atMs));
    const requests = bed.wire.stats.requests.length;
    return {
      incidents: options.incidents,
      requests,
      drainSeconds: Math.round((lastSentMs - START_MS) / 1000),
      minimumSeconds: Math.max(0, Math.round((requests - options.limit) / options.refillPerSecond)),
      throttled429: bed.wire.stats.requests.filter((r) => r.status === 429).length,
      insideWindow: bed.wire.stats.insideWindow.length,
      validationFailures: bed.fake.validationFailures.length,
      allSent: sent.length === options.incidents,
      wallMs: Date.now() - started,
    };
  } finally {
    await bed.fake.stop();
  }
}
