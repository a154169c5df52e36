// @vitest-environment jsdom
// Once the app is idle after opening, search is readied: the readying searches asked one per idle
// moment (their answers dropped), none before, and none more once the user types into the search
// field; and the interface's every font face loaded after the first frame (a subset is otherwise
// fetched when a character of its range is first shown, and its text laid out again).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { FontsReady } from '../../src/renderer/app/FontsReady';
import { READYING_SEARCHES } from '../../src/renderer/features/search/SearchReady';
import { renderApp } from './render';

/** Idle moments asked for and not yet given: they come when the test says so. */
const waiting = new Map<number, () => void>();
let handles = 0;

beforeEach(() => {
  waiting.clear();
  vi.stubGlobal('requestIdleCallback', (run: () => void) => {
    waiting.set(++handles, run);
    return handles;
  });
  vi.stubGlobal('cancelIdleCallback', (handle: number) => waiting.delete(handle));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Gives every idle moment asked for so far. */
function idleNow() {
  const runs = [...waiting.values()];
  waiting.clear();
  for (const run of runs) run();
}

/** Waits for the window to have been open a moment (2 s), then makes the browser idle. */
async function idle() {
  await waitFor(() => expect(waiting.size).toBeGreaterThan(0), { timeout: 5_000 });
  idleNow();
}

/** The readying searches asked so far (the field asks its own with `limitInAll`). */
const readying = (calls: { method: string; input: unknown }[]) =>
  calls
    .filter((c) => c.method === 'search' && !('limitInAll' in (c.input as object)))
    .map((c) => c.input);

it('asks the readying searches once the app is idle after opening, one per idle moment', async () => {
  const { api } = renderApp();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(readying(api.calls)).toEqual([]);
  await idle(); // the app is idle after opening: the first readying search waits for the next
  for (let asked = 1; asked <= READYING_SEARCHES.length; asked++) {
    await waitFor(() => expect(waiting.size).toBeGreaterThan(0));
    idleNow();
    await waitFor(() => expect(readying(api.calls)).toHaveLength(asked));
  }
  expect(readying(api.calls)).toEqual(READYING_SEARCHES);
  // Every way a word is looked up: one letter, two, a prefix, a word with typos, a second word.
  const queries = READYING_SEARCHES.map((s) => s.query);
  expect(queries.slice(0, 5)).toEqual(['e', 'ev', 'evi', 'evid', 'evide']);
  expect(queries.at(-1)).toMatch(/^\p{L}{5,} \d+$/u);
  idleNow();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(readying(api.calls)).toHaveLength(READYING_SEARCHES.length); // once
});

it('asks no readying search more once the user types into the search field', async () => {
  const { api } = renderApp();
  await idle();
  for (let asked = 1; asked <= 2; asked++) {
    await waitFor(() => expect(waiting.size).toBeGreaterThan(0));
    idleNow();
    await waitFor(() => expect(readying(api.calls)).toHaveLength(asked));
  }
  const field = screen.getByRole('combobox', { name: 'Search everywhere' });
  fireEvent.change(field, { target: { value: 'k' } });
  await waitFor(() => expect(screen.getByRole('status').textContent).toContain('“k”'));
  for (let i = 0; i < 3; i++) {
    idleNow();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  // Cleared again, the readying does not start over either.
  fireEvent.change(field, { target: { value: '' } });
  for (let i = 0; i < 3; i++) {
    idleNow();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(readying(api.calls)).toHaveLength(2);
});

it('loads every font face once the window has painted its first frame, none before', async () => {
  const faces = [0, 1, 2].map(() => ({ load: vi.fn(() => Promise.resolve()) }));
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { forEach: (each: (face: unknown) => void) => faces.forEach(each) },
  });
  try {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (run: FrameRequestCallback) => frames.push(run));
    render(<FontsReady />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(faces.map((f) => f.load.mock.calls.length)).toEqual([0, 0, 0]);
    expect(frames).toHaveLength(1);
    frames[0]!(performance.now()); // the first frame: no idle moment needed
    expect(faces.map((f) => f.load.mock.calls.length)).toEqual([1, 1, 1]);
    expect(waiting.size).toBe(0);
  } finally {
    Reflect.deleteProperty(document, 'fonts');
  }
});
