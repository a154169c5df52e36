/**
 * Parsing bibliography files in a worker thread (bibParseWorker.ts): one worker, started on the
 * first file and kept for the next ones, so the caller's thread (the app's main process) stays
 * free while a large .bib is read. The result is what parseBibliographyFile gives in-thread.
 */
import type { Worker, WorkerOptions } from 'node:worker_threads';
import { parseBibliographyFile, type ImportFormat, type ParseResult } from '../../core/formats';

/** Reads a bibliography file's text into entries and problems (in-thread or in a worker). */
export type BibParser = (text: string, format?: ImportFormat) => Promise<ParseResult>;

/** The in-thread parser (the CLI, tests). */
export const parseInThread: BibParser = (text, format) =>
  Promise.resolve(parseBibliographyFile(text, format));

export interface ParseRequest {
  id: number;
  text: string;
  format?: ImportFormat;
}

export type ParseReply = { id: number; result: ParseResult } | { id: number; error: string };

/** A parser over a worker made by `start` (the worker's exit or failure fails pending parses). */
export function workerParser(start: (options: WorkerOptions) => Worker): BibParser & {
  close(): Promise<void>;
} {
  let worker: Worker | null = null;
  let next = 0;
  const pending = new Map<number, { resolve(r: ParseResult): void; reject(e: Error): void }>();
  const failAll = (error: Error): void => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    worker = null;
  };
  const ensure = (): Worker => {
    if (worker) return worker;
    const started = start({});
    started.on('message', (reply: ParseReply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (pending.size === 0) started.unref(); // an idle worker keeps no process alive
      if ('error' in reply) waiting?.reject(new Error(`Could not read the file: ${reply.error}`));
      else waiting?.resolve(reply.result);
    });
    started.on('error', (error: Error) => failAll(error));
    started.on('exit', (code) => {
      if (worker === started) failAll(new Error(`The file reader stopped (exit ${code}).`));
    });
    worker = started;
    return started;
  };
  const parse = (text: string, format?: ImportFormat): Promise<ParseResult> =>
    new Promise<ParseResult>((resolve, reject) => {
      const id = ++next;
      pending.set(id, { resolve, reject });
      const w = ensure();
      w.ref();
      const request: ParseRequest = format ? { id, text, format } : { id, text };
      w.postMessage(request);
    });
  return Object.assign(parse, {
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  });
}
