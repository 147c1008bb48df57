// Progress lines of a simulated run: the simulated minutes passed since `fromMs` (of how many, when the phase has a
// set end), read at each moment the simulation stops at; wall time is what Progress adds.
import type { Progress } from '../progress';
import type { Simulation } from './simulation';

const MINUTE = 60000;

/** Starts `phase` on `progress` and reports it from every moment of `sim` until another phase takes over. */
export function followSimulatedTime(sim: Simulation, progress: Progress, phase: string, fromMs: number, totalMinutes?: number, note = '', detail: () => string = () => ''): void {
  progress.start(phase, totalMinutes, 'simulated minutes', note);
  sim.onMoment = (nowMs) => progress.update(Math.floor((nowMs - fromMs) / MINUTE), detail);
}
