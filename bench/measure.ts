// Timing helpers for the benchmark: milliseconds of CPU time (or wall clock, see `clock`), medians and
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

/**
 * The clock: `cpu` (default) is this process's CPU time (user + system, process.cpuUsage), which
 * on an idle machine equals the wall time of this single-threaded work but, unlike wall time, does
 * not grow when other programs share the cores; `wall` is performance.now() (flag --wall).
 */
export const clock: 'cpu' | 'wall' = process.argv.includes('--wall') ? 'wall' : 'cpu';

/** The current reading of the clock in ms. */
export function now(): number {
  if (clock === 'wall') return performance.now();
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Runs `fn` once and returns its duration in ms. */
export function time(fn: () => void): number {
  const start = now();
  fn();
  return now() - start;
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

/**
 * Median durations of several functions measured side by side: `warmup` untimed rounds, then `runs`
 * timed rounds, each round running every function once, in an order that rotates from round to
 * round. So each function is timed as often, after as much warm-up, and in the same minutes as the
 * others (the machine's speed moves by up to 1.5× between minutes, and V8's compiler and collector
 * threads, counted in CPU time, are busiest right after new code runs): the ratio of two medians
 * compares like with like. A null function is skipped (its median is null).
 */
export function pairedMedians(fns: readonly ((() => void) | null)[], runs: number, warmup = 1): (number | null)[] {
  const live = fns.map((fn, i) => ({ fn, i })).filter((x): x is { fn: () => void; i: number } => x.fn !== null);
  for (let w = 0; w < warmup; w++) for (const { fn } of live) fn();
  const times: number[][] = fns.map(() => []);
  for (let r = 0; r < runs; r++) {
    for (let k = 0; k < live.length; k++) {
      const { fn, i } = live[(r + k) % live.length]!;
      times[i]!.push(time(fn));
    }
  }
  return fns.map((fn, i) => (fn === null ? null : median(times[i]!)));
}

/** Rounds to 2 decimals for the results file (null stays null). */
export function round(n: number | null): number | null {
  return n === null || !Number.isFinite(n) ? null : Math.round(n * 100) / 100;
}
