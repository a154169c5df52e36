// @vitest-environment jsdom
// Once the app is idle after opening, search is readied: one search asked (its answer dropped),
// none before, and the interface's every font face loaded (a subset is otherwise fetched when a
// character of its range is first shown, and its text laid out again).
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../src/renderer/api/ApiProvider';
import { FontsReady } from '../../src/renderer/app/FontsReady';
import { READYING_SEARCH, SearchReady } from '../../src/renderer/features/search/SearchReady';
import { createFakeApi } from './fakeApi';

/** Idleness comes when the test says so. */
let becomeIdle: (() => void) | null = null;

beforeEach(() => {
  becomeIdle = null;
  vi.stubGlobal('requestIdleCallback', (run: () => void) => {
    becomeIdle = run;
    return 1;
  });
  vi.stubGlobal('cancelIdleCallback', () => undefined);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Waits for the window to have been open a moment (2 s), then makes the browser idle. */
async function idle() {
  await waitFor(() => expect(becomeIdle).not.toBeNull(), { timeout: 5_000 });
  becomeIdle!();
}

it('asks one search once the app is idle after opening, none before', async () => {
  const api = createFakeApi();
  render(
    <ApiProvider api={api}>
      <SearchReady />
    </ApiProvider>,
  );
  const searches = () => api.calls.filter((c) => c.method === 'search').map((c) => c.input);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(searches()).toEqual([]);
  await idle();
  await waitFor(() => expect(searches()).toEqual([READYING_SEARCH]));
});

it('loads every font face once the app is idle after opening, none before', async () => {
  const faces = [0, 1, 2].map(() => ({ load: vi.fn(() => Promise.resolve()) }));
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { forEach: (each: (face: unknown) => void) => faces.forEach(each) },
  });
  try {
    render(<FontsReady />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(faces.map((f) => f.load.mock.calls.length)).toEqual([0, 0, 0]);
    await idle();
    await waitFor(() => expect(faces.map((f) => f.load.mock.calls.length)).toEqual([1, 1, 1]));
  } finally {
    Reflect.deleteProperty(document, 'fonts');
  }
});
