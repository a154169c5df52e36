// Runs pdfjs in a worker thread: the PDF's text layer page by page, with progress, cancellable.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PdfExtract, PdfFontInfo, PdfPageText } from '../../core/pdf';

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

type WorkerMessage =
  | { type: 'start'; pages: number }
  | { type: 'page'; page: PdfPageText }
  | { type: 'done'; fonts: Record<string, PdfFontInfo> }
  | { type: 'error'; kind: 'encrypted' | 'invalid' | 'corrupt'; message: string };

/** The folder of the installed pdfjs-dist (its fonts, cmaps and legacy build). */
function pdfjsFolder(): string {
  return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

function failureMessage(
  kind: 'encrypted' | 'invalid' | 'corrupt',
  name: string,
  detail: string,
): string {
  if (kind === 'encrypted') {
    return `${name} is encrypted (password-protected): open it in a PDF viewer, save an unprotected copy and add that.`;
  }
  if (kind === 'invalid') return `${name} is not a readable PDF (damaged or truncated): ${detail}.`;
  return `${name} could not be read as a PDF (damaged or truncated?): ${detail}.`;
}

/**
 * Extracts the text items of every page of a PDF in a worker thread, never on the caller's
 * event loop. Makes no network request and evaluates no code from the file.
 *
 * @throws PdfReadError for an encrypted, damaged or truncated file, or when `signal` aborts.
 */
export function extractPdfText(
  bytes: Uint8Array,
  name: string,
  options: PdfReadOptions = {},
): Promise<PdfExtract> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(cancelled(name));
  // The worker gets its own copy: the caller's buffer stays usable (e.g. to store the file).
  const data = bytes.slice().buffer;
  const worker = new Worker(new URL('./pdfTextWorker.mjs', import.meta.url), {
    workerData: { data, pdfjsDir: pdfjsFolder() },
    transferList: [data],
  });
  return new Promise<PdfExtract>((resolve, reject) => {
    const pages: PdfPageText[] = [];
    let total = 0;
    let settled = false;
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const onAbort = (): void => finish(() => reject(cancelled(name)));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'start') total = message.pages;
      else if (message.type === 'page') {
        pages.push(message.page);
        onProgress?.(pages.length, total);
      } else if (message.type === 'done') finish(() => resolve({ pages, fonts: message.fonts }));
      else {
        const { kind } = message;
        finish(() => reject(new PdfReadError(kind, failureMessage(kind, name, message.message))));
      }
    });
    worker.on('error', (error: Error) =>
      finish(() =>
        reject(new PdfReadError('corrupt', failureMessage('corrupt', name, error.message))),
      ),
    );
    worker.on('exit', (code) =>
      finish(() =>
        reject(
          new PdfReadError('corrupt', failureMessage('corrupt', name, `reader stopped (${code})`)),
        ),
      ),
    );
  });
}

function cancelled(name: string): PdfReadError {
  return new PdfReadError('cancelled', `Reading ${name} was cancelled; nothing was added.`);
}
