/** Shared test setup: the same store tests run against memory and real files. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage, NodeStorage, type Storage } from '../../src/store';

export interface StorageKind {
  name: string;
  /** A fresh, empty storage; `again()` opens the same data as a second "process" would. */
  make(): Promise<{ storage: Storage; again(): Storage; dir: string | null }>;
}

const tempDirs: string[] = [];

/** A new temporary folder, removed by `removeTempDirs`. */
export async function tempDir(prefix = 'scholion-store-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(tempDirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

export const storageKinds: StorageKind[] = [
  {
    name: 'memory',
    async make() {
      const storage = new MemoryStorage();
      return { storage, again: () => storage, dir: null };
    },
  },
  {
    name: 'files',
    async make() {
      const dir = await tempDir();
      return { storage: new NodeStorage(dir), again: () => new NodeStorage(dir), dir };
    },
  },
];

/** Writes raw text to a file of the storage, bypassing the store (as a crash or a user would). */
export async function writeRaw(storage: Storage, path: string, content: string): Promise<void> {
  if (storage instanceof MemoryStorage) storage.setRaw(path, content);
  else await storage.writeAtomic(path, content);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
