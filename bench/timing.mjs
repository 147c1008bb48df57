// Timing of sequential operations: each sample is one operation's wall time (performance.now), summarised as
// mean, median, 95th percentile and operations per second over the whole series.
import { performance } from 'node:perf_hooks';

export function summarize(samplesMs) {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const total = samplesMs.reduce((sum, ms) => sum + ms, 0);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const round = (ms) => Math.round(ms * 1000) / 1000;
  return { n: samplesMs.length, meanMs: round(total / samplesMs.length), p50Ms: round(at(0.5)), p95Ms: round(at(0.95)), perSecond: Math.round((samplesMs.length / total) * 1000 * 10) / 10 };
}

/** runs `operation(i)` n times one after the other; returns the summary of their times */
export async function timeSequential(n, operation) {
  const samples = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await operation(i);
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

/** the wall time of one operation, in ms */
export async function timeOnce(operation) {
  const started = performance.now();
  const value = await operation();
  return { ms: Math.round((performance.now() - started) * 1000) / 1000, value };
}
