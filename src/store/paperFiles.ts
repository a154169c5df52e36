/**
 * The original files of the user's papers, kept inside the data folder under their content hash
 * (`papers/<sha256>.<ext>`): the user's own file is only read, never moved or changed, and the
 * same file added twice is kept once. Written atomically (temporary file, fsync, rename).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';

export const PAPERS_DIR = 'papers';

/** The SHA-256 of some bytes, as lower-case hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The kept file's path in the data folder for a hash and an extension ("md", "txt", "pdf"). */
export function paperFilePath(sha256: string, extension: string): string {
  const ext =
    extension
      .replace(/[^a-z0-9]/gi, '')
      .toLowerCase()
      .slice(0, 8) || 'bin';
  return `${PAPERS_DIR}/${sha256}.${ext}`;
}

export interface PaperFileStore {
  /** Keeps `bytes` (no-op when kept already); answers its hash and path in the data folder. */
  put(bytes: Uint8Array, extension: string): Promise<{ sha256: string; path: string }>;
  /** The kept file's bytes, or null when it is missing. */
  read(path: string): Promise<Uint8Array | null>;
  /** Removes a kept file (no error when missing). */
  remove(path: string): Promise<void>;
  /** Where a kept file is on disk, for the system viewer; null when files are not on disk. */
  locate(path: string): string | null;
}

/** Kept files on disk, under `dataDir`. */
export class NodePaperFiles implements PaperFileStore {
  constructor(private readonly dataDir: string) {}

  private full(path: string): string {
    return join(this.dataDir, ...path.split('/'));
  }

  locate(path: string): string | null {
    return this.full(path);
  }

  async put(bytes: Uint8Array, extension: string): Promise<{ sha256: string; path: string }> {
    const sha256 = sha256Hex(bytes);
    const path = paperFilePath(sha256, extension);
    const target = this.full(path);
    const existing = await this.read(path);
    if (existing && sha256Hex(existing) === sha256) return { sha256, path };
    await mkdir(join(this.dataDir, PAPERS_DIR), { recursive: true });
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      const fh = await open(temp, 'w');
      try {
        await fh.writeFile(bytes);
        await fh.sync();
      } finally {
        await fh.close();
      }
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return { sha256, path };
  }

  async read(path: string): Promise<Uint8Array | null> {
    try {
      return await readFile(this.full(path));
    } catch {
      return null;
    }
  }

  async remove(path: string): Promise<void> {
    try {
      await unlink(this.full(path));
    } catch {
      // already gone
    }
  }
}

/** Kept files in memory, for tests. */
export class MemoryPaperFiles implements PaperFileStore {
  readonly files = new Map<string, Uint8Array>();

  async put(bytes: Uint8Array, extension: string): Promise<{ sha256: string; path: string }> {
    const sha256 = sha256Hex(bytes);
    const path = paperFilePath(sha256, extension);
    this.files.set(path, new Uint8Array(bytes));
    return { sha256, path };
  }

  async read(path: string): Promise<Uint8Array | null> {
    return this.files.get(path) ?? null;
  }

  async remove(path: string): Promise<void> {
    this.files.delete(path);
  }

  locate(): string | null {
    return null;
  }
}
