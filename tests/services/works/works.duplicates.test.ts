/** Duplicates review: "not duplicates" remembered across a restart, and a merge undone from the trash. */
import { afterAll, describe, expect, it } from 'vitest';
import type { Work } from '../../../src/core/bibliography/model';
import { NotesService } from '../../../src/services/notes';
import { ReadingListService } from '../../../src/services/lists';
import { TrashService } from '../../../src/services/trash';
import {
  WorkService,
  findLibraryDuplicates,
  listNotDuplicates,
  markNotDuplicates,
  mergeWorks,
  renameWorkKey,
  unmarkNotDuplicates,
} from '../../../src/services/works';
import { libraryWorkCatalog } from '../../../src/services/workKeys';
import type { UserDataStore } from '../../../src/store';
import { WORKS, removeStoreDirs, steppingClock, storeKinds } from '../userDataHelpers';

afterAll(removeStoreDirs);

function services(store: UserDataStore) {
  const now = steppingClock();
  const works = new WorkService(store, WORKS, { now });
  const trash = new TrashService(store, { works: works.works, now });
  const catalog = libraryWorkCatalog(store, WORKS);
  const notes = new NotesService(store, { works: catalog, now });
  const lists = new ReadingListService(store, { works: catalog, now });
  return { works, trash, notes, lists, now };
}

async function twoRecords(works: WorkService): Promise<[string, string]> {
  const add = async (fields: Record<string, unknown>) =>
    (await works.create({ type: 'book', fields })).work.citationKey;
  const keep = await add({ title: 'Transnational migration', author: 'Faist, T', issued: 2008 });
  const other = await add({
    title: 'Transnational Migration',
    author: 'Faist, Thomas',
    issued: 2008,
    publisher: 'Routledge',
  });
  return [keep, other];
}

const keysOf = (groups: { keys: string[] }[]) => groups.map((g) => g.keys.join(' '));

describe.each(storeKinds)('duplicates review ($name store)', (kind) => {
  it('remembers "not duplicates" across a restart, and takes it back', async () => {
    const { store, reopen } = await kind.open();
    const { works, now } = services(store);
    const [a, b] = await twoRecords(works);
    expect(keysOf(await findLibraryDuplicates(works.works))).toEqual([[a, b].sort().join(' ')]);
    const pair = await markNotDuplicates(works.works, b, a, now());
    expect(pair).toMatchObject({ a: [a, b].sort()[0], b: [a, b].sort()[1] });
    expect(await findLibraryDuplicates(works.works)).toEqual([]);
    await expect(markNotDuplicates(works.works, a, a, now())).rejects.toThrow(/same work/);
    await expect(markNotDuplicates(works.works, a, 'nosuchkey', now())).rejects.toThrow(
      /nosuchkey/,
    );

    await store.close();
    const again = services(await reopen());
    expect(await findLibraryDuplicates(again.works.works)).toEqual([]);
    expect((await listNotDuplicates(again.works.works)).map((p) => p.id)).toEqual([pair.id]);
    await unmarkNotDuplicates(again.works.works, pair.id);
    expect(keysOf(await findLibraryDuplicates(again.works.works))).toEqual([
      [a, b].sort().join(' '),
    ]);
    await expect(unmarkNotDuplicates(again.works.works, pair.id)).rejects.toThrow(/not among/);
  });

  it('keeps a "not duplicates" answer when one of the two keys is renamed', async () => {
    const { store } = await kind.open();
    const { works, now } = services(store);
    const [a, b] = await twoRecords(works);
    await markNotDuplicates(works.works, a, b, now());
    await renameWorkKey(works, a, 'faisttm', now());
    expect(await findLibraryDuplicates(works.works)).toEqual([]);
    expect(await listNotDuplicates(works.works)).toEqual([
      expect.objectContaining({ a: b, b: 'faisttm' }),
    ]);
  });

  it('undoes a merge from the trash after a restart: both records, the note and the list as before', async () => {
    const { store, reopen } = await kind.open();
    const { works, notes, lists, now } = services(store);
    const [keep, other] = await twoRecords(works);
    const keepBefore = (await works.record(keep)).work;
    const otherBefore = (await works.record(other)).work;
    const note = await notes.create({
      body: `See [@${other}, p. 2].`,
      links: [{ kind: 'work', workKey: other }],
    });
    const list = await lists.create('Reading');
    await lists.addWorks(list.id, [keep, other]);

    const merged = await mergeWorks(works, keep, other, { author: 'other' }, now());
    expect(merged.work.csl.author).toEqual([{ family: 'Faist', given: 'Thomas' }]);
    expect(merged.work.aliases).toEqual([other]);
    expect((await notes.get(note.id))!.body).toBe(`See [@${keep}, p. 2].`);
    expect((await lists.get(list.id))!.items.map((i) => i.workKey)).toEqual([keep]);
    // The merged-away key stays taken while its record is in the trash.
    expect((await works.works.takenKeys()).has(other)).toBe(true);

    await store.close();
    const again = services(await reopen());
    const inTrash = await again.trash.list('work');
    expect(inTrash).toEqual([
      expect.objectContaining({ itemId: other, batch: merged.batch, mergedInto: keep }),
    ]);
    expect(inTrash[0]).not.toHaveProperty('merge');
    await again.trash.restore({ batch: merged.batch });

    const strip = (w: Work) => ({ csl: w.csl, aliases: w.aliases, tags: w.tags });
    expect(strip((await again.works.record(keep)).work)).toEqual(strip(keepBefore));
    expect((await again.works.record(other)).work).toEqual(otherBefore);
    const restoredNote = (await again.notes.get(note.id))!;
    expect(restoredNote.body).toBe(`See [@${other}, p. 2].`);
    expect(restoredNote.links).toContainEqual(expect.objectContaining({ workKey: other }));
    expect((await again.lists.get(list.id))!.items.map((i) => i.workKey)).toEqual([keep, other]);
    expect(await again.trash.list('work')).toEqual([]);
    expect((await again.works.history(keep)).map((r) => r.note ?? r.action)).toEqual([
      'create',
      `merged ${other} into it`,
      `undid the merge of ${other}`,
    ]);
  });

  it('undoing a merge keeps edits made since, and what was changed since stays on the kept work', async () => {
    const { store } = await kind.open();
    const { works, trash, notes, now } = services(store);
    const [keep, other] = await twoRecords(works);
    const note = await notes.create({ body: 'x', links: [{ kind: 'work', workKey: other }] });
    const merged = await mergeWorks(works, keep, other, {}, now());
    await works.update(keep, { fields: { note: 'edited after the merge' } });
    await notes.update(note.id, { body: 'edited too' });
    await trash.restore({ kind: 'work', itemId: other });
    const kept = (await works.record(keep)).work;
    expect(kept.csl.note).toBe('edited after the merge');
    expect(kept.csl.publisher).toBe('Routledge'); // filled from the other at the merge, kept
    expect(kept.aliases).toEqual([]);
    expect((await works.record(other)).work.citationKey).toBe(other);
    const edited = (await notes.get(note.id))!;
    expect(edited.body).toBe('edited too');
    expect(edited.links).toContainEqual(expect.objectContaining({ workKey: keep }));
    expect(merged.batch).toBeTruthy();
  });
});
