import { afterAll, describe, expect, it } from 'vitest';
import { MemoryStorage, UserDataStore } from '../../src/store';
import { ReadingListService } from '../../src/services/lists';
import {
  UnknownWorkKeyError,
  catalogFromWorks,
  libraryWorkCatalog,
} from '../../src/services/workKeys';
import { WORKS, removeStoreDirs, steppingClock, storeKinds, work } from './userDataHelpers';

afterAll(removeStoreDirs);

const keys = (list: { items: { workKey: string }[] } | null) => list?.items.map((i) => i.workKey);

describe.each(storeKinds)('ReadingListService ($name store)', (kind) => {
  async function setup() {
    const opened = await kind.open();
    const lists = new ReadingListService(opened.store, {
      works: catalogFromWorks(WORKS),
      now: steppingClock(),
    });
    return { ...opened, lists };
  }

  it('creates lists with unique names, renames and finds them by id or name', async () => {
    const { lists } = await setup();
    const list = await lists.create('  Thesis   chapter 2 ');
    expect(list).toMatchObject({ name: 'Thesis chapter 2', items: [] });
    await expect(lists.create('THESIS CHAPTER 2')).rejects.toThrow(/exists already/);
    await lists.create('Background');
    const renamed = await lists.rename('thesis chapter 2', 'Chapter 2');
    expect(renamed.id).toBe(list.id);
    await expect(lists.rename(list.id, 'background')).rejects.toThrow(/exists already/);
    expect((await lists.get('chapter 2'))?.id).toBe(list.id);
    expect((await lists.get(list.id))?.name).toBe('Chapter 2');
    expect(await lists.get('nope')).toBeNull();
    expect((await lists.list()).map((l) => l.name)).toEqual(['Background', 'Chapter 2']);
  });

  it('adds many works in order, canonical, skipping those already on the list', async () => {
    const { lists, reopen } = await setup();
    await lists.create('R');
    const first = await lists.addWorks('R', ['betts2011c', 'iamm2004', 'betts2011c']);
    expect(first.added).toEqual(['betts2011c', 'fom2004']);
    const second = await lists.addWorks('R', ['fom2004', 'kohler2011']);
    expect(second).toMatchObject({ added: ['kohler2011'], alreadyPresent: ['fom2004'] });
    expect(keys(second.list)).toEqual(['betts2011c', 'fom2004', 'kohler2011']);
    expect(second.list.items[2]).toMatchObject({
      status: 'to-read',
      comment: '',
      placeholder: expect.stringMatching(/^Köhler 2011/),
    });
    const again = new ReadingListService(await reopen(), { works: catalogFromWorks(WORKS) });
    expect(keys(await again.get('R'))).toEqual(['betts2011c', 'fom2004', 'kohler2011']);
  });

  it('adds nothing when one key is unknown, and says which', async () => {
    const { lists } = await setup();
    await lists.create('R');
    const error = await lists.addWorks('R', ['betts2011c', 'betts2011']).catch((e) => e);
    expect(error).toBeInstanceOf(UnknownWorkKeyError);
    expect(error.message).toMatch(/`betts2011`.*Did you mean/);
    expect(keys(await lists.get('R'))).toEqual([]);
    await expect(lists.addWorks('Missing', ['betts2011c'])).rejects.toThrow(
      'No reading list named "Missing". Lists: "R".',
    );
  });

  it('reorders, sets status and comment, removes', async () => {
    const { lists } = await setup();
    await lists.create('R');
    await lists.addWorks('R', ['betts2011c', 'betts2011a', 'kohler2011', 'lavenex2006']);
    expect(keys(await lists.moveItem('R', 'lavenex2006', 0))).toEqual([
      'lavenex2006',
      'betts2011c',
      'betts2011a',
      'kohler2011',
    ]);
    expect(keys(await lists.moveItem('R', 'lavenex2006', 99))).toEqual([
      'betts2011c',
      'betts2011a',
      'kohler2011',
      'lavenex2006',
    ]);
    expect(keys(await lists.moveItem('R', 'betts2011c', 2))).toEqual([
      'betts2011a',
      'kohler2011',
      'betts2011c',
      'lavenex2006',
    ]);
    await expect(lists.moveItem('R', 'fom2004', 0)).rejects.toThrow(
      '`fom2004` is not on the list "R".',
    );
    await lists.setStatus('R', 'kohler2011', 'reading');
    const commented = await lists.setComment('R', 'kohler2011', 'Chapter 3 only');
    expect(commented.items[1]).toMatchObject({
      workKey: 'kohler2011',
      status: 'reading',
      comment: 'Chapter 3 only',
    });
    expect(() => lists.setStatus('R', 'kohler2011', 'skimmed' as never)).toThrow(
      /use to-read, reading, read/,
    );
    expect(keys(await lists.removeWorks('R', ['betts2011a', 'nothing']))).toEqual([
      'kohler2011',
      'betts2011c',
      'lavenex2006',
    ]);
  });

  it('deletes and restores a list (undo)', async () => {
    const { lists } = await setup();
    await lists.create('R');
    await lists.addWorks('R', ['betts2011c']);
    const deleted = await lists.delete('r');
    expect(await lists.list()).toEqual([]);
    await lists.restore(deleted);
    expect(keys(await lists.get('R'))).toEqual(['betts2011c']);
  });

  it('takes works off a list and puts them back where they were, status and comment kept', async () => {
    const { lists } = await setup();
    await lists.create('R');
    await lists.addWorks('R', ['kohler2011', 'betts2011a', 'betts2011c', 'lavenex2006']);
    await lists.setStatus('R', 'betts2011a', 'read');
    await lists.setComment('R', 'lavenex2006', 'the key one');
    const taken = await lists.takeWorks('R', ['lavenex2006', 'betts2011a']);
    expect(keys(taken.list)).toEqual(['kohler2011', 'betts2011c']);
    expect(taken.removed.map((r) => [r.item.workKey, r.index])).toEqual([
      ['betts2011a', 1],
      ['lavenex2006', 3],
    ]);
    const restored = await lists.restoreItems('R', taken.removed);
    expect(keys(restored)).toEqual(['kohler2011', 'betts2011a', 'betts2011c', 'lavenex2006']);
    expect(restored.items[1]).toMatchObject({ status: 'read' });
    expect(restored.items[3]).toMatchObject({ comment: 'the key one' });
    // A work added again meanwhile is not doubled.
    const again = await lists.takeWorks('R', ['kohler2011']);
    await lists.addWorks('R', ['kohler2011']);
    expect(keys(await lists.restoreItems('R', again.removed))).toEqual([
      'betts2011a',
      'betts2011c',
      'lavenex2006',
      'kohler2011',
    ]);
  });
});

describe('ReadingListService with deleted works and several writers', () => {
  it('keeps the placeholder of a work deleted from the library', async () => {
    const store = await UserDataStore.openInMemory();
    await store.works.putMany([work('mine2020', 'Mine', 2020, 'Typed In')], (w) => w.citationKey);
    const lists = new ReadingListService(store, { works: libraryWorkCatalog(store, []) });
    await lists.create('R');
    await lists.addWorks('R', ['mine2020']);
    await store.works.removeMany(['mine2020']);
    const list = await lists.get('R');
    expect(list?.items[0]).toMatchObject({
      workKey: 'mine2020',
      placeholder: 'Mine 2020 — Typed In',
    });
    expect(keys(await lists.moveItem('R', 'mine2020', 0))).toEqual(['mine2020']);
  });

  it('two stores adding to the same list at once keep every item', async () => {
    const storage = new MemoryStorage();
    const [a, b] = await Promise.all([
      UserDataStore.openInMemory({ storage }),
      UserDataStore.openInMemory({ storage }),
    ]);
    const works = catalogFromWorks(WORKS);
    const la = new ReadingListService(a, { works });
    const lb = new ReadingListService(b, { works });
    await la.create('Shared');
    await Promise.all([
      la.addWorks('Shared', ['betts2011c']),
      lb.addWorks('Shared', ['kohler2011']),
      la.addWorks('Shared', ['lavenex2006']),
      lb.addWorks('Shared', ['fom2004']),
    ]);
    expect(keys(await la.get('Shared'))?.sort()).toEqual([
      'betts2011c',
      'fom2004',
      'kohler2011',
      'lavenex2006',
    ]);
  });
});
