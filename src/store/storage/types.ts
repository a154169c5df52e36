/**
 * The storage a DocumentStore writes through: a folder of text files addressed by relative,
 * '/'-separated paths. Two implementations: files on disk (NodeStorage) and memory (MemoryStorage,
 * for fast tests). Versions are opaque tokens that change whenever a file is replaced, so a store
 * can tell that another process wrote a file since it last read it.
 */

export interface StoredText {
  content: string;
  version: string;
}

/** A file opened to read its bytes a part at a time (see `Storage.openBytes`). */
export interface ByteReader {
  readonly size: number;
  /** Fills `into` with the file's bytes from `position` on; throws when the file ends first. */
  read(into: Uint8Array, position: number): Promise<void>;
  close(): Promise<void>;
}

/** Releases a lock obtained from `Storage.lock`. */
export type Unlock = () => Promise<void>;

export interface Storage {
  /** Where the data lives, for messages ("/home/ana/.config/scholion"). */
  readonly location: string;
  /** The file's text and version, or null when it does not exist. */
  read(path: string): Promise<StoredText | null>;
  /** The file's bytes, or null when it does not exist (for binary files, such as caches). */
  readBytes(path: string): Promise<Uint8Array | null>;
  /**
   * Opens the file to read its bytes a part at a time (one version of it, even if it is replaced
   * meanwhile), or null when it does not exist: a large cache is read a section at a time, each
   * into memory of its own, never the whole file at once. Close it when done.
   */
  openBytes(path: string): Promise<ByteReader | null>;
  /** The file's current version, or null when it does not exist. Cheap (a stat). */
  version(path: string): Promise<string | null>;
  /**
   * Replaces the file atomically: readers see the old or the new content, never a mix, even if
   * the process dies midway. Returns the new version. Throws StoreWriteError, leaving the old
   * content in place.
   */
  writeAtomic(path: string, content: string): Promise<string>;
  /** Like `writeAtomic`, for bytes given as chunks written one after another (not copied together). */
  writeBytesAtomic(path: string, chunks: readonly Uint8Array[]): Promise<void>;
  /**
   * Writes `content` (text, or its UTF-8 bytes) to a new temporary file beside `path`, flushed
   * to disk (unless `flush` is false: then `flushStaged` must flush it before it is committed),
   * and returns the temporary file's path; `path` itself is untouched until `move(temp, path)`.
   * The first phase of a write of several files that must land together. Throws StoreWriteError
   * (no temporary file is left then).
   */
  stage(path: string, content: string | Uint8Array, options?: StageOptions): Promise<string>;
  /**
   * Flushes to disk files staged with `flush: false` (the temporary paths `stage` returned), all
   * at once: the file system then writes them out together rather than one flush per file.
   * Throws StoreWriteError; the staged files stay for the caller to discard.
   */
  flushStaged(staged: readonly string[]): Promise<void>;
  /** Makes the renames (moves) made in the folders of `paths` durable. */
  syncFolders(paths: readonly string[]): Promise<void>;
  /** Copies a file (overwriting `to`); false when `from` does not exist. */
  copy(from: string, to: string): Promise<boolean>;
  /** Renames a file (overwriting `to`); false when `from` does not exist. */
  move(from: string, to: string): Promise<boolean>;
  /** Deletes a file; no error if it does not exist. */
  remove(path: string): Promise<void>;
  /** Names of the files directly in a folder (empty when the folder does not exist). */
  list(dir: string): Promise<string[]>;
  /** Takes the folder's exclusive lock, shared by every process using the same location. */
  lock(): Promise<Unlock>;
  /** Removes leftovers of writers that died mid-write (temporary files). */
  cleanup(): Promise<void>;
}

/** How `Storage.stage` writes its temporary file. */
export interface StageOptions {
  /** Flush it to disk (default); false leaves that to `flushStaged`. */
  flush?: boolean;
  /** `path` does not exist (seen under the lock): no permission bits to copy onto the new file. */
  newFile?: boolean;
}
