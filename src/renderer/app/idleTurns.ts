// When the window may do work the user did not ask for: in an idle moment, and not within
// USER_QUIET_MS of the user's last key, click or wheel turn (`whenIdleAndQuiet`; the input is
// noted from the app's start, `startNotingUserInput`). Readying work goes a piece at a time
// (`inIdleTurns`): each piece only once the one before it has settled, so pieces that ask main
// something never queue there together, and whatever the user asks for meanwhile (a key typed in
// a search) waits behind one piece at most: readying the Claims view asked for the notes of ~20
// claims at once, and a key typed then waited 0.3-0.5 s behind them at 100,000 works.

/** How long a piece may wait for an idle moment before it runs anyway. */
const IDLE_TIMEOUT_MS = 10_000;
/**
 * How long after the user's last key, click or wheel turn no piece begins. The window is idle
 * between two typed keys, so idleness alone let a readying search (cold, tens of ms in main)
 * begin just before the next key, which then waited behind it.
 */
export const USER_QUIET_MS = 1_000;

/** When the user last pressed a key, clicked or scrolled (performance.now()). */
let lastUserInput = -Infinity;
let listening = false;

/**
 * Starts noting the user's input (once, for the window's life). Call it when the app opens
 * (useIdleAfterOpen does): begun by the first `inIdleTurns`, it missed the keys typed just before,
 * and its first pieces fell on them (the Claims view's and search's readying began while the
 * bibliography's filter was typed into, and a key waited ~150 ms at 100,000 works).
 */
export function startNotingUserInput(): void {
  if (listening) return;
  listening = true;
  const note = (): void => {
    lastUserInput = performance.now();
  };
  for (const type of ['keydown', 'pointerdown', 'wheel'] as const) {
    window.addEventListener(type, note, { capture: true, passive: true });
  }
}

/**
 * Runs `run` in an idle moment of the window at least USER_QUIET_MS after the user's last input
 * (it waits for the user to pause). Answers a function that cancels it if it has not run.
 * Needs requestIdleCallback (the caller checks).
 */
export function whenIdleAndQuiet(run: () => void): () => void {
  startNotingUserInput();
  let cancelled = false;
  let handle = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const look = (): void => {
    handle = window.requestIdleCallback(
      () => {
        if (cancelled) return;
        const quietFor = performance.now() - lastUserInput;
        if (quietFor < USER_QUIET_MS) timer = setTimeout(look, USER_QUIET_MS - quietFor);
        else run();
      },
      { timeout: IDLE_TIMEOUT_MS },
    );
  };
  look();
  return () => {
    cancelled = true;
    window.cancelIdleCallback(handle);
    clearTimeout(timer);
  };
}

/**
 * Runs `pieces` in order, each after the previous one's promise settled (fulfilled or not), in an
 * idle moment none within USER_QUIET_MS of the user's last input (`whenIdleAndQuiet`). Answers a
 * function that stops the pieces not yet begun (for an effect's clean-up). Runs nothing where the
 * browser cannot tell idleness (see useIdleAfterOpen).
 */
export function inIdleTurns(pieces: readonly (() => Promise<unknown>)[]): () => void {
  if (typeof window.requestIdleCallback !== 'function') return () => undefined;
  let stopped = false;
  let cancel = (): void => undefined;
  let next = 0;
  const turn = (): void => {
    if (stopped || next >= pieces.length) return;
    cancel = whenIdleAndQuiet(() => {
      const piece = pieces[next++]!;
      Promise.resolve()
        .then(piece)
        .catch(() => undefined) // readying is an optimisation: the view asks again
        .finally(turn);
    });
  };
  turn();
  return () => {
    stopped = true;
    cancel();
  };
}
