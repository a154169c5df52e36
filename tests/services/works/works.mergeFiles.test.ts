/** Duplicates, and merge into an alias. */
import { afterAll, describe, expect, it } from 'vitest';
import { findDuplicates } from '../../../src/core/works/duplicates';
import { exportWorks } from '../../../src/core/formats';
import { ReadingListService } from '../../../src/services/lists';
import { WorkService, mergeWorks } from '../../../src/services/works';
import { libraryWorkCatalog } from '../../../src/services/workKeys';
import { UserDataStore } from '../../../src/store';
import { WORKS, removeStoreDirs, storeKinds } from '../userDataHelpers';

afterAll(removeStoreDirs);

describe('duplicates and merge', () => {
  it('finds duplicates by DOI, ISBN, title+year+author and similar title, with differences', async () => {
    const store = await UserDataStore.openInMemory();
    const works = new WorkService(store, []);
    const add = async (fields: Record<string, unknown>, type = 'book') =>
      (await works.create({ type, fields })).work.citationKey;
    const a = await add({
      title: 'Global Migration Governance',
      author: 'Betts, A',
      issued: 2011,
      DOI: '10.1000/abc',
    });
    const b = await add({
      title: 'Global migration governance',
      author: 'Betts, Alexander',
      issued: 2011,
      DOI: 'https://doi.org/10.1000/ABC',
    });
    const c = await add({ title: 'Shifting Up and Out', author: 'Lavenex, S', issued: 2006 });
    const d = await add({ title: 'Shifting Up and Out', author: 'Lavenex, Sandra', issued: 2006 });
    const e = await add({ title: 'A Book', ISBN: '0-306-40615-2' });
    const f = await add({ title: 'The Same Book', ISBN: '978-0-306-40615-7' });
    const g = await add({
      title: 'Multilayered migration governance the partnership approach in the EU',
      author: 'Lavenex',
      issued: 2013,
    });
    const h = await add({
      title: 'Multilayered migration governance: the partnership approach in the EU and beyond',
      author: 'Panizzon',
      issued: 2013,
    });
    await add({ title: 'Unrelated', issued: 2013 });
    const groups = findDuplicates(await works.works.all());
    const byKeys = new Map(groups.map((gr) => [gr.keys.join(' '), gr]));
    expect([...byKeys.keys()].sort()).toEqual(
      [
        [a, b],
        [c, d],
        [e, f],
        [g, h],
      ]
        .map((k) => k.sort().join(' '))
        .sort(),
    );
    expect(byKeys.get([a, b].sort().join(' '))!.pairs[0]!.reason).toBe('doi');
    expect(byKeys.get([c, d].sort().join(' '))!.pairs[0]!.reason).toBe('title-year-author');
    expect(byKeys.get([e, f].sort().join(' '))!.pairs[0]!.reason).toBe('isbn');
    expect(byKeys.get([g, h].sort().join(' '))!.pairs[0]!.reason).toBe('similar-title');
    expect(byKeys.get([c, d].sort().join(' '))!.pairs[0]!.differences.map((x) => x.field)).toEqual([
      'author',
    ]);
  });

  it.each(storeKinds)(
    'merges with per-field picks; the other key resolves as an alias ($name)',
    async (kind) => {
      const { store } = await kind.open();
      const works = new WorkService(store, WORKS);
      const keep = (
        await works.create({
          type: 'book',
          fields: { title: 'Keep', author: 'Smith, J', issued: 2020 },
          tags: ['a'],
        })
      ).work.citationKey;
      const other = (
        await works.create({
          type: 'book',
          fields: { title: 'Other', author: 'Smith, J', issued: 2020, publisher: 'OUP' },
          tags: ['b'],
        })
      ).work.citationKey;
      const lists = new ReadingListService(store, { works: libraryWorkCatalog(store, WORKS) });
      const list = await lists.create('L');
      await lists.addWorks(list.id, [keep, other]);
      const merged = await mergeWorks(works, keep, other, { title: 'other' }, new Date());
      expect(merged.work.csl).toMatchObject({ title: 'Other', publisher: 'OUP' });
      expect(merged.work.tags).toEqual(['a', 'b']);
      expect(merged.work.aliases).toEqual([other]);
      expect((await lists.get(list.id))!.items.map((i) => i.workKey)).toEqual([keep]);
      expect((await works.record(other)).work.citationKey).toBe(keep);
      const found = await libraryWorkCatalog(store, WORKS).lookup([other]);
      expect(found.get(other)?.key).toBe(keep);
      expect(exportWorks([merged.work], 'biblatex')).toContain(`ids = {${other}}`);
      expect((await works.history(keep)).at(-1)).toMatchObject({
        action: 'merge',
        note: `merged ${other} into it`,
      });
      await expect(mergeWorks(works, keep, 'betts2011c', {}, new Date())).rejects.toThrow(
        /bundled paper/,
      );
    },
  );
});
