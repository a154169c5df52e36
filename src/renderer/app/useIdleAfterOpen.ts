// "The app has opened and the user is not asking for anything": the moment to ready what a view
// will need before it is first shown.
import { useEffect, useState } from 'react';
import { startNotingUserInput, whenIdleAndQuiet } from './idleTurns';

/** How long after the window opened before readying anything (the opening's own work first). */
const SETTLE_MS = 2_000;

/**
 * True once the window has been open SETTLE_MS and the browser then found an idle moment with the
 * user paused (`whenIdleAndQuiet`): readying mounted at the first idle moment (the Claims view's)
 * did its first work between two keys typed into the bibliography's filter, and the next key
 * waited (~150 ms at 100,000 works). Never true where the browser cannot tell idleness (no
 * requestIdleCallback, e.g. jsdom): readying is an optimisation, and a component test must not
 * see calls it did not cause.
 */
export function useIdleAfterOpen(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback !== 'function') return;
    startNotingUserInput(); // from the start, so that the keys typed before readying count
    let cancel = (): void => undefined;
    const timer = setTimeout(() => {
      cancel = whenIdleAndQuiet(() => setIdle(true));
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      cancel();
    };
  }, []);
  return idle;
}
