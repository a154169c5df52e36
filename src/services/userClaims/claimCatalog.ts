/** A ClaimCatalog (for note links) over the paper's claims and the user's claims. */
import type { UserDataStore } from '../../store';
import type { ClaimCatalog } from '../notes/NotesService';

/**
 * Claim texts by id: `paperClaims` (the bundled paper's, e.g. from LibraryService) first, then
 * the user's claims from the store, read on each lookup.
 */
export function claimCatalog(
  store: UserDataStore,
  paperClaims: ReadonlyArray<{ id: string; text: string }> = [],
): ClaimCatalog {
  const paper = new Map(paperClaims.map((c) => [c.id, c.text]));
  return {
    async lookup(ids) {
      const out = new Map<string, string>();
      for (const id of ids) {
        const text = paper.get(id) ?? (await store.userClaims.get(id))?.statement;
        if (text !== undefined) out.set(id, text);
      }
      return out;
    },
  };
}
