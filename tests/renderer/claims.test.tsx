// @vitest-environment jsdom
// The claims view: every citing sentence, filters by work and section, the co-citation matrix.
import { BUNDLED_DOCUMENT_ID } from '../../src/core/documents';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './render';

afterEach(cleanup);

const claimIds = () =>
  [...document.querySelectorAll<HTMLElement>('.claims__list [data-claim-id]')].map(
    (el) => el.dataset.claimId,
  );

describe('the claims view', () => {
  it('lists every claim with its works', async () => {
    const { api } = renderApp({ view: 'claims' });
    await screen.findByRole('heading', { name: 'Claims' });
    const paper = await api.getDocument({ documentId: BUNDLED_DOCUMENT_ID });
    expect(claimIds()).toEqual(
      [...paper.claims].sort((a, b) => a.start - b.start).map((c) => c.id),
    );
    expect(screen.getByRole('status').textContent).toBe(`${paper.claims.length} claims`);
    expect(document.title).toBe('Claims — Scholion');
  });

  it('filters by a work and by a section', async () => {
    const { api } = renderApp({ view: 'claims' });
    const work = await screen.findByRole('combobox', { name: 'Work' });
    fireEvent.change(work, { target: { value: 'betts2011c' } });
    const paper = await api.getDocument({ documentId: BUNDLED_DOCUMENT_ID });
    const citing = paper.claims.filter((c) => c.workIds.includes('betts2011c')).map((c) => c.id);
    expect(citing).toHaveLength(2);
    expect(claimIds()).toEqual(citing);
    expect(screen.getByRole('status').textContent).toBe(`2 of ${paper.claims.length} claims`);

    fireEvent.change(work, { target: { value: '' } });
    const section = paper.document.sections.find((s) =>
      s.title.startsWith('Partnership in Regional'),
    )!;
    fireEvent.change(screen.getByRole('combobox', { name: 'Section' }), {
      target: { value: section.id },
    });
    const inSection = paper.claims.filter((c) => c.start >= section.start && c.start < section.end);
    expect(claimIds()).toEqual(inSection.sort((a, b) => a.start - b.start).map((c) => c.id));

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(claimIds()).toHaveLength(paper.claims.length);
  });

  it('shows which works are cited together; a cell lists the claims behind it', async () => {
    renderApp({ view: 'claims' });
    const matrix = await screen.findByRole('table');
    const cell = within(matrix).getByRole('button', {
      name: 'Betts 2011c with Koehler 2011: 1 claim',
    });
    expect(cell.textContent).toBe('1');
    fireEvent.click(cell);
    expect(cell.getAttribute('aria-pressed')).toBe('true');
    expect(claimIds()).toHaveLength(1);
    expect(screen.getByText(/Claims citing both Betts 2011c and Koehler 2011/)).toBeTruthy();
    expect(document.querySelector('.claims__list blockquote')!.textContent).toContain(
      'Thouez and Channac 2006',
    );
    // Works never cited together with another are left out of the matrix.
    expect(within(matrix).queryByRole('rowheader', { name: 'Laakso et al. 2007' })).toBeNull();
    expect(within(matrix).getByRole('rowheader', { name: 'Bhagwati 2003' })).toBeTruthy();
  });

  it('jumps from a claim to its passage in the paper', async () => {
    renderApp({ view: 'claims' });
    await screen.findByRole('heading', { name: 'Claims' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Work' }), {
      target: { value: 'lavenex2008' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Show in the paper' }));
    await waitFor(() => expect(document.title).toBe('Reader — Scholion'));
    const marks = [...document.querySelectorAll('mark.passage-mark')]
      .map((m) => m.textContent)
      .join('');
    expect(marks).toContain('Lavenex 2008: 951');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Lavenex 2008: 951'));
  });

  it('opens a work of a claim in the bibliography', async () => {
    renderApp({ view: 'claims' });
    await screen.findByRole('heading', { name: 'Claims' });
    // The claims come after the heading: wait for them, and for the pane after the view switch.
    fireEvent.click((await screen.findAllByRole('button', { name: 'Ghosh 2000' }))[0]!);
    await waitFor(() => expect(document.title).toBe('Bibliography — Scholion'));
    const pane = await screen.findByRole('region', { name: 'Selected work' });
    expect(await within(pane).findByRole('heading', { name: /Managing Migration/ })).toBeTruthy();
  });
});
