// The papers list of a run's first screen comes from the kept listing while documents.json is
// unchanged; a change by another process, or a damaged listing, lists the records afresh.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentService } from '../../src/services/documents';
import { LibraryService } from '../../src/services/library';
import { MemoryPaperFiles, MemoryStorage, UserDataStore } from '../../src/store';

const library = await LibraryService.open();
const bytes = new Uint8Array(
  readFileSync(new URL('../fixtures/documents/regional-processes.md', import.meta.url)),
);
const LISTING = '.cache/documents-list.json';

describe('the papers list at start', () => {
  it('is read from the kept listing until documents.json changes', async () => {
    const storage = new MemoryStorage();
    const paperFiles = new MemoryPaperFiles();
    const open = async () => {
      const store = await UserDataStore.openInMemory({ storage, paperFiles });
      return { store, documents: new DocumentService(store, library) };
    };
    const first = await open();
    const { document } = await first.documents.add({ fileName: 'p.md', bytes });
    const titles = async () => (await (await open()).documents.list()).map((d) => d.title);
    const listed = await titles(); // a fresh run: lists the records and keeps the listing
    expect(listed[1]).toBe(document.title);

    // The next run reads the listing (marked here to tell it from the records).
    const kept = JSON.parse((await storage.read(LISTING))!.content);
    kept.value[0].title = 'From the kept listing';
    await storage.writeAtomic(LISTING, JSON.stringify(kept));
    expect((await titles())[1]).toBe('From the kept listing');

    // Another process renames the paper: documents.json changed, so the records are listed.
    const other = await open();
    await other.store.documentRecords.update(document.id, (items) => {
      items[document.id]!.title = 'Renamed elsewhere';
    });
    expect((await titles())[1]).toBe('Renamed elsewhere');

    // A damaged listing is only made again.
    await storage.writeAtomic(LISTING, '{"kind":"derived","vers');
    expect((await titles())[1]).toBe('Renamed elsewhere');
    expect(JSON.parse((await storage.read(LISTING))!.content).value[0].title).toBe(
      'Renamed elsewhere',
    );
  });

  it('follows this process’s own writes at once', async () => {
    const store = await UserDataStore.openInMemory();
    const documents = new DocumentService(store, library);
    const { document } = await documents.add({ fileName: 'p.md', bytes });
    await documents.remove(document.id);
    expect((await documents.list()).map((d) => d.id)).not.toContain(document.id);
    expect((await documents.list('trash')).map((d) => d.id)).toEqual([document.id]);
  });
});
