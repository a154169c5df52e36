// Hooks over the user's data (notes, claims, lists, data health): live queries that refresh in
// place after a change, and actions that change the data, refresh what it affects and report
// failures as a toast.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type {
  DataHealth,
  NoteDetail,
  ReadingList,
  ScholionApi,
  Stance,
  UserClaim,
  UserClaimsByStance,
} from '../../shared/contract';
import type { TextQuoteSelector } from '../../core/userData/notes';
import { ToastStore } from '../ui/toastStore';
import { useApiContext } from './ApiProvider';
import { LiveCache } from './liveCache';
import type { QueryState } from './queryCache';
import { errorMessage } from './scholion';
import { Signal } from '../ui/signal';

/** A request to add works to a reading list, shown by the app-wide dialog. */
export interface AddToListRequest {
  workKeys: string[];
  /** What is being added, for the dialog's title ("Betts 2011c", "3 works"). */
  what: string;
}

/** A claim to record, prefilled (e.g. from text selected in the reader). */
export interface ClaimDraft {
  statement?: string;
  links?: { workKey: string; stance: Stance }[];
  passage?: { documentId: string; selector: TextQuoteSelector } | null;
}

interface UserDataState {
  live: LiveCache;
  toasts: ToastStore;
  addToList: Signal<AddToListRequest | null>;
  claimDraft: Signal<ClaimDraft | null>;
}

// One live cache and toast store per API object (the app has one; each component test its own).
const states = new WeakMap<ScholionApi, UserDataState>();

function stateOf(api: ScholionApi): UserDataState {
  let state = states.get(api);
  if (!state) {
    state = {
      live: new LiveCache(),
      toasts: new ToastStore(),
      addToList: new Signal<AddToListRequest | null>(null),
      claimDraft: new Signal<ClaimDraft | null>(null),
    };
    states.set(api, state);
  }
  return state;
}

const IDLE: QueryState<never> = { status: 'loading' };

/**
 * Starts loading `key` (a prefetch) without showing it: a later `useLive` of the same key shows
 * the answer at once. Nobody shows it meanwhile, so a change to its data forgets it (LiveCache
 * refresh) and the view loads it afresh: a prefetch never shows data older than an edit.
 * Answers a promise that settles when the load has.
 */
export function prefetchLive<T>(
  api: ScholionApi,
  key: string,
  load: (api: ScholionApi) => Promise<T>,
): Promise<void> {
  const { live } = stateOf(api);
  live.read(key, () => load(api));
  return live.loaded(key);
}

/**
 * A live query: `key`'s answer, loaded once and reloaded in place (the previous answer shown
 * meanwhile) when something refreshes a prefix of it; null while there is nothing to load.
 */
export function useLive<T>(
  key: string | null,
  load: (api: ScholionApi) => Promise<T>,
): QueryState<T> {
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
  /** The document of `claimId` (null: a user claim). */
  documentId?: string | null;
}

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
   * write may have recovered a file) and answers the value once what shows them has reloaded,
   * so the caller never sees the answer beside data from before the change; on failure shows
   * the error as a toast and answers undefined.
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
    const reload = (domains: Domain[]): Promise<void> => {
      // The reader's card reads notes through the shared query cache.
      if (domains.includes('notes')) cache.invalidatePrefix('notes:');
      return live.refresh(...domains.map((d) => `${d}:`), 'health');
    };
    const run = async <T>(
      change: (a: ScholionApi) => Promise<T>,
      affects: Domain[],
    ): Promise<T | undefined> => {
      try {
        const value = await change(api);
        await reload(affects);
        return value;
      } catch (error) {
        toasts.show(errorMessage(error), { tone: 'error' });
        void reload(affects);
        return undefined;
      }
    };
    const refresh = (...domains: Domain[]) => void reload(domains);
    return { api, run, refresh, toasts };
  }, [api, cache]);
}

/** Opens the app-wide "Add to list" dialog (it outlives the card or row that asked). */
export function useAddToList(): (request: AddToListRequest) => void {
  const { api } = useApiContext();
  return stateOf(api).addToList.set;
}

/** The pending "Add to list" request and a way to close it, for the dialog host. */
export function useAddToListRequest(): [AddToListRequest | null, () => void] {
  const { api } = useApiContext();
  const signal = stateOf(api).addToList;
  const request = useSyncExternalStore(signal.subscribe, signal.get);
  return [request, () => signal.set(null)];
}

/** The claim draft waiting for the claims view, and a way to clear it. */
export function useClaimDraft(): [ClaimDraft | null, () => void, (draft: ClaimDraft) => void] {
  const { api } = useApiContext();
  const signal = stateOf(api).claimDraft;
  const draft = useSyncExternalStore(signal.subscribe, signal.get);
  return [draft, () => signal.set(null), signal.set];
}

/** Reloads the live queries whose keys start with one of `prefixes`; see LiveCache.refresh. */
export function useLiveRefresh(): (...prefixes: string[]) => Promise<void> {
  const { api } = useApiContext();
  const { live } = stateOf(api);
  return useCallback((...prefixes: string[]) => live.refresh(...prefixes), [live]);
}

/** The toasts of this app, for the toast region. */
export function useToastStore(): ToastStore {
  const { api } = useApiContext();
  return stateOf(api).toasts;
}
