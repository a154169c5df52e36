// The app's paper reader for e2e runs: each added paper parsed in a worker thread, as main does
// (paperParseWorker.ts, started under tsx since workers do not inherit the test runner's loader).
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { workerReader, type PaperReader } from '../../src/services/documents';

const WORKER = new URL('../../src/services/documents/paperParseWorker.ts', import.meta.url);
const TS_WORKER = new URL('../services/import/tsWorker.mjs', import.meta.url);

/** A reader that parses each paper in its own worker thread; a cancelled add ends it. */
export function workerPaperReader(): PaperReader {
  return workerReader(
    (options: WorkerOptions) =>
      new Worker(TS_WORKER, { ...options, workerData: { tsWorkerFile: WORKER.href } }),
  );
}
