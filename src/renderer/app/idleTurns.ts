// Readying work done a piece at a time: each piece in an idle moment of the window, and only once
// the one before it has settled. Pieces that ask main something then never queue there together,
// so whatever the user asks for meanwhile (a key typed in a search) waits behind one piece at
// most: readying the Claims view asked for the notes of ~20 claims at once, and a key typed then
// waited 0.3-0.5 s behind them at 100,000 works.

/** How long a piece may wait for an idle moment before it runs anyway. */
const IDLE_TIMEOUT_MS = 10_000;

/**
 * Runs `pieces` in order, one per idle moment, each after the previous one's promise settled
 * (fulfilled or not). Answers a function that stops the pieces not yet begun (for an effect's
 * clean-up). Runs nothing where the browser cannot tell idleness (see useIdleAfterOpen).
 */
export function inIdleTurns(pieces: readonly (() => Promise<unknown>)[]): () => void {
  if (typeof window.requestIdleCallback !== 'function') return () => undefined;
  let stopped = false;
  let handle = 0;
  let next = 0;
  const turn = (): void => {
    if (stopped || next >= pieces.length) return;
    handle = window.requestIdleCallback(
      () => {
        if (stopped) return;
        const piece = pieces[next++]!;
        Promise.resolve()
          .then(piece)
          .catch(() => undefined) // readying is an optimisation: the view asks again
          .finally(turn);
      },
      { timeout: IDLE_TIMEOUT_MS },
    );
  };
  turn();
  return () => {
    stopped = true;
    window.cancelIdleCallback(handle);
  };
}
