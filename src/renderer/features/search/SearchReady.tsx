// Readies search once the app is idle after opening: searches are asked as a first word is
// typed, one per idle moment, and their answers dropped, so the first keys the user types into
// the search field do not pay for the services' first searches of the session. At 100,000 works
// the first searches took 15-30 ms more than later ones: their scoring code still unoptimised for
// each way a word is looked up (one and two letters: a merged list; three and four: the words of
// that prefix; five or more: typos too; a second word; digits). One search ("e") readied the
// first path only: the keys after it still paid for the others.
import { useEffect, useState } from 'react';
import { useApiContext } from '../../api/ApiProvider';
import { inIdleTurns } from '../../app/idleTurns';
import { useIdleAfterOpen } from '../../app/useIdleAfterOpen';
import { useGlobalSearch } from './GlobalSearch';

/** A word typed a key at a time, then a second word with digits: every way a word is looked up. */
const READYING_WORDS = 'evidence 1999';

/**
 * What is asked, in order: each key of READYING_WORDS as the field asks it (the words typed so
 * far), and one hit of each kind (hits are rendered as the field's are; each one kept parsed).
 */
export const READYING_SEARCHES: readonly { query: string; limitPerKind: number }[] = [
  ...READYING_WORDS,
]
  .map((_, i) => READYING_WORDS.slice(0, i + 1).trim())
  .filter((query, i, all) => query !== all[i - 1])
  .map((query) => ({ query, limitPerKind: 1 }));

/**
 * Mount once (the app shell, inside GlobalSearchProvider); renders nothing. Stops once the user
 * types into the search field (the readying has nothing left to win then, and its searches
 * would queue with the user's).
 */
export function SearchReady(): null {
  const { api } = useApiContext();
  const idle = useIdleAfterOpen();
  const typed = useGlobalSearch().query.trim() !== '';
  // Once typed into, for good: cleared again, the field has been used and nothing is readied.
  const [stopped, setStopped] = useState(false);
  if (typed && !stopped) setStopped(true);
  useEffect(() => {
    if (!idle || stopped) return;
    return inIdleTurns(
      READYING_SEARCHES.map((search) => () => api.search(search)), // failures: the field reports
    );
  }, [api, idle, stopped]);
  return null;
}
