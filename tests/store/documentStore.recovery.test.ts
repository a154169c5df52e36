import { afterAll, describe, expect, it } from 'vitest';
import {
  DocumentStore,
  MemoryStorage,
  StoreNewerVersionError,
  StoreWriteError,
  backupPath,
} from '../../src/store';
import { removeTempDirs, storageKinds, writeRaw } from './helpers';
import { counterSpec } from './testSpec';

afterAll(removeTempDirs);

const fixedNow = () => new Date('2026-03-04T05:06:07.089Z');
const STAMP = '2026-03-04T05-06-07-089Z';

describe.each(storageKinds)('DocumentStore recovery ($name)', (kind) => {
  async function storeWithVersions(count: number) {
    const made = await kind.make();
    const store = await DocumentStore.open({ storage: made.storage, now: fixedNow });
    for (let i = 1; i <= count; i++) {
      await store.update('notes/07.json', counterSpec, (d) => void (d.count = i));
    }
    return { ...made, store };
  }

  it('sets a damaged file aside, restores the newest backup and reports it', async () => {
    const { storage, again } = await storeWithVersions(3);
    await writeRaw(storage, 'notes/07.json', '{"schemaVersion":1,"kind":"coun');
    const store = await DocumentStore.open({ storage: again(), now: fixedNow });
    expect((await store.read('notes/07.json', counterSpec)).count).toBe(2);

    const movedTo = `notes/07.corrupt-${STAMP}.json`;
    expect((await storage.read(movedTo))!.content).toBe('{"schemaVersion":1,"kind":"coun');
    expect(JSON.parse((await storage.read('notes/07.json'))!.content).count).toBe(2);
    const [event, ...rest] = await store.recoveryReport();
    expect(rest).toEqual([]);
    expect(event).toMatchObject({
      kind: 'restored-from-backup',
      file: 'notes/07.json',
      movedTo,
      restoredFrom: backupPath('notes/07.json', 1),
      acknowledged: false,
    });
    expect(event!.reason).toMatch(/not valid JSON/);
    expect(event!.message).toContain('restored from the backup');
  });

  it('recovers several damaged shards met in one updateMany and logs every recovery', async () => {
    const made = await kind.make();
    const first = await DocumentStore.open({ storage: made.storage, now: fixedNow });
    const paths = Array.from({ length: 8 }, (_, i) => `works/${i}.json`);
    for (const count of [1, 2]) {
      await first.updateMany(paths, counterSpec, (_, d) => void (d.count = count));
    }
    for (const path of paths.slice(0, 5)) await writeRaw(made.storage, path, '{"kind":');
    const store = await DocumentStore.open({ storage: made.again(), now: fixedNow });
    await store.updateMany(paths, counterSpec, (_, d) => void (d.count += 10));
    const counts = await Promise.all(
      paths.map(async (p) => (await store.read(p, counterSpec)).count),
    );
    // The damaged ones came back from their backup (1), the others kept 2; all then got +10.
    expect(counts).toEqual([11, 11, 11, 11, 11, 12, 12, 12]);
    const later = await DocumentStore.open({ storage: made.again(), now: fixedNow });
    const report = await later.recoveryReport();
    expect(report.map((e) => e.file).sort()).toEqual(paths.slice(0, 5));
    expect(new Set(report.map((e) => e.kind))).toEqual(new Set(['restored-from-backup']));
  });

  it('reports the recovery to a later process until it is acknowledged', async () => {
    const { storage, again } = await storeWithVersions(2);
    await writeRaw(storage, 'notes/07.json', 'garbage');
    const first = await DocumentStore.open({ storage: again(), now: fixedNow });
    await first.read('notes/07.json', counterSpec);
    const later = await DocumentStore.open({ storage: again() });
    const events = await later.recoveryReport();
    expect(events.map((e) => e.kind)).toEqual(['restored-from-backup']);
    await later.acknowledgeRecovery();
    expect(await later.recoveryReport()).toEqual([]);
    const third = await DocumentStore.open({ storage: again() });
    expect(await third.recoveryReport()).toEqual([]);
  });

  it('skips a damaged backup and restores the next older one', async () => {
    const { storage, again } = await storeWithVersions(4);
    await writeRaw(storage, 'notes/07.json', '');
    await writeRaw(
      storage,
      backupPath('notes/07.json', 1),
      '{ "schemaVersion": 1, "kind": "counter" }',
    );
    const store = await DocumentStore.open({ storage: again(), now: fixedNow });
    expect((await store.read('notes/07.json', counterSpec)).count).toBe(2);
    const [event] = await store.recoveryReport();
    expect(event?.restoredFrom).toBe(backupPath('notes/07.json', 2));
  });

  it('treats a file of the wrong shape as damaged', async () => {
    const { storage, again } = await storeWithVersions(2);
    await writeRaw(storage, 'notes/07.json', '{"schemaVersion":1,"kind":"counter","count":"two"}');
    const store = await DocumentStore.open({ storage: again(), now: fixedNow });
    expect((await store.read('notes/07.json', counterSpec)).count).toBe(1);
    const [event] = await store.recoveryReport();
    expect(event?.reason).toMatch(/count/);
  });

  it('starts empty, keeping the damaged file, when no backup is usable', async () => {
    const { storage, again } = await kind.make();
    await writeRaw(storage, 'c.json', '[1, 2');
    const store = await DocumentStore.open({ storage: again(), now: fixedNow });
    expect(await store.read('c.json', counterSpec)).toEqual(counterSpec.empty());
    expect((await storage.read(`c.corrupt-${STAMP}.json`))!.content).toBe('[1, 2');
    const [event] = await store.recoveryReport();
    expect(event).toMatchObject({ kind: 'reset-to-empty', restoredFrom: null });
    // The next save writes a fresh file; the damaged one stays set aside.
    await store.update('c.json', counterSpec, (d) => void (d.count = 9));
    expect((await storage.read(`c.corrupt-${STAMP}.json`))!.content).toBe('[1, 2');
  });

  it('neither reads nor overwrites a file from a newer version of Scholion', async () => {
    const { storage, again } = await kind.make();
    const newer = '{"schemaVersion":7,"kind":"counter","count":1,"words":[]}';
    await writeRaw(storage, 'c.json', newer);
    const store = await DocumentStore.open({ storage: again() });
    await expect(store.read('c.json', counterSpec)).rejects.toThrow(StoreNewerVersionError);
    await expect(store.update('c.json', counterSpec, (d) => ++d.count)).rejects.toThrow(
      /newer version of Scholion/,
    );
    expect((await storage.read('c.json'))!.content).toBe(newer);
    expect(await store.recoveryReport()).toEqual([]);
  });
});

describe('DocumentStore pending changes that no longer apply', () => {
  it('drops a debounced change another process made impossible, and reports it', async () => {
    const storage = new MemoryStorage();
    const typing = await DocumentStore.open({ storage, debounceMs: 10_000 });
    const other = await DocumentStore.open({ storage });
    await typing.update('c.json', counterSpec, (d) => void d.words.push('kept'), {
      debounce: true,
    });
    await typing.update(
      'c.json',
      counterSpec,
      (d) => {
        if (d.words.includes('deleted elsewhere')) throw new Error('the note was deleted');
        d.count = 42;
      },
      { debounce: true },
    );
    await other.update('c.json', counterSpec, (d) => void d.words.push('deleted elsewhere'));
    await typing.flush();
    const saved = JSON.parse(storage.getRaw('c.json')!);
    expect(saved).toMatchObject({ count: 0, words: ['deleted elsewhere', 'kept'] });
    const [event, ...rest] = await typing.recoveryReport();
    expect(rest).toEqual([]);
    expect(event).toMatchObject({
      kind: 'change-dropped',
      file: 'c.json',
      reason: 'the note was deleted',
    });
  });
});

describe('DocumentStore write failures', () => {
  it('reports a full disk, keeps the old file and the cache consistent, and can retry', async () => {
    const storage = new MemoryStorage();
    const store = await DocumentStore.open({ storage, backups: 0 });
    await store.update('c.json', counterSpec, (d) => void (d.count = 1));
    storage.failNextWrite('ENOSPC');
    const error = await store
      .update('c.json', counterSpec, (d) => void (d.count = 2))
      .catch((e) => e);
    expect(error).toBeInstanceOf(StoreWriteError);
    expect(error.failure).toBe('disk-full');
    expect(error.message).toMatch(/disk .* is full.*Free some space/);
    expect(JSON.parse(storage.getRaw('c.json')!).count).toBe(1);
    expect((await store.read('c.json', counterSpec)).count).toBe(1);
    await store.update('c.json', counterSpec, (d) => void (d.count = 3));
    expect(JSON.parse(storage.getRaw('c.json')!).count).toBe(3);
  });

  it('a full disk in the middle of updateMany: the first error, and no file changed', async () => {
    const storage = new MemoryStorage();
    const store = await DocumentStore.open({ storage, backups: 0 });
    const paths = Array.from({ length: 12 }, (_, i) => `s/${String(i).padStart(2, '0')}.json`);
    await store.updateMany(paths, counterSpec, (_, d) => void (d.count = 1));
    storage.failNextWrite('ENOSPC');
    const error = await store
      .updateMany(paths, counterSpec, (_, d) => void (d.count = 2))
      .catch((e) => e);
    expect(error).toBeInstanceOf(StoreWriteError);
    expect(error.failure).toBe('disk-full');
    // All or nothing: every file still holds the old version, and the store reads just that.
    expect(paths.map((p) => JSON.parse(storage.getRaw(p)!).count)).toEqual(paths.map(() => 1));
    for (const path of paths) expect((await store.read(path, counterSpec)).count).toBe(1);
    // Retrying after space is freed brings every file to the new version.
    await store.updateMany(paths, counterSpec, (_, d) => void (d.count = 2));
    expect(paths.map((p) => JSON.parse(storage.getRaw(p)!).count)).toEqual(paths.map(() => 2));
  });

  it('keeps debounced changes when their write fails, and writes them on the next flush', async () => {
    const storage = new MemoryStorage();
    const errors: unknown[] = [];
    const store = await DocumentStore.open({
      storage,
      debounceMs: 10_000,
      backups: 0,
      onBackgroundError: (e) => errors.push(e),
    });
    await store.update('c.json', counterSpec, (d) => void d.words.push('typed'), {
      debounce: true,
    });
    storage.failNextWrite('EACCES');
    await expect(store.flush()).rejects.toThrow(/no permission/);
    expect(storage.getRaw('c.json')).toBeUndefined();
    expect((await store.read('c.json', counterSpec)).words).toEqual(['typed']);
    await store.close();
    expect(JSON.parse(storage.getRaw('c.json')!).words).toEqual(['typed']);
  });
});
