// The added papers' search index kept between runs (.cache/paper-index.bin): read back at start
// without reading the papers' text, and brought up to date with papers added, re-parsed or
// removed meanwhile, by the app or by the command line while the app was closed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentService } from '../../../src/services/documents';
import { LibraryService } from '../../../src/services/library';
import { SearchService, followChanges } from '../../../src/services/search';
import { MemoryPaperFiles, MemoryStorage, UserDataStore } from '../../../src/store';

const library = await LibraryService.open();
const fixture = readFileSync(
  new URL('../../fixtures/added-papers/partnerships in migration governance.md', import.meta.url),
  'utf8',
);
const PHRASE = 'discipline the weaker party';
/** A second paper: the fixture with a word of its own. */
const other = new TextEncoder().encode(
  fixture.replace('discipline the weaker party', 'discipline the quixotic party'),
);
const paper = new TextEncoder().encode(fixture);

/** A data folder in memory: its files and its kept papers, shared by every process opening it. */
const folder = () => ({ storage: new MemoryStorage(), paperFiles: new MemoryPaperFiles() });
type Folder = ReturnType<typeof folder>;
const open = ({ storage, paperFiles }: Folder) =>
  UserDataStore.open(storage, { debounceMs: 0, paperFiles });

/** One run of the app over a folder: its documents and its search, counting texts read. */
async function start(at: Folder) {
  const store = await open(at);
  const documents = new DocumentService(store, library);
  const read: string[] = [];
  const texts = {
    searchText: (id: string) => (read.push(id), documents.searchText(id)),
    textVersions: () => documents.textVersions(),
  };
  const search = await SearchService.build(
    { library },
    { texts, keptPapers: store.derivedBytes('paper-index') },
  );
  const unfollow = followChanges(search, store, library.works, {
    open: (id) => documents.searchText(id),
    ids: () => documents.liveIds(),
  });
  const stop = async () => {
    unfollow();
    await search.flush();
    await store.close();
  };
  return { store, documents, search, read, stop };
}

/** Resolves once `check` passes (search re-indexes after the change event, asynchronously). */
async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((r) => setTimeout(r, 5));
  expect(await check()).toBe(true);
}

const found = async (search: SearchService, query: string) =>
  (await search.find(query, { limitPerKind: 50 })).passages;

describe('the papers’ search index kept between runs', () => {
  it('makes the papers searchable at the next start without reading their text', async () => {
    const at = folder();
    const first = await start(at);
    const { document } = await first.documents.add({ fileName: 'p.md', bytes: paper });
    await until(async () => (await found(first.search, PHRASE)).length === 1);
    await first.stop();
    expect(at.storage.paths()).toContain('.cache/paper-index.bin');

    const second = await start(at);
    expect(second.read).toEqual([]);
    expect(second.search.indexedDocuments()).toContain(document.id);
    const [hit] = await found(second.search, PHRASE);
    expect(hit?.id).toMatch(new RegExp(`^${document.id}#b\\d+$`));
    // The passage shown is the one holding the words (its text read back by position).
    const text = await second.documents.searchText(document.id);
    expect(text?.passages.find((p) => p.id === hit?.id)?.text).toContain(PHRASE);
    await second.stop();
  });

  it('indexes a paper added or re-parsed while the app was closed, and drops one removed', async () => {
    const at = folder();
    const first = await start(at);
    const a = (await first.documents.add({ fileName: 'a.md', bytes: paper })).document.id;
    await until(async () => (await found(first.search, PHRASE)).length === 1);
    await first.stop();

    // The command line, with the app closed: adds a paper and re-parses the first.
    const cli = await open(at);
    const cliDocuments = new DocumentService(cli, library);
    const b = (await cliDocuments.add({ fileName: 'b.md', bytes: other })).document.id;
    await cliDocuments.reparse(a);
    await cli.close();

    const second = await start(at);
    expect(second.read.sort()).toEqual([a, b].sort());
    expect((await found(second.search, 'quixotic')).map((h) => h.anchor?.documentId)).toEqual([b]);
    expect(await found(second.search, PHRASE)).toHaveLength(1); // the re-parsed paper once
    await second.stop();

    const cliAgain = await open(at);
    await new DocumentService(cliAgain, library).remove(b);
    await cliAgain.close();

    const third = await start(at);
    expect(third.read).toEqual([]);
    expect(await found(third.search, 'quixotic')).toEqual([]);
    expect(third.search.indexedDocuments()).not.toContain(b);
    await third.stop();
  });

  it('keeps a paper added or removed while the app runs for the next start', async () => {
    const at = folder();
    const first = await start(at);
    const a = (await first.documents.add({ fileName: 'a.md', bytes: paper })).document.id;
    const b = (await first.documents.add({ fileName: 'b.md', bytes: other })).document.id;
    await until(async () => (await found(first.search, 'quixotic')).length === 1);
    await first.documents.remove(a);
    await until(async () => (await found(first.search, PHRASE)).length === 0);
    await first.stop();

    const second = await start(at);
    expect(second.read).toEqual([]);
    expect(second.search.indexedDocuments()).toEqual(expect.arrayContaining([b]));
    expect(second.search.indexedDocuments()).not.toContain(a);
    expect(await found(second.search, PHRASE)).toEqual([]);
    await second.stop();
  });

  it('builds the index again from the papers when the kept one is damaged', async () => {
    const at = folder();
    const first = await start(at);
    const a = (await first.documents.add({ fileName: 'a.md', bytes: paper })).document.id;
    await until(async () => (await found(first.search, PHRASE)).length === 1);
    await first.stop();
    await at.storage.writeBytesAtomic('.cache/paper-index.bin', [new Uint8Array([1, 2, 3, 4, 5])]);

    const second = await start(at);
    expect(second.read).toEqual([a]);
    expect(await found(second.search, PHRASE)).toHaveLength(1);
    await second.stop();
  });
});
