/**
 * A value derived from the user's data (e.g. the works list's sorted order), kept between runs
 * in `.cache/<name>.json` with the version of the data it was derived from. Like the listings
 * (digests.ts) it is never the truth: a missing, damaged or other-version file reads as null, and
 * a write that fails is only lost time.
 */
import { checkedBytes, checkedReader, withChecksum } from './checkedBytes';
import { CACHE_DIR } from './digests';
import type { ByteReader, Storage } from './storage/types';

interface DerivedFile {
  kind: 'derived';
  version: string;
  value: unknown;
}

export class DerivedCache<T> {
  constructor(
    private readonly storage: Storage,
    readonly name: string,
    /** Checks a value read back (the file may be damaged or from another app version). */
    private readonly accept: (value: unknown) => value is T,
  ) {}

  private get path(): string {
    return `${CACHE_DIR}/${this.name}.json`;
  }

  /** The value cached for `version`, or null. */
  async read(version: string): Promise<T | null> {
    try {
      const stored = await this.storage.read(this.path);
      if (!stored) return null;
      const file = JSON.parse(stored.content) as DerivedFile;
      if (file?.kind !== 'derived' || file.version !== version) return null;
      return this.accept(file.value) ? file.value : null;
    } catch {
      return null; // unreadable or damaged: derived again
    }
  }

  /** Keeps `value` as derived from data at `version` (replacing any other version's). */
  async write(version: string, value: T): Promise<void> {
    const file: DerivedFile = { kind: 'derived', version, value };
    try {
      await this.storage.writeAtomic(this.path, JSON.stringify(file));
    } catch {
      // A cache that cannot be written (disk full, read-only folder) is only derived again.
    }
  }
}

/**
 * Bytes derived from the user's data (the search indexes), kept in `.cache/<name>.bin` with a
 * checksum (checkedBytes.ts). Like DerivedCache never the truth: whoever reads them checks what
 * they hold (a version inside), a missing, unreadable or damaged file (its checksum does not
 * match, or it has none: written by an older version) reads as null, and a write that fails is
 * only lost time.
 */
export class DerivedBytes {
  constructor(
    private readonly storage: Storage,
    readonly name: string,
  ) {}

  private get path(): string {
    return `${CACHE_DIR}/${this.name}.bin`;
  }

  /** The bytes kept, or null. */
  async read(): Promise<Uint8Array | null> {
    try {
      const file = await this.storage.readBytes(this.path);
      return file && checkedBytes(file);
    } catch {
      return null;
    }
  }

  /**
   * The bytes kept, opened to be read a part at a time (see `Storage.openBytes`), or null; a
   * read that fails later is the reader's to handle (the cache is then derived again).
   */
  async open(): Promise<ByteReader | null> {
    try {
      const reader = await this.storage.openBytes(this.path);
      return reader && (await checkedReader(reader));
    } catch {
      return null;
    }
  }

  /** Keeps the bytes of `chunks`, one after another, replacing what was kept (atomically). */
  async write(chunks: readonly Uint8Array[]): Promise<void> {
    try {
      await this.storage.writeBytesAtomic(this.path, withChecksum(chunks));
    } catch {
      // A cache that cannot be written (disk full, read-only folder) is only derived again.
    }
  }
}
