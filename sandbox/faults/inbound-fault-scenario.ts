// The inbound fault run: incidents are linked to work items (through the app's own outbound sync), then a remote
// user changes the work items in Azure DevOps (titles, descriptions, states, priorities, comments, closes) while the
// service hooks reach the instance the way an unreliable network brings them (hook-courier.ts: dropped, delayed
// past each other, delivered again, sometimes hours later) and the instance's processing fails now and then
// (processing-outage.ts). Then the faults stop and the instance is left to catch up (its inbox sweep and catch-up
// poll every 15 minutes); the audit then counts what was made, delivered, lost and duplicated. Everything runs in
// the built app (dist/app) as installed: hooks are POSTed to the installed route through the instance's HTTP surface
// (authentication, ACLs, the route script), and applied by the installed script action and scheduled job.
import GlideEmulator from '@incb/glide-emulator';
import type { LoadedApp } from '@incb/glide-emulator/loader';
import type { AdoRequestValidator } from '@incb/ado-fake/spec';
import { Bed, countBy, save, SECRETS, setUp, START_MS, workersLabel } from './fault-scenario';
import { HookCourier, HookFaultOptions, HookStats } from './hook-courier';
import { auditInbound, InboundAudit, RemoteChangeLog } from './inbound-audit';
import { ProcessingOutage } from './processing-outage';
import { followSimulatedTime } from './simulated-progress';
import { Progress, silentProgress } from '../progress';
import { between, pick, Random, seededRandom } from './seeded-random';
import type { WorkerStats } from './workers';

const MINUTE = 60000;
const HOOK_USER = 'ado.hook';
const REMOTE_USER = { displayName: 'Dana Developer', pat: SECRETS.otherPat };

export interface InboundScenarioOptions extends Partial<HookFaultOptions> {
  app: LoadedApp;
  seed: number;
  /** linked incidents whose work items the remote user changes */
  incidents: number;
  /** simulated minutes during which the remote user makes changes (and the processing fails now and then) */
  activeMinutes: number;
  /** a processing outage about every this many simulated minutes (0: none) */
  outageEveryMinutes: number;
  /** simulated minutes allowed afterwards for the late hooks, the sweep and the catch-up poll */
  drainMinutes: number;
  validator?: AdoRequestValidator;
  /** where the run says how far it is (default: nowhere) */
  progress?: Progress;
  /** workers running at once (workers.ts); default 1 */
  workers?: number;
}

export interface InboundScenarioReport {
  seed: number;
  hooks: HookStats;
  outages: number;
  /** incident updates the outages refused (each one a failed processing attempt, retried later) */
  refusedSaves: number;
  /** revisions the catch-up poll found that no hook had delivered */
  caughtUp: number;
  inboxStates: { [state: string]: number };
  /** requests our sender made to change a work item after the links were made: every one would echo a remote
   * change back to Azure DevOps */
  echoes: number;
  audit: InboundAudit;
  validationFailures: number;
  settledAfterMinutes: number;
  wallMs: number;
  /** the instance's outbound requests (linking, the catch-up poll, downloads), the other workers' among them */
  requests: number;
  /** the other workers' runs inside requests (none with one worker) */
  workers: WorkerStats;
}

const DEFAULT_FAULTS: HookFaultOptions = { dropRate: 0.1, duplicateRate: 0.5, maxDelaySeconds: 180, lateHours: 3 };

/** The remote user's PATCH or comment through the fake's API; returns the answer's body. */
function asRemoteUser(bed: Bed, method: string, path: string, body: unknown, contentType: string): any {
  const answer = bed.fake.handleSync({
    method,
    url: `${bed.fake.organizationUrl}/${bed.fake.project}/_apis/wit${path}`,
    headers: { Authorization: 'Basic ' + Buffer.from(':' + REMOTE_USER.pat).toString('base64'), 'Content-Type': contentType },
    body: JSON.stringify(body),
  });
  if (answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}: ${answer.body}`);
  return JSON.parse(answer.body);
}

/** One thing the remote user does to a work item: set a field or two, comment, or close it (with a comment). */
function remoteChange(bed: Bed, random: Random, id: number, serial: number, changes: RemoteChangeLog): void {
  const kind = pick(random, ['fields', 'fields', 'fields', 'comment', 'comment', 'close']);
  const values: { [remoteField: string]: unknown } = {};
  if (kind === 'close') values['System.State'] = 'Done';
  else if (kind === 'fields') {
    for (let n = between(random, 1, 2); n > 0; n--) {
      const field = pick(random, ['System.Title', 'System.Description', 'System.State', 'Microsoft.VSTS.Common.Priority']);
      if (field === 'System.Title') values[field] = `Work item ${id} renamed (${serial})`;
      else if (field === 'System.Description') values[field] = `<p>Found in <b>release ${serial}</b></p>`;
      else if (field === 'System.State') values[field] = pick(random, ['To Do', 'Doing', 'Done']);
      else values[field] = between(random, 1, 4);
    }
  }
  if (Object.keys(values).length) {
    const operations = Object.keys(values).map((f) => ({ op: 'add', path: `/fields/${f}`, value: values[f] }));
    asRemoteUser(bed, 'PATCH', `/workitems/${id}?api-version=7.1`, operations, 'application/json-patch+json');
    for (const field of Object.keys(values)) changes.changed(id, field);
  }
  if (kind !== 'fields') {
    // The serial makes each comment's text unique, so the audit can count its copies in the journal.
    const marker = `remote comment ${serial} on ${id}.`;
    asRemoteUser(bed, 'POST', `/workItems/${id}/comments?api-version=7.1-preview.4`, { text: `<p>Checked: <i>${marker}</i></p>` }, 'application/json');
    changes.commented(id, marker);
  }
}

/** Requests of the connection's own identity that change a work item (the catch-up poll's WIQL query is a POST
 * that changes nothing); `from` skips the ones before. */
function ourWrites(bed: Bed, from: number): number {
  const ours = (authorization: string) => Buffer.from(authorization.replace(/^Basic /, ''), 'base64').toString('utf8').indexOf(SECRETS.pat) >= 0;
  return bed.fake.requests
    .slice(from)
    .filter((r) => (r.method === 'POST' || r.method === 'PATCH') && !/\/wiql$/.test(r.path) && ours(String(r.headers.authorization || ''))).length;
}

export async function runInboundFaultScenario(options: InboundScenarioOptions): Promise<InboundScenarioReport> {
  const started = Date.now();
  const faults: HookFaultOptions = {
    dropRate: options.dropRate ?? DEFAULT_FAULTS.dropRate,
    duplicateRate: options.duplicateRate ?? DEFAULT_FAULTS.duplicateRate,
    maxDelaySeconds: options.maxDelaySeconds ?? DEFAULT_FAULTS.maxDelaySeconds,
    lateHours: options.lateHours ?? DEFAULT_FAULTS.lateHours,
  };
  const bed = await setUp({ app: options.app, seed: options.seed, incidents: options.incidents, activeMinutes: options.activeMinutes, faultEverySeconds: 0, drainMinutes: options.drainMinutes, validator: options.validator, workers: options.workers }, ['Incident Bridge: inbound catch-up']);
  try {
    const random = seededRandom(options.seed);
    const { instance, sim, fake, connection } = bed;
    // an admin's settings on the connection form (no script of the app): written as the form would, raw
    instance.db.update('x_incb_bridge_connection', connection, { close_code: 'Solution provided', catchup_watermark: '2026-11-22 09:59:00' });
    instance.addUser({ user_name: HOOK_USER, first_name: 'Azure DevOps', last_name: 'Hook', roles: ['x_incb_bridge.integration'] });
    const surface = GlideEmulator.createInstanceHttp(instance, options.app);
    // Azure DevOps raises every hook at once; the courier decides when (and whether, and how often) each arrives.
    fake.subscribe({ url: 'http://127.0.0.1:9/held', eventTypes: ['workitem.created', 'workitem.updated', 'workitem.commented', 'workitem.deleted', 'workitem.restored'] });
    fake.pauseHooks();
    const courier = new HookCourier(sim, random, faults, (payload) => {
      const answer = surface.handle({
        method: 'POST',
        path: `/api/x_incb_bridge/v1/hooks/azure-devops/${connection}`,
        query: {},
        headers: { 'content-type': 'application/json; charset=utf-8', 'x-incident-bridge-secret': SECRETS.inboundSecret },
        body: JSON.stringify(payload),
        user: HOOK_USER,
      });
      let result: string | undefined;
      try {
        result = JSON.parse(answer.body).result.status;
      } catch (e) {
        result = undefined;
      }
      return { status: answer.status, result };
    });
    let taken = 0;
    const handOver = () => {
      for (; taken < fake.deliveries.length; taken++) courier.raised(fake.deliveries[taken].payload);
    };

    // The incidents, linked to their work items by the app's outbound sync (their creation hooks, authored by the
    // connection's own identity, travel with the rest and must be ignored as our own changes).
    for (let n = 0; n < options.incidents; n++) save(null, { short_description: `Service ${n} degraded`, priority: String(between(random, 1, 4)), state: pick(random, ['1', '2']) });
    const linked = () => instance.db.rows('x_incb_bridge_link', 'remote_idISNOTEMPTY').length === options.incidents;
    const progress = options.progress ?? silentProgress();
    const label = 'inbound run' + workersLabel(options.workers);
    followSimulatedTime(sim, progress, `${label}: linking`, START_MS, undefined, `${options.incidents} incidents synced out first`);
    sim.runUntil(START_MS + 30 * MINUTE, linked);
    if (!linked()) throw new Error('The incidents were not all linked before the remote changes');
    handOver();
    const activeFrom = sim.now();
    const activeEnd = activeFrom + options.activeMinutes * MINUTE;
    const writesBefore = fake.requests.length;

    const changes = new RemoteChangeLog();
    let serial = 0;
    for (const link of instance.db.rows('x_incb_bridge_link', 'remote_idISNOTEMPTY')) {
      const id = Number(link.remote_id);
      for (let k = between(random, 2, 6); k > 0; k--) {
        const mine = ++serial;
        sim.at(activeFrom + between(random, 1, options.activeMinutes * 60) * 1000, () => {
          remoteChange(bed, random, id, mine, changes);
          handOver();
        });
      }
    }
    const outage = new ProcessingOutage(instance);
    if (options.outageEveryMinutes > 0) outage.plan(sim, random, activeFrom, activeEnd, options.outageEveryMinutes);

    followSimulatedTime(sim, progress, label, activeFrom, options.activeMinutes, `${serial} remote changes`, () => `${courier.stats.copies} hook copies delivered`);
    sim.runUntil(activeEnd);
    // Settled: every copy arrived, nothing open in the inbox, and a catch-up poll ran after the last change.
    const open = () => instance.db.rows('x_incb_bridge_inbox', 'stateINreceived,processing,failed').length;
    const polledAfter = activeEnd + 16 * MINUTE;
    followSimulatedTime(sim, progress, `${label}: drain until settled`, activeEnd, undefined, '', () => `${open()} inbox events open`);
    sim.runUntil(activeEnd + options.drainMinutes * MINUTE, () => sim.now() >= polledAfter && courier.pending() === 0 && open() === 0);
    progress.end(`${courier.stats.copies} hook copies delivered`);
    const inbox = instance.db.rows('x_incb_bridge_inbox');
    return {
      seed: options.seed,
      hooks: courier.stats,
      outages: outage.outages,
      refusedSaves: outage.refused,
      caughtUp: inbox.filter((r) => r.event_id.indexOf('catch-up/') === 0).length,
      inboxStates: countBy(inbox, 'state'),
      echoes: ourWrites(bed, writesBefore),
      audit: auditInbound(instance, fake, connection, changes),
      validationFailures: fake.validationFailures.length,
      settledAfterMinutes: Math.round((sim.now() - START_MS) / MINUTE),
      wallMs: Date.now() - started,
      requests: bed.wire.stats.requests.length,
      workers: bed.workers.stats,
    };
  } finally {
    await bed.fake.stop();
  }
}
