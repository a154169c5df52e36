/**
 * A set of items keyed by id, stored in one file (lists, user claims) or spread over shard files
 * by a hash of the id (notes, works). Every change goes through the DocumentStore's write path,
 * and once it is made the ids it touched are announced (see changes.ts).
 */
import type { DocumentStore, FileWrite } from './documentStore';
import { StoreError } from './errors';
import type { FileSpec } from './fileSpec';
import { shardFile, shardIndex, shardPath, shardPaths } from './layout';
import type { ItemsFile } from './schemas/itemsFile';

export type CollectionLayout = { file: string } | { dir: string; shards: number };

/** The item stored under `id`, ignoring inherited properties ("constructor", ...). */
export function ownItem<T>(items: Record<string, T>, id: string): T | undefined {
  return Object.hasOwn(items, id) ? items[id] : undefined;
}

function assertSafeId(id: string): void {
  if (!id || id === '__proto__') throw new StoreError('bad-id', `"${id}" cannot be used as an id.`);
}

/** Tells the store's subscribers which ids a write changed (resolves when they have heard). */
export type AnnounceChange = (ids: readonly string[]) => Promise<void>;

export class Collection<T> {
  constructor(
    private readonly store: DocumentStore,
    readonly spec: FileSpec<ItemsFile<T>>,
    readonly layout: CollectionLayout,
    private readonly announce: AnnounceChange = async () => undefined,
  ) {}

  /** The file that holds `id`. */
  pathFor(id: string): string {
    return 'file' in this.layout
      ? this.layout.file
      : shardPath(this.layout.dir, id, this.layout.shards);
  }

  /** Every file of the collection. */
  paths(): string[] {
    return 'file' in this.layout
      ? [this.layout.file]
      : shardPaths(this.layout.dir, this.layout.shards);
  }

  /** The item, or undefined. The object is the store's: copy before changing it. */
  async get(id: string): Promise<T | undefined> {
    return ownItem((await this.store.read(this.pathFor(id), this.spec)).items, id);
  }

  /** Every item (in file order). The objects are the store's: copy before changing them. */
  async all(): Promise<T[]> {
    const files = await this.store.readMany(this.paths(), this.spec);
    return files.flatMap((f) => Object.values(f.items));
  }

  /**
   * Reads every file into the store's cache (recovering a damaged one, as `all` does), one store
   * operation per file: what is asked of the store meanwhile is answered between two files, not
   * after all of them (at 100,000 works reading the 64 notes files at start held the first
   * screen's requests ~1.5 s).
   */
  async readEach(): Promise<void> {
    for (const path of this.paths()) await this.store.read(path, this.spec);
  }

  /**
   * Every item, read one file at a time and not kept in the store's cache (unless it is already):
   * for one pass over a large collection (building a search index) without holding it all.
   */
  async *scan(): AsyncGenerator<T> {
    for (const path of this.paths()) {
      const file = await this.store.readTransient(path, this.spec);
      yield* Object.values(file.items);
    }
  }

  /**
   * Runs `mutate` on the items of the file that holds `id` and saves that file (see
   * DocumentStore.update for `debounce`). `mutate` must check before it changes anything.
   */
  async update<R>(
    id: string,
    mutate: (items: Record<string, T>) => R,
    options: { debounce?: boolean } = {},
  ): Promise<R> {
    assertSafeId(id);
    const result = await this.store.update(
      this.pathFor(id),
      this.spec,
      (file) => mutate(file.items),
      options,
    );
    await this.announce([id]);
    return result;
  }

  /**
   * The part of a multi-file write (`UserDataStore.writeFiles`) that runs `mutate` on the items
   * of the file holding `id`; `mutate` returns false when it changed nothing.
   */
  fileWrite(id: string, mutate: (items: Record<string, T>) => boolean | void): FileWrite {
    assertSafeId(id);
    return {
      path: this.pathFor(id),
      spec: this.spec,
      mutate: (file: ItemsFile<T>) => mutate(file.items),
    };
  }

  /**
   * `fileWrite` for several ids held by one file (a batch of an import that falls in one shard):
   * one change for the lot instead of one per item.
   */
  fileWriteFor(
    ids: readonly string[],
    mutate: (items: Record<string, T>) => boolean | void,
  ): FileWrite {
    const path = ids.length > 0 ? this.pathFor(ids[0]!) : '';
    for (const id of ids) {
      assertSafeId(id);
      if (this.pathFor(id) !== path) {
        throw new StoreError('sharded', `"${id}" is not held by ${path}.`);
      }
    }
    return { path, spec: this.spec, mutate: (file: ItemsFile<T>) => mutate(file.items) };
  }

  /** Runs `mutate` on all items of a single-file collection (e.g. to find a list by name). */
  async updateAll<R>(mutate: (items: Record<string, T>) => R): Promise<R> {
    if (!('file' in this.layout)) {
      throw new StoreError('sharded', 'updateAll is only for single-file collections.');
    }
    let changed: string[] = [];
    const result = await this.store.update(this.layout.file, this.spec, (file) => {
      // Single-file collections are small: comparing each item's JSON finds what changed.
      const before = new Map(Object.entries(file.items).map(([id, v]) => [id, JSON.stringify(v)]));
      const out = mutate(file.items);
      const after = Object.entries(file.items);
      changed = after.filter(([id, v]) => before.get(id) !== JSON.stringify(v)).map(([id]) => id);
      for (const id of before.keys()) if (!Object.hasOwn(file.items, id)) changed.push(id);
      return out;
    });
    await this.announce(changed);
    return result;
  }

  /** Adds or replaces many items under one lock, writing each touched file once. */
  async putMany(items: readonly T[], idOf: (item: T) => string): Promise<void> {
    const byPath = this.byFile(items, idOf);
    try {
      await this.store.updateMany([...byPath.keys()], this.spec, (path, file) => {
        for (const item of byPath.get(path) ?? []) file.items[idOf(item)] = item;
      });
    } finally {
      // Even when a shard failed, those written before it are saved: say so (listeners re-read).
      await this.announce(items.map(idOf));
    }
  }

  /**
   * `items` grouped by the file that holds each, files in the order first met. Grouped by shard
   * number, so a shard's path is made once and not for each item (an import puts 10,000).
   */
  private byFile<I>(items: readonly I[], idOf: (item: I) => string): Map<string, I[]> {
    const out = new Map<string, I[]>();
    if ('file' in this.layout) {
      for (const item of items) assertSafeId(idOf(item));
      if (items.length > 0) out.set(this.layout.file, [...items]);
      return out;
    }
    const { dir, shards } = this.layout;
    const groups: (I[] | undefined)[] = [];
    const met: number[] = [];
    for (const item of items) {
      const id = idOf(item);
      assertSafeId(id);
      const shard = shardIndex(id, shards);
      const group = groups[shard];
      if (group) group.push(item);
      else {
        groups[shard] = [item];
        met.push(shard);
      }
    }
    for (const shard of met) out.set(shardFile(dir, shard), groups[shard]!);
    return out;
  }

  /** Removes many items under one lock; returns how many existed. */
  async removeMany(ids: readonly string[]): Promise<number> {
    const gone: string[] = [];
    const byPath = new Map<string, string[]>();
    for (const id of ids) {
      const group = byPath.get(this.pathFor(id));
      if (group) group.push(id);
      else byPath.set(this.pathFor(id), [id]);
    }
    let removed = 0;
    const removing = this.store.updateMany([...byPath.keys()], this.spec, (path, file) => {
      let changed = false;
      for (const id of byPath.get(path) ?? []) {
        if (Object.hasOwn(file.items, id)) {
          delete file.items[id];
          gone.push(id);
          removed++;
          changed = true;
        }
      }
      return changed;
    });
    try {
      await removing;
    } finally {
      await this.announce(gone);
    }
    return removed;
  }
}
