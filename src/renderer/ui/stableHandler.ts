// A handler whose identity never changes but which always calls the latest function given, so a
// memoised child (a table, its rows) is not rendered again only because its parent was.
import { useCallback, useLayoutEffect, useRef } from 'react';

/** `handler`, as one function for the component's life (call it from events, not in render). */
export function useStableHandler<A extends unknown[], R>(
  handler: (...args: A) => R,
): (...args: A) => R {
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
