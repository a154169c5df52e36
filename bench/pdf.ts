/**
 * PDF papers: file to laid-out document with its citations linked to its entries, for a 30-page and a
 * 500-page two-column paper (bench/pdf-*-pages.pdf, made by tests/fixtures/pdf/make-fixtures.sh).
 * Extraction runs in a worker thread; the figure also says how long this thread was kept busy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pdfText } from '../src/core/pdf';
import { analyseReferencesAndCitations } from '../src/core/references';
import { readPdf } from '../src/services/pdf';

export interface PdfBench {
  pdf30PagesMs: number;
  pdf500PagesMs: number;
  pdf500PagesLongestMainThreadStallMs: number;
  pdf500PagesReferences: number;
}

/** File to linked document: extract in the worker, lay out, parse the entries, link citations. */
async function readPaper(
  file: string,
): Promise<{ ms: number; references: number; stallMs: number }> {
  const started = performance.now();
  // A timer on this thread shows how long it is blocked at a stretch while the worker reads.
  let last = performance.now();
  let stallMs = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last - 10);
    last = now;
  }, 10);
  try {
    const layout = await readPdf(new Uint8Array(readFileSync(file)), file);
    const analysis = analyseReferencesAndCitations(pdfText(layout));
    return { ms: performance.now() - started, references: analysis.references.length, stallMs };
  } finally {
    clearInterval(ticker);
  }
}

/** Runs the PDF benchmarks. */
export async function benchPdf(here: string): Promise<PdfBench> {
  const thirty = await readPaper(join(here, 'pdf-30-pages.pdf'));
  const fiveHundred = await readPaper(join(here, 'pdf-500-pages.pdf'));
  return {
    pdf30PagesMs: Math.round(thirty.ms),
    pdf500PagesMs: Math.round(fiveHundred.ms),
    pdf500PagesLongestMainThreadStallMs: Math.round(fiveHundred.stallMs),
    pdf500PagesReferences: fiveHundred.references,
  };
}
