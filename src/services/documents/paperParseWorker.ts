/**
 * Worker thread body: reads a paper (document model, reference analysis) off the caller's thread,
 * so a large paper does not hold up the app's main process. Each stage of the read is posted as
 * it starts, for the add's progress bar. Bundled as its own module by
 * electron-vite (`?nodeWorker`, see src/main/index.ts).
 */
import { parentPort } from 'node:worker_threads';
import { DocumentParseError } from '../../core/document';
import { readPaper, type ReadStage } from '../../core/paper';
import type { PaperReadReply, PaperReadRequest } from './readInWorker';

parentPort?.on('message', ({ id, text, documentId, format }: PaperReadRequest) => {
  let reply: PaperReadReply;
  try {
    const stage = (name: ReadStage) =>
      parentPort?.postMessage({ id, stage: name } satisfies PaperReadReply);
    reply = { id, read: readPaper(text, documentId, format, stage) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reply = { id, error: message, notAPaper: error instanceof DocumentParseError };
  }
  parentPort?.postMessage(reply);
});
