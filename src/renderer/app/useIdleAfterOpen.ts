// "The app has opened and the user is not asking for anything": the moment to ready what a view
// will need before it is first shown.
import { useEffect, useState } from 'react';

/** How long after the window opened before readying anything (the opening's own work first). */
const SETTLE_MS = 2_000;

/**
 * True once the window has been open SETTLE_MS and the browser then found an idle moment. Never
 * true where the browser cannot tell idleness (no requestIdleCallback, e.g. jsdom): readying is
 * an optimisation, and a component test must not see calls it did not cause.
 */
export function useIdleAfterOpen(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback !== 'function') return;
    let handle = 0;
    const timer = setTimeout(() => {
      handle = window.requestIdleCallback(() => setIdle(true), { timeout: 10_000 });
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      window.cancelIdleCallback(handle);
    };
  }, []);
  return idle;
}
