// Azure DevOps' service hooks as an unreliable network delivers them to the instance: every hook Azure DevOps raises
// is handed over here, and its fate is drawn from the seeded generator: dropped (no copy ever arrives: only the
// catch-up poll can recover the change), or delivered after a random delay (so hooks overtake each other, across
// work items and within one), and perhaps delivered again (Azure DevOps redelivers; a copy may come hours later,
// after the catch-up poll or the first copy applied it long ago). Copies are delivered on simulated time through
// `deliver`, which POSTs to the installed route.
import type { HookPayload } from '@incb/ado-fake';
import { between, Random } from './seeded-random';
import type { Simulation } from './simulation';

export interface HookFaultOptions {
  /** share of hooks no copy of which ever arrives */
  dropRate: number;
  /** share of the delivered hooks that arrive more than once */
  duplicateRate: number;
  /** a copy's delay: up to this many seconds, or (a redelivery, one in three) up to `lateHours` hours */
  maxDelaySeconds: number;
  lateHours: number;
}

export interface HookStats {
  raised: number;
  dropped: number;
  /** hooks that arrived more than once */
  duplicated: number;
  /** copies sent to the route */
  copies: number;
  /** copies that arrived after a hook Azure DevOps raised later for the same work item */
  reordered: number;
  /** copies that arrived an hour or more after the change */
  late: number;
  /** the route's answers: HTTP status, and the result's status when it has one ("accepted", "duplicate") */
  answers: { [answer: string]: number };
}

const HOUR = 3600 * 1000;

function workItemOf(payload: HookPayload): number {
  const resource = payload.resource as any;
  return Number(resource.workItemId || resource.id || (resource.revision && resource.revision.id));
}

export class HookCourier {
  readonly stats: HookStats = { raised: 0, dropped: 0, duplicated: 0, copies: 0, reordered: 0, late: 0, answers: {} };
  /** per work item: how many hooks were raised, and the latest raised (by that count) that has arrived */
  private readonly raisedPerItem: { [id: number]: number } = {};
  private readonly newestArrived: { [id: number]: number } = {};
  private inFlight = 0;

  constructor(
    private readonly sim: Simulation,
    private readonly random: Random,
    private readonly options: HookFaultOptions,
    private readonly deliver: (payload: HookPayload) => { status: number; result?: string }
  ) {}

  /** Copies still on their way. */
  pending(): number {
    return this.inFlight;
  }

  /** Azure DevOps raised `payload` now: decides its fate and schedules its copies. */
  raised(payload: HookPayload): void {
    const item = workItemOf(payload);
    const order = (this.raisedPerItem[item] = (this.raisedPerItem[item] || 0) + 1);
    this.stats.raised++;
    if (this.random() < this.options.dropRate) {
      this.stats.dropped++;
      return;
    }
    const copies = this.random() < this.options.duplicateRate ? between(this.random, 2, 3) : 1;
    if (copies > 1) this.stats.duplicated++;
    for (let c = 0; c < copies; c++) {
      const late = c > 0 && this.random() < 1 / 3;
      const delayMs = late ? between(this.random, 1, this.options.lateHours * 3600) * 1000 : between(this.random, 0, this.options.maxDelaySeconds) * 1000;
      this.inFlight++;
      const raisedAt = this.sim.now();
      this.sim.at(raisedAt + delayMs, () => this.arrive(payload, item, order, raisedAt));
    }
  }

  private arrive(payload: HookPayload, item: number, order: number, raisedAt: number): void {
    this.inFlight--;
    this.stats.copies++;
    if ((this.newestArrived[item] || 0) > order) this.stats.reordered++;
    this.newestArrived[item] = Math.max(this.newestArrived[item] || 0, order);
    if (this.sim.now() - raisedAt >= HOUR) this.stats.late++;
    const answer = this.deliver(payload);
    const key = answer.status + (answer.result ? ' ' + answer.result : '');
    this.stats.answers[key] = (this.stats.answers[key] || 0) + 1;
  }
}
