// @vitest-environment jsdom
// A citation mark that cites several entries at once (a numeric range "<sup>4-6</sup>" is one
// citation per number over one span): its card shows every entry, not only the first.
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_DOCUMENT_ID } from '../../src/core/documents';
import { buildPaperIndex, citationsSharingSpan } from '../../src/renderer/api/paperIndex';
import { createFakeApi } from './fakeApi';
import { renderApp } from './render';

afterEach(cleanup);

/** The bundled paper with "Betts 2011c: 41" made a mark citing three works, as a range does. */
async function rangeApi() {
  const api = createFakeApi();
  const view = await api.getDocument({ documentId: BUNDLED_DOCUMENT_ID });
  const mark = view.citations.find((c) => c.raw === 'Betts 2011c: 41')!;
  const more = ['kohler2011', 'lavenex2008'].map((workId, k) => ({
    ...mark,
    id: `${mark.id}-range${k + 2}`,
    workId,
  }));
  const at = view.citations.indexOf(mark);
  const citations = [...view.citations];
  citations.splice(at + 1, 0, ...more);
  const ranged = { ...view, citations };
  api.getDocument = async () => ranged;
  return { api, ranged, mark };
}

describe('a citation mark citing several entries', () => {
  it('finds every citation written in the mark’s place, in order', async () => {
    const { ranged, mark } = await rangeApi();
    const index = buildPaperIndex(ranged);
    expect(citationsSharingSpan(index, mark).map((c) => c.workId)).toEqual([
      'betts2011c',
      'kohler2011',
      'lavenex2008',
    ]);
    const alone = ranged.citations.find((c) => c.raw.startsWith('Köhler'))!;
    expect(citationsSharingSpan(index, alone)).toEqual([alone]);
  });

  it('shows each entry on the card, with its reference', async () => {
    const { api } = await rangeApi();
    renderApp({ api });
    const cite = await screen.findByRole('button', { name: 'Betts 2011c: 41' });
    act(() => cite.focus());
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('heading', { level: 2 }).textContent).toBe(
      '3 references: Betts 2011c: 41',
    );
    const entries = within(dialog).getAllByRole('heading', { level: 3 });
    expect(entries.map((e) => e.textContent)).toEqual([
      expect.stringContaining('Betts 2011c'),
      expect.stringContaining('Koehler 2011'),
      expect.stringContaining('Lavenex 2008'),
    ]);
    expect(await within(dialog).findByText(/Betts, Alexander \(2011\)/)).toBeTruthy();
    // Each entry's reference is formatted, not only the first's.
    await waitFor(() => expect(dialog.querySelectorAll('.card__reference')).toHaveLength(3));
    expect(dialog.textContent).toContain('Lavenex, Sandra (2008)');
  });
});
