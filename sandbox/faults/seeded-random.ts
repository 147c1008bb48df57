// A small seeded pseudo-random generator (mulberry32), so a fault run with the same seed injects the same faults at
// the same moments and its figures can be compared run to run. (The app's own randomness, sys_ids and backoff jitter,
// stays Math.random, as on an instance.)

export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max]. */
export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: T[]): T {
  return items[Math.floor(random() * items.length)];
}
