/** Small timing helpers for the benchmark suite (figures are printed, never asserted). */
import { performance } from 'node:perf_hooks';

/** Runs `fn` `runs` times after `warmup` runs; returns every duration in ms. */
export function timeRuns(fn: () => unknown, runs: number, warmup = 2): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/** The q-quantile (0..1) of a list of numbers. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[idx] ?? NaN;
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** Rounds to 3 significant decimals for the JSON report. */
export const round = (n: number, digits = 3): number => Number(n.toFixed(digits));
