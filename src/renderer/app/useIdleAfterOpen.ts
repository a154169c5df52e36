// "The app has opened and the user is not asking for anything": the moment to ready what a view
// will need before it is first shown.
import { useEffect, useState } from 'react';
import { startNotingUserInput, whenIdleAndQuiet } from './idleTurns';

/** How long after the window opened before readying anything (the opening's own work first). */
const SETTLE_MS = 2_000;
/** How long an idle moment may be waited for. */
const IDLE_TIMEOUT_MS = 10_000;

export interface IdleAfterOpenOptions {
  /**
   * Also wait for the user to pause (`whenIdleAndQuiet`), for readying that asks main for data:
   * the Claims view's, mounted in an idle moment between two keys typed into the bibliography's
   * filter, did its first work just before the next key, which then waited (~150 ms at 100,000
   * works). Not for the fonts: loaded later, the filter's keys paid for them (p95 +5-10 ms).
   */
  userPaused?: boolean;
}

/**
 * True once the window has been open SETTLE_MS and the browser then found an idle moment (and,
 * with `userPaused`, the user had paused). Never true where the browser cannot tell idleness (no
 * requestIdleCallback, e.g. jsdom): readying is an optimisation, and a component test must not
 * see calls it did not cause.
 */
export function useIdleAfterOpen({ userPaused = false }: IdleAfterOpenOptions = {}): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback !== 'function') return;
    startNotingUserInput(); // from the start, so that the keys typed before readying count
    let cancel = (): void => undefined;
    const timer = setTimeout(() => {
      if (userPaused) {
        cancel = whenIdleAndQuiet(() => setIdle(true));
        return;
      }
      const handle = window.requestIdleCallback(() => setIdle(true), {
        timeout: IDLE_TIMEOUT_MS,
      });
      cancel = () => window.cancelIdleCallback(handle);
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      cancel();
    };
  }, [userPaused]);
  return idle;
}
