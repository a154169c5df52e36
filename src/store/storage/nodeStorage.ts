/**
 * Storage on the local file system. Writes are atomic and durable: the content goes to a
 * temporary file in the same folder, which is fsynced, renamed over the target, and then the
 * folder itself is fsynced so the rename survives a power cut. The file-system calls come from
 * an injectable `fs` so tests can make them fail (disk full, permission denied).
 */
import { randomBytes } from 'node:crypto';
import * as realFs from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { writeErrorFrom } from '../errors';
import { acquireFileLock, isProcessAlive, type FileLockOptions } from './fileLock';
import type { Storage, StoredText, Unlock } from './types';

/** The file-system functions NodeStorage uses (a subset of node:fs/promises). */
export type StorageFs = Pick<
  typeof realFs,
  'open' | 'readFile' | 'stat' | 'rename' | 'copyFile' | 'unlink' | 'readdir' | 'mkdir'
>;

export interface NodeStorageOptions {
  fs?: StorageFs;
  lock?: FileLockOptions;
}

export const LOCK_FILE = '.lock';
const TEMP_SUFFIX = '.tmp';
const TEMP_MAX_AGE_MS = 60 * 60 * 1000;

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
        const content = await fh.readFile('utf8');
        return { content, version: `${stat.ino}-${stat.size}-${stat.mtimeNs}` };
      } finally {
        await fh.close();
      }
    } catch (error) {
      if (isMissing(error)) return null;
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
    const target = this.full(path);
    const dir = dirname(target);
    const temp = this.tempFor(target);
    try {
      await this.fs.mkdir(dir, { recursive: true });
      const fh = await this.fs.open(temp, 'wx');
      try {
        await fh.writeFile(content, 'utf8');
        await fh.sync();
      } finally {
        await fh.close();
      }
      await this.fs.rename(temp, target);
    } catch (error) {
      await this.fs.unlink(temp).catch(() => undefined);
      throw writeErrorFrom(error, path, this.location);
    }
    await this.syncDir(dir);
    const version = await this.version(path);
    if (version === null) throw writeErrorFrom(new Error('file vanished after write'), path, dir);
    return version;
  }

  /** Makes a rename durable. Some file systems cannot fsync a folder; that is not an error. */
  private async syncDir(dir: string): Promise<void> {
    let fh: realFs.FileHandle | undefined;
    try {
      fh = await this.fs.open(dir, 'r');
      await fh.sync();
    } catch {
      // EISDIR/EINVAL/EPERM on platforms without directory fsync: the rename is still atomic.
    } finally {
      await fh?.close().catch(() => undefined);
    }
  }

  /** Copies through a temporary file and a rename, so a crash never leaves half a copy. */
  async copy(from: string, to: string): Promise<boolean> {
    const temp = this.tempFor(this.full(to));
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

  /** A temporary file next to `target`, named so `cleanup` can tell whose it is. */
  private tempFor(target: string): string {
    const dir = dirname(target);
    const base = target.slice(dir.length + 1);
    return join(dir, `.${base}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
  }

  async move(from: string, to: string): Promise<boolean> {
    try {
      await this.fs.mkdir(dirname(this.full(to)), { recursive: true });
      await this.fs.rename(this.full(from), this.full(to));
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
