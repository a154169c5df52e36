// Hooks over the user's data (notes, claims, lists, data health): live queries that refresh in
// place after a change, and actions that change the data, refresh what it affects and report
// failures as a toast.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type {
  DataHealth,
  Note,
  NoteDetail,
  ReadingList,
  ScholionApi,
  UserClaim,
  UserClaimsByStance,
} from '../../shared/contract';
import { ToastStore } from '../ui/toastStore';
import { useApiContext } from './ApiProvider';
import { LiveCache } from './liveCache';
import type { QueryState } from './queryCache';
import { errorMessage } from './scholion';

interface UserDataState {
  live: LiveCache;
  toasts: ToastStore;
}

// One live cache and toast store per API object (the app has one; each component test its own).
const states = new WeakMap<ScholionApi, UserDataState>();

function stateOf(api: ScholionApi): UserDataState {
  let state = states.get(api);
  if (!state) states.set(api, (state = { live: new LiveCache(), toasts: new ToastStore() }));
  return state;
}

const IDLE: QueryState<never> = { status: 'loading' };

function useLive<T>(key: string | null, load: (api: ScholionApi) => Promise<T>): QueryState<T> {
  const { api } = useApiContext();
  const { live } = stateOf(api);
  const subscribe = useCallback(
    (onChange: () => void) => (key ? live.subscribe(key, onChange) : () => {}),
    [live, key],
  );
  const getSnapshot = () => (key ? live.read(key, () => load(api)) : IDLE);
  return useSyncExternalStore(subscribe, getSnapshot);
}

export interface NoteQuery {
  text?: string;
  tag?: string;
  workKey?: string;
  claimId?: string;
}

/** Live notes matching `query`, newest first. */
export const useNotes = (query: NoteQuery = {}): QueryState<Note[]> =>
  useLive(`notes:list:${JSON.stringify(query)}`, (api) => api.listNotes(query));

/** One note with its links resolved; null while none is chosen. */
export const useNoteDetail = (id: string | null): QueryState<NoteDetail> =>
  useLive(id ? `notes:detail:${id}` : null, (api) => api.getNote({ id: id ?? '' }));

/** Tags in use, most used first. */
export const useNoteTags = (): QueryState<{ tag: string; count: number }[]> =>
  useLive('notes:tags', (api) => api.listNoteTags({}));

/** The reading lists, by name. */
export const useReadingLists = (): QueryState<ReadingList[]> =>
  useLive('lists:all', (api) => api.listReadingLists({}));

/** The user's claims, oldest first. */
export const useUserClaims = (): QueryState<UserClaim[]> =>
  useLive('userClaims:all', (api) => api.listUserClaims({}));

/** The user's claims involving a work, by the work's stance. */
export const useUserClaimsForWork = (workKey: string): QueryState<UserClaimsByStance> =>
  useLive(`userClaims:work:${workKey}`, (api) => api.userClaimsForWork({ workKey }));

/** Recoveries and failed saves the user has not acknowledged. */
export const useDataHealth = (): QueryState<DataHealth> =>
  useLive('health', (api) => api.getDataHealth({}));

export type Domain = 'notes' | 'lists' | 'userClaims' | 'health';

export interface UserDataActions {
  api: ScholionApi;
  /**
   * Runs a change: on success refreshes the `affects` domains (and the data health, since a
   * write may have recovered a file) and answers the value; on failure shows the error as a
   * toast and answers undefined.
   */
  run<T>(change: (api: ScholionApi) => Promise<T>, affects: Domain[]): Promise<T | undefined>;
  /** Refreshes what shows these domains. */
  refresh(...domains: Domain[]): void;
  toasts: ToastStore;
}

/** The actions over the user's data, for this app's API. */
export function useUserDataActions(): UserDataActions {
  const { api, cache } = useApiContext();
  return useMemo(() => {
    const { live, toasts } = stateOf(api);
    const refresh = (...domains: Domain[]) => {
      live.refresh(...domains.map((d) => `${d}:`), 'health');
      // The reader's card reads notes through the shared query cache.
      if (domains.includes('notes')) cache.invalidatePrefix('notes:');
    };
    const run = async <T>(
      change: (a: ScholionApi) => Promise<T>,
      affects: Domain[],
    ): Promise<T | undefined> => {
      try {
        const value = await change(api);
        refresh(...affects);
        return value;
      } catch (error) {
        toasts.show(errorMessage(error), { tone: 'error' });
        refresh(...affects);
        return undefined;
      }
    };
    return { api, run, refresh, toasts };
  }, [api, cache]);
}

/** The toasts of this app, for the toast region. */
export function useToastStore(): ToastStore {
  const { api } = useApiContext();
  return stateOf(api).toasts;
}
