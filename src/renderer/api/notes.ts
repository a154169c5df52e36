// The notes a list shows, a page of summaries at a time: the service filters and sorts, and the
// window asks for the pages in view (10,000 notes with their bodies took seconds to cross).
// Live: a change to the notes (the app's or the CLI's) reloads the pages in place.
import { useEffect, useRef, useState } from 'react';
import type {
  NoteLinkTarget,
  NotePage,
  NotePassages,
  NoteSort,
  NoteSummary,
} from '../../shared/contract';
import { useApiContext } from './ApiProvider';
import type { QueryState } from './queryCache';
import type { ScholionApi } from '../../shared/contract';
import { prefetchLive, useLive, type NoteQuery } from './userData';

/** Summaries are fetched this many at a time. */
export const NOTE_PAGE = 100;

/** Which notes a list shows, in which order. */
export interface NoteListQuery extends NoteQuery {
  sort?: NoteSort;
}

/** The first page of a query's answer, with the query it answers. */
export interface NoteOrder {
  query: NoteListQuery;
  /** The first page and the counts; a new object each time the notes change. */
  first: NotePage;
}

/** The cache key of `query`: the same for the same query whatever order its fields were given in. */
export const noteQueryKey = (query: NoteListQuery): string =>
  `notes:page:${JSON.stringify(Object.fromEntries(Object.entries(query).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))))}`;
const firstPage = (query: NoteListQuery) => (api: ScholionApi) =>
  api.queryNotes({ ...query, offset: 0, limit: NOTE_PAGE });

/** Loads the first page of `query` ahead of a list that will show it (see prefetchLive). */
export const prefetchNoteOrder = (api: ScholionApi, query: NoteListQuery): Promise<void> =>
  prefetchLive(api, noteQueryKey(query), firstPage(query));

/**
 * The first page of the notes matching `query` and how many match. While a new query loads, the
 * previous answer stays (`stale`), so the list does not flash "Loading" on each key typed.
 */
export function useNoteOrder(query: NoteListQuery): QueryState<NoteOrder> & { stale?: boolean } {
  const key = noteQueryKey(query);
  const state = useLive(key, firstPage(query));
  // The last answer, kept (as React's "state from previous renders") while the next one loads.
  const [kept, setKept] = useState<NoteOrder | null>(null);
  if (state.status === 'ready') {
    if (kept?.first === state.data) return { status: 'ready', data: kept };
    const order = { query, first: state.data };
    setKept(order);
    return { status: 'ready', data: order };
  }
  if (state.status === 'error') return state;
  return kept ? { status: 'ready', data: kept, stale: true } : { status: 'loading' };
}

interface Pages {
  /** The first page the others were fetched beside (a new one each time the notes change). */
  first: NotePage;
  query: string;
  /** Pages past the first, by number. */
  pages: Map<number, NoteSummary[]>;
}

/** The summaries of an order's pages fetched so far. */
export interface NotePages {
  /** The `i`-th matching note, when its page has arrived. */
  noteAt: (i: number) => NoteSummary | undefined;
  /** Where note `id` is in the order, when its page has arrived (-1 otherwise). */
  indexOf: (id: string) => number;
}

/**
 * The pages of `order` covering rows `start..end`, each asked the first time it comes into view.
 * When the notes change (a new first page of the same query) the pages fetched stay shown until
 * their new contents arrive, so typing in a note does not blank a list scrolled far down.
 */
export function useNotePages(order: NoteOrder, start: number, end: number): NotePages {
  const { api } = useApiContext();
  const { first } = order;
  const query = JSON.stringify(order.query);
  const [pages, setPages] = useState<Pages>({ first, query, pages: new Map() });
  const asked = useRef(new WeakMap<NotePage, Set<number>>());
  const current =
    pages.first === first
      ? pages
      : {
          first,
          query,
          pages: pages.query === query ? pages.pages : new Map<number, NoteSummary[]>(),
        };
  if (current !== pages) setPages(current);

  useEffect(() => {
    let blocks = asked.current.get(first);
    if (!blocks) asked.current.set(first, (blocks = new Set([0])));
    const last = Math.min(end, first.matched);
    for (let p = Math.max(1, Math.floor(start / NOTE_PAGE)); p * NOTE_PAGE < last; p++) {
      if (blocks.has(p)) continue;
      blocks.add(p);
      const page = p;
      const asking = { ...(JSON.parse(query) as NoteListQuery), offset: page * NOTE_PAGE };
      api.queryNotes({ ...asking, limit: NOTE_PAGE }).then(
        (found) =>
          setPages((now) =>
            now.first !== first
              ? now
              : { ...now, pages: new Map(now.pages).set(page, found.items) },
          ),
        () => blocks.delete(page), // asked again when next shown
      );
    }
  }, [api, first, query, start, end]);

  const itemsOf = (p: number): NoteSummary[] | undefined =>
    p === 0 ? first.items : current.pages.get(p);
  return {
    noteAt: (i) =>
      i < first.matched ? itemsOf(Math.floor(i / NOTE_PAGE))?.[i % NOTE_PAGE] : undefined,
    indexOf: (id) => {
      for (const p of [0, ...current.pages.keys()]) {
        const j = itemsOf(p)?.findIndex((n) => n.id === id) ?? -1;
        if (j >= 0) return p * NOTE_PAGE + j;
      }
      return -1;
    },
  };
}

/** The passages live notes link in `documentId` (for the reader's highlights). */
export const useNotePassages = (documentId: string): QueryState<NotePassages[]> =>
  useLive(`notes:passages:${documentId}`, (api) => api.notePassages({ documentId }));

/** The works or claims notes link (a filter's options); null `kind`: not needed yet. */
export const useNoteLinkTargets = (kind: 'work' | 'claim' | null): QueryState<NoteLinkTarget[]> =>
  useLive(kind ? `notes:targets:${kind}` : null, (api) =>
    api.listNoteLinkTargets({ kind: kind ?? 'work' }),
  );
