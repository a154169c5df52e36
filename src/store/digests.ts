/**
 * Small per-item digests of a sharded collection (e.g. what the works list shows of each work),
 * cached on disk beside the data: `.cache/<name>/<shard>.json` holds one shard's digests in
 * columns, with the version of the shard file they were made from. Listing 100,000 works then
 * reads compact cache files instead of parsing every work. The cache is never the truth: a
 * missing, damaged, stale (the shard changed, in this or another process) or older-format cache
 * file is ignored and rebuilt from its shard, so a crash or an old app version costs only time.
 */
import type { Collection } from './collection';
import type { DocumentStore } from './documentStore';
import type { ItemsFile } from './schemas/itemsFile';

export const CACHE_DIR = '.cache';

/**
 * An empty list read from a cache file: one frozen array shared by every row (most works have no
 * aliases and no tags: an array each cost ~6 MB at 100,000 works). Rows are never mutated.
 */
const EMPTY_LIST: readonly never[] = Object.freeze([]);

/** The rows of a shard with no file (one array, so `versioned` can tell nothing changed). */
const NO_ROWS: never[] = [];

/** What to keep of each item, and how to store it. */
export interface DigestSpec<T, R extends object> {
  /** Names the cache folder (`.cache/<name>/`). */
  name: string;
  /** Bump whenever `of` or `fields` change: caches of other versions are rebuilt. */
  version: number;
  of(item: T): R;
  /** Every field of R, each stored as one column (compact, and fast to parse). */
  fields: readonly (keyof R & string)[];
  /**
   * Packs `count` rows, given as columns (`column(field)[i]` is row i's value), into a compact
   * form read through row views (see `ListingColumns`); without it, each row is a plain object.
   */
  pack?(count: number, column: (field: keyof R & string) => ArrayLike<unknown>): R[];
}

interface CacheFile {
  kind: 'digest';
  name: string;
  version: number;
  /** Version (as Storage reports it) of the shard file the digests were made from. */
  source: string;
  count: number;
  columns: Record<string, unknown[]>;
}

interface Memo<R> {
  version: string;
  rows: R[];
}

export class ShardDigests<T, R extends object> {
  /** The digests of each shard at a version, so unchanged shards give the same row objects. */
  private readonly memo = new Map<string, Memo<R>>();
  /** Shards whose cache file is known to be current (written or read at that version). */
  private readonly onDisk = new Map<string, string>();
  /** Cache files being written (in the background: listing does not wait for the disk). */
  private readonly writing = new Set<Promise<void>>();

  constructor(
    private readonly documents: DocumentStore,
    private readonly collection: Collection<T>,
    readonly spec: DigestSpec<T, R>,
  ) {}

  /**
   * The digest of every item, shard by shard (in file order), including this process's unsaved
   * changes. Row objects (and the array, while no shard changed) are shared: do not mutate them.
   */
  async all(): Promise<R[]> {
    return (await this.versioned()).rows;
  }

  /**
   * `all()`, with a version of the whole set that changes whenever any shard changes (null while
   * this process has unsaved changes): a key for caching what is derived from the rows.
   */
  async versioned(): Promise<{ rows: R[]; version: string | null }> {
    const paths = this.collection.paths();
    // Every shard's version at once (a stat each), then any shard not known at its version read
    // one at a time: reading all 64 cache files at once held every file's text and parsed
    // columns together (~200 MB at 100,000 works) for no gain in time (parsing is one thread).
    const known = await Promise.all(paths.map((path) => this.unchanged(path)));
    const shards: R[][] = [];
    for (const [i, path] of paths.entries()) shards.push(known[i] ?? (await this.shard(path)));
    const versions: string[] = [];
    for (const [i, path] of paths.entries()) {
      const memo = this.memo.get(path);
      versions.push(memo && memo.rows === shards[i] ? memo.version : shards[i]!.length ? '?' : '-');
    }
    const version = versions.includes('?')
      ? null
      : `${this.spec.name} ${this.spec.version}: ${versions.join(',')}`;
    // The same array while no shard changed: a 100,000-row copy per call (each keystroke of the
    // bibliography's filter asks) cost more than the filter itself.
    const last = this.lastAll;
    if (
      last &&
      last.shards.length === shards.length &&
      last.shards.every((r, i) => r === shards[i])
    )
      return { rows: last.rows, version };
    const rows = shards.flat();
    this.lastAll = { shards, rows };
    return { rows, version };
  }

  /** The last answer of `versioned`, by the shards' row arrays it was made of. */
  private lastAll: { shards: R[][]; rows: R[] } | null = null;

  /**
   * The memoised rows of a shard this process does not hold, when the file is still at their
   * version (a stat); null when the shard must be read (see `shard`).
   */
  private async unchanged(path: string): Promise<R[] | null> {
    if (this.documents.holds(path)) return null;
    const memo = this.memo.get(path);
    if (!memo) return null;
    return (await this.documents.storage.version(path)) === memo.version ? memo.rows : null;
  }

  private cachePath(path: string): string {
    return `${CACHE_DIR}/${this.spec.name}/${path}`;
  }

  private async shard(path: string): Promise<R[]> {
    const spec = this.collection.spec;
    // A shard this process never touched is on disk as it is: no need to wait in the store's
    // queue (behind a long read, say) to learn that.
    const held = this.documents.holds(path) ? await this.documents.cached(path, spec) : null;
    if (held) return held.dirty ? this.rowsOf(held.data) : this.current(path, held.version, held);
    const version = await this.documents.storage.version(path);
    if (version === null) return NO_ROWS;
    const memo = this.memo.get(path);
    if (memo?.version === version) return memo.rows;
    const rows = await this.readCache(path, version);
    if (rows) {
      this.memo.set(path, { version, rows });
      this.onDisk.set(path, version);
      return rows;
    }
    // Rebuilt from the shard, which is not kept: the works list needs only the digests.
    const read = await this.documents.readVersionedTransient(path, spec);
    return read.dirty ? this.rowsOf(read.data) : this.current(path, read.version, read);
  }

  /** The digests of a shard's data that is at `version` on disk; refreshes memo and cache. */
  private async current(
    path: string,
    version: string | null,
    held: { data: ItemsFile<T> },
  ): Promise<R[]> {
    if (version === null) return this.rowsOf(held.data);
    const memo = this.memo.get(path);
    if (memo?.version === version) return memo.rows;
    const rows = this.rowsOf(held.data);
    this.memo.set(path, { version, rows });
    if (this.onDisk.get(path) !== version) this.track(this.writeCache(path, version, rows));
    return rows;
  }

  /** Resolves when every cache file being written is on disk (the store's close waits for it). */
  async settled(): Promise<void> {
    while (this.writing.size) await Promise.all(this.writing);
  }

  private track(write: Promise<void>): void {
    this.writing.add(write);
    void write.finally(() => this.writing.delete(write));
  }

  private rowsOf(file: ItemsFile<T>): R[] {
    const rows = Object.values(file.items).map((item) => this.spec.of(item));
    return this.spec.pack ? this.spec.pack(rows.length, (f) => rows.map((r) => r[f])) : rows;
  }

  /** The cached rows of `path` at `version`, or null when the cache cannot be used. */
  private async readCache(path: string, version: string): Promise<R[] | null> {
    let file: CacheFile;
    try {
      const stored = await this.documents.storage.read(this.cachePath(path));
      if (!stored) return null;
      file = JSON.parse(stored.content) as CacheFile;
    } catch {
      return null; // unreadable or damaged: rebuilt from the shard
    }
    const { spec } = this;
    if (
      file?.kind !== 'digest' ||
      file.name !== spec.name ||
      file.version !== spec.version ||
      file.source !== version ||
      typeof file.columns !== 'object' ||
      !spec.fields.every((f) => file.columns[f]?.length === file.count)
    ) {
      return null;
    }
    if (spec.pack) return spec.pack(file.count, (f) => file.columns[f]!);
    const rows: R[] = new Array<R>(file.count);
    const columns = spec.fields.map((f) => file.columns[f]!);
    for (let i = 0; i < file.count; i++) {
      const row: Record<string, unknown> = {};
      for (let c = 0; c < columns.length; c++) {
        const value = columns[c]![i];
        row[spec.fields[c]!] = Array.isArray(value) && value.length === 0 ? EMPTY_LIST : value;
      }
      rows[i] = row as R;
    }
    return rows;
  }

  private async writeCache(path: string, version: string, rows: readonly R[]): Promise<void> {
    const { spec } = this;
    const columns: Record<string, unknown[]> = {};
    for (const f of spec.fields) columns[f] = rows.map((r) => r[f]);
    const file: CacheFile = {
      kind: 'digest',
      name: spec.name,
      version: spec.version,
      source: version,
      count: rows.length,
      columns,
    };
    try {
      await this.documents.storage.writeAtomic(this.cachePath(path), asciiJson(file));
      this.onDisk.set(path, version);
    } catch {
      // A cache that cannot be written (disk full, read-only folder) is only rebuilt next time.
    }
  }
}

/**
 * `value` as JSON in ASCII alone (every other character escaped as \uXXXX, which JSON.parse
 * reads back as the same character). The text of a file with one character outside Latin-1 is
 * read as a string of two bytes a character; escaped, a cache file is read as one byte a
 * character, and only the few values holding such characters take two: at 100,000 works the
 * listings' texts read at start were ~120 MB of garbage instead of ~60 MB.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
