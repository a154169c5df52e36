import { afterAll, describe, expect, it, vi } from 'vitest';
import { DocumentStore, StoreError, backupPath } from '../../src/store';
import { removeTempDirs, storageKinds } from './helpers';
import { counterSpec } from './testSpec';

afterAll(removeTempDirs);

describe.each(storageKinds)('DocumentStore basics ($name)', (kind) => {
  it('reads a missing file as the empty document', async () => {
    const { storage } = await kind.make();
    const store = await DocumentStore.open({ storage });
    expect(await store.read('c.json', counterSpec)).toEqual(counterSpec.empty());
    expect(await storage.read('c.json')).toBeNull();
  });

  it('saves an update so that another store on the same data sees it', async () => {
    const { storage, again } = await kind.make();
    const store = await DocumentStore.open({ storage });
    const result = await store.update('c.json', counterSpec, (d) => ++d.count);
    expect(result).toBe(1);
    const other = await DocumentStore.open({ storage: again() });
    expect((await other.read('c.json', counterSpec)).count).toBe(1);
    expect(JSON.parse((await storage.read('c.json'))!.content)).toMatchObject({
      schemaVersion: 1,
      kind: 'counter',
      count: 1,
    });
  });

  it('changes nothing when the mutation throws', async () => {
    const { storage } = await kind.make();
    const store = await DocumentStore.open({ storage });
    await store.update('c.json', counterSpec, (d) => void d.words.push('kept'));
    await expect(
      store.update('c.json', counterSpec, (d) => {
        d.words.push('half-applied');
        throw new Error('no such list');
      }),
    ).rejects.toThrow('no such list');
    expect((await store.read('c.json', counterSpec)).words).toEqual(['kept']);
    expect(JSON.parse((await storage.read('c.json'))!.content).words).toEqual(['kept']);
  });

  it('shows a debounced change at once and writes it after the pause', async () => {
    const { storage } = await kind.make();
    const store = await DocumentStore.open({ storage, debounceMs: 250 });
    for (const w of ['a', 'ab', 'abc']) {
      await store.update('c.json', counterSpec, (d) => void (d.words = [w]), { debounce: true });
    }
    expect((await store.read('c.json', counterSpec)).words).toEqual(['abc']);
    expect(await storage.read('c.json')).toBeNull();
    await vi.waitFor(
      async () =>
        expect(JSON.parse((await storage.read('c.json'))!.content).words).toEqual(['abc']),
      { timeout: 5000, interval: 25 },
    );
    // Three keystrokes, one write: no backup of an earlier version exists.
    expect(await storage.read(backupPath('c.json', 1))).toBeNull();
  });

  it('writes debounced changes on close, and refuses writes after it', async () => {
    const { storage } = await kind.make();
    const store = await DocumentStore.open({ storage, debounceMs: 10_000 });
    await store.update('c.json', counterSpec, (d) => ++d.count, { debounce: true });
    await store.close();
    expect(JSON.parse((await storage.read('c.json'))!.content).count).toBe(1);
    expect(() => store.update('c.json', counterSpec, (d) => ++d.count)).toThrow(StoreError);
  });

  it('replays pending debounced changes on top of another writer’s version', async () => {
    const { storage, again } = await kind.make();
    const typing = await DocumentStore.open({ storage, debounceMs: 10_000 });
    const other = await DocumentStore.open({ storage: again() });
    await typing.update('c.json', counterSpec, (d) => void d.words.push('mine'), {
      debounce: true,
    });
    await other.update('c.json', counterSpec, (d) => void d.words.push('theirs'));
    expect((await typing.read('c.json', counterSpec)).words).toEqual(['theirs', 'mine']);
    await typing.flush();
    expect((await other.read('c.json', counterSpec)).words).toEqual(['theirs', 'mine']);
  });

  it('re-reads a file another store changed (read-modify-write never loses an update)', async () => {
    const { storage, again } = await kind.make();
    const a = await DocumentStore.open({ storage });
    const b = await DocumentStore.open({ storage: again() });
    await a.read('c.json', counterSpec);
    await b.read('c.json', counterSpec);
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? a : b).update('c.json', counterSpec, (d) => ++d.count),
      ),
    );
    expect((await a.read('c.json', counterSpec)).count).toBe(10);
  });

  it('keeps the last three versions as backups', async () => {
    const { storage } = await kind.make();
    const store = await DocumentStore.open({ storage });
    for (let i = 1; i <= 5; i++)
      await store.update('d/c.json', counterSpec, (d) => void (d.count = i));
    const count = async (path: string) => JSON.parse((await storage.read(path))!.content).count;
    expect(await count('d/c.json')).toBe(5);
    expect(await count(backupPath('d/c.json', 1))).toBe(4);
    expect(await count(backupPath('d/c.json', 2))).toBe(3);
    expect(await count(backupPath('d/c.json', 3))).toBe(2);
    expect(await storage.read(backupPath('d/c.json', 4))).toBeNull();
  });

  it('updateMany writes only the files whose mutation reports a change', async () => {
    const { storage } = await kind.make();
    const store = await DocumentStore.open({ storage });
    await store.update('a.json', counterSpec, (d) => void (d.count = 1));
    const before = await storage.version('a.json');
    await store.updateMany(['a.json', 'b.json'], counterSpec, (path, d) => {
      if (path === 'a.json') return false;
      d.count = 2;
    });
    expect(await storage.version('a.json')).toBe(before);
    expect((await store.read('b.json', counterSpec)).count).toBe(2);
  });
});
