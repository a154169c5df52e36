/** Works by hand: create with checks and keys, edit with history, tags, trash and rename. */
import { afterAll, describe, expect, it } from 'vitest';
import { NotesService } from '../../../src/services/notes';
import { ReadingListService } from '../../../src/services/lists';
import { UserClaimsService } from '../../../src/services/userClaims';
import { TrashService } from '../../../src/services/trash';
import { WorkService, renameWorkKey } from '../../../src/services/works';
import { libraryWorkCatalog } from '../../../src/services/workKeys';
import { WORKS, removeStoreDirs, steppingClock, storeKinds } from '../userDataHelpers';

afterAll(removeStoreDirs);

describe.each(storeKinds)('works by hand ($name store)', (kind) => {
  async function open() {
    const opened = await kind.open();
    const now = steppingClock();
    const works = new WorkService(opened.store, WORKS, { now });
    const trash = new TrashService(opened.store, { works: works.works, now });
    return { ...opened, works, trash, now };
  }

  it('adds a work with a key by the library scheme, and refuses bad fields naming them', async () => {
    const { store, works } = await open();
    const first = await works.create({
      type: 'book',
      fields: {
        title: 'Global Migration Governance',
        author: 'Betts, Alexander',
        issued: '2011',
        DOI: 'https://doi.org/10.1093/ACPROF:oso/9780199600458.001.0001',
      },
    });
    // familyYEAR (the bundled betts2011a and betts2011c leave it free).
    expect(first.work.citationKey).toBe('betts2011');
    const second = await works.create({
      type: 'book',
      fields: { author: 'Betts, A.', issued: 2011 },
    });
    expect(second.work.citationKey).toBe('betts2011b');
    expect(first.work.csl.DOI).toBe('10.1093/ACPROF:oso/9780199600458.001.0001');
    expect(first.work.csl.author).toEqual([{ family: 'Betts', given: 'Alexander' }]);
    expect(first.work.revision).toBe(1);
    await expect(works.create({ type: 'jurnal', fields: {} })).rejects.toThrow(
      /^type: unknown type `jurnal`/,
    );
    await expect(works.create({ type: 'book', fields: { DOI: '10.12/x' } })).rejects.toThrow(
      /^DOI: `10.12\/x` is not a DOI/,
    );
    await expect(
      works.create({ type: 'book', fields: { ISBN: '978-0-19-960045-9' } }),
    ).rejects.toThrow(/^ISBN: .*check digit/);
    await expect(works.create({ type: 'book', fields: { titel: 'x' } })).rejects.toThrow(
      /^titel: unknown field \(did you mean `title`/,
    );
    await expect(
      works.create({ type: 'book', fields: {}, citationKey: 'betts2011b' }),
    ).rejects.toThrow(/^citationKey: `betts2011b` is already the key/);
    await expect(
      works.create({ type: 'book', fields: {}, citationKey: 'Bad Key' }),
    ).rejects.toThrow(/^citationKey: `Bad Key` is not a valid key/);
    expect((await store.works.all()).map((w) => w.citationKey).sort()).toEqual([
      'betts2011',
      'betts2011b',
    ]);
  });

  it('edits fields, names and dates, keeps fields a new type lacks, and records each change', async () => {
    const { store, works, reopen } = await open();
    const { work } = await works.create({
      type: 'article-journal',
      fields: {
        title: 'Draft',
        issued: 'in press',
        'container-title': 'Global Governance',
        volume: '17',
      },
    });
    const key = work.citationKey;
    const edited = await works.update(key, {
      type: 'book',
      fields: {
        title: 'Final',
        author: [{ family: 'Heijden', 'non-dropping-particle': 'van der', given: 'Jeroen' }],
        issued: '2012-05-03',
        volume: null,
      },
    });
    expect(edited.work.csl.type).toBe('book');
    expect(edited.work.csl.issued).toEqual({ 'date-parts': [[2012, 5, 3]] });
    expect(edited.work.csl.volume).toBeUndefined();
    expect(edited.outsideType).toContain('container-title');
    expect(edited.work.edited?.title?.actor).toBe('user');
    expect(edited.work.revision).toBe(2);
    const noop = await works.update(key, { fields: { title: 'Final' } });
    expect(noop.changes).toEqual([]);
    await expect(
      works.update(key, { fields: { title: 'Stale' }, expectedRevision: 1 }),
    ).rejects.toThrow(/changed elsewhere/);
    await store.close();
    const again = new WorkService(await reopen(), WORKS);
    const history = await again.history(key);
    expect(history.map((r) => [r.revision, r.actor, r.action])).toEqual([
      [1, 'user', 'create'],
      [2, 'user', 'edit'],
    ]);
    expect(history[1]!.changes).toContainEqual({ field: 'title', before: 'Draft', after: 'Final' });
    expect(history[1]!.changes).toContainEqual({ field: 'volume', before: '17', after: null });
    expect(history[1]!.changes).toContainEqual({
      field: 'type',
      before: 'article-journal',
      after: 'book',
    });
  });

  it('edits a bundled work as the user’s copy, keeping its confidence and marking the field', async () => {
    const { works } = await open();
    const bundled = {
      ...WORKS[0]!,
      confidence: { level: 'guess' as const, source: 'paper', remark: null },
    };
    const service = new WorkService((await kind.open()).store, [bundled, ...WORKS.slice(1)]);
    const { work } = await service.update('betts2011c', { fields: { page: '1-20' } });
    expect(work.confidence?.level).toBe('guess');
    expect(work.edited?.page?.actor).toBe('user');
    expect((await service.record('betts2011c')).stored).toBe(true);
    void works;
  });

  it('tags many works at once, counts tags, and shows them in the listing', async () => {
    const { store, works } = await open();
    const a = (
      await works.create({
        type: 'book',
        fields: { title: 'A', author: 'Smith, J', issued: '2020' },
      })
    ).work.citationKey;
    const b = (
      await works.create({
        type: 'book',
        fields: { title: 'B', author: 'Jones, K', issued: '2021' },
      })
    ).work.citationKey;
    expect(await works.tag([a, b], ['#migration', 'EU'], [])).toEqual([a, b]);
    expect(await works.tag([a], [], ['eu'])).toEqual([a]);
    expect(await works.tag([a], [], ['eu'])).toEqual([]);
    expect(await works.tags()).toEqual([
      { tag: 'migration', count: 2 },
      { tag: 'EU', count: 1 },
    ]);
    const listing = (await store.workListings.all()).find((l) => l.key === b);
    expect(listing?.tags).toEqual(['migration', 'EU']);
    expect((await works.history(a)).at(-1)?.action).toBe('tag');
  });

  it('deletes works to a trash that survives a restart, and restores the batch', async () => {
    const { store, works, trash, reopen } = await open();
    const a = (
      await works.create({
        type: 'book',
        fields: { title: 'A', author: 'Smith, J', issued: '2020' },
      })
    ).work.citationKey;
    const b = (
      await works.create({
        type: 'book',
        fields: { title: 'B', author: 'Jones, K', issued: '2021' },
      })
    ).work.citationKey;
    const deleted = await trash.deleteWorks([a, b]);
    expect(deleted.entries.map((e) => e.itemId)).toEqual([a, b]);
    expect(await store.works.all()).toEqual([]);
    await expect(trash.deleteWorks(['betts2011c'])).rejects.toThrow(/bundled paper/);
    await expect(works.create({ type: 'book', fields: {}, citationKey: a })).rejects.toThrow(
      /in the trash/,
    );
    await store.close();
    const reopened = await reopen();
    const service = new WorkService(reopened, WORKS);
    const again = new TrashService(reopened, { works: service.works });
    expect((await again.list('work')).map((e) => e.itemId).sort()).toEqual([a, b].sort());
    await again.restore({ batch: deleted.batch });
    expect((await reopened.works.all()).map((w) => w.citationKey).sort()).toEqual([a, b].sort());
    expect(await again.list()).toEqual([]);
    await expect(again.restore({ batch: deleted.batch })).rejects.toThrow(/Nothing of that/);
  });

  it('renames a key with its notes, list items, claims and history, in one write', async () => {
    const { store, works, trash, now } = await open();
    const key = (
      await works.create({
        type: 'book',
        fields: { title: 'A', author: 'Smith, J', issued: '2020' },
      })
    ).work.citationKey;
    const catalog = libraryWorkCatalog(store, WORKS);
    const notes = new NotesService(store, { works: catalog, now });
    const note = await notes.create({
      body: `As [@${key}, p. 3] and @betts2011c say.`,
      links: [{ kind: 'work', workKey: key }],
    });
    const lists = new ReadingListService(store, { works: catalog, now });
    const list = await lists.create('Reading');
    await lists.addWorks(list.id, [key, 'betts2011c']);
    const claims = new UserClaimsService(store, { works: catalog, now });
    const claim = await claims.create({
      statement: 'S',
      links: [{ workKey: key, stance: 'supporting' }],
    });
    const result = await renameWorkKey(works, key, 'smithbook', now());
    expect(result.work.citationKey).toBe('smithbook');
    expect(result.updated.notes.map((n) => n.id)).toEqual([note.id]);
    const renamedNote = (await notes.get(note.id))!;
    expect(renamedNote.body).toBe('As [@smithbook, p. 3] and @betts2011c say.');
    expect(
      renamedNote.links.filter((l) => l.kind === 'work').map((l) => l.kind === 'work' && l.workKey),
    ).toContain('smithbook');
    expect(renamedNote.links.some((l) => l.kind === 'work' && l.workKey === key)).toBe(false);
    expect((await lists.get(list.id))!.items.map((i) => i.workKey)).toEqual([
      'smithbook',
      'betts2011c',
    ]);
    expect((await claims.get(claim.id))!.links[0]!.workKey).toBe('smithbook');
    expect(await store.works.get(key)).toBeUndefined();
    expect((await works.history('smithbook')).map((r) => r.action)).toEqual(['create', 'rename']);
    await expect(renameWorkKey(works, 'smithbook', 'betts2011c', now())).rejects.toThrow(
      /^citationKey: `betts2011c` is already/,
    );
    await expect(renameWorkKey(works, 'betts2011c', 'bettsx', now())).rejects.toThrow(
      /bundled paper cites/,
    );
    void trash;
  });
});
