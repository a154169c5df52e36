// The library's change events (window.scholion.onDataChanged) refreshing the window's caches:
// what the app itself changed, and what another process (the CLI) changed while it is open.
import { useEffect } from 'react';
import type { DataChangeView, OnDataChanged, ScholionApi } from '../../shared/contract';
import { useApiContext } from './ApiProvider';
import { useRefreshDocuments } from './documents';
import { useUserDataActions, type Domain } from './userData';

/** onDataChanged of the API object (window.scholion), or null for a fake without events. */
export function dataChangeSource(api: ScholionApi): OnDataChanged | null {
  const source = (api as Partial<{ onDataChanged: OnDataChanged }>).onDataChanged;
  return typeof source === 'function' ? source : null;
}

/** What a batch of changes makes stale. */
export interface Stale {
  /** Live user data to reload. */
  domains: Domain[];
  /**
   * Documents to reload (with the papers list and the works): those named; null: every one;
   * undefined: none (no document or work changed).
   */
  documents: string[] | null | undefined;
}

/** What a batch of changes makes stale (a works change may touch any document's citations). */
export function staleFor(changes: readonly DataChangeView[]): Stale {
  const domains = new Set<Domain>();
  let touched = false;
  let all = false;
  const ids = new Set<string>();
  for (const { collection, ids: changed } of changes) {
    if (collection === 'notes') domains.add('notes');
    else if (collection === 'lists') domains.add('lists');
    else if (collection === 'userClaims') domains.add('userClaims');
    else if (collection === 'works') {
      // A list shows its works' labels; every document's works may have changed.
      domains.add('lists');
      touched = all = true;
    } else if (collection === 'documents') {
      touched = true;
      if (changed === null) all = true;
      else changed.forEach((id) => ids.add(id));
    }
  }
  return { domains: [...domains], documents: touched ? (all ? null : [...ids]) : undefined };
}

/** Mount once (the app): keeps the caches current with the library's change events. */
export function useDataChangeRefresh(): void {
  const { api, cache } = useApiContext();
  const { refresh } = useUserDataActions();
  const refreshDocuments = useRefreshDocuments();
  useEffect(() => {
    const subscribe = dataChangeSource(api);
    return subscribe?.((changes) => {
      const { domains, documents } = staleFor(changes);
      // The citation card reads notes through the query cache.
      if (domains.includes('notes')) cache.invalidatePrefix('notes:');
      if (domains.length) refresh(...domains);
      if (documents !== undefined) void refreshDocuments(documents);
    });
  }, [api, cache, refresh, refreshDocuments]);
}
