// Simulated time for an emulated instance with the built app installed: the clock moves from one moment something is
// due to the next (a harness action, a queued or scheduled event, an installed scheduled job), and at each moment the
// instance does what a real one would: run due events (script actions) and due jobs. Nothing waits in real time, so
// hours of retries, backoffs, rate-limit windows and cool-downs run in seconds.
import type { Instance } from '@incb/glide-emulator';
import type { LoadedApp } from '@incb/glide-emulator/loader';

interface Job {
  name: string;
  script: string;
  scope: string;
  periodMs: number;
  nextMs: number;
}

interface Action {
  atMs: number;
  seq: number;
  run: () => void;
}

export class Simulation {
  private readonly jobs: Job[] = [];
  private readonly actions: Action[] = [];
  private seq = 0;
  /** moments the simulation stopped at */
  steps = 0;
  /** called after each moment with the simulated time (a run's progress lines) */
  onMoment: (nowMs: number) => void = () => undefined;

  /** `afterStep` runs after each moment (the wire recorder undoes a dead worker's writes there). */
  constructor(readonly instance: Instance, app: LoadedApp, jobNames: string[], private readonly afterStep: () => void = () => undefined) {
    for (const name of jobNames) {
      const job = app.scheduledJobs.find((j) => j.name === name);
      if (!job || !job.runPeriodMs) throw new Error(`No periodic scheduled job named ${name} in the built app`);
      this.jobs.push({ name, script: job.script, scope: job.scope, periodMs: job.runPeriodMs, nextMs: instance.clock.now() + job.runPeriodMs });
    }
  }

  now(): number {
    return this.instance.clock.now();
  }

  at(atMs: number, run: () => void): void {
    this.actions.push({ atMs, seq: this.seq++, run });
  }

  /** Runs until `endMs`, or earlier once `done()` holds after a moment. */
  runUntil(endMs: number, done: () => boolean = () => false): void {
    for (;;) {
      const now = this.now();
      this.actions.sort((a, b) => a.atMs - b.atMs || a.seq - b.seq);
      while (this.actions.length && this.actions[0].atMs <= now) {
        this.actions.shift()!.run();
        this.afterStep();
      }
      this.instance.processEvents();
      this.afterStep();
      for (const job of this.jobs) {
        if (job.nextMs > now) continue;
        // the installed job's script, as a script of the job's scope (the app's)
        this.instance.evaluate(job.script, {}, job.scope);
        this.afterStep();
        job.nextMs += job.periodMs;
      }
      this.steps++;
      this.onMoment(now);
      if (done()) return;
      const next = this.nextMoment();
      if (next > endMs) return;
      this.instance.clock.set(Math.max(next, now + 1));
    }
  }

  private nextMoment(): number {
    const candidates = this.jobs.map((j) => j.nextMs);
    if (this.actions.length) candidates.push(Math.min(...this.actions.map((a) => a.atMs)));
    const event = this.instance.db.rows('sysevent', 'state=ready^ORDERBYprocess_on')[0];
    if (event) candidates.push(Date.parse(event.process_on.replace(' ', 'T') + 'Z'));
    return Math.min(...candidates);
  }
}
