// The library's change events (window.scholion.onDataChanged) refreshing the window's caches:
// what the app itself changed, and what another process (the CLI) changed while it is open.
import { useEffect } from 'react';
import type { DataChangeView, OnDataChanged, ScholionApi } from '../../shared/contract';
import { useApiContext } from './ApiProvider';
import type { QueryCache } from './queryCache';
import { useUserDataActions, type Domain } from './userData';

/** onDataChanged of the API object (window.scholion), or null for a fake without events. */
export function dataChangeSource(api: ScholionApi): OnDataChanged | null {
  const source = (api as Partial<{ onDataChanged: OnDataChanged }>).onDataChanged;
  return typeof source === 'function' ? source : null;
}

/** The query-cache prefixes and live domains a batch of changes makes stale. */
export function staleFor(changes: readonly DataChangeView[]): {
  prefixes: string[];
  domains: Domain[];
} {
  const prefixes = new Set<string>();
  const domains = new Set<Domain>();
  for (const { collection, ids } of changes) {
    if (collection === 'notes') domains.add('notes');
    else if (collection === 'lists') domains.add('lists');
    else if (collection === 'userClaims') domains.add('userClaims');
    else if (collection === 'works') {
      // A work's rows, details, references and BibTeX. (An open document is not reloaded: its
      // citations keep their work keys, and the cards read the works afresh.)
      for (const p of ['work', 'ref:', 'bibtex:']) prefixes.add(p);
      domains.add('lists');
    } else if (collection === 'documents') {
      prefixes.add('documents');
      if (ids === null) prefixes.add('document:');
      else for (const id of ids) prefixes.add(`document:${id}`);
    }
  }
  return { prefixes: [...prefixes], domains: [...domains] };
}

/** Refreshes what a change made stale; invalidating a key reloads it where it is shown. */
function refreshFor(
  changes: readonly DataChangeView[],
  cache: QueryCache,
  refresh: (...domains: Domain[]) => void,
): void {
  const { prefixes, domains } = staleFor(changes);
  for (const prefix of prefixes) cache.invalidatePrefix(prefix);
  if (domains.length) refresh(...domains);
}

/** Mount once (the app): keeps the caches current with the library's change events. */
export function useDataChangeRefresh(): void {
  const { api, cache } = useApiContext();
  const { refresh } = useUserDataActions();
  useEffect(() => {
    const subscribe = dataChangeSource(api);
    return subscribe?.((changes) => refreshFor(changes, cache, refresh));
  }, [api, cache, refresh]);
}
