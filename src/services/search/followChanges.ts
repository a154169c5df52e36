/**
 * Keeps the search index current from the store's change events: each changed note, user claim
 * or work is read again and re-indexed (or removed), whichever process changed it. This replaces
 * a hand-kept list of the methods that change something.
 */
import type { Work } from '../../core/bibliography/model';
import type { DataChange, UserDataStore } from '../../store';
import type { SearchService } from './SearchService';

/**
 * Subscribes `search` to `store`'s changes; `bundled` are the bundled works (a stored work that
 * goes away uncovers the bundled one of the same key). Answers the function that unsubscribes.
 */
export function followChanges(
  search: SearchService,
  store: UserDataStore,
  bundled: readonly Work[] = [],
): () => void {
  const bundledByKey = new Map(bundled.map((w) => [w.citationKey, w]));
  const reindex = async (change: DataChange): Promise<void> => {
    switch (change.collection) {
      case 'notes': {
        const ids = change.ids ?? (await store.notes.all()).map((n) => n.id);
        for (const id of ids) {
          const note = await store.notes.get(id);
          if (note) search.noteChanged(note);
          else search.noteRemoved(id);
        }
        return;
      }
      case 'userClaims': {
        const ids = change.ids ?? (await store.userClaims.all()).map((c) => c.id);
        for (const id of ids) {
          const claim = await store.userClaims.get(id);
          if (claim) search.userClaimChanged(claim);
          else search.userClaimRemoved(id);
        }
        return;
      }
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
      default:
        return;
    }
  };
  return store.changes.subscribe(reindex);
}
