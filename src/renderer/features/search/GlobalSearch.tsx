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
import type { Hit, SearchKind } from '../../../shared/contract';
import { useSearch, useSearchOnKey, type SearchState } from '../../api/search';
import { useNavigation, type ViewId } from '../../app/navigation';
import { groupRows, hitGroups, type HitGroup, type HitRow } from './hits';
import { useOpenHit } from './useOpenHit';

/** Hits per kind on the search view, once the user scrolls it or walks its hits. */
export const LIMIT_PER_KIND = 25;
/**
 * Hits a typed key brings, in all: a screenful (the first group's, the next groups one hit or
 * what is left of it, see the contract's `limitInAll`). Each key's answer crosses to the window
 * and is rendered whole, so the hits below the fold are asked only once the user goes to them
 * (a scroll, ↑/↓); "Show all" reaches every hit either way. 12 of each kind (up to 48 hits, 32
 * a key at 100,000 works, where a screen shows ~14) cost the window ~5 ms more CPU a key.
 */
export const FIRST_PAGE = 12;

export interface GlobalSearch {
  /** The id of the results listbox (the field's aria-controls). */
  listId: string;
  query: string;
  /** Sets the query and shows the search view. */
  setQuery: (query: string) => void;
  state: SearchState;
  groups: HitGroup[];
  /** Every shown hit and each group's "Show all" row, in the order ↑/↓ walk them. */
  rows: HitRow[];
  active: number;
  /** Makes row `index` active; LAST_ROW: the last row, however many rows come. */
  setActive: (index: number) => void;
  /** Opens a hit where it lives (the query stays for coming back). */
  open: (hit: Hit) => void;
  /** Shows `limit` hits of `kind` (a group's "Show all"), until the query changes. */
  more: (kind: SearchKind, limit: number) => void;
  /** Acts on the row at `index`: opens its hit, or loads more of its group. */
  choose: (index: number) => void;
  /** Clears the query and goes back to the view the search started from. */
  dismiss: () => void;
  /** Shows the search view (when there is a query). */
  show: () => void;
  /** The user went past the first screen (scrolled, walked the hits): asks for every group's rest. */
  showRest: () => void;
}

/**
 * The active row when ↑ wraps from the first row to the last: it stays the last while the rest of
 * the groups arrive (↑ asks for them), instead of a row in the middle of the longer list.
 */
export const LAST_ROW = -1;

const SearchContext = createContext<GlobalSearch | null>(null);

export function GlobalSearchProvider({ children }: { children: ReactNode }) {
  const nav = useNavigation();
  const openHit = useOpenHit();
  const listId = useId();
  const [query, setQueryState] = useState('');
  const [active, setActive] = useState(0);
  const returnTo = useRef<ViewId>('reader');
  // The groups the user expanded for this query, with how many hits each shows.
  const [limitsByKind, setLimitsByKind] = useState<Partial<Record<SearchKind, number>>>({});
  // Whether the user looked past the first page of hits; kept until the search is cleared, so
  // the list does not shrink under a user who scrolled and then typed on.
  const [whole, setWhole] = useState(false);
  const limitPerKind = whole ? LIMIT_PER_KIND : FIRST_PAGE;
  const limitInAll = whole ? undefined : FIRST_PAGE;
  const state = useSearch(query, { limitPerKind, limitInAll, limitsByKind });
  const askOnKey = useSearchOnKey({ limitPerKind, limitInAll });
  const results = state.status === 'ready' || state.status === 'loading' ? state.results : null;
  const groups = useMemo(() => (results ? hitGroups(results) : []), [results]);
  const rows = useMemo(() => groups.flatMap(groupRows), [groups]);

  const { view, showView } = nav;
  const show = useCallback(() => {
    if (view !== 'search') returnTo.current = view;
    showView('search');
  }, [view, showView]);

  // The active row stays where it is when a group grows: on its first newly shown hit. Stable,
  // so that the hit list is not rendered again on a key typed before its answer has arrived.
  const more = useCallback(
    (kind: SearchKind, limit: number) =>
      setLimitsByKind((limits) => ({ ...limits, [kind]: limit })),
    [],
  );
  const showRest = useCallback(() => setWhole(true), []);

  const value = useMemo<GlobalSearch>(() => {
    return {
      listId,
      query,
      setQuery: (next) => {
        // Asked before React renders the key: the render then takes this answer.
        askOnKey(next);
        setQueryState(next);
        setActive(0);
        setLimitsByKind({});
        if (!next.trim()) setWhole(false);
        if (next.trim()) show();
      },
      state,
      groups,
      rows,
      active: Math.max(
        0,
        active === LAST_ROW ? rows.length - 1 : Math.min(active, rows.length - 1),
      ),
      setActive,
      open: openHit,
      more,
      choose: (index) => {
        const row = rows[index];
        if (row?.type === 'hit') openHit(row.hit);
        else if (row) {
          setActive(index); // not LAST_ROW: the row becomes the group's first newly shown hit
          more(row.group.kind, row.limit);
        }
      },
      dismiss: () => {
        setQueryState('');
        setActive(0);
        setLimitsByKind({});
        setWhole(false);
        if (view === 'search') showView(returnTo.current);
      },
      show: () => {
        if (query.trim()) show();
      },
      showRest,
    };
  }, [
    listId,
    query,
    state,
    groups,
    rows,
    active,
    openHit,
    more,
    showRest,
    askOnKey,
    show,
    view,
    showView,
  ]);
  return <SearchContext.Provider value={value}>{children}</SearchContext.Provider>;
}

/** The shell's search; throws outside GlobalSearchProvider (a programming error). */
export function useGlobalSearch(): GlobalSearch {
  const value = useContext(SearchContext);
  if (!value) throw new Error('useGlobalSearch must be used inside <GlobalSearchProvider>.');
  return value;
}
