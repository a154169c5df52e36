/**
 * PDF papers: file to linked document through the app's add pipeline (read in the PDF worker:
 * text layer and layout; then parsed in a worker, linked, written to an in-memory library), for
 * a 30-page and a 500-page two-column paper (bench/pdf-*-pages.pdf, made by
 * tests/fixtures/pdf/make-fixtures.sh).
 * The first read also starts the worker (and, run from source, compiles it through tsx): it is
 * reported apart; the 30-page figure is the median of three reads with the worker started. The
 * longest stall of this thread is measured by a 10 ms timer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { DocumentService, workerReader, type PaperReader } from '../src/services/documents';
import { LibraryService } from '../src/services/library';
import { UserDataStore } from '../src/store';

export interface PdfBench {
  pdf30PagesMs: number;
  pdf30PagesFirstReadMs: number;
  pdf500PagesMs: number;
  pdf500PagesLongestMainThreadStallMs: number;
  pdf500PagesReferences: number;
}

// For the book, as the app does (src/main/index.ts): the paper is parsed in a worker thread, so
// the stall measured is the one the app's main process sees. Here the worker starts from its
// TypeScript source through tsx, which the built app does not pay; the 30-page paper is parsed
// on this thread so its figure is not mostly that start.
const PARSE_WORKER = new URL('../src/services/documents/paperParseWorker.ts', import.meta.url);
const TS_WORKER = new URL('../tests/services/import/tsWorker.mjs', import.meta.url);
const readInWorker = workerReader(
  (options: WorkerOptions) =>
    new Worker(TS_WORKER, { ...options, workerData: { tsWorkerFile: PARSE_WORKER.href } }),
);

/** Adds `file` to a fresh in-memory library; how long it took and this thread's longest stall. */
async function addPaper(
  library: LibraryService,
  file: string,
  read?: PaperReader,
): Promise<{ ms: number; references: number; stallMs: number }> {
  const documents = new DocumentService(await UserDataStore.openInMemory(), library);
  const bytes = new Uint8Array(readFileSync(file));
  let last = performance.now();
  let stallMs = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last - 10);
    last = now;
  }, 10);
  const started = performance.now();
  try {
    const { document } = await documents.add({ fileName: file, bytes, read });
    return { ms: performance.now() - started, references: document.references, stallMs };
  } finally {
    clearInterval(ticker);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs the PDF benchmarks. */
export async function benchPdf(here: string): Promise<PdfBench> {
  const library = await LibraryService.open();
  const thirty = join(here, 'pdf-30-pages.pdf');
  const first = await addPaper(library, thirty);
  const warm: number[] = [];
  for (let i = 0; i < 3; i++) warm.push((await addPaper(library, thirty)).ms);
  const fiveHundred = await addPaper(library, join(here, 'pdf-500-pages.pdf'), readInWorker);
  return {
    pdf30PagesMs: Math.round(median(warm)),
    pdf30PagesFirstReadMs: Math.round(first.ms),
    pdf500PagesMs: Math.round(fiveHundred.ms),
    pdf500PagesLongestMainThreadStallMs: Math.round(fiveHundred.stallMs),
    pdf500PagesReferences: fiveHundred.references,
  };
}
