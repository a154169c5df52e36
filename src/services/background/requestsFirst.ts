/**
 * The window's requests go before background work in the main process. The search index's
 * read-back and build are seconds of work at 100,000 works, done in turns of the event loop; a
 * request that reads files waits one such turn per read. At start the first screen's requests
 * (the papers, the works list, the notes) each waited for tens of turns: the reader's paper was
 * painted a second later than its data was ready. The search takes its turns through
 * `backgroundTurn`, which waits while requests are being answered (for at most `MAX_WAIT_MS` at
 * a time, so that a long request such as an import does not stop it). The works filter's index
 * keeps plain timer turns: its steps are a few ms, and built more slowly while the window asks
 * (the readying searches, the first screen), the filter's first keys read every row instead.
 */

/** The longest a background turn waits for the requests being answered. */
export const MAX_WAIT_MS = 50;

/** Node's setImmediate (a turn after pending I/O, without a timer's delay), else a 0 ms timer. */
const nextTurn: (run: () => void) => unknown =
  (globalThis as { setImmediate?: (run: () => void) => unknown }).setImmediate ??
  ((run) => setTimeout(run, 0));

let answering = 0;
let waiting: (() => void)[] = [];
/** When the last request was answered (or began, while one is; at first, when this loaded). */
let lastRequestAt = performance.now();

/** Runs `answer` (a request's handler) as a request being answered. */
export async function asRequest<T>(answer: () => Promise<T>): Promise<T> {
  answering++;
  lastRequestAt = performance.now();
  try {
    return await answer();
  } finally {
    answering--;
    lastRequestAt = performance.now();
    if (answering === 0) {
      const ready = waiting;
      waiting = [];
      for (const go of ready) go();
    }
  }
}

/** How many requests are being answered now. */
export const requestsAnswering = (): number => answering;

/**
 * A turn of the event loop for background work: at once when no request is being answered, else
 * once they all are (or `MAX_WAIT_MS` has passed).
 */
export function backgroundTurn(): Promise<void> {
  return new Promise((resolve) => {
    const go = (): void => void nextTurn(resolve);
    if (answering === 0) return go();
    let done = false;
    const once = (): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      go();
    };
    const timer = setTimeout(once, MAX_WAIT_MS);
    waiting.push(once);
  });
}

/**
 * Resolves once no request has been answered for `quietMs` (checked with timers that keep no
 * process alive): for work that holds the thread in one piece, such as warming the citation
 * engine up (~0.8 s at once), which at start landed on the window's first requests.
 */
export function requestsQuiet(quietMs: number): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      const since = performance.now() - lastRequestAt;
      if (answering === 0 && since >= quietMs) return resolve();
      const timer = setTimeout(check, Math.max(10, quietMs - since));
      (timer as { unref?: () => void }).unref?.();
    };
    check();
  });
}
