/**
 * Keeps the search index current from the store's change events: each changed note, user claim
 * or work is read again and re-indexed (or removed), whichever process changed it. This replaces
 * a hand-kept list of the methods that change something.
 */
import type { Work } from '../../core/bibliography/model';
import type { DataChange, UserDataStore } from '../../store';
import type { PaperSearchText } from '../../core/search';
import type { SearchService } from './SearchService';
import type { IndexablePaper } from './searchSources';

/** How search reads the library's papers (a DocumentService's `searchText` fits). */
export interface PaperSource {
  /** The paper to index, or null when it is gone or in the trash. */
  open(documentId: string): Promise<IndexablePaper | PaperSearchText | null>;
  /** Every paper of the library that is not in the trash (the bundled one too). */
  ids(): Promise<string[]>;
}

/**
 * Subscribes `search` to `store`'s changes; `bundled` are the bundled works (a stored work that
 * goes away uncovers the bundled one of the same key); `papers` opens an added, re-parsed or
 * removed paper to index its text again. Answers the function that unsubscribes.
 */
export function followChanges(
  search: SearchService,
  store: UserDataStore,
  bundled: readonly Work[] = [],
  papers?: PaperSource,
): () => void {
  const bundledByKey = new Map(bundled.map((w) => [w.citationKey, w]));
  // An add or a correction writes the links and the record: one re-index after both.
  let pendingPapers: Set<string> | null = null;
  let allPapers = false;
  const reindexPapers = async (ids: readonly string[] | null): Promise<void> => {
    if (!papers) return;
    if (ids === null) allPapers = true;
    if (pendingPapers) {
      for (const id of ids ?? []) pendingPapers.add(id);
      return;
    }
    pendingPapers = new Set(ids ?? []);
    await new Promise((resolve) => setImmediate(resolve));
    const wanted = pendingPapers;
    const everything = allPapers;
    pendingPapers = null;
    allPapers = false;
    if (everything) {
      const live = new Set(await papers.ids());
      for (const id of search.indexedDocuments()) if (!live.has(id)) wanted.add(id);
      for (const id of live) wanted.add(id);
    }
    for (const id of wanted) {
      const paper = await papers.open(id);
      if (paper) search.documentChanged(paper);
      else search.documentRemoved(id);
    }
  };
  /** Re-reads each changed item of a collection (all of them when the ids are unknown). */
  const each = async <T extends { id: string }>(
    ids: readonly string[] | null,
    items: { all(): Promise<T[]>; get(id: string): Promise<T | undefined> },
    changed: (item: T) => void,
    removed: (id: string) => void,
  ): Promise<void> => {
    for (const id of ids ?? (await items.all()).map((item) => item.id)) {
      const item = await items.get(id);
      if (item) changed(item);
      else removed(id);
    }
  };
  const reindex = async (change: DataChange): Promise<void> => {
    switch (change.collection) {
      case 'notes':
        return each(
          change.ids,
          store.notes,
          (n) => search.noteChanged(n),
          (id) => search.noteRemoved(id),
        );
      case 'userClaims':
        return each(
          change.ids,
          store.userClaims,
          (c) => search.userClaimChanged(c),
          (id) => search.userClaimRemoved(id),
        );
      case 'works': {
        if (change.ids === null) {
          for await (const work of store.works.scan()) search.workChanged(work);
          return;
        }
        for (const key of change.ids) {
          const work = (await store.works.get(key)) ?? bundledByKey.get(key);
          if (work) search.workChanged(work);
          else search.workRemoved(key);
        }
        return;
      }
      case 'documents':
        return reindexPapers(change.ids);
      default:
        return;
    }
  };
  return store.changes.subscribe(reindex);
}
