// Readies search once the app is idle after opening: one search is asked and its answer dropped,
// so the first key the user types into the search field does not pay for the services' first
// search of the session (their scoring code still unoptimised: at 100,000 works the first
// one-letter search scored for tens of milliseconds more than the next).
import { useEffect } from 'react';
import { useApiContext } from '../../api/ApiProvider';
import { useIdleAfterOpen } from '../../app/useIdleAfterOpen';
import { FIRST_PAGE } from './GlobalSearch';

/**
 * What is asked: a single letter, as a first key is (its words are the merged lists of the
 * commonest prefixes, the costliest to score), a first page as the field asks it.
 */
export const READYING_SEARCH = { query: 'e', limitPerKind: FIRST_PAGE } as const;

/** Mount once (the app shell); renders nothing. */
export function SearchReady(): null {
  const { api } = useApiContext();
  const idle = useIdleAfterOpen();
  useEffect(() => {
    if (idle) api.search(READYING_SEARCH).catch(() => undefined); // the field reports failures
  }, [api, idle]);
  return null;
}
