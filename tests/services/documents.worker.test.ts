/**
 * Adding a paper with its parse in a worker thread (readInWorker.ts): the same document as in
 * this thread; a cancel during the parse ends the worker and leaves the library exactly as it
 * was; a text the document model refuses is refused in one line.
 */
import { readFileSync } from 'node:fs';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { DocumentService, readInThread, workerReader } from '../../src/services/documents';
import { LibraryService } from '../../src/services/library';
import { MemoryPaperFiles, MemoryStorage, UserDataStore } from '../../src/store';

const WORKER = new URL('../../src/services/documents/paperParseWorker.ts', import.meta.url);
const start = (options: WorkerOptions) =>
  new Worker(new URL('./import/tsWorker.mjs', import.meta.url), {
    ...options,
    workerData: { tsWorkerFile: WORKER.href },
  });
const read = workerReader(start);
const library = await LibraryService.open();
const source = readFileSync(
  new URL('../fixtures/papers/chicago-notes-refugees.md', import.meta.url),
  'utf8',
);

describe('reading an added paper in a worker thread', { timeout: 60_000 }, () => {
  it('reads what the in-thread reader reads', async () => {
    const [there, here] = await Promise.all([read(source, 'd-1'), readInThread(source, 'd-1')]);
    expect(there).toEqual(here);
  });

  it('tells each stage of the read as the worker reaches it, in order', async () => {
    const stages: string[] = [];
    await read(source, 'd-1', { onStage: (stage) => stages.push(stage) });
    expect(stages).toEqual(['reference-list', 'citations', 'layout', 'placing']);
  });

  it('a cancel during the parse ends it and leaves the library exactly as it was', async () => {
    const storage = new MemoryStorage();
    const paperFiles = new MemoryPaperFiles();
    const store = await UserDataStore.openInMemory({ storage, paperFiles });
    const documents = new DocumentService(store, library);
    const big = new TextEncoder().encode(source.repeat(40));
    const controller = new AbortController();
    const adding = documents.add({
      fileName: 'big.md',
      bytes: big,
      read,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'parsing') setTimeout(() => controller.abort(), 5);
      },
    });
    await expect(adding).rejects.toThrow('Adding big.md was cancelled; nothing was added.');
    expect(storage.paths().filter((p) => !p.startsWith('meta'))).toEqual([]);
    expect(paperFiles.files.size).toBe(0);
    expect(await documents.list()).toHaveLength(1);
    expect(await store.works.all()).toEqual([]);
  });
});
