// Provides the contract API and its query cache to the component tree.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { ScholionApi } from '../../shared/contract';
import { QueryCache } from './queryCache';

interface ApiContextValue {
  api: ScholionApi;
  cache: QueryCache;
}

const ApiContext = createContext<ApiContextValue | null>(null);

/** Makes `api` (window.scholion in the app, a fake in tests) available to hooks below. */
export function ApiProvider({ api, children }: { api: ScholionApi; children: ReactNode }) {
  const value = useMemo(() => ({ api, cache: new QueryCache() }), [api]);
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

/** The API and cache; throws when used outside ApiProvider (a programming error). */
export function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApiContext must be used inside <ApiProvider>.');
  return value;
}
