// Collection.fileWriteFor: one change for several items of one shard (an import's batch), with
// the same checks as one fileWrite per item: every id is safe and held by that shard.
import { describe, expect, it } from 'vitest';
import type { Work } from '../../src/core/bibliography/model';
import { StoreError, UserDataStore } from '../../src/store';

const work = (key: string): Work => ({
  citationKey: key,
  csl: { id: key, type: 'book', title: key },
  provenance: { kind: 'user' },
  confidence: null,
  citedAs: [],
  aliases: [],
  tags: [],
});

/** Keys that fall in the same works shard as `first`, and one that does not. */
function keysAround(store: UserDataStore, first: string): { same: string[]; other: string } {
  const path = store.works.pathFor(first);
  const same = [first];
  let other = '';
  for (let i = 0; same.length < 3 || !other; i++) {
    const key = `k${i}`;
    if (store.works.pathFor(key) === path) same.push(key);
    else other ||= key;
  }
  return { same, other };
}

describe('Collection.fileWriteFor', () => {
  it('writes several items of one shard in one change', async () => {
    const store = await UserDataStore.openInMemory();
    const { same } = keysAround(store, 'a2020');
    const write = store.works.fileWriteFor(same, (items) => {
      for (const key of same) items[key] = work(key);
    });
    expect(write.path).toBe(store.works.pathFor('a2020'));
    await store.writeFiles([write], [{ collection: 'works', ids: same }]);
    expect((await store.works.all()).map((w) => w.citationKey).sort()).toEqual([...same].sort());
    await store.close();
  });

  it('refuses an id held by another shard, and an unsafe id', async () => {
    const store = await UserDataStore.openInMemory();
    const { same, other } = keysAround(store, 'a2020');
    expect(() => store.works.fileWriteFor([...same, other], () => undefined)).toThrow(StoreError);
    const proto = ['__proto__'];
    expect(() => store.works.fileWriteFor(proto, () => undefined)).toThrow(StoreError);
    await store.close();
  });
});
