// @vitest-environment jsdom
// The bibliography's chosen columns, sort and widths (kept in the settings), its type / tag /
// year filters, and saved filters in the sidebar (save, apply, rename, delete with undo).
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from './fakeApi';
import { renderApp } from './render';

afterEach(cleanup);

const headers = () =>
  [...document.querySelectorAll('.works-table thead th')]
    .filter((th) => !th.matches('.col-check'))
    .map((th) => th.querySelector('.sort-button')?.textContent?.replace(/[↑↓]/, ''));
const keysShown = () =>
  [...document.querySelectorAll<HTMLTableRowElement>('tbody tr[data-work-row]')].map(
    (tr) => tr.dataset.workRow!,
  );

describe('the bibliography’s columns', () => {
  it('shows the columns chosen, keeps the choice, and always keeps the title', async () => {
    const { api } = renderApp({ view: 'bibliography' });
    await screen.findByRole('table');
    expect(headers()).toEqual(['Author', 'Year', 'Title', 'Cited', 'Record']);

    fireEvent.click(screen.getByRole('button', { name: 'Columns' }));
    const menu = screen.getByRole('group', { name: 'Columns shown' });
    expect(within(menu).getByRole('checkbox', { name: /^Title/ })).toHaveProperty('disabled', true);
    fireEvent.click(within(menu).getByRole('checkbox', { name: /^Key/ }));
    fireEvent.click(within(menu).getByRole('checkbox', { name: /^Type/ }));
    fireEvent.click(within(menu).getByRole('checkbox', { name: /^Record/ }));
    await waitFor(() =>
      expect(headers()).toEqual(['Author', 'Year', 'Title', 'Type', 'Key', 'Cited']),
    );
    const row = document.querySelector<HTMLTableRowElement>('tr[data-work-row="betts2011c"]')!;
    expect(row.querySelector('td.col-key')!.textContent).toBe('betts2011c');
    expect(row.querySelector('td.col-type')!.textContent).toMatch(/^[A-Z]/);
    await waitFor(async () =>
      expect((await api.getBibliographyLayout({})).columns).toEqual([
        'author',
        'year',
        'title',
        'type',
        'key',
        'cited',
      ]),
    );

    // Escape closes the menu and gives the focus back to its button.
    fireEvent.keyDown(within(menu).getByRole('checkbox', { name: /^Key/ }), { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Columns shown' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Columns' }));
  });

  it('opens with the layout the settings kept, sorting by a column beyond the first four', async () => {
    const api = createFakeApi();
    await api.setBibliographyLayout({
      columns: ['title', 'key'],
      sort: { key: 'key', direction: 'descending' },
      widths: { key: 150 },
    });
    renderApp({ api, view: 'bibliography' });
    await screen.findByRole('table');
    expect(headers()).toEqual(['Title', 'Key']);
    const keyHeader = screen.getByRole('button', { name: /^Key/ }).closest('th')!;
    expect(keyHeader.getAttribute('aria-sort')).toBe('descending');
    await waitFor(() => {
      const keys = keysShown();
      expect(keys.length).toBeGreaterThan(20);
      expect(keys).toEqual([...keys].sort().reverse());
    });
    // The width kept is set on the column (through the CSSOM).
    expect(document.querySelector<HTMLElement>('col.wcol-key')!.style.width).toBe('150px');

    // Sorting again flips the direction and is kept.
    fireEvent.click(screen.getByRole('button', { name: /^Key/ }));
    await waitFor(async () =>
      expect((await api.getBibliographyLayout({})).sort).toEqual({
        key: 'key',
        direction: 'ascending',
      }),
    );
  });

  it('resizes a column with the keyboard and keeps the width', async () => {
    const { api } = renderApp({ view: 'bibliography' });
    await screen.findByRole('table');
    const grip = screen.getByRole('separator', { name: 'Resize the Author column' });
    // jsdom lays nothing out: the column measures 0, so the width starts from the minimum.
    fireEvent.keyDown(grip, { key: 'ArrowRight', shiftKey: true });
    await waitFor(async () => expect((await api.getBibliographyLayout({})).widths.author).toBe(64));
    expect(document.querySelector<HTMLElement>('col.wcol-author')!.style.width).toBe('64px');
  });
});

describe('the bibliography’s filters and saved filters', () => {
  it('narrows by type and years, saves the query by name, and applies it from the sidebar', async () => {
    const { api } = renderApp({ view: 'bibliography' });
    await screen.findByRole('table');
    const all = keysShown().length;
    fireEvent.change(screen.getByRole('combobox', { name: 'Type' }), {
      target: { value: 'book' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Year from' }), {
      target: { value: '2005' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Year to' }), {
      target: { value: '2011' },
    });
    const books = (await api.listWorks({})).filter(
      (w) =>
        w.type === 'book' &&
        Number(w.year?.slice(0, 4)) >= 2005 &&
        Number(w.year?.slice(0, 4)) <= 2011,
    );
    expect(books.length).toBeGreaterThan(0);
    await waitFor(() => expect(keysShown().sort()).toEqual(books.map((w) => w.key).sort()));

    fireEvent.click(screen.getByRole('button', { name: 'Save filter…' }));
    const dialog = screen.getByRole('dialog', { name: 'Save filter' });
    expect(dialog.textContent).toContain('Book, 2005–2011');
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), {
      target: { value: 'Books 2005–11' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const sidebar = screen.getByRole('navigation', { name: 'Views' });
    const saved = await within(sidebar).findByRole('button', { name: 'Books 2005–11' });
    expect((await api.listSavedFilters({}))[0]!.query).toEqual({
      text: '',
      types: ['book'],
      tags: [],
      yearFrom: 2005,
      yearTo: 2011,
    });

    // Cleared, then applied again from the sidebar.
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    await waitFor(() => expect(keysShown()).toHaveLength(all));
    expect(screen.getByRole('textbox', { name: 'Year from' })).toHaveProperty('value', '');
    fireEvent.click(saved);
    await waitFor(() => expect(keysShown().sort()).toEqual(books.map((w) => w.key).sort()));
    expect(saved.getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('textbox', { name: 'Year from' })).toHaveProperty('value', '2005');
    expect(screen.getByText(/^Books 2005–11: /)).toBeTruthy();
  });

  it('renames and deletes a saved filter, and Undo brings it back', async () => {
    const api = createFakeApi();
    await api.saveFilter({
      name: 'To read',
      query: { text: 'migration', types: [], tags: [], yearFrom: null, yearTo: null },
    });
    renderApp({ api, view: 'bibliography' });
    const sidebar = screen.getByRole('navigation', { name: 'Views' });
    await within(sidebar).findByRole('button', { name: 'To read' });

    fireEvent.click(within(sidebar).getByRole('button', { name: 'Rename saved filter To read' }));
    const dialog = screen.getByRole('dialog', { name: 'Rename saved filter' });
    expect(dialog.textContent).toContain('“migration”');
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    expect(document.activeElement).toBe(name);
    fireEvent.change(name, { target: { value: 'Migration reading' } });
    fireEvent.submit(name.closest('form')!);
    await within(sidebar).findByRole('button', { name: 'Migration reading' });

    fireEvent.click(
      within(sidebar).getByRole('button', { name: 'Delete saved filter Migration reading' }),
    );
    await waitFor(() =>
      expect(within(sidebar).queryByRole('button', { name: 'Migration reading' })).toBeNull(),
    );
    expect(await api.listSavedFilters({})).toEqual([]);
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await within(sidebar).findByRole('button', { name: 'Migration reading' });
  });

  it('Escape closes the save dialog without saving', async () => {
    const { api } = renderApp({ view: 'bibliography' });
    await screen.findByRole('table');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter works' }), {
      target: { value: 'betts' },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Save filter…' }));
    const dialog = screen.getByRole('dialog', { name: 'Save filter' });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await api.listSavedFilters({})).toEqual([]);
  });
});
