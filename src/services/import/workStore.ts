/** The minimal work storage import and export need, and an in-memory implementation for tests. */
import type { Work } from '../../core/bibliography/model';
import type { WorkRevision } from '../../core/works/history';

/**
 * Where works live. `putWorks` adds or replaces works by citation key, all or nothing, and
 * appends each work's revision in `history` (by key) to its edit history where one is kept.
 */
export interface WorkStore {
  allWorks(): Promise<Work[]>;
  putWorks(works: readonly Work[], history?: ReadonlyMap<string, WorkRevision>): Promise<void>;
}

/** A WorkStore in memory (tests, and the CLI without a data folder). */
export class MemoryWorkStore implements WorkStore {
  private readonly works = new Map<string, Work>();
  /** How many times putWorks ran (tests check that nothing was written). */
  writes = 0;

  constructor(works: readonly Work[] = []) {
    for (const w of works) this.works.set(w.citationKey, structuredClone(w));
  }

  allWorks(): Promise<Work[]> {
    return Promise.resolve([...this.works.values()].map((w) => structuredClone(w)));
  }

  /** The revisions putWorks was given, by key, in order (tests). */
  readonly history = new Map<string, WorkRevision[]>();

  putWorks(works: readonly Work[], history?: ReadonlyMap<string, WorkRevision>): Promise<void> {
    this.writes += 1;
    for (const [key, r] of history ?? [])
      this.history.set(key, [...(this.history.get(key) ?? []), r]);
    for (const w of works) this.works.set(w.citationKey, structuredClone(w));
    return Promise.resolve();
  }
}
