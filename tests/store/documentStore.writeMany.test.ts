// updateMany is all or nothing: a failure at any step of a multi-file write (staging, backups,
// the journal, any rename, the journal's removal), or the process dying there, leaves every file
// at the same side of the write, as the store and a fresh open both read it.
import { afterAll, describe, expect, it } from 'vitest';
import * as fsp from 'node:fs/promises';
import { DocumentStore, MemoryStorage, NodeStorage, type StorageFs } from '../../src/store';
import { JOURNAL_FILE } from '../../src/store/journal';
import { FaultyStorage } from './faultyStorage';
import { removeTempDirs, tempDir } from './helpers';
import { counterSpec } from './testSpec';
import { readdir } from 'node:fs/promises';

afterAll(removeTempDirs);

const PATHS = Array.from({ length: 6 }, (_, i) => `s/${String(i).padStart(2, '0')}.json`);

async function counts(store: DocumentStore): Promise<number[]> {
  return (await store.readMany(PATHS, counterSpec)).map((d) => d.count);
}

/** A memory data folder where every file has count 1, some with backups (an older count 0). */
async function seeded(backups: number): Promise<MemoryStorage> {
  const memory = new MemoryStorage();
  const store = await DocumentStore.open({ storage: memory, backups });
  await store.updateMany(PATHS.slice(0, 3), counterSpec, (_, d) => void (d.count = 0));
  await store.updateMany(PATHS, counterSpec, (_, d) => void (d.count = 1));
  return memory;
}

/** How many changing steps a successful write of count 2 takes. */
async function stepsOfAWrite(backups: number): Promise<number> {
  const faulty = new FaultyStorage(await seeded(backups));
  const store = await DocumentStore.open({ storage: faulty, backups });
  const before = faulty.steps.length;
  await store.updateMany(PATHS, counterSpec, (_, d) => void (d.count = 2));
  return faulty.steps.length - before;
}

describe.each([3, 0])('updateMany with %i backups kept', (backups) => {
  it('a failure at any step changes no file, and the store reads what the disk holds', async () => {
    const total = await stepsOfAWrite(backups);
    expect(total).toBeGreaterThan(PATHS.length * 2); // stage, rename, backups, journal
    for (let step = 1; step <= total; step++) {
      const memory = await seeded(backups);
      const faulty = new FaultyStorage(memory);
      const store = await DocumentStore.open({ storage: faulty, backups });
      faulty.failStep(step, 'error');
      const outcome = await store
        .updateMany(PATHS, counterSpec, (_, d) => void (d.count = 2))
        .then(
          () => 'written',
          (e: Error) => e.message,
        );
      const seen = await counts(store);
      const reopened = await counts(await DocumentStore.open({ storage: memory, backups }));
      const context = `step ${step} (${faulty.steps[faulty.steps.length - 1]}): ${outcome}`;
      expect(reopened, context).toEqual(seen);
      if (outcome === 'written') {
        // Only the journal's removal may fail after the commit point: the write stands.
        expect(seen, context).toEqual(PATHS.map(() => 2));
      } else {
        expect(outcome, context).toMatch(/is full/);
        expect(seen, context).toEqual(PATHS.map(() => 1));
      }
      expect(memory.getRaw(JOURNAL_FILE), context).toBeUndefined();
      expect(
        memory.paths().filter((p) => p.endsWith('.tmp')),
        context,
      ).toEqual([]);
      // And the write goes through once the disk has room again.
      await store.updateMany(PATHS, counterSpec, (_, d) => void (d.count = 3));
      expect(await counts(await DocumentStore.open({ storage: memory, backups }))).toEqual(
        PATHS.map(() => 3),
      );
    }
  });

  it('a process that dies at any step leaves all files old or all new at the next open', async () => {
    const total = await stepsOfAWrite(backups);
    const outcomes = new Set<number>();
    for (let step = 1; step <= total; step++) {
      const memory = await seeded(backups);
      const faulty = new FaultyStorage(memory);
      const dying = await DocumentStore.open({ storage: faulty, backups });
      faulty.failStep(step, 'crash');
      await expect(
        dying.updateMany(PATHS, counterSpec, (_, d) => void (d.count = 2)),
      ).rejects.toThrow();
      const next = await DocumentStore.open({ storage: memory, backups });
      const found = await counts(next);
      const context = `died at step ${step} (${faulty.steps[step - 1]})`;
      expect(new Set(found).size, `${context}: ${found.join(',')}`).toBe(1);
      expect(memory.getRaw(JOURNAL_FILE), context).toBeUndefined();
      outcomes.add(found[0]!);
    }
    // Dying before the journal was written undoes the write; dying after completes it.
    expect([...outcomes].sort()).toEqual([1, 2]);
  });
});

it('a journal left by a dead process is finished by the next writer of an open store', async () => {
  const memory = await seeded(3);
  const reader = await DocumentStore.open({ storage: memory });
  expect(await counts(reader)).toEqual(PATHS.map(() => 1));
  const faulty = new FaultyStorage(memory);
  const dying = await DocumentStore.open({ storage: faulty });
  // Let it write the journal and rename two files, then die.
  const steps = faulty.steps.length;
  let renames = 0;
  const move = faulty.move.bind(faulty);
  faulty.move = async (from, to) => {
    if (from.endsWith('.tmp') && ++renames === 3) faulty.failStep(1, 'crash');
    return move(from, to);
  };
  await expect(
    dying.updateMany(PATHS, counterSpec, (_, d) => void (d.count = 2)),
  ).rejects.toThrow();
  expect(faulty.steps.length).toBeGreaterThan(steps);
  expect(memory.getRaw(JOURNAL_FILE)).toBeDefined();
  // The other store, already open, writes one file: the interrupted write is finished first.
  await reader.update(PATHS[5]!, counterSpec, (d) => void (d.count += 10));
  expect(await counts(reader)).toEqual([2, 2, 2, 2, 2, 12]);
});

it("the journal names each file's paths and hash, and holds none of the files' data", async () => {
  const memory = await seeded(3);
  const faulty = new FaultyStorage(memory);
  const dying = await DocumentStore.open({ storage: faulty });
  const move = faulty.move.bind(faulty);
  // Die at the first rename of a staged file: the journal is written by then.
  faulty.move = async (from, to) => {
    if (from.endsWith('.tmp')) faulty.failStep(1, 'crash');
    return move(from, to);
  };
  await expect(
    dying.updateMany(PATHS, counterSpec, (_, d) => void (d.count = 2)),
  ).rejects.toThrow();
  const journal = JSON.parse(memory.getRaw(JOURNAL_FILE)!) as { files: object[] };
  expect(journal.files).toHaveLength(PATHS.length);
  // The store's cached data used to be written along (a 10k import wrote the library twice).
  for (const file of journal.files) {
    expect(Object.keys(file).sort()).toEqual(['before', 'hash', 'path', 'staged']);
  }
  expect(await counts(await DocumentStore.open({ storage: memory }))).toEqual(PATHS.map(() => 2));
});

it('on disk: staged files are flushed, renamed together and leave no temporary file', async () => {
  const dir = await tempDir();
  const store = await DocumentStore.open({ storage: new NodeStorage(dir) });
  await store.updateMany(PATHS, counterSpec, (_, d) => void (d.count = 1));
  await store.updateMany(PATHS, counterSpec, (_, d) => void (d.count = 2));
  const reopened = await DocumentStore.open({ storage: new NodeStorage(dir) });
  expect(await counts(reopened)).toEqual(PATHS.map(() => 2));
  expect((await readdir(`${dir}/s`)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  expect(await readdir(`${dir}/.journal`).catch(() => [])).toEqual([]);
});

it('on disk: new files cost no stat for permission bits, no mkdir per file, and renames overlap', async () => {
  const dir = await tempDir();
  const calls: string[] = [];
  let renaming = 0;
  let mostRenaming = 0;
  const counting: StorageFs = {
    ...fsp,
    stat: ((path: string) => {
      calls.push(`stat ${path}`);
      return fsp.stat(path);
    }) as StorageFs['stat'],
    mkdir: ((path: string, options?: object) => {
      calls.push(`mkdir ${path}`);
      return fsp.mkdir(path, options);
    }) as StorageFs['mkdir'],
    rename: (async (from: string, to: string) => {
      mostRenaming = Math.max(mostRenaming, ++renaming);
      try {
        return await fsp.rename(from, to);
      } finally {
        renaming -= 1;
      }
    }) as StorageFs['rename'],
  };
  const store = await DocumentStore.open({ storage: new NodeStorage(dir, { fs: counting }) });
  const before = calls.length;
  await store.updateMany(PATHS, counterSpec, (_, d) => void (d.count = 1));
  const made = calls.slice(before);
  // The files' folder is made while staging (by the first few files, which find it missing),
  // never again when the staged files are renamed into it.
  const journalMade = made.indexOf(`mkdir ${dir}/.journal`);
  expect(journalMade, made.join('\n')).toBeGreaterThan(-1);
  expect(made.slice(journalMade + 1).filter((c) => c.startsWith('mkdir '))).toEqual([]);
  // A stat per file is what reading each file's new version after the renames takes; none
  // before staging a file that the write found missing (nothing to keep of the old one).
  const statsOfTargets = made.filter((c) => PATHS.some((p) => c === `stat ${dir}/${p}`));
  expect(statsOfTargets.length, made.join('\n')).toBe(PATHS.length);
  expect(mostRenaming).toBeGreaterThan(1);
  expect(await counts(await DocumentStore.open({ storage: new NodeStorage(dir) }))).toEqual(
    PATHS.map(() => 1),
  );
});

/** A memory storage that records, in order, what a multi-file write does to the disk. */
class RecordingStorage extends MemoryStorage {
  readonly calls: string[] = [];
  override async stage(path: string, content: string | Uint8Array, options?: { flush?: boolean }) {
    const temp = await super.stage(path, content, options);
    this.calls.push(`stage ${temp} flush=${options?.flush ?? true}`);
    return temp;
  }
  override async flushStaged(staged: readonly string[]) {
    this.calls.push(`flush ${[...staged].sort().join(' ')}`);
    return super.flushStaged(staged);
  }
  override async writeAtomic(path: string, content: string) {
    this.calls.push(`write ${path}`);
    return super.writeAtomic(path, content);
  }
  override async move(from: string, to: string) {
    this.calls.push(`move ${from}`);
    return super.move(from, to);
  }
}

it('every staged file is flushed, all in one go, before the journal (the commit point) names it', async () => {
  const storage = new RecordingStorage();
  const store = await DocumentStore.open({ storage });
  await store.updateMany(PATHS, counterSpec, (_, d) => void (d.count = 1));
  const staged = storage.calls.filter((c) => c.startsWith('stage '));
  expect(staged).toHaveLength(PATHS.length);
  // Staged unflushed, then flushed together: one flush of the file system for the lot.
  for (const call of staged) expect(call).toMatch(/ flush=false$/);
  const temps = staged.map((c) => c.split(' ')[1]!).sort();
  const flushAt = storage.calls.indexOf(`flush ${temps.join(' ')}`);
  expect(flushAt, storage.calls.join('\n')).toBeGreaterThan(-1);
  const journalAt = storage.calls.indexOf(`write ${JOURNAL_FILE}`);
  const firstMove = storage.calls.findIndex((c) => c.startsWith('move '));
  expect(flushAt).toBeGreaterThan(storage.calls.lastIndexOf(staged.at(-1)!));
  expect(journalAt).toBeGreaterThan(flushAt);
  expect(firstMove).toBeGreaterThan(journalAt);
});
