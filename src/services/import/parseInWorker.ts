/**
 * Parsing bibliography files in a worker thread (bibParseWorker.ts): one worker, started on the
 * first file and kept for the next ones while they come, so the caller's thread (the app's main
 * process) stays free while a large .bib is read. The result is what parseBibliographyFile gives
 * in-thread.
 */
import type { Worker, WorkerOptions } from 'node:worker_threads';
import {
  parseBibliographyFile,
  type ImportFormat,
  type ParsedEntry,
  type ParseResult,
} from '../../core/formats';

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

/**
 * The worker's answers to a request: `entries` parts (ENTRIES_PER_REPLY each, in order), then the
 * result with the last entries, or an error.
 */
export type ParseReply =
  | { id: number; entries: ParsedEntry[] }
  | { id: number; result: ParseResult }
  | { id: number; error: string };

/**
 * Entries a reply carries: the worker writes a part while this thread reads the one before,
 * and no read holds this thread long. For a 10,000-entry .bib, from the worker's postMessage to
 * the entries in this thread (warm worker, same load, interleaved): one message 378-556 ms,
 * parts of 1,000 298-450 ms; with a cold worker 1.8 s either way, this thread then held
 * 118-125 ms in one piece by one message and 35-41 ms by a part.
 */
export const ENTRIES_PER_REPLY = 1000;

/** The replies that carry `result` for request `id`: its entries in parts, then the rest. */
export function replyParts(id: number, result: ParseResult): ParseReply[] {
  const { entries } = result;
  const replies: ParseReply[] = [];
  let at = 0;
  for (; entries.length - at > ENTRIES_PER_REPLY; at += ENTRIES_PER_REPLY) {
    replies.push({ id, entries: entries.slice(at, at + ENTRIES_PER_REPLY) });
  }
  replies.push({ id, result: at === 0 ? result : { ...result, entries: entries.slice(at) } });
  return replies;
}

/**
 * The worker's young generation (MB; V8 makes a third of it each of its two semi-spaces). A
 * 10,000-entry parse allocates hundreds of MB that mostly die young, while the entries it keeps
 * grow to tens of MB: with V8's default (16 MB semi-spaces) the collector copied those entries
 * from scavenge to scavenge for a third of the parse's time. 64 MB semi-spaces cut the parse's
 * CPU time by about a third (see the commit) for ~60-90 MB more resident memory while the worker
 * lives, which is why it does not outlive a pause between files (IDLE_WORKER_MS).
 */
export const PARSE_WORKER_YOUNG_GENERATION_MB = 192;
/** How long a worker with nothing to parse is kept for the next file before it is stopped. */
export const IDLE_WORKER_MS = 30_000;

/**
 * A parser over a worker made by `start` (the worker's exit or failure fails pending parses).
 * The worker stops after `idleMs` with nothing to parse; the next file starts a new one.
 */
export function workerParser(
  start: (options: WorkerOptions) => Worker,
  opts: { idleMs?: number } = {},
): BibParser & {
  close(): Promise<void>;
} {
  const idleMs = opts.idleMs ?? IDLE_WORKER_MS;
  let worker: Worker | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  let next = 0;
  /** The parses asked and not answered yet, with the entries of the parts received so far. */
  const pending = new Map<
    number,
    { resolve(r: ParseResult): void; reject(e: Error): void; entries: ParsedEntry[] }
  >();
  const failAll = (error: Error): void => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    worker = null;
  };
  const stopIdle = (): void => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
  };
  const retire = (w: Worker): void => {
    idleTimer = null;
    if (worker !== w || pending.size > 0) return;
    worker = null; // before terminate: its exit is then no failure
    void w.terminate();
  };
  const ensure = (): Worker => {
    stopIdle();
    if (worker) return worker;
    const started = start({
      resourceLimits: { maxYoungGenerationSizeMb: PARSE_WORKER_YOUNG_GENERATION_MB },
    });
    started.on('message', (reply: ParseReply) => {
      const waiting = pending.get(reply.id);
      if ('entries' in reply) {
        for (const entry of reply.entries) waiting?.entries.push(entry);
        return;
      }
      pending.delete(reply.id);
      if (pending.size === 0) {
        started.unref(); // an idle worker keeps no process alive
        stopIdle();
        idleTimer = setTimeout(() => retire(started), idleMs);
        idleTimer.unref?.();
      }
      if ('error' in reply) waiting?.reject(new Error(`Could not read the file: ${reply.error}`));
      else if (waiting) {
        const { result } = reply;
        if (waiting.entries.length === 0) waiting.resolve(result);
        else {
          for (const entry of result.entries) waiting.entries.push(entry);
          waiting.resolve({ ...result, entries: waiting.entries });
        }
      }
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
      pending.set(id, { resolve, reject, entries: [] });
      const w = ensure();
      w.ref();
      const request: ParseRequest = format ? { id, text, format } : { id, text };
      w.postMessage(request);
    });
  return Object.assign(parse, {
    async close() {
      stopIdle();
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  });
}
