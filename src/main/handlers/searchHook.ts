/**
 * Keeps the search index current: after each method that changes a note, a user claim or the
 * user's works, the changed items are re-indexed one by one (never the whole index). This is the
 * one place where the app's changes reach search.
 */
import type { Note } from '../../core/userData/notes';
import type { UserClaim } from '../../core/userData/userClaims';
import type { MethodName } from '../../shared/contract';
import type { SearchService } from '../../services/search';
import type { UserDataStore } from '../../store';
import type { Handlers } from './types';

type Reindex = (output: never) => Promise<void> | void;

/** What each changing method means for the index, given its output. */
function reindexers(
  search: SearchService,
  store: UserDataStore,
): Partial<Record<MethodName, Reindex>> {
  const note = (n: Note) => search.noteChanged(n);
  const claim = (c: UserClaim) => search.userClaimChanged(c);
  return {
    createNote: note,
    updateNote: note,
    addNoteLinks: note,
    removeNoteLinks: note,
    // A trashed note leaves the results; a restored one comes back.
    deleteNote: note,
    restoreNote: note,
    createUserClaim: claim,
    updateUserClaim: claim,
    restoreUserClaim: claim,
    deleteUserClaim: (c: UserClaim) => search.userClaimRemoved(c.id),
    // Added works are new; merged ones took in fields from the file.
    applyImport: async ({ added, merged }: { added: string[]; merged: string[] }) => {
      for (const key of [...added, ...merged]) {
        const work = await store.works.get(key);
        if (work) search.workChanged(work);
      }
    },
  };
}

/**
 * The handlers, with the search index updated after each successful change. Indexing failures
 * are logged, never turned into a failed call: the change itself was saved.
 */
export function indexAfter(
  handlers: Handlers,
  search: SearchService,
  store: UserDataStore,
): Handlers {
  const wrapped: Record<string, (input: never) => Promise<unknown>> = { ...handlers };
  for (const [method, reindex] of Object.entries(reindexers(search, store))) {
    const handler = handlers[method as MethodName] as (input: never) => Promise<unknown>;
    wrapped[method] = async (input) => {
      const output = await handler(input);
      try {
        await reindex(output as never);
      } catch (error) {
        console.error(`Scholion: search index not updated after ${method}`, error);
      }
      return output;
    };
  }
  return wrapped as unknown as Handlers;
}
