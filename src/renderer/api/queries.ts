// Hooks over the contract: each call is cached by key, so many components can ask cheaply.
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import type { ScholionApi, StyleId, WorkDetail, WorkSummary } from '../../shared/contract';
import { useApiContext } from './ApiProvider';
import type { QueryState } from './queryCache';

const IDLE: QueryState<never> = { status: 'loading' };

/** A cached contract call by `key` (null: nothing to load yet). */
export function useQuery<T>(
  key: string | null,
  load: (api: ScholionApi) => Promise<T>,
): QueryState<T> {
  const { api, cache } = useApiContext();
  const subscribe = useCallback(
    (onChange: () => void) => (key ? cache.subscribe(key, onChange) : () => {}),
    [cache, key],
  );
  // read() starts the load on first use; later calls return the same state object until it settles.
  const getSnapshot = () => (key ? cache.read(key, () => load(api)) : IDLE);
  return useSyncExternalStore(subscribe, getSnapshot);
}

const NO_WORKS: ReadonlyMap<string, WorkSummary> = new Map();

/**
 * The summaries of `keys` (a note's links, a list's items), by key, fetched with
 * listWorks({ keys }) — never the whole library, which is about 32 MB at 100,000 works. While a
 * changed set of keys loads, the previous answer stays, so labels do not flash; unknown keys are
 * simply missing. Reloads after an import (it invalidates the cache's 'work' keys).
 */
export function useWorkSummaries(keys: readonly string[]): ReadonlyMap<string, WorkSummary> {
  const id = [...new Set(keys)].sort().join('\n');
  const state = useQuery(id ? `works:keys:${id}` : null, (api) =>
    api.listWorks({ keys: id.split('\n') }),
  );
  const data = state.status === 'ready' ? state.data : null;
  const byKey = useMemo(() => (data ? new Map(data.map((w) => [w.key, w])) : null), [data]);
  // The last answer, kept (as React's "state from previous renders") while the next one loads.
  const [kept, setKept] = useState(NO_WORKS);
  if (byKey && byKey !== kept) setKept(byKey);
  if (!id) return NO_WORKS;
  return byKey ?? kept;
}

/**
 * A token that changes whenever the library's works may have changed (an import invalidates the
 * cache's 'work' keys): hooks that keep their own copies of works reload when it changes.
 */
export function useWorksEpoch(): object | null {
  const epoch = useQuery('works:epoch', async () => ({}));
  return epoch.status === 'ready' ? epoch.data : null;
}

/** One work with its full record; pass null while nothing is selected. */
export const useWork = (key: string | null): QueryState<WorkDetail> =>
  useQuery(key ? `work:${key}` : null, (api) => api.getWork({ key: key ?? '' }));

/** A work's reference formatted in `style`, as HTML (sanitize before showing) or text. */
export const useReference = (
  key: string | null,
  style: StyleId,
  format: 'html' | 'text' = 'html',
): QueryState<string> =>
  useQuery(key ? `ref:${style}:${format}:${key}` : null, (api) =>
    api.formatReference({ key: key ?? '', style, format }),
  );

/** The BibTeX entry of one work. */
export const useBibtex = (key: string | null): QueryState<string> =>
  useQuery(key ? `bibtex:${key}` : null, (api) => api.exportBibtex({ keys: [key ?? ''] }));
