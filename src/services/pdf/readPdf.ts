// A PDF file's bytes -> its laid-out document, or a one-line reason it cannot be read.
import type { PdfLayout, PdfPaperSource } from '../../core/pdf';
import { readInWorker } from './pdfWorkerHost';

/** Why a PDF could not be read; `message` is one line a user can act on. */
export type PdfReadFailure =
  'encrypted' | 'invalid' | 'corrupt' | 'no-text-layer' | 'garbled' | 'cancelled';

/** A PDF that cannot be read, with a one-line message naming the file and the cause. */
export class PdfReadError extends Error {
  override readonly name = 'PdfReadError';
  constructor(
    readonly kind: PdfReadFailure,
    message: string,
  ) {
    super(message);
  }
}

/** Progress and cancellation for a long read. */
export interface PdfReadOptions {
  signal?: AbortSignal;
  /** Called after each page with pages done and pages in all. */
  onProgress?: (done: number, total: number) => void;
}

function unreadable(kind: 'encrypted' | 'invalid' | 'corrupt', name: string, detail: string) {
  if (kind === 'encrypted') {
    return `${name} is encrypted (password-protected): open it in a PDF viewer, save an unprotected copy and add that.`;
  }
  if (kind === 'invalid')
    return `${name} is not a readable PDF (damaged or truncated): ${detail.replace(/\.+$/, '')}.`;
  return `${name} could not be read as a PDF (damaged or truncated?): ${detail.replace(/\.+$/, '')}.`;
}

/**
 * Reads a PDF paper in a worker thread: its text layer, then the layout (reading order,
 * structure, reference list), so nothing heavy runs on the caller's thread. Refuses an encrypted
 * or damaged file, a scan without a text layer and text from a broken font encoding. Makes no
 * network request and evaluates no code from the file.
 *
 * @throws PdfReadError with a one-line message naming `name` and what to do.
 */
export async function readPdf(
  bytes: Uint8Array,
  name: string,
  options: PdfReadOptions = {},
): Promise<PdfLayout> {
  return (await readInWorkerOrThrow(bytes, name, options, false)).layout;
}

/**
 * As `readPdf`, and the layout rendered as the paper reader's source (`pdfPaperSource`), also
 * in the worker: what adding a paper needs.
 *
 * @throws PdfReadError with a one-line message naming `name` and what to do.
 */
export async function readPdfPaper(
  bytes: Uint8Array,
  name: string,
  options: PdfReadOptions = {},
): Promise<{ layout: PdfLayout; source: PdfPaperSource }> {
  const { layout, source } = await readInWorkerOrThrow(bytes, name, options, true);
  if (!source) throw new Error('The PDF reader answered no source for the paper.');
  return { layout, source };
}

async function readInWorkerOrThrow(
  bytes: Uint8Array,
  name: string,
  options: PdfReadOptions,
  paperSource: boolean,
): Promise<{ layout: PdfLayout; source: PdfPaperSource | null }> {
  const outcome = await readInWorker(
    bytes,
    options.signal,
    (reply) => {
      if (reply.type === 'page') options.onProgress?.(reply.done, reply.total);
    },
    paperSource,
  );
  switch (outcome.type) {
    case 'done':
      return outcome;
    case 'cancelled':
      throw new PdfReadError('cancelled', `Reading ${name} was cancelled; nothing was added.`);
    case 'crashed':
      throw new PdfReadError('corrupt', unreadable('corrupt', name, outcome.message));
    case 'error':
      throw new PdfReadError(outcome.kind, unreadable(outcome.kind, name, outcome.message));
    case 'problem': {
      const { problem } = outcome;
      if (problem.kind === 'no-text-layer') {
        throw new PdfReadError(
          'no-text-layer',
          `${name}: no text layer: Scholion does not OCR scanned pages (run OCR first, e.g. ocrmypdf, and add the result).`,
        );
      }
      throw new PdfReadError(
        'garbled',
        `${name}: the text layer is garbled (${Math.round(problem.share * 100)}% unreadable characters; the PDF's fonts have a broken encoding), so it was not added. Try a copy of the paper from another source.`,
      );
    }
  }
}
