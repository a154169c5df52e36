/**
 * Reading a paper in a worker thread (paperParseWorker.ts): a paper being added is parsed there,
 * so the app's main process stays free, and cancelling the add stops the parse at once (the
 * worker is ended). The answer is what `readPaper` gives in-thread.
 */
import type { Worker, WorkerOptions } from 'node:worker_threads';
import { DocumentParseError } from '../../core/document';
import type { SourceFormat } from '../../core/document';
import { readPaper, type ReadPaper, type ReadStage } from '../../core/paper';

export interface PaperReadOptions {
  /** How the text marks its structure (a .txt paper: 'text'); Markdown by default. */
  format?: SourceFormat;
  /** Aborting rejects the read with a ReadAbortedError. */
  signal?: AbortSignal;
  /** Told as each stage of the read starts (from the worker, as it gets there). */
  onStage?: (stage: ReadStage) => void;
}

/** Reads a paper's text (in-thread or in a worker). */
export type PaperReader = (
  text: string,
  documentId: string,
  options?: PaperReadOptions,
) => Promise<ReadPaper>;

/** The in-thread reader (the CLI, tests). */
export const readInThread: PaperReader = (text, documentId, options) =>
  Promise.resolve(readPaper(text, documentId, options?.format, options?.onStage));

export interface PaperReadRequest {
  id: number;
  text: string;
  documentId: string;
  format: SourceFormat;
}

/** The worker's messages: each stage as it starts, then the paper read or why it was not. */
export type PaperReadReply =
  | { id: number; stage: ReadStage }
  | { id: number; read: ReadPaper }
  | { id: number; error: string; notAPaper: boolean };

/** Thrown when the parse was cancelled. */
export class ReadAbortedError extends Error {
  constructor() {
    super('The paper was not read: cancelled.');
    this.name = 'AbortError';
  }
}

/**
 * A reader over workers made by `start`: one worker per paper being read, ended when it answers
 * or is cancelled (a cancelled parse cannot be stopped otherwise).
 */
export function workerReader(start: (options: WorkerOptions) => Worker): PaperReader {
  return (text, documentId, { format = 'markdown', signal, onStage } = {}) =>
    new Promise<ReadPaper>((resolve, reject) => {
      if (signal?.aborted) return reject(new ReadAbortedError());
      const worker = start({});
      let settled = false;
      const finish = (error: Error | null, read?: ReadPaper) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', abort);
        void worker.terminate();
        if (error) reject(error);
        else resolve(read!);
      };
      const abort = () => finish(new ReadAbortedError());
      signal?.addEventListener('abort', abort, { once: true });
      worker.on('message', (reply: PaperReadReply) => {
        if ('stage' in reply) return void (settled || onStage?.(reply.stage));
        if ('read' in reply) return finish(null, reply.read);
        finish(reply.notAPaper ? new DocumentParseError(reply.error) : new Error(reply.error));
      });
      worker.on('error', (error: Error) => finish(error));
      worker.on('exit', (code) => finish(new Error(`The paper reader stopped (exit ${code}).`)));
      const request: PaperReadRequest = { id: 1, text, documentId, format };
      worker.postMessage(request);
    });
}
