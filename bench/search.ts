/** Search benchmark: index build time, latency over the fixed 100 typed prefixes, memory. */
import { performance } from 'node:perf_hooks';
import { createSearchIndex } from '../src/core/search';
import { generateLibrary, type GeneratedLibrary } from './generate';
import { SEARCH_QUERIES } from './searchQueries';
import { median, quantile, round } from './stats';

export interface SearchBench {
  works: number;
  notes: number;
  buildMs: number;
  searchMedianMs: number;
  searchP95Ms: number;
  searchMaxMs: number;
  /** The slowest queries, for the note ("k 4.1 ms"). */
  slowest: string[];
  /** Process RSS after the index is built, in MB. */
  rssMB: number;
}

/**
 * Builds the search index over a generated library of `size` works (or `library`) and times
 * every query of `SEARCH_QUERIES` `rounds` times after one warm-up round.
 */
export function benchSearch(
  size: number,
  options: { library?: GeneratedLibrary; rounds?: number; limitPerKind?: number } = {},
): SearchBench {
  const library = options.library ?? generateLibrary(size);
  const rounds = options.rounds ?? 5;
  const t0 = performance.now();
  const index = createSearchIndex();
  index.addWorks(library.works);
  index.addNotes(library.notes);
  const buildMs = performance.now() - t0;

  const limitPerKind = options.limitPerKind ?? 10;
  for (const q of SEARCH_QUERIES) index.search(q, { limitPerKind });
  const times: number[] = [];
  const worst = new Map<string, number>();
  for (let r = 0; r < rounds; r++) {
    for (const q of SEARCH_QUERIES) {
      const t = performance.now();
      index.search(q, { limitPerKind });
      const ms = performance.now() - t;
      times.push(ms);
      worst.set(q, Math.max(worst.get(q) ?? 0, ms));
    }
  }
  const slowest = [...worst]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([q, ms]) => `${q} ${ms.toFixed(1)} ms`);
  return {
    works: library.works.length,
    notes: library.notes.length,
    buildMs: round(buildMs, 1),
    searchMedianMs: round(median(times)),
    searchP95Ms: round(quantile(times, 0.95)),
    searchMaxMs: round(Math.max(...times)),
    slowest,
    rssMB: Math.round(process.memoryUsage().rss / 1e6),
  };
}
