/** Search benchmark: index build time, latency over the fixed 100 typed prefixes, memory. */
import { performance } from 'node:perf_hooks';
import { createSearchIndex } from '../src/core/search';
import { generateLibrary, type GeneratedLibrary } from './generate';
import { SEARCH_QUERIES } from './searchQueries';
import { median, quantile, round } from './stats';

/** Heap plus array buffers in use, after a full collection when `global.gc` is exposed. */
function memoryInUse(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  // Twice: the first collection may leave freed array buffers to be released by the second.
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

export interface SearchBench {
  works: number;
  notes: number;
  buildMs: number;
  /** CPU time of the build (all threads, GC included): steadier than wall time on a busy machine. */
  buildCpuMs: number;
  /** Median and p95 over the 100 queries, each query's latency the median of its rounds. */
  searchMedianMs: number;
  searchP95Ms: number;
  /** p95 over every single run (rounds x 100), scheduling hiccups included. */
  searchP95AllRunsMs: number;
  searchMaxMs: number;
  /** The slowest queries, for the note ("k 4.1 ms"). */
  slowest: string[];
  /** Process RSS after the index is built, in MB (the generated library included). */
  rssMB: number;
  /** Heap and array buffers the index added, in MB (exact when node runs with --expose-gc). */
  indexMB: number;
}

/**
 * Builds the search index over a generated library of `size` works (or `library`) and times
 * every query of `SEARCH_QUERIES` `rounds` times after one warm-up round. Nothing is cached
 * between runs of a query: each run does the whole search.
 */
export function benchSearch(
  size: number,
  options: { library?: GeneratedLibrary; rounds?: number; limitPerKind?: number } = {},
): SearchBench {
  const library = options.library ?? generateLibrary(size);
  const rounds = options.rounds ?? 5;
  const before = memoryInUse();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const index = createSearchIndex();
  index.addWorks(library.works);
  index.addNotes(library.notes);
  const buildMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const indexBytes = memoryInUse() - before;

  const limitPerKind = options.limitPerKind ?? 10;
  for (const q of SEARCH_QUERIES) index.search(q, { limitPerKind });
  const times: number[] = [];
  const perQuery = new Map<string, number[]>(SEARCH_QUERIES.map((q) => [q, []]));
  for (let r = 0; r < rounds; r++) {
    for (const q of SEARCH_QUERIES) {
      const t = performance.now();
      index.search(q, { limitPerKind });
      const ms = performance.now() - t;
      times.push(ms);
      perQuery.get(q)?.push(ms);
    }
  }
  const typical = [...perQuery].map(([q, ms]): [string, number] => [q, median(ms)]);
  const latencies = typical.map(([, ms]) => ms);
  const slowest = typical
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([q, ms]) => `${q} ${ms.toFixed(1)} ms`);
  return {
    works: library.works.length,
    notes: library.notes.length,
    buildMs: round(buildMs, 1),
    buildCpuMs: round((cpu.user + cpu.system) / 1000, 1),
    searchMedianMs: round(median(latencies)),
    searchP95Ms: round(quantile(latencies, 0.95)),
    searchP95AllRunsMs: round(quantile(times, 0.95)),
    searchMaxMs: round(Math.max(...times)),
    slowest,
    rssMB: Math.round(process.memoryUsage().rss / 1e6),
    indexMB: Math.round(indexBytes / 1e6),
  };
}
