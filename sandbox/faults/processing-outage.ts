// Transient failures of the instance's processing: during an outage a before rule on incident refuses every update
// (as a record lock, a data policy or another app's rule would), so an inbox row applied then fails and must be
// retried later by the sweep, holding back the newer rows of its work item meanwhile. Outages are short and far
// apart, as transient failures are: the sweep's retries (every 15 minutes, 5 attempts) are meant to outlast them.
import type { Instance } from '@incb/glide-emulator';
import { between, Random } from './seeded-random';
import type { Simulation } from './simulation';

export class ProcessingOutage {
  /** planned outages, and incident updates refused during them */
  outages = 0;
  refused = 0;
  private down = false;

  constructor(instance: Instance) {
    instance.addBusinessRule({
      name: 'Fault run: processing outage',
      table: 'incident',
      when: 'before',
      update: true,
      order: 1,
      script: (current: any) => {
        if (!this.down) return;
        this.refused++;
        current.setAbortAction(true);
      },
    });
  }

  /** An outage of 30 s to 2 min about every `everyMinutes` between `fromMs` and `untilMs`. */
  plan(sim: Simulation, random: Random, fromMs: number, untilMs: number, everyMinutes: number): void {
    for (let at = fromMs + between(random, 1, everyMinutes * 60) * 1000; at < untilMs; at += between(random, everyMinutes * 30, everyMinutes * 90) * 1000) {
      const lastsMs = between(random, 30, 120) * 1000;
      this.outages++;
      sim.at(at, () => (this.down = true));
      sim.at(at + lastsMs, () => (this.down = false));
    }
  }
}
