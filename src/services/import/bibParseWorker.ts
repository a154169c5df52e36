/**
 * Worker thread body: parses bibliography files off the caller's thread (a 10,000-entry .bib
 * takes a few hundred milliseconds that the app's main process would otherwise be frozen for).
 * Bundled as its own module by electron-vite (`?nodeWorker`, see src/main/index.ts).
 */
import { parentPort } from 'node:worker_threads';
import { parseBibliographyFile } from '../../core/formats';
import { replyParts, type ParseReply, type ParseRequest } from './parseInWorker';

parentPort?.on('message', ({ id, text, format }: ParseRequest) => {
  let replies: ParseReply[];
  try {
    replies = replyParts(id, parseBibliographyFile(text, format));
  } catch (error) {
    replies = [{ id, error: error instanceof Error ? error.message : String(error) }];
  }
  for (const reply of replies) parentPort?.postMessage(reply);
});
