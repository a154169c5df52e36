// Changing works from the app (add, edit, rename the key, tag, delete and restore): each change
// goes through the contract, then everything showing works reloads in place (the table, the
// detail pane, references, BibTeX, labels on lists and notes). A failure is a toast.
import { useCallback, useMemo } from 'react';
import type { ScholionApi } from '../../shared/contract';
import { useApiContext } from './ApiProvider';
import { useRefreshDocuments } from './documents';
import { errorMessage } from './scholion';
import { useToastStore, useUserDataActions } from './userData';
import type { QueryState } from './queryCache';
import { useQuery } from './queries';

export interface WorkChanges {
  api: ScholionApi;
  /**
   * Runs `change`; on success reloads what shows works (and the user's data naming them) and
   * answers its value; on failure shows the error as a toast (unless `quiet`) and answers
   * undefined, or rethrows with `rethrow` (a form that shows the error beside a field).
   */
  run<T>(
    change: (api: ScholionApi) => Promise<T>,
    options?: { rethrow?: boolean },
  ): Promise<T | undefined>;
  /** Reloads what shows works. */
  refresh(): Promise<void>;
}

/** Changes to the library's works, with the reloads they need. */
export function useWorkChanges(): WorkChanges {
  const { api } = useApiContext();
  const toasts = useToastStore();
  const refreshDocuments = useRefreshDocuments();
  const { refresh: refreshUserData } = useUserDataActions();
  return useMemo(() => {
    const refresh = async () => {
      refreshUserData('notes', 'lists', 'userClaims');
      await refreshDocuments(null);
    };
    const run = async <T>(
      change: (a: ScholionApi) => Promise<T>,
      options: { rethrow?: boolean } = {},
    ): Promise<T | undefined> => {
      try {
        const value = await change(api);
        await refresh();
        return value;
      } catch (error) {
        if (options.rethrow) throw error;
        toasts.show(errorMessage(error), { tone: 'error' });
        return undefined;
      }
    };
    return { api, run, refresh };
  }, [api, toasts, refreshDocuments, refreshUserData]);
}

/** The work types a user can add, and every field with its BibTeX / BibLaTeX names. */
export const useWorkTypes = () => useQuery('worktypes', (api) => api.listWorkTypes({}));

/** Every tag on works, most used first. */
export const useWorkTags = (): QueryState<{ tag: string; count: number }[]> =>
  useQuery('works:tags', (api) => api.listWorkTags({}));

/** A work's edit history, oldest first. */
export const useWorkHistory = (key: string) =>
  useQuery(`work:history:${key}`, (api) => api.getWorkHistory({ key }));

/** Undo for a deletion: the toast's action restores the batch. */
export function useDeleteWorks(): (keys: readonly string[], what: string) => Promise<boolean> {
  const changes = useWorkChanges();
  const toasts = useToastStore();
  return useCallback(
    async (keys, what) => {
      const deleted = await changes.run((api) => api.deleteWorks({ keys: [...keys] }));
      if (!deleted) return false;
      toasts.show(`Deleted ${what}. It is in the trash.`, {
        action: {
          label: 'Undo',
          run: () =>
            void changes
              .run((api) => api.restoreFromTrash({ batch: deleted.batch }))
              .then((restored) => restored && toasts.show(`Restored ${what}.`)),
        },
      });
      return true;
    },
    [changes, toasts],
  );
}
