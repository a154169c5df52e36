// updateFiles (several files of different kinds, all or nothing), as a key rename uses it: the
// process dying at any step of the write leaves the work, its history, the note and the list
// that name it all under the old key or all under the new one, as a fresh open reads them.
import { describe, expect, it } from 'vitest';
import { MemoryStorage, UserDataStore } from '../../src/store';
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
