// updateFiles (several files of different kinds, all or nothing), as a key rename uses it: the
// process dying at any step of the write leaves the work, its history, the note and the list
// that name it all under the old key or all under the new one, as a fresh open reads them.
import { describe, expect, it } from 'vitest';
import { DocumentStore, MemoryStorage, UserDataStore } from '../../src/store';
import { counterSpec, type CounterFile } from './testSpec';
import { NotesService } from '../../src/services/notes';
import { ReadingListService } from '../../src/services/lists';
import { WorkService, renameWorkKey } from '../../src/services/works';
import { libraryWorkCatalog } from '../../src/services/workKeys';
import { FaultyStorage } from './faultyStorage';

async function seeded(): Promise<{ memory: MemoryStorage; key: string }> {
  const memory = new MemoryStorage();
  const store = await UserDataStore.open(memory);
  const works = new WorkService(store, []);
  const key = (
    await works.create({ type: 'book', fields: { title: 'A', author: 'Smith, J', issued: '2020' } })
  ).work.citationKey;
  const catalog = libraryWorkCatalog(store, []);
  await new NotesService(store, { works: catalog }).create({ body: `See [@${key}].` });
  const lists = new ReadingListService(store, { works: catalog });
  await lists.addWorks((await lists.create('L')).id, [key]);
  await store.close();
  return { memory, key };
}

async function state(memory: MemoryStorage) {
  const store = await UserDataStore.open(memory);
  const works = (await store.works.all()).map((w) => w.citationKey);
  const history = (await store.workHistory.all()).map((h) => h.key);
  const note = (await store.notes.all())[0]!;
  const list = (await store.lists.all())[0]!;
  return {
    works,
    history,
    body: note.body,
    noteKeys: note.links.flatMap((l) => (l.kind === 'work' ? [l.workKey] : [])),
    listKeys: list.items.map((i) => i.workKey),
  };
}

describe('updateFiles', () => {
  it('a rename cut short at any step leaves everything under one key', async () => {
    const { key } = await seeded();
    const oldState = {
      works: [key],
      history: [key],
      body: `See [@${key}].`,
      noteKeys: [key],
      listKeys: [key],
    };
    const newState = {
      works: ['renamed'],
      history: ['renamed'],
      body: 'See [@renamed].',
      noteKeys: ['renamed'],
      listKeys: ['renamed'],
    };
    const outcomes = new Set<string>();
    for (let step = 1; step < 60; step++) {
      const { memory } = await seeded();
      const faulty = new FaultyStorage(memory);
      const store = await UserDataStore.open(faulty);
      faulty.failStep(step, 'crash');
      const ok = await renameWorkKey(new WorkService(store, []), key, 'renamed', new Date()).then(
        () => true,
        () => false,
      );
      const after = await state(memory);
      expect([oldState, newState], `step ${step}`).toContainEqual(after);
      outcomes.add(JSON.stringify(after) === JSON.stringify(newState) ? 'new' : 'old');
      if (ok && faulty.steps.length < step) break; // the write completed before this step
    }
    expect([...outcomes].sort()).toEqual(['new', 'old']);
  });
});

/** A memory storage whose staging (a file written and flushed) takes a turn of the event loop. */
class SlowStaging extends MemoryStorage {
  inFlight = 0;
  mostAtOnce = 0;
  failOn: string | null = null;

  override async stage(path: string, content: string | Uint8Array): Promise<string> {
    this.inFlight++;
    this.mostAtOnce = Math.max(this.mostAtOnce, this.inFlight);
    try {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (path === this.failOn) throw new Error(`ENOSPC: no room for ${path}`);
      return await super.stage(path, content);
    } finally {
      this.inFlight--;
    }
  }
}

describe('updateFiles over many files (an import: works and history shards)', () => {
  const writesOf = (store: DocumentStore, count: number) =>
    Array.from({ length: 12 }, (_, i) => ({
      path: `s/${String(i).padStart(2, '0')}.json`,
      spec: counterSpec,
      mutate: (d: CounterFile) => void (d.count = count),
    }));

  it('stages several files at once, so one flush to disk overlaps the next encoding', async () => {
    const storage = new SlowStaging();
    const store = await DocumentStore.open({ storage });
    await store.updateFiles(writesOf(store, 1));
    expect(storage.mostAtOnce).toBeGreaterThan(1);
    const read = await DocumentStore.open({ storage });
    const counts = await read.readMany(
      writesOf(store, 0).map((w) => w.path),
      counterSpec,
    );
    expect(counts.map((c) => c.count)).toEqual(Array(12).fill(1));
  });

  it('a staging that fails while others run changes no file and leaves no staged file', async () => {
    const storage = new SlowStaging();
    const store = await DocumentStore.open({ storage });
    await store.updateFiles(writesOf(store, 1));
    storage.failOn = 's/05.json';
    await expect(store.updateFiles(writesOf(store, 2))).rejects.toThrow(/no room for s\/05/);
    expect(storage.paths().filter((p) => p.endsWith('.tmp'))).toEqual([]);
    const counts = await store.readMany(
      writesOf(store, 0).map((w) => w.path),
      counterSpec,
    );
    expect(counts.map((c) => c.count)).toEqual(Array(12).fill(1));
  });
});
