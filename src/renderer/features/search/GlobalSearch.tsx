// The shell's search: one query (typed in the sidebar field) whose results the search view lists.
import {
  createContext,
  useCallback,
  useContext,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Hit } from '../../../shared/contract';
import { useSearch, type SearchState } from '../../api/search';
import { useNavigation, type ViewId } from '../../app/navigation';
import { hitGroups, type HitGroup } from './hits';
import { useOpenHit } from './useOpenHit';

/** Hits per kind on the search view. */
const LIMIT_PER_KIND = 25;

export interface GlobalSearch {
  /** The id of the results listbox (the field's aria-controls). */
  listId: string;
  query: string;
  /** Sets the query and shows the search view. */
  setQuery: (query: string) => void;
  state: SearchState;
  groups: HitGroup[];
  /** Every shown hit, in the order ↑/↓ walk them. */
  hits: Hit[];
  active: number;
  setActive: (index: number) => void;
  /** Opens a hit where it lives (the query stays for coming back). */
  open: (hit: Hit) => void;
  /** Clears the query and goes back to the view the search started from. */
  dismiss: () => void;
  /** Shows the search view (when there is a query). */
  show: () => void;
}

const SearchContext = createContext<GlobalSearch | null>(null);

export function GlobalSearchProvider({ children }: { children: ReactNode }) {
  const nav = useNavigation();
  const openHit = useOpenHit();
  const listId = useId();
  const [query, setQueryState] = useState('');
  const [active, setActive] = useState(0);
  const returnTo = useRef<ViewId>('reader');
  const state = useSearch(query, { limitPerKind: LIMIT_PER_KIND });
  const results = state.status === 'ready' || state.status === 'loading' ? state.results : null;
  const groups = useMemo(() => (results ? hitGroups(results) : []), [results]);
  const hits = useMemo(() => groups.flatMap((g) => g.hits), [groups]);

  const { view, showView } = nav;
  const show = useCallback(() => {
    if (view !== 'search') returnTo.current = view;
    showView('search');
  }, [view, showView]);

  const value = useMemo<GlobalSearch>(
    () => ({
      listId,
      query,
      setQuery: (next) => {
        setQueryState(next);
        setActive(0);
        if (next.trim()) show();
      },
      state,
      groups,
      hits,
      active: Math.min(active, Math.max(0, hits.length - 1)),
      setActive,
      open: openHit,
      dismiss: () => {
        setQueryState('');
        setActive(0);
        if (view === 'search') showView(returnTo.current);
      },
      show: () => {
        if (query.trim()) show();
      },
    }),
    [listId, query, state, groups, hits, active, openHit, show, view, showView],
  );
  return <SearchContext.Provider value={value}>{children}</SearchContext.Provider>;
}

/** The shell's search; throws outside GlobalSearchProvider (a programming error). */
export function useGlobalSearch(): GlobalSearch {
  const value = useContext(SearchContext);
  if (!value) throw new Error('useGlobalSearch must be used inside <GlobalSearchProvider>.');
  return value;
}
