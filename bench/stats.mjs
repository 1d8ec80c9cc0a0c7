// Small statistics helpers for the bench.

/** Rounds to 3 decimals (milliseconds with microsecond resolution). */
export const round3 = (x) => Math.round(x * 1000) / 1000;

/** Linear-interpolated percentile (numpy's default) of an ascending-sorted array; p in [0, 100]. */
export function percentile(sorted, p) {
  if (sorted.length === 0) throw new Error('percentile of an empty sample');
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

/** p50/p99/mean/max of a list of latencies in ms, rounded to 3 decimals. */
export function summarize(samples) {
  const sorted = Float64Array.from(samples).sort();
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return {
    n: sorted.length,
    p50: round3(percentile(sorted, 50)),
    p90: round3(percentile(sorted, 90)),
    p99: round3(percentile(sorted, 99)),
    mean: round3(mean),
    max: round3(sorted[sorted.length - 1]),
  };
}

/** Deterministic PRNG (mulberry32): the bench's samples are the same on every run. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
