/** Search benchmark: index build time, latency over the fixed 100 typed prefixes, memory. */
import { createSearchIndex } from '../src/core/search';
import { generateLibrary, type GeneratedLibrary } from './generate';
import { measureBuild, timeQueries, type BuildFigures, type QueryFigures } from './searchTiming';

export interface SearchBench extends BuildFigures, QueryFigures {
  works: number;
  notes: number;
  /** Process RSS after the index is built, in MB (the generated library included). */
  rssMB: number;
}

export interface SearchBenchOptions {
  /** A library generated beforehand (default: `generateLibrary(size)`). */
  library?: GeneratedLibrary;
  rounds?: number;
  limitPerKind?: number;
}

/**
 * Builds Scholion's search index over a generated library of `size` works (and its notes) and
 * times the 100 typed prefixes of `SEARCH_QUERIES`, `rounds` runs each after a warm-up.
 */
export function benchSearch(size: number, options: SearchBenchOptions = {}): SearchBench {
  const library = options.library ?? generateLibrary(size);
  const { result: index, ...build } = measureBuild(() => {
    const index = createSearchIndex();
    index.addWorks(library.works);
    index.addNotes(library.notes);
    return index;
  });
  const limitPerKind = options.limitPerKind ?? 10;
  const queries = timeQueries((q) => index.search(q, { limitPerKind }), options.rounds);
  return {
    works: library.works.length,
    notes: library.notes.length,
    ...build,
    ...queries,
    rssMB: Math.round(process.memoryUsage().rss / 1e6),
  };
}
