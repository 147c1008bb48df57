// createSession(app, options): ONE long-lived emulated instance with the built app installed, as the sandbox runs
// it inside a script engine: its HTTP surface (createInstanceHttp), the platform rules, and a scheduler for the
// app's scheduled jobs. The engines only forward calls to it:
//   start(spec)     users, then the base data or a restored snapshot, then upserts; schedules the jobs
//   http(request)   one inbound request, answered as request.user
//   tick(nowMs?)    processes due events, queued async business rules and due scheduled jobs, once; a nowMs ahead
//                   of the instance clock moves the clock forward to it first (the clock never goes back)
//   drain()         ticks until a round runs nothing (bounded by maxDrainRounds)
//   dump()          the whole database plus the job bookkeeping (SessionSnapshot)
//   runJob(name)    a scheduled job now, as its "Execute Now" (null: no such job)
//   info()          app, clock, a few row counts, the jobs' next runs
//   stats()         database operations and outbound requests since the start (counters only)
//   records(query)  rows of one of the app's own tables, filtered, newest first, no password2 column (records-query.ts)
//   changes()       what the calls since the last changes() committed (SessionChanges), or null when nothing
//   atfBegin()      an ATF test starts: every row written from now on is remembered as it was (atf/server-steps.ts)
//   atfStep(step)   one server-side ATF step, in its scope, as its user (AtfStepOutcome)
//   atfBasicAuth(id)  the user name and password of a basic auth profile, for a Send REST Request - Inbound step
//   atfEnd()        the test is over: its changes are rolled back as ATF does (AtfRollbackReport)
// Outbound requests and log lines are handed on (transport, onLog) and not kept: a sandbox runs for days.
import type { HttpTransport, Instance, InstanceOptions } from '../contract';
import type { InstanceHttp } from '../http/types';
import { createLoopback, servletBase } from './loopback';
import type { LoadedApp } from '../../loader/types';
import type { InstanceHttpRequest, InstanceHttpResponse } from '../http/types';
import { createInstanceHttp } from '../http/instance-http';
import { excludedFromRollback, runServerStep } from '../atf/server-steps';
import type { AtfBasicAuth, AtfRollbackReport, AtfServerStepRequest, AtfStepOutcome } from '../atf/types';
import { buildInstance } from '../instance';
import { createAppInstance } from '../install/install-app';
import { internalDateTime } from '../services/civilTime';
import { createServices } from '../services/index';
import { restoreDatabase } from './database-restore';
import { engineTransport } from './engine-transport';
import { JobScheduler } from './job-scheduler';
import { queryRecords } from './records-query';
import { addPlatformRules } from './platform-rules';
import { applySeed, ensureUsers, upsertRecord } from './seed-data';
import type { DrainReport, JobRun, RecordsQuery, SessionChanges, SessionInfo, SessionOptions, SessionSnapshot, SessionStart, SessionStats, TickReport } from './types';

export interface SandboxSession {
  /** the emulated instance (Jest may install its globals and inspect it directly) */
  instance: Instance;
  start(spec: SessionStart): SessionInfo;
  http(request: InstanceHttpRequest): InstanceHttpResponse;
  tick(nowMs?: number): TickReport;
  drain(): DrainReport;
  dump(): SessionSnapshot;
  runJob(nameOrSysId: string): JobRun | null;
  info(): SessionInfo;
  stats(): SessionStats;
  records(query: RecordsQuery): Array<{ [field: string]: string }>;
  changes(): SessionChanges | null;
  atfBegin(): { enabled: boolean };
  atfStep(request: AtfServerStepRequest): AtfStepOutcome;
  atfBasicAuth(profileSysId: string): AtfBasicAuth;
  atfEnd(): AtfRollbackReport;
}

var DEFAULT_MAX_DRAIN_ROUNDS = 50;
var COUNTED_TABLES = ['incident', 'sys_user', 'sys_user_group', 'cmdb_ci', 'sys_journal_field'];

function checkSnapshot(snapshot: SessionSnapshot): void {
  if (!snapshot || snapshot.format !== 'incident-bridge-sandbox' || snapshot.version !== 1 || !snapshot.database) {
    throw new Error('not a sandbox snapshot (expected format "incident-bridge-sandbox", version 1)');
  }
}

export function createSession(app: LoadedApp, options?: SessionOptions): SandboxSession {
  var opts = options || {};
  var realClock = opts.clock || function () { return new Date().getTime(); };
  /** while seeding, the clock stands at each step's time */
  var pinned: number | null = null;
  var accessTracking = opts.accessTracking || 'enforcing';
  var instanceOptions: InstanceOptions = {
    clock: function () { return pinned !== null ? pinned : realClock(); },
    onLog: opts.onLog,
    // The session itself (seeding, ticks, web services) is the platform; the app's scripts run in their own scope.
    callerScope: 'global',
    accessTracking: accessTracking,
  };
  // requests the instance's scripts send to the instance itself are served in place (loopback.ts)
  var inboundLate: InstanceHttp | null = null;
  var instanceRef: Instance | null = null;
  var loopback = createLoopback(
    function () { return instanceRef ? servletBase(instanceRef) : ''; },
    function () { return inboundLate as InstanceHttp; }
  );
  var outbound: HttpTransport | null = opts.transport || (opts.hostHttp ? engineTransport(opts.hostHttp) : null);
  if (outbound) instanceOptions.transport = loopback.transport(outbound);
  var instance = createAppInstance(function (o: InstanceOptions) { return buildInstance(o, createServices); }, app, instanceOptions);
  if (opts.platformRules !== false) addPlatformRules(instance);
  instance.db.trackChanges();
  instanceRef = instance;
  var inbound = createInstanceHttp(instance, app);
  inboundLate = inbound;
  var atfGlide: { [name: string]: any } = {};
  instance.install(atfGlide);
  var atfHost = { instance: instance, glide: atfGlide, recordAccess: function () { return inbound.recordAccess(); } };
  var scheduler = new JobScheduler(instance, app);
  var maxRounds = opts.maxDrainRounds || DEFAULT_MAX_DRAIN_ROUNDS;
  var started = false;
  var outboundRequests = 0;
  /** the jobs' bookkeeping as changes() last reported it */
  var reportedSchedules = '';

  /** what the instance keeps for tests (sent requests, log lines) is not kept here: it was handed on already; only
   * the number of requests is */
  function forgetHistory(): void {
    outboundRequests += instance.http.requests.length;
    instance.http.requests.splice(0, instance.http.requests.length);
    instance.logs.splice(0, instance.logs.length);
  }

  function info(): SessionInfo {
    var counts: { [table: string]: number } = {};
    for (var i = 0; i < COUNTED_TABLES.length; i++) counts[COUNTED_TABLES[i]] = instance.db.rows(COUNTED_TABLES[i]).length;
    return {
      app: { scope: app.app.scope, name: app.app.name, version: app.app.version, runtimeAccessTracking: app.app.runtimeAccessTracking },
      accessTracking: accessTracking,
      now: instance.clock.now(),
      counts: counts,
      jobs: scheduler.list(),
    };
  }

  /** events and async rules until none is left (bounded): what seeding queued runs at the seed step's time */
  function settle(): void {
    for (var round = 0; round < maxRounds; round++) {
      if (instance.processEvents() + instance.runAsyncRules() === 0) return;
    }
  }

  function tick(nowMs?: number): TickReport {
    if (typeof nowMs === 'number' && nowMs > instance.clock.now()) instance.clock.set(nowMs);
    var report: TickReport = { events: instance.processEvents(), asyncRules: instance.runAsyncRules(), jobs: scheduler.runDue(instance.clock.now()) };
    forgetHistory();
    return report;
  }

  return {
    instance: instance,
    start: function (spec: SessionStart) {
      if (started) throw new Error('the session has started already');
      started = true;
      loopback.setPasswords(spec.users);
      if (spec.snapshot) {
        checkSnapshot(spec.snapshot);
        restoreDatabase(instance, app, spec.snapshot.database);
        ensureUsers(instance, spec.users);
      } else {
        ensureUsers(instance, spec.users);
        if (spec.seed) {
          try {
            applySeed(instance, spec.seed, { pin: function (ms: number) { pinned = ms; }, settle: settle }, realClock());
          } finally {
            pinned = null;
          }
        }
      }
      var upserts = spec.upserts || [];
      for (var i = 0; i < upserts.length; i++) upsertRecord(instance, upserts[i]);
      scheduler.start(instance.clock.now(), spec.snapshot ? spec.snapshot.schedules : undefined);
      forgetHistory();
      return info();
    },
    http: function (request: InstanceHttpRequest) {
      var response = inbound.handle(request);
      forgetHistory();
      return response;
    },
    tick: tick,
    drain: function () {
      var total: DrainReport = { events: 0, asyncRules: 0, jobs: [], rounds: 0, settled: false };
      while (total.rounds < maxRounds) {
        var round = tick();
        total.rounds++;
        total.events += round.events;
        total.asyncRules += round.asyncRules;
        total.jobs = total.jobs.concat(round.jobs);
        if (round.events === 0 && round.asyncRules === 0 && round.jobs.length === 0) {
          total.settled = true;
          break;
        }
      }
      return total;
    },
    dump: function () {
      return {
        format: 'incident-bridge-sandbox',
        version: 1,
        savedAt: internalDateTime(instance.clock.now()),
        app: { scope: app.app.scope, version: app.app.version },
        database: instance.db.dump(),
        schedules: scheduler.snapshot(),
      };
    },
    runJob: function (nameOrSysId: string) {
      var run = scheduler.runNow(nameOrSysId);
      forgetHistory();
      return run;
    },
    info: info,
    stats: function () {
      return { db: instance.db.stats(), outboundRequests: outboundRequests + instance.http.requests.length };
    },
    records: function (query: RecordsQuery) {
      return queryRecords(instance, app, query);
    },
    atfBegin: function () {
      // "Enable test/test suite execution" (sn_atf.runner.enabled) is off by default: an instance runs no test then
      var enabled = (instance.db.rows('sys_properties', 'name=sn_atf.runner.enabled')[0] || { value: '' }).value === 'true';
      if (enabled) instance.db.beginRollback();
      return { enabled: enabled };
    },
    atfStep: function (request: AtfServerStepRequest) {
      var outcome = runServerStep(atfHost, request);
      forgetHistory();
      return outcome;
    },
    atfBasicAuth: function (profileSysId: string) {
      var profile = instance.db.get('sys_auth_profile_basic', String(profileSysId));
      return profile ? { found: true, username: profile.username || '', password: profile.password || '' } : { found: false, username: '', password: '' };
    },
    atfEnd: function () {
      var undone = instance.db.rollback(excludedFromRollback);
      forgetHistory();
      return undone;
    },
    changes: function () {
      var database = instance.db.takeChanges();
      var schedules = scheduler.snapshot();
      var schedulesText = JSON.stringify(schedules);
      var wrote = false;
      for (var base in database.tables) if (Object.prototype.hasOwnProperty.call(database.tables, base)) wrote = true;
      if (!wrote && schedulesText === reportedSchedules) return null;
      reportedSchedules = schedulesText;
      return { database: database, schedules: schedules, savedAt: internalDateTime(instance.clock.now()) };
    },
  };
}
