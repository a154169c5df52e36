// @vitest-environment jsdom
// The notes view's Work and Claim filters: their options (one per linked work, ~18,000 for
// 10,000 notes) are made once the select is first used, and then filter as before.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Note } from '../../src/shared/contract';
import { createFakeApi } from './fakeApi';
import { renderApp } from './render';

afterEach(cleanup);

function note(id: string, title: string, workKey: string, placeholder: string): Note {
  const at = new Date(0).toISOString();
  return {
    id,
    title,
    body: '',
    tags: [],
    links: [{ kind: 'work', workKey, placeholder, locator: null, source: 'explicit' }],
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
}

describe('the notes view’s Work filter', () => {
  it('makes its options when first used, then narrows the notes to the chosen work', async () => {
    const api = createFakeApi({
      listNoteTags: async () => [],
      getDataHealth: async () => ({ location: 'memory', recoveries: [], writeErrors: [] }),
    });
    api.notes.push(
      note('n1', 'On Betts', 'betts2011c', 'Betts 2011c'),
      note('n2', 'On Köhler', 'kohler2011', 'Köhler 2011'),
    );
    renderApp({ api, view: 'notes' });
    await screen.findByText('On Köhler');
    const work = screen.getByRole('combobox', { name: 'Work' }) as HTMLSelectElement;
    // Shown: only "Any work", however many works the notes link.
    expect([...work.options].map((o) => o.text)).toEqual(['Any work']);
    fireEvent.focus(work);
    await waitFor(() =>
      expect([...work.options].map((o) => o.text)).toEqual([
        'Any work',
        'Betts 2011c',
        'Köhler 2011',
      ]),
    );
    fireEvent.change(work, { target: { value: 'kohler2011' } });
    await waitFor(() => expect(screen.queryByText('On Betts')).toBeNull());
    expect(screen.getByText('On Köhler')).toBeTruthy();
    expect(work.value).toBe('kohler2011');
  });
});
