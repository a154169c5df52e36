import { afterEach, describe, expect, it } from 'vitest';
import { workListing } from '../../src/core/bibliography/listing';
import type { Work } from '../../src/core/bibliography/model';
import { UserDataStore, type Storage } from '../../src/store';
import { removeTempDirs, storageKinds, writeRaw } from './helpers';

function work(key: string, title: string, family = 'Köhler'): Work {
  return {
    citationKey: key,
    csl: {
      id: key,
      type: 'article-journal',
      title,
      author: [{ family, given: 'Jan' }],
      issued: { 'date-parts': [[2011]] },
    },
    provenance: { kind: 'imported', file: 'mine.bib' },
    confidence: null,
    citedAs: [],
    aliases: [],
    tags: [],
  };
}

/** Counts reads of works shard files (not of the listing cache). */
function countingShardReads(storage: Storage): { storage: Storage; shardReads: () => number } {
  let reads = 0;
  const counting: Storage = Object.create(storage) as Storage;
  counting.read = (path) => {
    if (path.startsWith('works/')) reads++;
    return storage.read(path);
  };
  return { storage: counting, shardReads: () => reads };
}

const byKey = (rows: { key: string }[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));

afterEach(removeTempDirs);

describe.each(storageKinds)('work listings cached beside the works ($name)', (kind) => {
  it('lists every stored work as workListing describes it', async () => {
    const { storage } = await kind.make();
    const store = await UserDataStore.open(storage);
    const works = Array.from({ length: 40 }, (_, i) => work(`k${i}`, `Title ${i}`));
    await store.works.putMany(works, (w) => w.citationKey);
    expect(byKey(await store.workListings.all())).toEqual(byKey(works.map(workListing)));
    await store.close();
  });

  it('answers the same rows array while no works file changed, a new one after a change', async () => {
    const { storage, again } = await kind.make();
    const first = await UserDataStore.open(storage);
    await first.works.putMany(
      Array.from({ length: 30 }, (_, i) => work(`k${i}`, `Title ${i}`)),
      (w) => w.citationKey,
    );
    await first.close();
    // A fresh open: every shard known from its cache file, none held by the store.
    const store = await UserDataStore.open(again());
    const before = await store.workListings.all();
    expect(await store.workListings.all()).toBe(before);
    await store.works.putMany([work('k3', 'Retitled')], (w) => w.citationKey);
    const after = await store.workListings.all();
    expect(after).not.toBe(before);
    expect(after.find((l) => l.key === 'k3')?.title).toBe('Retitled');
    expect(await store.workListings.all()).toBe(after);
    await store.close();
  });

  it('a fresh open lists from the cache without reading any works file', async () => {
    const { storage, again } = await kind.make();
    const first = await UserDataStore.open(storage);
    await first.works.putMany(
      Array.from({ length: 30 }, (_, i) => work(`k${i}`, `Title ${i}`)),
      (w) => w.citationKey,
    );
    const listed = await first.workListings.all();
    await first.close();

    const { storage: counted, shardReads } = countingShardReads(again());
    const second = await UserDataStore.open(counted);
    expect(byKey(await second.workListings.all())).toEqual(byKey(listed));
    expect(shardReads()).toBe(0);
    await second.close();
  });

  it('writes its cache files in ASCII and reads characters of every width back exactly', async () => {
    const { storage, again } = await kind.make();
    const first = await UserDataStore.open(storage);
    const names = ['Köhler', 'Łódź', '東京', '𝔐athematics', 'plain'];
    await first.works.putMany(
      Array.from({ length: 30 }, (_, i) =>
        work(`k${i}`, `Title “${i}” ${names[i % 5]}`, names[i % 5]),
      ),
      (w) => w.citationKey,
    );
    const listed = await first.workListings.all();
    const paths = first.works.paths();
    await first.close();
    const shards = await Promise.all(paths.map((p) => storage.read(p)));
    const caches = await Promise.all(paths.map((p) => storage.read(`.cache/works-listing/${p}`)));
    // A cache file beside every works file, none beside none.
    expect(caches.map((c) => c !== null)).toEqual(shards.map((s) => s !== null));
    for (const cache of caches) if (cache) expect(cache.content).toMatch(/^[\x20-\x7e]*$/);

    const { storage: counted, shardReads } = countingShardReads(again());
    const second = await UserDataStore.open(counted);
    expect(byKey(await second.workListings.all())).toEqual(byKey(listed));
    expect(shardReads()).toBe(0);
    await second.close();
  });

  it('reads the rows of works with no tags or aliases back with one shared, frozen empty list', async () => {
    const { storage, again } = await kind.make();
    const first = await UserDataStore.open(storage);
    const tagged = { ...work('k0', 'Tagged'), tags: ['important'] };
    await first.works.putMany(
      [tagged, ...Array.from({ length: 30 }, (_, i) => work(`k${i + 1}`, `Title ${i}`))],
      (w) => w.citationKey,
    );
    const listed = await first.workListings.all();
    await first.close();
    const second = await UserDataStore.open(again());
    const rows = await second.workListings.all();
    expect(byKey(rows)).toEqual(byKey(listed));
    const untagged = rows.filter((r) => r.key !== 'k0');
    expect(new Set(untagged.flatMap((r) => [r.tags, r.aliases])).size).toBe(1);
    expect(Object.isFrozen(untagged[0]!.tags)).toBe(true);
    expect(rows.find((r) => r.key === 'k0')!.tags).toEqual(['important']);
    await second.close();
  });

  it('sees changes of this process at once, debounced ones included', async () => {
    const { storage } = await kind.make();
    const store = await UserDataStore.open(storage, { debounceMs: 10_000 });
    await store.works.putMany([work('a', 'Old'), work('b', 'Kept')], (w) => w.citationKey);
    await store.workListings.all();
    await store.works.update('a', (items) => {
      items.a = work('a', 'New');
    });
    await store.works.update(
      'b',
      (items) => {
        items.b = work('b', 'Typed');
      },
      { debounce: true },
    );
    const titles = (await store.workListings.all()).map((l) => l.title).sort();
    expect(titles).toEqual(['New', 'Typed']);
    await store.close();
  });

  it("rebuilds a shard's listing that another process changed since it was cached", async () => {
    const { storage, again } = await kind.make();
    const app = await UserDataStore.open(storage);
    await app.works.putMany([work('a', 'One'), work('b', 'Two')], (w) => w.citationKey);
    expect(await app.workListings.all()).toHaveLength(2);
    const cli = await UserDataStore.open(again());
    await cli.works.putMany([work('c', 'Three')], (w) => w.citationKey);
    await cli.works.removeMany(['a']);
    await cli.close();

    expect((await app.workListings.all()).map((l) => l.key).sort()).toEqual(['b', 'c']);
    const fresh = await UserDataStore.open(again());
    expect((await fresh.workListings.all()).map((l) => l.title).sort()).toEqual(['Three', 'Two']);
    await Promise.all([app.close(), fresh.close()]);
  });

  it('ignores a damaged or foreign cache file and rebuilds it', async () => {
    const { storage, again } = await kind.make();
    const first = await UserDataStore.open(storage);
    await first.works.putMany([work('a', 'One')], (w) => w.citationKey);
    await first.workListings.all();
    const cacheFile = `.cache/works-listing/${first.works.pathFor('a')}`;
    await first.close();

    await writeRaw(storage, cacheFile, '{"kind":"digest", "columns": [tru');
    const second = await UserDataStore.open(again());
    expect((await second.workListings.all()).map((l) => l.title)).toEqual(['One']);
    expect(await second.recoveryReport()).toEqual([]); // a cache is not the user's data
    await second.workListings.settled(); // cache files are written in the background
    const rebuilt = JSON.parse((await storage.read(cacheFile))!.content) as { count: number };
    expect(rebuilt.count).toBe(1);

    // A listing whose count disagrees with its columns is not trusted either.
    await writeRaw(storage, cacheFile, JSON.stringify({ ...rebuilt, count: 2 }));
    const third = await UserDataStore.open(again());
    expect((await third.workListings.all()).map((l) => l.title)).toEqual(['One']);
    await Promise.all([second.close(), third.close()]);
  });

  it('reads the cache files one at a time and lists the same rows', async () => {
    const { storage, again } = await kind.make();
    const first = await UserDataStore.open(storage);
    const works = Array.from({ length: 200 }, (_, i) => work(`k${i}`, `Title ${i}`));
    await first.works.putMany(works, (w) => w.citationKey);
    const listed = await first.workListings.all();
    await first.close();

    // All 64 files read at once held every text and parsed column together (~200 MB at 100k).
    let reading = 0;
    let most = 0;
    const inner = again();
    const counting: Storage = Object.create(inner) as Storage;
    counting.read = async (path) => {
      most = Math.max(most, ++reading);
      try {
        return await inner.read(path);
      } finally {
        reading--;
      }
    };
    const second = await UserDataStore.open(counting);
    expect(byKey(await second.workListings.all())).toEqual(byKey(listed));
    expect(most).toBe(1);
    await second.close();
  });

  it('gives the same row objects while a shard is unchanged', async () => {
    const { storage } = await kind.make();
    const store = await UserDataStore.open(storage);
    await store.works.putMany([work('a', 'One'), work('b', 'Two')], (w) => w.citationKey);
    const [first, second] = [await store.workListings.all(), await store.workListings.all()];
    expect(byKey(second).every((row, i) => row === byKey(first)[i])).toBe(true);
    await store.close();
  });
});

describe.each(storageKinds)('scanning a collection ($name)', (kind) => {
  it('yields every item once without keeping the files cached', async () => {
    const { storage } = await kind.make();
    const writer = await UserDataStore.open(storage);
    const works = Array.from({ length: 50 }, (_, i) => work(`k${i}`, `Title ${i}`));
    await writer.works.putMany(works, (w) => w.citationKey);
    await writer.close();

    const reader = await UserDataStore.open(storage);
    const seen: string[] = [];
    for await (const w of reader.works.scan()) seen.push(w.citationKey);
    expect(seen.sort()).toEqual(works.map((w) => w.citationKey).sort());
    const held = await Promise.all(
      reader.works.paths().map((p) => reader.documents.cached(p, reader.works.spec)),
    );
    expect(held.every((h) => h === null)).toBe(true);
    await reader.close();
  });
});

describe.each(storageKinds)('versions of the listings and derived caches ($name)', (kind) => {
  it('versions the listings: changed by any write, null while changes are unsaved', async () => {
    const { storage, again } = await kind.make();
    const store = await UserDataStore.open(storage, { debounceMs: 10_000 });
    await store.works.putMany([work('a', 'One'), work('b', 'Two')], (w) => w.citationKey);
    const first = await store.workListings.versioned();
    expect(first.version).not.toBeNull();
    expect((await store.workListings.versioned()).version).toBe(first.version);
    const other = await UserDataStore.open(again());
    expect((await other.workListings.versioned()).version).toBe(first.version);

    await other.works.putMany([work('c', 'Three')], (w) => w.citationKey);
    const second = await store.workListings.versioned();
    expect(second.rows).toHaveLength(3);
    expect(second.version).not.toBe(first.version);

    await store.works.update('a', (items) => void (items.a = work('a', 'Typed')), {
      debounce: true,
    });
    expect((await store.workListings.versioned()).version).toBeNull();
    await store.flush();
    expect((await store.workListings.versioned()).version).not.toBeNull();
    await Promise.all([store.close(), other.close()]);
  });

  it('keeps a derived value for one version, and reads nothing for another or a damaged file', async () => {
    const { storage } = await kind.make();
    const store = await UserDataStore.open(storage);
    const isNumbers = (v: unknown): v is number[] => Array.isArray(v);
    const cache = store.derived('works-order', isNumbers);
    expect(await cache.read('v1')).toBeNull();
    await cache.write('v1', [2, 0, 1]);
    expect(await cache.read('v1')).toEqual([2, 0, 1]);
    expect(await cache.read('v2')).toBeNull();
    expect(
      await store.derived('works-order', (v): v is string => typeof v === 'string').read('v1'),
    ).toBeNull();
    await writeRaw(storage, '.cache/works-order.json', '{"kind":"derived","vers');
    expect(await cache.read('v1')).toBeNull();
    await store.close();
  });

  it('keeps derived bytes written in chunks, and reads null when there are none', async () => {
    const { storage } = await kind.make();
    const store = await UserDataStore.open(storage);
    const cache = store.derivedBytes('paper-index');
    expect(await cache.read()).toBeNull();
    const big = new Float32Array(70_000).map((_, i) => i / 3);
    const chunks = [new Uint8Array([1, 2, 3]), new Uint8Array(big.buffer), new Uint8Array([9])];
    await cache.write(chunks);
    const read = await cache.read();
    expect(read?.byteLength).toBe(3 + big.byteLength + 1);
    expect([...read!.subarray(0, 3)]).toEqual([1, 2, 3]);
    const bigBytes = new Uint8Array(big.buffer);
    expect(read!.subarray(3, 3 + big.byteLength).every((b, i) => b === bigBytes[i])).toBe(true);
    expect(read![read!.length - 1]).toBe(9);
    await cache.write([new Uint8Array([7])]);
    expect([...(await cache.read())!]).toEqual([7]);
    expect(await storage.list('.cache')).toEqual(['paper-index.bin']);
    await store.close();
  });

  it('reads derived bytes changed on disk, cut short or written without a checksum as none', async () => {
    const { storage } = await kind.make();
    const store = await UserDataStore.open(storage);
    const cache = store.derivedBytes('search-index');
    const payload = new Uint8Array(60_000).map((_, i) => (i * 7) % 251);
    const same = (a: Uint8Array | null, b: Uint8Array) =>
      !!a && a.byteLength === b.byteLength && a.every((x, i) => x === b[i]);
    await cache.write([payload.subarray(0, 1000), payload.subarray(1000)]);
    const file = (await storage.readBytes('.cache/search-index.bin'))!;
    expect(file.byteLength).toBe(payload.byteLength + 16);
    // Intact: read whole, or opened and read in parts (never past the bytes kept).
    expect(same(await cache.read(), payload)).toBe(true);
    const opened = (await cache.open())!;
    expect(opened.size).toBe(payload.byteLength);
    const part = new Uint8Array(500);
    await opened.read(part, 50_000);
    expect(same(part, payload.subarray(50_000, 50_500))).toBe(true);
    await expect(opened.read(new Uint8Array(8), payload.byteLength - 4)).rejects.toThrow(/past/);
    await opened.close();
    const damaged = [
      { why: 'one byte changed', bytes: file.map((b, i) => (i === 23_456 ? b ^ 0x10 : b)) },
      { why: 'cut short', bytes: file.subarray(0, file.byteLength - 1) },
      { why: 'no checksum (an older version)', bytes: payload },
      {
        why: 'checksum of other bytes',
        bytes: new Uint8Array([...payload.subarray(1), ...file.subarray(-16)]),
      },
    ];
    for (const { why, bytes } of damaged) {
      await storage.writeBytesAtomic('.cache/search-index.bin', [bytes]);
      expect(await cache.read(), why).toBeNull();
      expect(await cache.open(), why).toBeNull();
    }
    await store.close();
  });
});
