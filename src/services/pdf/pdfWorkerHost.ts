// Keeps the PDF worker: started on the first read, reused while idle (pdfjs is loaded once),
// ended when a read is cancelled or after a minute unused. An idle worker does not keep the
// process alive (the CLI exits when it is done).
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PdfWorkerReply, PdfWorkerRequest } from './pdfWorkerProtocol';

/** How long an unused worker is kept for the next read. */
const IDLE_MS = 60_000;

/**
 * The worker's file: the bundle electron-vite builds next to the main bundle
 * (out/main/pdfWorker.js), or, when running from src/ (CLI, tests, bench), a starter that loads
 * the TypeScript source. Computed, so the bundler does not take it for an asset to copy.
 */
function workerUrl(): URL {
  const fromSource = new URL(import.meta.url).pathname.endsWith('.ts');
  const file = fromSource ? 'pdfWorkerFromSource.mjs' : 'pdfWorker.js';
  return new URL(`./${file}`, import.meta.url);
}

/** The folder of the installed pdfjs-dist (its fonts, cmaps and legacy build). */
export function pdfjsFolder(): string {
  return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

interface Idle {
  worker: Worker;
  timer: ReturnType<typeof setTimeout>;
}

let idle: Idle | null = null;
let nextId = 1;

function takeWorker(): Worker {
  if (idle) {
    clearTimeout(idle.timer);
    const { worker } = idle;
    idle = null;
    worker.ref();
    return worker;
  }
  return new Worker(workerUrl(), { workerData: { pdfjsDir: pdfjsFolder() } });
}

function giveBack(worker: Worker): void {
  worker.removeAllListeners('message');
  worker.removeAllListeners('error');
  worker.removeAllListeners('exit');
  if (idle) {
    void worker.terminate();
    return;
  }
  worker.unref();
  const timer = setTimeout(() => {
    if (idle?.worker === worker) idle = null;
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  idle = { worker, timer };
}

/** What one read ends in, apart from its progress. */
export type WorkerOutcome =
  | Extract<PdfWorkerReply, { type: 'done' | 'problem' | 'error' }>
  | { type: 'crashed'; message: string }
  | { type: 'cancelled' };

/**
 * Reads `bytes` in the worker. Page progress and the start of the layout are reported; an abort
 * ends the worker at once (the next read starts a new one). With `paperSource` the worker also
 * renders the paper reader's source, so that too is done off the caller's thread.
 */
export function readInWorker(
  bytes: Uint8Array,
  signal: AbortSignal | undefined,
  onReply: (reply: Extract<PdfWorkerReply, { type: 'page' | 'layout' }>) => void,
  paperSource = false,
): Promise<WorkerOutcome> {
  if (signal?.aborted) return Promise.resolve({ type: 'cancelled' });
  const worker = takeWorker();
  const id = nextId++;
  // The worker gets its own copy: the caller's buffer stays usable (e.g. to keep the file). A
  // copy by constructor: a Node Buffer's slice() is a view of its (shared) pool.
  const data = new Uint8Array(bytes).buffer;
  return new Promise<WorkerOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: WorkerOutcome, reuse: boolean): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      if (reuse) giveBack(worker);
      else void worker.terminate();
      resolve(outcome);
    };
    const onAbort = (): void => finish({ type: 'cancelled' }, false);
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (reply: PdfWorkerReply) => {
      if (reply.id !== id) return;
      if (reply.type === 'page' || reply.type === 'layout') onReply(reply);
      else finish(reply, true);
    });
    worker.on('error', (error: Error) =>
      finish({ type: 'crashed', message: error.message }, false),
    );
    worker.on('exit', (code) =>
      finish({ type: 'crashed', message: `reader stopped (${code})` }, false),
    );
    const request: PdfWorkerRequest = { id, data, paperSource };
    worker.postMessage(request, [data]);
  });
}
