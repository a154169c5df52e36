/** Shared measurement for the search benchmarks: build time and memory, query latencies. */
import { performance } from 'node:perf_hooks';
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

export interface BuildFigures {
  buildMs: number;
  /** CPU time of the build (all threads, GC included): steadier than wall time on a busy machine. */
  buildCpuMs: number;
  /** Heap and array buffers the index added, in MB (exact when node runs with --expose-gc). */
  indexMB: number;
}

/** Runs `build` and measures its wall time, CPU time and the memory it keeps. */
export function measureBuild<T>(build: () => T): { result: T } & BuildFigures {
  const before = memoryInUse();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = build();
  const buildMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return {
    result,
    buildMs: round(buildMs, 1),
    buildCpuMs: round((cpu.user + cpu.system) / 1000, 1),
    indexMB: Math.round((memoryInUse() - before) / 1e6),
  };
}

export interface QueryFigures {
  /** Median and p95 over the 100 queries, each query's latency the median of its rounds. */
  searchMedianMs: number;
  searchP95Ms: number;
  /** p95 over every single run (rounds x 100), scheduling hiccups included. */
  searchP95AllRunsMs: number;
  searchMaxMs: number;
  /** The five slowest queries ("migration g 2.1 ms"). */
  slowest: string[];
}

/**
 * Times every query of `SEARCH_QUERIES` `rounds` times after one warm-up round. `search` must do
 * the whole search each time (no caching of results between runs).
 */
export function timeQueries(search: (query: string) => unknown, rounds = 5): QueryFigures {
  for (const q of SEARCH_QUERIES) search(q);
  const all: number[] = [];
  const perQuery = new Map<string, number[]>(SEARCH_QUERIES.map((q) => [q, []]));
  for (let r = 0; r < rounds; r++) {
    for (const q of SEARCH_QUERIES) {
      const t = performance.now();
      search(q);
      const ms = performance.now() - t;
      all.push(ms);
      perQuery.get(q)?.push(ms);
    }
  }
  const typical = [...perQuery].map(([q, ms]): [string, number] => [q, median(ms)]);
  const latencies = typical.map(([, ms]) => ms);
  return {
    searchMedianMs: round(median(latencies)),
    searchP95Ms: round(quantile(latencies, 0.95)),
    searchP95AllRunsMs: round(quantile(all, 0.95)),
    searchMaxMs: round(Math.max(...all)),
    slowest: typical
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([q, ms]) => `${q} ${ms.toFixed(1)} ms`),
  };
}
