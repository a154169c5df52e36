// The bibliography's remembered layout (columns, widths, sort) and the saved filters: loaded
// from the settings, changed at once on screen and saved in the background (a failed save is
// reported as a toast; the screen keeps what the user chose).
import { useCallback, useState } from 'react';
import type { BibliographyLayout, SavedFilter, SavedFilterQuery } from '../../shared/contract';
import { useApiContext } from './ApiProvider';
import type { QueryState } from './queryCache';
import { errorMessage } from './scholion';
import { useLive, useLiveRefresh, useToastStore } from './userData';

/**
 * The bibliography's layout (null while it loads; `fallback` when it cannot be read) and a
 * function that changes part of it and keeps the change.
 */
export function useBibliographyLayout(
  fallback: BibliographyLayout,
): [BibliographyLayout | null, (change: Partial<BibliographyLayout>) => void] {
  const { api } = useApiContext();
  const toasts = useToastStore();
  const loaded = useLive('settings:layout', (a) => a.getBibliographyLayout({}));
  const [local, setLocal] = useState<BibliographyLayout | null>(null);
  const stored =
    loaded.status === 'ready' ? loaded.data : loaded.status === 'error' ? fallback : null;
  const layout = local ?? stored;
  const change = useCallback(
    (part: Partial<BibliographyLayout>) => {
      setLocal((current) => {
        const base = current ?? stored;
        return base ? { ...base, ...part } : current;
      });
      api
        .setBibliographyLayout(part)
        .catch((error: unknown) => toasts.show(errorMessage(error), { tone: 'error' }));
    },
    [api, stored, toasts],
  );
  return [layout, change];
}

/** The saved filters, in the order they were made. */
export const useSavedFilters = (): QueryState<SavedFilter[]> =>
  useLive('settings:filters', (api) => api.listSavedFilters({}));

export interface SavedFilterActions {
  /** Saves a new filter or a change to one; answers it, or undefined after a failure (toasted). */
  save: (input: {
    id?: string;
    name: string;
    query: SavedFilterQuery;
  }) => Promise<SavedFilter | undefined>;
  /** Deletes a filter, offering Undo in a toast. */
  remove: (filter: SavedFilter) => Promise<void>;
}

/** Saving and deleting saved filters; the sidebar's list follows. */
export function useSavedFilterActions(): SavedFilterActions {
  const { api } = useApiContext();
  const toasts = useToastStore();
  const refresh = useLiveRefresh();
  const save = useCallback<SavedFilterActions['save']>(
    async (input) => {
      try {
        const saved = await api.saveFilter(input);
        await refresh('settings:filters');
        return saved;
      } catch (error) {
        toasts.show(errorMessage(error), { tone: 'error' });
        return undefined;
      }
    },
    [api, refresh, toasts],
  );
  const remove = useCallback(
    async (filter: SavedFilter) => {
      try {
        await api.deleteSavedFilter({ id: filter.id });
        await refresh('settings:filters');
        toasts.show(`Saved filter “${filter.name}” deleted.`, {
          action: {
            label: 'Undo',
            run: () => void save({ id: filter.id, name: filter.name, query: filter.query }),
          },
        });
      } catch (error) {
        toasts.show(errorMessage(error), { tone: 'error' });
      }
    },
    [api, refresh, save, toasts],
  );
  return { save, remove };
}
