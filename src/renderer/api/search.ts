// Search as you type: asked on each key, stale answers dropped, and a re-ask while indexing.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ScholionApi, SearchKind, SearchResultsView } from '../../shared/contract';
import { useApiContext } from './ApiProvider';
import { AskedOnKey } from './askedOnKey';

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; results: SearchResultsView | null }
  | { status: 'ready'; results: SearchResultsView }
  | { status: 'error'; error: unknown };

export interface SearchRequest {
  limitPerKind?: number;
  /** More hits for these kinds (the groups the user expanded). */
  limitsByKind?: Partial<Record<SearchKind, number>>;
  kinds?: readonly SearchKind[];
  /** At most this many hits in all (see the contract's `limitInAll`). */
  limitInAll?: number;
}

type SearchInput = Parameters<ScholionApi['search']>[0];

/** While the library is still being indexed, the same query is asked again this often. */
const REFRESH_WHILE_BUILDING_MS = 800;

/** What the service is asked for `query` (null when it is blank); equal requests, equal text. */
function searchInput(query: string, request: SearchRequest): SearchInput | null {
  const trimmed = query.trim();
  if (!trimmed) return null;
  const { limitPerKind, kinds, limitsByKind, limitInAll } = request;
  return {
    query: trimmed,
    ...(limitPerKind ? { limitPerKind } : {}),
    ...(limitInAll ? { limitInAll } : {}),
    ...(kinds?.length ? { kinds: [...kinds] } : {}),
    ...(limitsByKind && Object.keys(limitsByKind).length
      ? { limitsByKind: { ...limitsByKind } }
      : {}),
  };
}

/** The search asked from a key's handler (see AskedOnKey). */
const askedOnKey = new AskedOnKey<ScholionApi, SearchInput, SearchResultsView>();

/**
 * A function for a field's change handler: asks for `query` with `request` at once; `useSearch`
 * with the same query and request, rendered next, answers with it rather than asking again.
 */
export function useSearchOnKey(request: SearchRequest = {}): (query: string) => void {
  const { api } = useApiContext();
  const asked = JSON.stringify(request);
  return useCallback(
    (query: string) => {
      const input = searchInput(query, JSON.parse(asked) as SearchRequest);
      if (!input) return;
      askedOnKey.put(api, input, api.search(input));
    },
    [api, asked],
  );
}

/**
 * The results for `query` (idle when it is blank). Each keystroke asks at once, with no pause: the
 * service answers in a few ms, and an answer to an older query never replaces a newer one. While being refreshed the
 * previous results stay, so the list does not flash.
 */
export function useSearch(query: string, request: SearchRequest = {}): SearchState {
  const { api } = useApiContext();
  // The latest answer, with the query it answers; the state shown is derived from it.
  const [answer, setAnswer] = useState<Answer | null>(null);
  const latest = useRef(0);
  const trimmed = query.trim();
  // As text, so a new object with the same request does not ask again.
  const input = JSON.stringify(searchInput(trimmed, request));
  // A blank query ends the last one: the next word typed starts from "Searching…" rather than
  // the old word's hits (a list rendered in full on its first key, then replaced by its answer).
  if (!trimmed && answer !== null) setAnswer(null);

  useEffect(() => {
    const ticket = ++latest.current;
    const asked = JSON.parse(input) as SearchInput | null;
    if (!asked) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = (reuse: boolean) => {
      const answer = reuse
        ? askedOnKey.take(api, asked, () => api.search(asked))
        : api.search(asked);
      answer.then(
        (results) => {
          if (latest.current !== ticket) return; // a newer query was typed meanwhile
          setAnswer({ query: asked.query, results });
          if (results.building) timer = setTimeout(() => run(false), REFRESH_WHILE_BUILDING_MS);
        },
        (error: unknown) => {
          if (latest.current === ticket) setAnswer({ query: asked.query, error });
        },
      );
    };
    run(true);
    return () => clearTimeout(timer);
  }, [api, input]);

  if (!trimmed) return IDLE;
  if (answer?.query === trimmed) {
    return 'error' in answer
      ? { status: 'error', error: answer.error }
      : { status: 'ready', results: answer.results };
  }
  return { status: 'loading', results: answer && 'results' in answer ? answer.results : null };
}

type Answer = { query: string; results: SearchResultsView } | { query: string; error: unknown };

const IDLE: SearchState = { status: 'idle' };
