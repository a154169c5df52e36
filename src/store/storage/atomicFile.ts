/**
 * The app's one atomic file write: the content goes to a temporary file in the target's folder,
 * which is flushed to disk (fsync), renamed over the target, and the folder is fsynced so the
 * rename survives a power cut. Readers see the old file or the new one, never half of one. Used
 * by the store's files, the keep-in-sync and one-off exports, and the shell's small state files.
 *
 * A target that is a symbolic link is written through the link (the link stays, the file it
 * points to is replaced), and an existing file keeps its permission bits.
 */
import { randomBytes } from 'node:crypto';
import * as realFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file-system functions an atomic write uses (injectable so tests can make them fail). */
export type AtomicFs = Pick<
  typeof realFs,
  'open' | 'stat' | 'rename' | 'unlink' | 'mkdir' | 'realpath'
>;

export const TEMP_SUFFIX = '.tmp';

/** What a file is written from: text (UTF-8), or bytes given as chunks written one after another. */
export type FileContent = string | readonly Uint8Array[];

export interface AtomicWriteOptions {
  fs?: AtomicFs;
  /** Create the target's missing folders (the store's own); off for a file the user chose. */
  createFolders?: boolean;
  /**
   * Flush the staged file to disk (default). Off only for a caller that flushes it itself
   * (flushFile) before renaming it into place: a multi-file write flushes all its files at once.
   */
  flush?: boolean;
  /**
   * The target does not exist (the caller saw so under the data folder's lock): there are no
   * permission bits to keep, and the stat that looks for them is skipped.
   */
  newFile?: boolean;
}

const isMissing = (e: unknown) => (e as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';

/** A temporary file next to `target`, named `.<name>.<pid>.<random>.tmp` so a cleanup can tell whose it is. */
export function tempPathFor(target: string): string {
  return join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`,
  );
}

/** The file a write to `target` replaces: the end of its symbolic links, or `target` itself. */
export async function resolveTarget(target: string, fs: AtomicFs = realFs): Promise<string> {
  try {
    return await fs.realpath(target);
  } catch (error) {
    if (isMissing(error)) return target; // a new file (or a dangling link: written as a file)
    throw error;
  }
}

/**
 * Writes `content` to a new temporary file beside `target` (resolved through links), flushed to
 * disk, with the permission bits of the file it will replace. Returns the temporary file's path;
 * `target` is untouched. On failure the temporary file is removed and the error rethrown.
 */
export async function stageFile(
  target: string,
  content: FileContent,
  { fs = realFs, createFolders = false, flush = true, newFile = false }: AtomicWriteOptions = {},
): Promise<string> {
  const temp = tempPathFor(target);
  try {
    const mode = newFile
      ? null
      : await fs.stat(target).then(
          (s) => s.mode & 0o7777,
          () => null,
        );
    const fh = await openNew(temp, createFolders, fs);
    try {
      await fh.writeFile(content, 'utf8'); // chunks of bytes are written as they are
      if (mode !== null) await fh.chmod(mode);
      if (flush) await fh.sync();
    } finally {
      await fh.close();
    }
    return temp;
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * Creates `path` for writing (failing if it exists). Its folder is made only when it is missing:
 * a multi-file write stages dozens of files into one folder, and a `mkdir` before each cost a
 * turn of the file-system thread pool per file.
 */
async function openNew(
  path: string,
  createFolders: boolean,
  fs: AtomicFs,
): Promise<realFs.FileHandle> {
  try {
    return await fs.open(path, 'wx');
  } catch (error) {
    if (!createFolders || !isMissing(error)) throw error;
    await fs.mkdir(dirname(path), { recursive: true });
    return fs.open(path, 'wx');
  }
}

/** Flushes a file written before (a file staged with `flush: false`) to disk. */
export async function flushFile(path: string, fs: AtomicFs = realFs): Promise<void> {
  // Opened for writing: Windows flushes only a handle with write access.
  const fh = await fs.open(path, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Makes renames in `dir` durable. Some file systems cannot fsync a folder; that is no error. */
export async function syncFolder(dir: string, fs: AtomicFs = realFs): Promise<void> {
  let fh: realFs.FileHandle | undefined;
  try {
    fh = await fs.open(dir, 'r');
    await fh.sync();
  } catch {
    // EISDIR/EINVAL/EPERM on platforms without directory fsync: the rename is still atomic.
  } finally {
    await fh?.close().catch(() => undefined);
  }
}

/**
 * Replaces `target` with `content` atomically and durably (see the file's header). Returns the
 * path actually written (the link's target when `target` is a symbolic link). Throws the file
 * system's error, leaving the old file as it was and no temporary file behind.
 */
export async function writeFileAtomic(
  target: string,
  content: FileContent,
  options: AtomicWriteOptions = {},
): Promise<string> {
  const fs = options.fs ?? realFs;
  const real = await resolveTarget(target, fs);
  const temp = await stageFile(real, content, options);
  try {
    await fs.rename(temp, real);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(real), fs);
  return real;
}
