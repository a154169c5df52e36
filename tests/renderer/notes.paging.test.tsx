// @vitest-environment jsdom
// The notes view asks the service for pages of summaries, never every note with its body, and
// stays correct when the library says its notes changed (a note added or trashed by the CLI).
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DataChangeView, Note, OnDataChanged } from '../../src/shared/contract';
import { createFakeApi, type FakeApi } from './fakeApi';
import { renderApp } from './render';

afterEach(cleanup);

function note(i: number, extra: Partial<Note> = {}): Note {
  const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
  return {
    id: `n-${i}`,
    title: `Note ${i}`,
    body: `Body of note ${i}. ${'Long text. '.repeat(200)}`,
    tags: [],
    links: [],
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    ...extra,
  };
}

/** A fake API with `count` notes and a way to announce a change, as main does. */
function notesApi(count: number): { api: FakeApi; announce: (ids: string[]) => void } {
  const api = createFakeApi({
    listNoteTags: async () => [],
    getDataHealth: async () => ({ location: 'memory', recoveries: [], writeErrors: [] }),
  });
  for (let i = 0; i < count; i++) api.notes.push(note(i));
  const listeners = new Set<(changes: DataChangeView[]) => void>();
  const onDataChanged: OnDataChanged = (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  Object.assign(api, { onDataChanged });
  const announce = (ids: string[]) =>
    act(() => listeners.forEach((l) => l([{ collection: 'notes', ids }])));
  return { api, announce };
}

describe('the notes view, a page at a time', () => {
  it('asks for pages of summaries, not every note with its body', async () => {
    // Under the windowing threshold (jsdom lays nothing out): every row, from three pages.
    const { api } = notesApi(250);
    renderApp({ api, view: 'notes' });
    await screen.findByText('Note 249');
    expect(screen.getByText('250 notes')).toBeTruthy();
    // The oldest note, last in the third page.
    await screen.findByText('Note 0');
    const methods = api.calls.map((c) => c.method);
    expect(methods).not.toContain('listNotes');
    const pages = api.calls.filter((c) => c.method === 'queryNotes');
    expect(pages.length).toBeGreaterThan(0);
    for (const { input } of pages)
      expect((input as { limit: number }).limit).toBeLessThanOrEqual(100);
    // A row shows the start of the body, cut, not the whole of it.
    const row = screen.getByText('Note 249').closest('li')!;
    expect(row.textContent).toContain('Body of note 249.');
    expect(row.textContent!.length).toBeLessThan(400);
  });

  it('shows a note the CLI added and drops one it trashed when the library says so', async () => {
    const { api, announce } = notesApi(3);
    renderApp({ api, view: 'notes' });
    await screen.findByText('Note 2');
    expect(screen.getByText('3 notes')).toBeTruthy();

    api.notes.push(note(10, { title: 'Added from the command line' }));
    announce(['n-10']);
    await screen.findByText('Added from the command line');
    expect(screen.getByText('4 notes')).toBeTruthy();

    api.notes.find((n) => n.id === 'n-1')!.deletedAt = new Date().toISOString();
    announce(['n-1']);
    await waitFor(() => expect(screen.queryByText('Note 1')).toBeNull());
    expect(screen.getByText('3 notes')).toBeTruthy();
  });
});
