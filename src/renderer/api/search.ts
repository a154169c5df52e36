// Search as you type: asked on each key, stale answers dropped, and a re-ask while indexing.
import { useEffect, useRef, useState } from 'react';
import type { SearchKind, SearchResultsView } from '../../shared/contract';
import { useApiContext } from './ApiProvider';

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
}

/** While the library is still being indexed, the same query is asked again this often. */
const REFRESH_WHILE_BUILDING_MS = 800;

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
  const { limitPerKind } = request;
  const kinds = request.kinds?.join(',') ?? '';
  // A string, so a new object with the same limits does not ask again.
  const limits = request.limitsByKind ? JSON.stringify(request.limitsByKind) : '';
  const trimmed = query.trim();
  // A blank query ends the last one: the next word typed starts from "Searching…" rather than
  // the old word's hits (a list rendered in full on its first key, then replaced by its answer).
  if (!trimmed && answer !== null) setAnswer(null);

  useEffect(() => {
    const ticket = ++latest.current;
    if (!trimmed) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () => {
      api
        .search({
          query: trimmed,
          ...(limitPerKind ? { limitPerKind } : {}),
          ...(kinds ? { kinds: kinds.split(',') as SearchKind[] } : {}),
          ...(limits ? { limitsByKind: JSON.parse(limits) as Record<SearchKind, number> } : {}),
        })
        .then(
          (results) => {
            if (latest.current !== ticket) return; // a newer query was typed meanwhile
            setAnswer({ query: trimmed, results });
            if (results.building) timer = setTimeout(ask, REFRESH_WHILE_BUILDING_MS);
          },
          (error: unknown) => {
            if (latest.current === ticket) setAnswer({ query: trimmed, error });
          },
        );
    };
    ask();
    return () => clearTimeout(timer);
  }, [api, trimmed, limitPerKind, kinds, limits]);

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
