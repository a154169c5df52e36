/**
 * Storage on the local file system. Writes are atomic and durable (see atomicFile.ts, the app's
 * one atomic write). The file-system calls come from an injectable `fs` so tests can make them
 * fail (disk full, permission denied).
 */
import * as realFs from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { writeErrorFrom } from '../errors';
import {
  flushFile,
  stageFile,
  syncFolder,
  tempPathFor,
  TEMP_SUFFIX,
  writeFileAtomic,
} from './atomicFile';
import { inPool } from './inPool';
import { acquireFileLock, isProcessAlive, type FileLockOptions } from './fileLock';
import type { ByteReader, StageOptions, Storage, StoredText, Unlock } from './types';

/** The file-system functions NodeStorage uses (a subset of node:fs/promises). */
export type StorageFs = Pick<
  typeof realFs,
  'open' | 'readFile' | 'stat' | 'rename' | 'copyFile' | 'unlink' | 'readdir' | 'mkdir' | 'realpath'
>;

export interface NodeStorageOptions {
  fs?: StorageFs;
  lock?: FileLockOptions;
}

export const LOCK_FILE = '.lock';
const TEMP_MAX_AGE_MS = 60 * 60 * 1000;
/** How many staged files `flushStaged` flushes at once. */
const FLUSH_CONCURRENCY = 16;

const isMissing = (e: unknown) => (e as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';

export class NodeStorage implements Storage {
  readonly location: string;
  private readonly fs: StorageFs;

  constructor(
    dataDir: string,
    private readonly options: NodeStorageOptions = {},
  ) {
    this.location = resolve(dataDir);
    this.fs = options.fs ?? realFs;
  }

  private full(path: string): string {
    return join(this.location, ...path.split('/'));
  }

  async read(path: string): Promise<StoredText | null> {
    try {
      // Read through one handle so content and version describe the same file, even if another
      // process renames a new version into place meanwhile.
      const fh = await this.fs.open(this.full(path), 'r');
      try {
        const stat = await fh.stat({ bigint: true });
        // Bytes, then one string: read with an encoding, Node decodes the file a chunk at a
        // time and joins the pieces, which parsing then copies again (~3 times the text in
        // garbage: over 200 MB while 100,000 works' listings are read at start).
        const content = (await fh.readFile()).toString('utf8');
        return { content, version: `${stat.ino}-${stat.size}-${stat.mtimeNs}` };
      } finally {
        await fh.close();
      }
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async readBytes(path: string): Promise<Uint8Array | null> {
    try {
      return await this.fs.readFile(this.full(path));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async openBytes(path: string): Promise<ByteReader | null> {
    let fh: Awaited<ReturnType<StorageFs['open']>>;
    try {
      fh = await this.fs.open(this.full(path), 'r');
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    try {
      const { size } = await fh.stat();
      return {
        size,
        read: async (into, position) => {
          for (let done = 0; done < into.byteLength;) {
            const left = into.byteLength - done;
            const { bytesRead } = await fh.read(into, done, left, position + done);
            if (bytesRead === 0) throw new Error(`${path} ended before all of it was read.`);
            done += bytesRead;
          }
        },
        close: () => fh.close(),
      };
    } catch (error) {
      await fh.close();
      throw error;
    }
  }

  async version(path: string): Promise<string | null> {
    try {
      const stat = await this.fs.stat(this.full(path), { bigint: true });
      return `${stat.ino}-${stat.size}-${stat.mtimeNs}`;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async writeAtomic(path: string, content: string): Promise<string> {
    try {
      await writeFileAtomic(this.full(path), content, { fs: this.fs, createFolders: true });
    } catch (error) {
      throw writeErrorFrom(error, path, this.location);
    }
    const version = await this.version(path);
    if (version === null)
      throw writeErrorFrom(new Error('file vanished after write'), path, this.location);
    return version;
  }

  async writeBytesAtomic(path: string, chunks: readonly Uint8Array[]): Promise<void> {
    try {
      await writeFileAtomic(this.full(path), chunks, { fs: this.fs, createFolders: true });
    } catch (error) {
      throw writeErrorFrom(error, path, this.location);
    }
  }

  async stage(
    path: string,
    content: string | Uint8Array,
    { flush = true, newFile = false }: StageOptions = {},
  ): Promise<string> {
    try {
      const fileContent = typeof content === 'string' ? content : [content];
      const temp = await stageFile(this.full(path), fileContent, {
        fs: this.fs,
        createFolders: true,
        flush,
        newFile,
      });
      return relative(this.location, temp).split(sep).join('/');
    } catch (error) {
      throw writeErrorFrom(error, path, this.location);
    }
  }

  async flushStaged(staged: readonly string[]): Promise<void> {
    // Side by side: the flushes queue on libuv's pool, and the first one's journal commit
    // carries the data of the files written before it, so the later ones find little to do.
    // A bounded number at a time, so a write of many files never runs out of file handles.
    await inPool(staged, FLUSH_CONCURRENCY, (path) =>
      flushFile(this.full(path), this.fs).catch((error: unknown) => {
        throw writeErrorFrom(error, path, this.location);
      }),
    );
  }

  async syncFolders(paths: readonly string[]): Promise<void> {
    const dirs = new Set(paths.map((p) => dirname(this.full(p))));
    for (const dir of dirs) await syncFolder(dir, this.fs);
  }

  /** Copies through a temporary file and a rename, so a crash never leaves half a copy. */
  async copy(from: string, to: string): Promise<boolean> {
    const temp = tempPathFor(this.full(to));
    try {
      await this.fs.mkdir(dirname(this.full(to)), { recursive: true });
      await this.fs.copyFile(this.full(from), temp);
      await this.fs.rename(temp, this.full(to));
      return true;
    } catch (error) {
      await this.fs.unlink(temp).catch(() => undefined);
      if (isMissing(error)) return false;
      throw writeErrorFrom(error, to, this.location);
    }
  }

  async move(from: string, to: string): Promise<boolean> {
    try {
      // The target's folder is made only when the rename finds it missing: a multi-file write
      // moves dozens of files into folders that exist, and a mkdir before each cost a turn of
      // the file-system thread pool per file.
      try {
        await this.fs.rename(this.full(from), this.full(to));
      } catch (error) {
        if (!isMissing(error)) throw error;
        await this.fs.mkdir(dirname(this.full(to)), { recursive: true });
        await this.fs.rename(this.full(from), this.full(to));
      }
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw writeErrorFrom(error, to, this.location);
    }
  }

  async remove(path: string): Promise<void> {
    try {
      await this.fs.unlink(this.full(path));
    } catch (error) {
      if (!isMissing(error)) throw writeErrorFrom(error, path, this.location);
    }
  }

  async list(dir: string): Promise<string[]> {
    try {
      const entries = await this.fs.readdir(dir ? this.full(dir) : this.location, {
        withFileTypes: true,
      });
      return entries.filter((e) => e.isFile()).map((e) => e.name);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  }

  async lock(): Promise<Unlock> {
    await this.fs.mkdir(this.location, { recursive: true });
    return acquireFileLock(join(this.location, LOCK_FILE), this.options.lock);
  }

  /**
   * Deletes temporary files left by writers that died mid-write: ours are named
   * `.<name>.<pid>.<random>.tmp`; one is removed when its pid is gone or it is over an hour old.
   */
  async cleanup(): Promise<void> {
    const dirs = [this.location];
    for (let i = 0; i < dirs.length && i < 256; i++) {
      const dir = dirs[i] as string;
      let entries;
      try {
        entries = await this.fs.readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        const path = join(dir, e.name);
        if (e.isDirectory()) {
          dirs.push(path);
          continue;
        }
        if (!e.name.endsWith(TEMP_SUFFIX)) continue;
        const pid = Number(/\.(\d+)\.[0-9a-f]+\.tmp$/.exec(e.name)?.[1]);
        const age = await this.fs.stat(path).then(
          (s) => Date.now() - s.mtimeMs,
          () => 0,
        );
        const orphan = Number.isInteger(pid) && pid > 0 && !isProcessAlive(pid);
        if (orphan || age > TEMP_MAX_AGE_MS) await this.fs.unlink(path).catch(() => undefined);
      }
    }
  }
}
