// Runs the sandbox's background processing (events, async business rules, scheduled jobs) every `intervalMs` in
// real time. One tick at a time: the next is scheduled when the previous one has finished, so a slow tick delays
// the next instead of piling ticks up. The timer never keeps Node alive on its own.
export interface Ticker {
  /** stops scheduling and waits for a tick in progress */
  stop(): Promise<void>;
}

export function startTicker(intervalMs: number, tick: () => Promise<void>): Ticker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(() => {
        running = undefined;
        schedule();
      });
    }, intervalMs);
    timer.unref();
  };
  schedule();

  return {
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (running) await running;
    },
  };
}
