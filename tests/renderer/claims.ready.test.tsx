// @vitest-environment jsdom
// Once the app is idle after opening, the Claims view's data is readied (the notes on each
// claim among it), so the first showing asks nothing again; a note edited meanwhile is shown as
// it is now, not as the readied answer had it.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { BUNDLED_DOCUMENT_ID } from '../../src/core/documents';
import type { DataChangeView, Note, OnDataChanged } from '../../src/shared/contract';
import { createFakeApi } from './fakeApi';
import { renderApp } from './render';

beforeEach(() => {
  // jsdom cannot tell idleness (the app readies nothing there): idle at once.
  vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run, 0));
  vi.stubGlobal('cancelIdleCallback', (handle: number) => clearTimeout(handle));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const claimQueries = (calls: { method: string; input: unknown }[], claimId: string) =>
  calls.filter(
    (c) => c.method === 'queryNotes' && (c.input as { claimId?: string }).claimId === claimId,
  ).length;

/** The app on the reader, with a way to announce a change to the notes as main does. */
function appOnReader(overrides: Parameters<typeof createFakeApi>[0] = {}) {
  const api = createFakeApi(overrides);
  const listeners = new Set<(changes: DataChangeView[]) => void>();
  const onDataChanged: OnDataChanged = (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  Object.assign(api, { onDataChanged });
  renderApp({ api, view: 'reader' });
  const announce = (ids: string[]) =>
    act(() => listeners.forEach((l) => l([{ collection: 'notes', ids }])));
  return { api, announce };
}

/** Waits until the notes on each of the paper's claims were asked for, once; its claims. */
async function readied(api: ReturnType<typeof createFakeApi>) {
  const paper = await api.getDocument({ documentId: BUNDLED_DOCUMENT_ID });
  // The readying waits for the window to have been open a moment (2 s), then for idleness.
  await waitFor(
    () => {
      for (const claim of paper.claims) expect(claimQueries(api.calls, claim.id)).toBe(1);
    },
    { timeout: 15_000 },
  );
  return [...paper.claims].sort((a, b) => a.start - b.start);
}

const showClaims = () =>
  fireEvent.click(
    within(screen.getByRole('navigation', { name: 'Views' })).getByRole('button', {
      name: /^Claims/,
    }),
  );

const item = (id: string) =>
  document.querySelector<HTMLElement>(`.claims__list [data-claim-id="${id}"]`);

it('readies the notes on every claim, and the view shows them without asking again', async () => {
  const { api } = appOnReader();
  const claims = await readied(api);
  showClaims();
  await waitFor(() => expect(item(claims[0]!.id)?.textContent).toContain('No notes yet.'));
  for (const claim of claims) expect(claimQueries(api.calls, claim.id)).toBe(1);
}, 30_000);

it('shows a note written after the readying, not the readied answer', async () => {
  const { api, announce } = appOnReader();
  const [edited] = await readied(api);
  const at = new Date().toISOString();
  const note: Note = {
    id: 'n-new',
    title: 'Written after the readying',
    body: '',
    tags: [],
    links: [
      {
        kind: 'claim',
        claimId: edited!.id,
        documentId: BUNDLED_DOCUMENT_ID,
        placeholder: 'the claim',
        source: 'explicit',
      },
    ],
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
  api.notes.push(note);
  announce([note.id]);
  showClaims();
  await waitFor(() =>
    expect(item(edited!.id)?.textContent).toContain('Written after the readying'),
  );
}, 30_000);

it("asks for one claim's notes at a time, so that they never queue together in main", async () => {
  // Each answer takes a moment, as main's do at 10,000 notes; asked all at once, ~20 of them
  // queued there ahead of a key typed in the search box meanwhile.
  let asking = 0;
  let most = 0;
  const answers = createFakeApi();
  const { api } = appOnReader({
    queryNotes: async (query) => {
      if (query.claimId === undefined) return answers.queryNotes(query);
      most = Math.max(most, ++asking);
      await new Promise((resolve) => setTimeout(resolve, 5));
      asking--;
      return answers.queryNotes(query);
    },
  });
  const claims = await readied(api);
  expect(claims.length).toBeGreaterThan(5);
  expect(most).toBe(1);
}, 30_000);
