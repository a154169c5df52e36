/**
 * How far the services' process lets its JavaScript heap grow between two full collections while
 * the search index is built from scratch (a first start, or a kept index that could not be used).
 *
 * After each full collection V8 sets the next one at the live size times a factor it picks from
 * how fast the program allocates: up to 4x. The search build allocates fast, and at 100,000 works
 * V8 let the heap reach ~240 MB with ~170 MB live at its end, the peak of the process's memory.
 * A fixed factor keeps the heap near what it holds: full collections come more often (a few ms
 * of pause each, most of their marking done in steps between the program's work).
 *
 * Measured at 100,000 works (bench/openMemory.ts, bundled, a first start building the index, 3
 * runs each, the whole process at one setting): peak RSS 411-419 MB by default, 385-392 MB at
 * 25%, 378-382 MB at 15%; the build's time unchanged (6.4-7.7 s against 6.6-8.9 s). At 15% for
 * the build only: 8 full collections in the run (61 ms of pauses in all, the longest 10 ms; 5 by
 * default), and in the bench's sizes (a fresh process each) 385-391 MB against 414 the same day.
 * For the whole run rather than the build, the UI bench's keys and cards were slower (a citation
 * card 194-312 ms against 166-170 ms, 4 and 2 runs): outside a build V8 keeps its own choice.
 */
import { setFlagsFromString } from 'node:v8';

/** While building, the heap may grow by this percentage of what a collection found live. */
export const BUILD_HEAP_GROWING_PERCENT = 15;

/** The V8 flag for a fixed growth (0: V8's own choice, the default). */
export const heapGrowingFlag = (percent: number): string => `--heap-growing-percent=${percent}`;

/**
 * Runs `build` with the heap kept near its live size, then gives V8 back its own choice (0). V8's
 * flags are the whole process's, read at each full collection: one build at a time.
 */
export async function withHeapNearLive<T>(build: () => Promise<T>): Promise<T> {
  setFlagsFromString(heapGrowingFlag(BUILD_HEAP_GROWING_PERCENT));
  try {
    return await build();
  } finally {
    setFlagsFromString(heapGrowingFlag(0));
  }
}
