// storedWorksFor: the few stored works a work's detail, reference or export needs, read by key.
import { beforeAll, describe, expect, it } from 'vitest';
import { generateLibrary } from '../../../bench/generate';
import type { Work } from '../../../src/core/bibliography/model';
import { LibraryService, storedWorksFor } from '../../../src/services/library';
import { MemoryStorage, UserDataStore, type Storage } from '../../../src/store';

let library: LibraryService;
let stored: Work[];
let storage: MemoryStorage;
beforeAll(async () => {
  library = await LibraryService.open();
  stored = generateLibrary(600, { seed: 11 }).works;
  const betts = library.works.find((w) => w.citationKey === 'betts2011c')!;
  // A stored copy of a bundled work, a work known by another key, and two namesakes of Betts.
  stored.push({ ...betts, csl: { ...betts.csl, title: 'Trans-regionalism, revised' } });
  stored[0] = { ...stored[0]!, aliases: ['oldkey1999'] };
  for (const [key, title] of [
    ['betts2011x', 'Another Betts of 2011'],
    ['betts2011y', 'Yet another'],
  ] as const) {
    stored.push({
      ...betts,
      citationKey: key,
      csl: { ...betts.csl, id: key, title, 'year-suffix': undefined },
      citedAs: [],
      provenance: { kind: 'user' },
    });
  }
  storage = new MemoryStorage();
  const writer = await UserDataStore.open(storage);
  await writer.works.putMany(stored, (w) => w.citationKey);
  await writer.close();
});

/** A store over the shared data that counts the works files it reads. */
async function countingStore(): Promise<{ store: UserDataStore; reads: () => number }> {
  let reads = 0;
  const counting: Storage = Object.create(storage) as Storage;
  counting.read = (path) => {
    if (path.startsWith('works/')) reads++;
    return storage.read(path);
  };
  const store = await UserDataStore.open(counting);
  await store.workListings.all(); // the works list was shown first (its caches written)
  await store.close();
  const again = await UserDataStore.open(counting);
  reads = 0;
  return { store: again, reads: () => reads };
}

describe('storedWorksFor', () => {
  it('answers getWork as the whole library would, reading a file or two', async () => {
    const { store, reads } = await countingStore();
    for (const key of [stored[5]!.citationKey, 'oldkey1999', 'betts2011c', 'iamm2004']) {
      const few = await storedWorksFor([key], store, library.works);
      expect(library.getWork(key, few)).toEqual(library.getWork(key, stored));
    }
    expect(reads()).toBeLessThanOrEqual(4);
    await store.close();
  });

  it('brings the namesakes a formatted reference is disambiguated against', async () => {
    const { store } = await countingStore();
    const few = await storedWorksFor(['betts2011x'], store, library.works, { namesakes: true });
    expect(few.map((w) => w.citationKey).sort()).toEqual([
      'betts2011c',
      'betts2011x',
      'betts2011y',
    ]);
    for (const style of ['apa', 'chicago-author-date'] as const) {
      expect(library.formatReference('betts2011x', style, 'text', few)).toBe(
        library.formatReference('betts2011x', style, 'text', stored),
      );
    }
    await store.close();
  });

  it('exports chosen keys as from the whole library, and nothing for unknown keys', async () => {
    const { store } = await countingStore();
    const keys = [stored[1]!.citationKey, 'betts2011c', stored[300]!.citationKey];
    const few = await storedWorksFor(keys, store, library.works);
    expect(library.exportBibtex(keys, few)).toBe(library.exportBibtex(keys, stored));
    expect(await storedWorksFor(['nobody1999'], store, library.works)).toEqual([]);
    await store.close();
  });

  it('finds a namesake stored after an earlier look-up, and not one deleted since', async () => {
    const own = new MemoryStorage();
    const store = await UserDataStore.open(own);
    await store.works.putMany(stored, (w) => w.citationKey);
    const keysOf = async () =>
      (await storedWorksFor(['betts2011x'], store, library.works, { namesakes: true }))
        .map((w) => w.citationKey)
        .sort();
    expect(await keysOf()).toEqual(['betts2011c', 'betts2011x', 'betts2011y']);
    const y = stored.find((w) => w.citationKey === 'betts2011y')!;
    const z = { ...y, citationKey: 'betts2011z', csl: { ...y.csl, id: 'betts2011z' } };
    await store.works.putMany([z], (w) => w.citationKey);
    await store.works.removeMany(['betts2011y']);
    expect(await keysOf()).toEqual(['betts2011c', 'betts2011x', 'betts2011z']);
    await store.close();
  });
});
