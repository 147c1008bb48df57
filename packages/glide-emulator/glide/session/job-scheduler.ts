// The app's scheduled jobs (sysauto_script) in a sandbox: when each runs next (schedule-times.ts), running the due
// ones, and the bookkeeping a restart carries over (JobSchedule per job sys_id, in the session snapshot).
// A job runs its installed script text as its run_as user (sysauto_script.run_as; admin when unset or unknown). A
// conditional job first evaluates its condition with `answer` in scope; it runs when `answer`, or else the
// condition's completion value, is truthy. Either way the job is rescheduled. runNow() is the form's "Execute Now":
// it runs the job at once and leaves its schedule alone.
import type { Instance } from '../contract';
import type { AppRow, LoadedApp, ScheduledJobDefinition } from '../../loader/types';
import { ScheduleSpec, nextRunAtOrAfter, parseInternalDateTime, parseTimeOfDay } from './schedule-times';
import type { JobRun, JobSchedule } from './types';

interface ScheduledJob {
  job: ScheduledJobDefinition;
  spec: ScheduleSpec;
  /** sys_user sys_id from run_as, '' when unset */
  runAs: string;
}

var CONDITION = 'var answer;\nvar completion = eval(jobCondition);\nreturn answer !== undefined ? answer : completion;';

function intOrNull(text: string | undefined): number | null {
  var n = parseInt(text || '', 10);
  return isNaN(n) ? null : n;
}

function rawRow(app: LoadedApp, sysId: string): AppRow {
  var rows = app.records['sysauto_script'] || [];
  for (var i = 0; i < rows.length; i++) if (rows[i].sys_id === sysId) return rows[i];
  return {};
}

function errorText(e: any): string {
  return e && e.message !== undefined ? String(e.message) : String(e);
}

export class JobScheduler {
  private jobs: ScheduledJob[] = [];
  private schedules: { [sysId: string]: JobSchedule } = {};
  private glide: { [name: string]: any } = {};

  constructor(private instance: Instance, app: LoadedApp) {
    instance.install(this.glide);
    for (var i = 0; i < app.scheduledJobs.length; i++) {
      var job = app.scheduledJobs[i];
      var raw = rawRow(app, job.sysId);
      this.jobs.push({
        job: job,
        runAs: raw.run_as || '',
        spec: {
          runType: job.runType,
          runStart: parseInternalDateTime(job.runStart),
          timeOfDay: parseTimeOfDay(job.runTime),
          periodMs: job.runPeriodMs === undefined ? null : job.runPeriodMs,
          dayOfWeek: intOrNull(raw.run_dayofweek),
          dayOfMonth: intOrNull(raw.run_dayofmonth),
        },
      });
    }
  }

  /** Schedules every job from `nowMs`, or carries on from a snapshot's bookkeeping where it has the job. */
  start(nowMs: number, restored?: { [sysId: string]: JobSchedule }): void {
    this.schedules = {};
    for (var i = 0; i < this.jobs.length; i++) {
      var entry = this.jobs[i];
      var sysId = entry.job.sysId;
      var previous = restored && Object.prototype.hasOwnProperty.call(restored, sysId) ? restored[sysId] : null;
      var next = entry.job.active ? nextRunAtOrAfter(entry.spec, nowMs, nowMs) : null;
      if (previous && entry.job.active && previous.nextRunAt !== null && next !== null) next = previous.nextRunAt;
      this.schedules[sysId] = { nextRunAt: next, lastRunAt: previous ? previous.lastRunAt : null };
    }
  }

  /** Runs every job due at `nowMs`, earliest first, and reschedules each. */
  runDue(nowMs: number): JobRun[] {
    var due: ScheduledJob[] = [];
    for (var i = 0; i < this.jobs.length; i++) {
      var next = this.schedules[this.jobs[i].job.sysId].nextRunAt;
      if (next !== null && next <= nowMs) due.push(this.jobs[i]);
    }
    var schedules = this.schedules;
    due.sort(function (a, b) {
      return (schedules[a.job.sysId].nextRunAt as number) - (schedules[b.job.sysId].nextRunAt as number);
    });
    var runs: JobRun[] = [];
    for (var d = 0; d < due.length; d++) {
      var schedule = schedules[due[d].job.sysId];
      runs.push(this.execute(due[d]));
      schedule.lastRunAt = nowMs;
      // The grid continues from the run that was due, so a periodic job keeps its rhythm; runs missed meanwhile
      // collapse into this one.
      schedule.nextRunAt = due[d].spec.runType === 'once' ? null : nextRunAtOrAfter(due[d].spec, nowMs + 1, schedule.nextRunAt as number);
    }
    return runs;
  }

  /** Runs a job now by sys_id or name, whatever its schedule; null when the app has no such job. */
  runNow(nameOrSysId: string): JobRun | null {
    for (var i = 0; i < this.jobs.length; i++) {
      if (this.jobs[i].job.sysId === nameOrSysId || this.jobs[i].job.name === nameOrSysId) return this.execute(this.jobs[i]);
    }
    return null;
  }

  snapshot(): { [sysId: string]: JobSchedule } {
    var copy: { [sysId: string]: JobSchedule } = {};
    for (var id in this.schedules) {
      if (Object.prototype.hasOwnProperty.call(this.schedules, id)) copy[id] = { nextRunAt: this.schedules[id].nextRunAt, lastRunAt: this.schedules[id].lastRunAt };
    }
    return copy;
  }

  list(): Array<{ name: string; sysId: string; runType: string; nextRunAt: number | null }> {
    var out: Array<{ name: string; sysId: string; runType: string; nextRunAt: number | null }> = [];
    for (var i = 0; i < this.jobs.length; i++) {
      var job = this.jobs[i].job;
      out.push({ name: job.name, sysId: job.sysId, runType: job.runType, nextRunAt: this.schedules[job.sysId] ? this.schedules[job.sysId].nextRunAt : null });
    }
    return out;
  }

  private userNameOf(entry: ScheduledJob): string {
    var user = new this.glide.GlideRecord('sys_user');
    return entry.runAs && user.get(entry.runAs) ? user.getValue('user_name') : 'admin';
  }

  private execute(entry: ScheduledJob): JobRun {
    var instance = this.instance;
    var job = entry.job;
    var run: JobRun = { name: job.name, sysId: job.sysId, ok: true };
    try {
      instance.runAs(this.userNameOf(entry), function () {
        if (job.conditional && job.condition && !instance.evaluate(CONDITION, { jobCondition: job.condition }, job.scope)) {
          run.skipped = true;
          return;
        }
        instance.evaluate(job.script, {}, job.scope);
      });
    } catch (e) {
      run.ok = false;
      run.error = errorText(e);
      this.glide.gs.error('Scheduled job "' + job.name + '" failed: ' + run.error);
    }
    return run;
  }
}
