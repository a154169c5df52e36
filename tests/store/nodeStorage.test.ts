import * as fsp from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MemoryStorage,
  NodeStorage,
  StoreWriteError,
  UserDataStore,
  type Storage,
  type StorageFs,
} from '../../src/store';
import { removeTempDirs, tempDir } from './helpers';

afterAll(removeTempDirs);

const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

/** A real fs whose file handles write half the content and then fail with `code`. */
function fsFailingWrites(code: string): StorageFs {
  return {
    ...fsp,
    open: (async (path: string, flags: string) => {
      const fh = await fsp.open(path, flags);
      if (flags !== 'wx') return fh;
      return new Proxy(fh, {
        get(target, prop, receiver) {
          if (prop === 'writeFile') {
            return async (content: string) => {
              await target.writeFile(content.slice(0, content.length / 2));
              throw errno(code);
            };
          }
          const value = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    }) as StorageFs['open'],
  };
}

async function tempFiles(dir: string): Promise<string[]> {
  const names = await fsp.readdir(dir, { recursive: true });
  return names.filter((n) => n.endsWith('.tmp'));
}

describe.each([
  ['NodeStorage', async () => new NodeStorage(await tempDir())],
  ['MemoryStorage', async () => new MemoryStorage()],
])('%s.openBytes', (_name, make: () => Promise<Storage>) => {
  it('reads a file a part at a time, from one version of it, and refuses to read past its end', async () => {
    const storage = await make();
    expect(await storage.openBytes('.cache/none.bin')).toBeNull();
    const first = Uint8Array.from({ length: 300_000 }, (_, i) => i % 251);
    await storage.writeBytesAtomic('.cache/index.bin', [first.subarray(0, 7), first.subarray(7)]);
    const reader = (await storage.openBytes('.cache/index.bin'))!;
    try {
      expect(reader.size).toBe(first.byteLength);
      // Replaced meanwhile (atomically): the reader opened goes on reading what it opened.
      await storage.writeBytesAtomic('.cache/index.bin', [new Uint8Array(10)]);
      const part = new Uint8Array(100_000);
      await reader.read(part, 150_000);
      expect(part).toEqual(first.subarray(150_000, 250_000));
      await expect(reader.read(new Uint8Array(10), first.byteLength - 5)).rejects.toThrow(
        /ended before/,
      );
    } finally {
      await reader.close();
    }
  });
});

describe('NodeStorage', () => {
  it('writes atomically into new folders and changes the version on each write', async () => {
    const dir = await tempDir();
    const storage = new NodeStorage(dir);
    const v1 = await storage.writeAtomic('notes/00.json', 'one');
    const v2 = await storage.writeAtomic('notes/00.json', 'two');
    expect(v1).not.toBe(v2);
    expect(await storage.read('notes/00.json')).toEqual({ content: 'two', version: v2 });
    expect(await storage.version('notes/00.json')).toBe(v2);
    expect(await tempFiles(dir)).toEqual([]);
  });

  it('reads back text of characters one to four bytes long, over many read chunks, exactly', async () => {
    const storage = new NodeStorage(await tempDir());
    // Odd lengths put multi-byte characters across every boundary of the reads (512 KiB).
    const text = 'Köhler, Łódź — 東京 𝔐 “quotes” '.repeat(70_001);
    const version = await storage.writeAtomic('works/00.json', text);
    expect(await storage.read('works/00.json')).toEqual({ content: text, version });
  });

  it('on a full disk throws an actionable error, keeps the old file and leaves no temp file', async () => {
    const dir = await tempDir();
    await new NodeStorage(dir).writeAtomic('lists.json', 'old and good');
    const storage = new NodeStorage(dir, { fs: fsFailingWrites('ENOSPC') });
    const error = await storage.writeAtomic('lists.json', 'new '.repeat(1000)).catch((e) => e);
    expect(error).toBeInstanceOf(StoreWriteError);
    expect(error.failure).toBe('disk-full');
    expect(error.message).toContain('lists.json');
    expect(error.message).toMatch(/is full\. Free some space/);
    expect(await fsp.readFile(join(dir, 'lists.json'), 'utf8')).toBe('old and good');
    expect(await tempFiles(dir)).toEqual([]);
  });

  it('through the whole store: a note save on a full disk fails cleanly and the old note stays', async () => {
    const dir = await tempDir();
    const good = await UserDataStore.openDir(dir);
    const note = {
      id: 'n-1',
      title: 'Before',
      body: '',
      tags: [],
      createdAt: 't',
      updatedAt: 't',
      deletedAt: null,
      links: [],
    };
    await good.notes.update('n-1', (items) => void (items['n-1'] = note));
    const full = await UserDataStore.openDir(dir, { storage: { fs: fsFailingWrites('ENOSPC') } });
    await expect(
      full.notes.update('n-1', (items) => void (items['n-1'] = { ...note, title: 'After' })),
    ).rejects.toThrow(/is full/);
    expect((await full.notes.get('n-1'))?.title).toBe('Before');
    const reopened = await UserDataStore.openDir(dir);
    expect((await reopened.notes.get('n-1'))?.title).toBe('Before');
    expect(await reopened.recoveryReport()).toEqual([]);
    expect(await tempFiles(dir)).toEqual([]);
  });

  it('flushes files staged unflushed through handles that can write, and names a failed flush', async () => {
    const dir = await tempDir();
    const synced: string[] = [];
    const recording: StorageFs = {
      ...fsp,
      open: (async (path: string, flags: string) => {
        const fh = await fsp.open(path, flags);
        return new Proxy(fh, {
          get(target, prop, receiver) {
            if (prop === 'sync') {
              return async () => {
                if (flags !== 'r+') throw new Error(`sync through a handle opened ${flags}`);
                if (path.includes('full')) throw errno('ENOSPC');
                synced.push(path);
                return target.sync();
              };
            }
            const value = Reflect.get(target, prop, receiver);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
      }) as StorageFs['open'],
    };
    const storage = new NodeStorage(dir, { fs: recording });
    const a = await storage.stage('works/00.json', new TextEncoder().encode('{"a":"é"}\n'), {
      flush: false,
    });
    const b = await storage.stage('works/01.json', 'b', { flush: false });
    expect(synced).toEqual([]);
    await storage.flushStaged([a, b]);
    expect(synced.sort()).toEqual([join(dir, a), join(dir, b)].sort());
    expect(await fsp.readFile(join(dir, a), 'utf8')).toBe('{"a":"é"}\n');
    const full = await storage.stage('full/00.json', 'c', { flush: false });
    const error = await storage.flushStaged([a, full]).catch((e) => e);
    expect(error).toBeInstanceOf(StoreWriteError);
    expect(error.message).toMatch(/is full\. Free some space/);
  });

  it('stages into a missing folder by making it, and into an existing one without a mkdir each', async () => {
    const dir = await tempDir();
    const made: string[] = [];
    const counting: StorageFs = {
      ...fsp,
      mkdir: (async (path: string, options?: object) => {
        made.push(path);
        return fsp.mkdir(path, options);
      }) as StorageFs['mkdir'],
    };
    const storage = new NodeStorage(dir, { fs: counting });
    const first = await storage.stage('works/00.json', 'a');
    expect(made).toEqual([join(dir, 'works')]);
    for (let i = 1; i < 5; i++) await storage.stage(`works/0${i}.json`, 'b', { flush: false });
    expect(made).toHaveLength(1);
    expect(await fsp.readFile(join(dir, first), 'utf8')).toBe('a');
  });

  it('says what to do when the folder is not writable (rename refused)', async () => {
    const dir = await tempDir();
    const storage = new NodeStorage(dir, {
      fs: {
        ...fsp,
        rename: async () => {
          throw errno('EACCES');
        },
      },
    });
    const error = await storage.writeAtomic('meta.json', '{}').catch((e) => e);
    expect(error).toMatchObject({ failure: 'permission', file: 'meta.json' });
    expect(error.message).toMatch(/no permission to write in .*Check the folder's permissions/);
  });

  it.skipIf(process.getuid?.() === 0)(
    'fails with a permission error on a read-only folder',
    async () => {
      const dir = await tempDir();
      await fsp.chmod(dir, 0o500);
      try {
        const error = await new NodeStorage(dir).writeAtomic('a.json', '{}').catch((e) => e);
        expect(error).toMatchObject({ failure: 'permission' });
      } finally {
        await fsp.chmod(dir, 0o700);
      }
    },
  );

  it('cleanup removes temp files of dead writers and keeps those of live ones', async () => {
    const dir = await tempDir();
    await fsp.mkdir(join(dir, 'notes'));
    const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid;
    const orphan = join(dir, 'notes', `.00.json.${dead}.abcd1234.tmp`);
    const live = join(dir, 'notes', `.01.json.${process.pid}.abcd1234.tmp`);
    await fsp.writeFile(orphan, 'half');
    await fsp.writeFile(live, 'being written');
    await new NodeStorage(dir).cleanup();
    expect(await tempFiles(dir)).toEqual([join('notes', `.01.json.${process.pid}.abcd1234.tmp`)]);
  });
});
