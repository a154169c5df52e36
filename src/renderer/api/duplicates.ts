// The duplicates review over the contract: the groups of likely duplicates, the pairs the user
// said are not duplicates, the merges that can still be undone, and the acts on them (merge,
// undo a merge, not duplicates, take that back), each with an Undo in its toast.
import { useMemo } from 'react';
import type { TrashItemView } from '../../shared/contract';
import { useApiContext } from './ApiProvider';
import { useQuery } from './queries';
import { errorMessage } from './scholion';
import { useToastStore } from './userData';
import { useWorkChanges } from './workEdits';

// 'works:' and 'work:' keys reload after every change to works (see documents.ts).
const GROUPS = 'works:duplicates';
const DISMISSED = 'works:not-duplicates';
const MERGED = 'works:merged';

/** Groups of likely duplicates, without the pairs marked not duplicates. */
export const useDuplicateGroups = () => useQuery(GROUPS, (api) => api.findDuplicateWorks({}));

/** The pairs marked not duplicates, newest first. */
export const useNotDuplicates = () => useQuery(DISMISSED, (api) => api.listNotDuplicates({}));

/** Works merged into another whose merge can still be undone (they are in the trash). */
export const useMergedWorks = () =>
  useQuery(MERGED, async (api): Promise<TrashItemView[]> =>
    (await api.listTrash({ kind: 'work' })).filter((e) => e.mergedInto),
  );

/** One work's full record (by key or alias), as the editor has it. */
export const useWorkRecord = (key: string) =>
  useQuery(`work:record:${key}`, (api) => api.getWorkRecord({ key }));

/** What names a work (notes, lists, claims, paper links): what a merge would move. */
export const useWorkUsage = (key: string) =>
  useQuery(`work:usage:${key}`, async (api) => {
    const preview = await api.previewDeleteWorks({ keys: [key] });
    return preview.works[0]?.usedBy ?? null;
  });

export interface DuplicateActions {
  /** Merges `other` into `keep`; answers true when done (a toast offers Undo). */
  merge(keep: string, other: string, picks: Record<string, 'keep' | 'other'>): Promise<boolean>;
  /** Undoes a merge by restoring its trash batch. */
  undoMerge(batch: string, what: string): Promise<void>;
  /** Remembers that `a` and `b` are not duplicates (a toast offers Undo). */
  markNotDuplicates(a: string, b: string): Promise<boolean>;
  /** Takes back a "not duplicates" answer. */
  unmarkNotDuplicates(id: string): Promise<void>;
}

export function useDuplicateActions(): DuplicateActions {
  const { api, cache } = useApiContext();
  const changes = useWorkChanges();
  const toasts = useToastStore();
  return useMemo(() => {
    const reloadDismissals = () => {
      cache.invalidate(GROUPS);
      cache.invalidate(DISMISSED);
    };
    const undoMerge = async (batch: string, what: string) => {
      const restored = await changes.run((a) => a.restoreFromTrash({ batch }));
      if (restored) toasts.show(`Undid the merge: ${what} is a work of its own again.`);
    };
    const unmarkNotDuplicates = async (id: string) => {
      try {
        await api.unmarkNotDuplicates({ id });
      } catch (error) {
        toasts.show(errorMessage(error), { tone: 'error' });
      }
      reloadDismissals();
    };
    return {
      async merge(keep, other, picks) {
        const done = await changes.run((a) => a.mergeWorks({ keep, other, picks }));
        if (!done) return false;
        toasts.show(`Merged ${other} into ${keep}; ${other} is now an alias of it.`, {
          action: { label: 'Undo', run: () => void undoMerge(done.batch, other) },
        });
        return true;
      },
      undoMerge,
      async markNotDuplicates(a, b) {
        try {
          const pair = await api.markNotDuplicates({ a, b });
          reloadDismissals();
          toasts.show(`${a} and ${b} are marked not duplicates.`, {
            action: { label: 'Undo', run: () => void unmarkNotDuplicates(pair.id) },
          });
          return true;
        } catch (error) {
          toasts.show(errorMessage(error), { tone: 'error' });
          return false;
        }
      },
      unmarkNotDuplicates,
    };
  }, [api, cache, changes, toasts]);
}
