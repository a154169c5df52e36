/**
 * The library's works as the work-editing services see them: the user's stored works over the
 * bundled bibliography (a stored copy of a bundled work replaces it), found by key or alias.
 */
import type { Work } from '../../core/bibliography/model';
import type { UserDataStore } from '../../store';
import { UnknownWorkKeyError } from '../workKeys';
import { closeMatches } from '../../core/userData/closeMatches';

/** A work and where it lives now. */
export interface FoundWork {
  work: Work;
  /** True when the user's data folder holds it (false: the bundled record, never edited). */
  stored: boolean;
  /** True when the bundled bibliography has a work of this key. */
  bundled: boolean;
}

export class LibraryWorks {
  private readonly bundledByKey = new Map<string, Work>();
  private readonly bundledAliases = new Map<string, string>();

  constructor(
    readonly store: UserDataStore,
    readonly bundled: readonly Work[],
  ) {
    for (const w of bundled) this.bundledByKey.set(w.citationKey, w);
    for (const w of bundled) {
      for (const a of w.aliases)
        if (!this.bundledByKey.has(a)) this.bundledAliases.set(a, w.citationKey);
    }
  }

  /** True when the bundled bibliography has a work of this key. */
  isBundled(key: string): boolean {
    return this.bundledByKey.has(key);
  }

  /** The bundled record of `key`, or undefined. */
  bundledWork(key: string): Work | undefined {
    return this.bundledByKey.get(key);
  }

  /** The work a key or alias names (the stored copy first), or null. */
  async find(keyOrAlias: string): Promise<FoundWork | null> {
    const key = await this.canonicalKey(keyOrAlias);
    if (key === null) return null;
    const stored = await this.store.works.get(key);
    const bundled = this.bundledByKey.get(key);
    if (stored)
      return { work: structuredClone(stored), stored: true, bundled: bundled !== undefined };
    if (bundled) return { work: structuredClone(bundled), stored: false, bundled: true };
    return null;
  }

  /** Like `find`, throwing UnknownWorkKeyError (with close keys) when nothing has that key. */
  async require(keyOrAlias: string): Promise<FoundWork> {
    const found = await this.find(keyOrAlias);
    if (found) return found;
    const keys = [
      ...this.bundledByKey.keys(),
      ...(await this.store.workListings.all()).map((l) => l.key),
    ];
    throw new UnknownWorkKeyError(keyOrAlias, closeMatches(keyOrAlias, keys));
  }

  /** The key a key or alias stands for, or null when it names no work. */
  async canonicalKey(keyOrAlias: string): Promise<string | null> {
    if (this.bundledByKey.has(keyOrAlias)) return keyOrAlias;
    if (await this.store.works.get(keyOrAlias)) return keyOrAlias;
    const bundledAlias = this.bundledAliases.get(keyOrAlias);
    const listings = await this.store.workListings.all();
    const storedAlias = listings.find((l) => l.aliases.includes(keyOrAlias));
    return storedAlias?.key ?? bundledAlias ?? null;
  }

  /** Every work of the library: the bundled ones (or their stored copies), then the user's. */
  async all(): Promise<Work[]> {
    const stored = await this.store.works.all();
    const storedKeys = new Set(stored.map((w) => w.citationKey));
    return [...this.bundled.filter((w) => !storedKeys.has(w.citationKey)), ...stored];
  }

  /**
   * Every key (and alias) in use: bundled, stored, and of works in the trash (restoring one
   * must find its key free).
   */
  async takenKeys(): Promise<Set<string>> {
    const taken = new Set<string>([...this.bundledByKey.keys(), ...this.bundledAliases.keys()]);
    for (const l of await this.store.workListings.all()) {
      taken.add(l.key);
      for (const a of l.aliases) taken.add(a);
    }
    for (const e of await this.store.trash.all()) if (e.kind === 'work') taken.add(e.itemId);
    return taken;
  }
}
