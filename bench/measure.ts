// Timing helpers for the benchmark: wall-clock milliseconds with performance.now(), medians and
// percentiles over repeated runs, and a warm-up so the JIT has compiled the hot paths first.

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0–100) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** Runs `fn` once and returns its duration in ms. */
export function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * Median duration of `fn` over `runs` runs after `warmup` untimed runs. Slow cases pass small
 * numbers (a 1 MB text parsed by remark takes seconds).
 */
export function medianTime(fn: () => void, runs: number, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(time(fn));
  return median(times);
}

/** Rounds to 2 decimals for the results file (null stays null). */
export function round(n: number | null): number | null {
  return n === null || !Number.isFinite(n) ? null : Math.round(n * 100) / 100;
}
