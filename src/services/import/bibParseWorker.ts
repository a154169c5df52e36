/**
 * Worker thread body: parses bibliography files off the caller's thread (a 10,000-entry .bib
 * takes a few hundred milliseconds that the app's main process would otherwise be frozen for).
 * Bundled as its own module by electron-vite (`?nodeWorker`, see src/main/index.ts).
 */
import { parentPort } from 'node:worker_threads';
import { parseBibliographyFile } from '../../core/formats';
import type { ParseRequest, ParseReply } from './parseInWorker';

parentPort?.on('message', ({ id, text, format }: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = { id, result: parseBibliographyFile(text, format) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
