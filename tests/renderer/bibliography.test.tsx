// @vitest-environment jsdom
// The bibliography view on the real bundled bibliography: rows, counts, sorting, filter, detail.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './render';

afterEach(cleanup);

const rows = () =>
  [...document.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((tr) => ({
    key: tr.dataset.workRow!,
    // The selection checkbox column holds no text.
    cells: [...tr.cells].filter((td) => !td.matches('.col-check')).map((td) => td.textContent),
  }));

describe('the bibliography', () => {
  it('lists every work once with the times it is cited', async () => {
    const { api } = renderApp({ view: 'bibliography' });
    await screen.findByRole('table');
    const works = await api.listWorks({});
    const shown = rows();
    expect(shown.map((r) => r.key).sort()).toEqual(works.map((w) => w.key).sort());
    for (const work of works) {
      expect(shown.find((r) => r.key === work.key)!.cells[3]).toBe(String(work.timesCited));
    }
    expect(shown.find((r) => r.key === 'betts2011c')!.cells[3]).toBe('2');
    expect(screen.getByRole('status').textContent).toBe(`${works.length} works`);
    expect(document.title).toBe('Bibliography — Scholion');
  });

  it('says a work the paper never cites is not cited, not "cited 0 times, in 0 claims"', async () => {
    const { api } = renderApp({ view: 'bibliography' });
    await screen.findByRole('table');
    const uncited = (await api.listWorks({})).find((w) => w.timesCited === 0)!;
    fireEvent.click(document.querySelector(`[data-work-key="${uncited.key}"]`)!);
    const pane = screen.getByRole('region', { name: 'Selected work' });
    expect(
      (await within(pane).findByRole('heading', { level: 3, name: /cited/i })).textContent,
    ).toBe('Not cited by any of your papers');
    fireEvent.click(document.querySelector('[data-work-key="betts2011c"]')!);
    expect(
      (await within(pane).findByRole('heading', { level: 3, name: /^Cited by/ })).textContent,
    ).toBe('Cited by your paper, 2 times, in 2 claims');
  });

  it('sorts by each column and reverses on a second click', async () => {
    renderApp({ view: 'bibliography' });
    await screen.findByRole('table');
    const header = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}`) });

    // The service sorts: each new order arrives asynchronously.
    fireEvent.click(header('Cited'));
    expect(header('Cited').closest('th')!.getAttribute('aria-sort')).toBe('descending');
    await waitFor(() => {
      const counts = rows().map((r) => Number(r.cells[3]));
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    });

    fireEvent.click(header('Year'));
    let years: (string | null | undefined)[] = [];
    await waitFor(() => {
      years = rows().map((r) => r.cells[1]);
      expect(years).toEqual([...years].sort());
    });
    fireEvent.click(header('Year'));
    await waitFor(() => expect(rows().map((r) => r.cells[1])).toEqual([...years].sort().reverse()));

    fireEvent.click(header('Title'));
    await waitFor(() => {
      const titles = rows().map((r) => r.cells[2]!);
      expect(titles).toEqual(
        [...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
      );
    });
  });

  it('filters as you type, ignoring accents', async () => {
    renderApp({ view: 'bibliography' });
    const filter = await screen.findByRole('searchbox', { name: 'Filter works' });
    // The service filters: each answer arrives asynchronously.
    fireEvent.change(filter, { target: { value: 'heritier' } });
    await waitFor(() => expect(rows().map((r) => r.key)).toEqual(['heritier2010']));
    fireEvent.change(filter, { target: { value: 'betts 2011' } });
    await waitFor(() =>
      expect(
        rows()
          .map((r) => r.key)
          .sort(),
      ).toEqual(['betts2011a', 'betts2011b', 'betts2011c']),
    );
    expect(screen.getByRole('status').textContent).toMatch(/^3 of \d+ works$/);
    fireEvent.change(filter, { target: { value: 'zzzz' } });
    expect(await screen.findByText('No work matches “zzzz”.')).toBeTruthy();
  });

  it('fills the rows already shown with a new answer instead of replacing them', async () => {
    renderApp({ view: 'bibliography' });
    const filter = await screen.findByRole('searchbox', { name: 'Filter works' });
    await waitFor(() => expect(rows().length).toBeGreaterThan(3));
    const firstRow = document.querySelector('tbody tr[data-work-row]');
    expect(firstRow?.getAttribute('data-work-row')).not.toBe('heritier2010');
    fireEvent.change(filter, { target: { value: 'heritier' } });
    await waitFor(() => expect(rows().map((r) => r.key)).toEqual(['heritier2010']));
    // The same element, now showing the one work that matches (and nothing of the one before).
    expect(document.querySelector('tbody tr[data-work-row]')).toBe(firstRow);
    expect(firstRow?.textContent).toMatch(/Héritier/);
  });

  it('shows a work in full: two styles, BibTeX, honest confidence, the claims citing it', async () => {
    renderApp({ view: 'bibliography' });
    await screen.findByRole('table');
    fireEvent.click(
      screen.getByRole('button', {
        name: /Governance of Migration and the Role of Trans-regionalism/,
      }),
    );
    const pane = screen.getByRole('region', { name: 'Selected work' });
    expect(await within(pane).findByRole('heading', { name: /Trans-regionalism/ })).toBeTruthy();
    expect(await within(pane).findByText(/\[apa\]/)).toBeTruthy();
    expect(await within(pane).findByText(/\[chicago-author-date\]/)).toBeTruthy();
    expect((await within(pane).findByLabelText('BibTeX entry')).textContent).toContain(
      '@misc{betts2011c',
    );
    expect(within(pane).getByText('Likely')).toBeTruthy();
    expect(await within(pane).findByText('Cited by your paper, 2 times, in 2 claims')).toBeTruthy();
    const claims = within(pane).getAllByRole('button', { name: 'Show in the paper' });
    expect(claims).toHaveLength(2);

    fireEvent.click(claims[1]!);
    await waitFor(() => expect(document.title).toBe('Reader — Scholion'));
    const marks = [...document.querySelectorAll('mark.passage-mark')]
      .map((m) => m.textContent)
      .join('');
    expect(marks).toContain('(Betts 2011c: 41)');
  });

  it('says when a record is a guess, with the reason', async () => {
    const { api } = renderApp({ view: 'bibliography' });
    await screen.findByRole('table');
    const detail = await api.getWork({ key: 'betts2011a' });
    expect(detail.work.confidence?.level).toBe('guess');
    fireEvent.click(screen.getByRole('button', { name: detail.title }));
    const pane = screen.getByRole('region', { name: 'Selected work' });
    expect(await within(pane).findByText('Guess')).toBeTruthy();
    expect(pane.textContent).toContain(detail.work.confidence!.remark!);
  });

  it('moves through the rows with the arrow keys', async () => {
    renderApp({ view: 'bibliography' });
    await screen.findByRole('table');
    const first = screen.getAllByRole('button', { current: false }).find((b) => b.dataset.workKey)!;
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    const second = rows()[1]!.key;
    expect((document.activeElement as HTMLElement).dataset.workKey).toBe(second);
    expect(document.activeElement!.getAttribute('aria-current')).toBe('true');
  });
});
