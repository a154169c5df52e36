// @vitest-environment jsdom
// The notes view's editor: "New note" hands the keyboard to the new note's title (typing names
// it, and a space does not press the button again); a note being deleted never reads "Saved".
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Note, ScholionApi } from '../../src/shared/contract';
import { createFakeApi, type FakeApi } from './fakeApi';
import { renderApp } from './render';

afterEach(cleanup);

/** A fake API holding notes in memory; `gate` (when set) holds queryNotes until released. */
function notesApi(): { api: FakeApi; hold: () => () => void } {
  let counter = 0;
  let gate: Promise<void> | null = null;
  const api: FakeApi = createFakeApi({
    createNote: async ({ title }) => {
      const at = new Date(0).toISOString();
      const note: Note = {
        id: `n-${++counter}`,
        title: title ?? '',
        body: '',
        tags: [],
        links: [],
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
      };
      api.notes.push(note);
      return structuredClone(note);
    },
    getNote: async ({ id }) => ({
      note: structuredClone(api.notes.find((n) => n.id === id)!),
      links: [],
    }),
    updateNote: async ({ id, title, body, tags }) => {
      const note = api.notes.find((n) => n.id === id)!;
      Object.assign(note, { title: title ?? note.title, body: body ?? note.body, tags });
      return structuredClone(note);
    },
    deleteNote: async ({ id }) => {
      const note = api.notes.find((n) => n.id === id)!;
      note.deletedAt = new Date(0).toISOString();
      return structuredClone(note);
    },
    listNoteTags: async () => [],
    getDataHealth: async () => ({ location: 'memory', recoveries: [], writeErrors: [] }),
  } satisfies Partial<ScholionApi>);
  const list = api.queryNotes;
  api.queryNotes = async (query) => {
    await gate;
    return list(query);
  };
  return {
    api,
    hold: () => {
      let release!: () => void;
      gate = new Promise((r) => (release = r));
      return () => {
        gate = null;
        release();
      };
    },
  };
}

const saveStatus = (editor: HTMLElement) => editor.querySelector('.save-status')?.textContent;

describe('the notes view', () => {
  it('moves focus to the new note’s title, so typing names the note', async () => {
    const { api } = notesApi();
    renderApp({ api, view: 'notes' });
    const button = await screen.findByRole('button', { name: 'New note' });
    act(() => button.focus());
    fireEvent.click(button);
    const editor = await screen.findByRole('region', { name: 'Selected note' });
    const title = await within(editor).findByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(document.activeElement).toBe(title));
    fireEvent.change(title, { target: { value: 'My title here' } });
    await waitFor(() => expect(api.notes.map((n) => n.title)).toEqual(['My title here']));
    expect(api.calls.filter((c) => c.method === 'createNote')).toHaveLength(1);
  });

  it('says "Deleting…", never "Saved", on a note being deleted until its editor closes', async () => {
    const { api, hold } = notesApi();
    renderApp({ api, view: 'notes' });
    fireEvent.click(await screen.findByRole('button', { name: 'New note' }));
    const editor = await screen.findByRole('region', { name: 'Selected note' });
    await within(editor).findByRole('textbox', { name: 'Title' });
    expect(saveStatus(editor)).toBe('Saved');

    const release = hold(); // the lists reload after the delete takes its time
    fireEvent.click(within(editor).getByRole('button', { name: 'Delete note' }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'deleteNote')).toBe(true));
    expect(saveStatus(editor)).toBe('Deleting…');
    expect(within(editor).getByRole('textbox', { name: 'Title' })).toHaveProperty('readOnly', true);
    release();
    await waitFor(() =>
      expect(within(editor).queryByRole('textbox', { name: 'Title' })).toBeNull(),
    );
    await screen.findByText(/Note “Untitled note” deleted\./);
  });
});
