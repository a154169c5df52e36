// @vitest-environment jsdom
// A bibliography answer longer than its first page is windowed, however short: the table shows
// the rows of that page alone and asks no other page on the key that brought it (rendered whole,
// an answer of 51 to 300 works asked its other pages one after another and laid out every row).
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Work } from '../../src/core/bibliography/model';
import { WORK_PAGE } from '../../src/renderer/api/works';
import { createFakeApi } from './fakeApi';
import { userBook } from './userWork';
import { renderApp } from './render';
import { givenScrollerHeight } from './scrollerHeight';

afterEach(cleanup);

givenScrollerHeight('bibliography__list', 800);

const work = (i: number): Work => userBook(`shelved${i}`, `Shelved book ${i}`, 'Shelf');

const rowsShown = () => document.querySelectorAll('tbody tr[data-work-row]').length;

describe('a bibliography answer of a few pages', () => {
  it('is windowed and asks only its first page', async () => {
    const stored = Array.from({ length: 120 }, (_, i) => work(i));
    const api = createFakeApi({}, { stored });
    renderApp({ api, view: 'bibliography' });
    const filter = await screen.findByRole('searchbox', { name: 'Filter works' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/works$/));
    const before = api.calls.length;

    fireEvent.change(filter, { target: { value: 'shelved' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('120 of 149 works'));
    await waitFor(() => expect(rowsShown()).toBeGreaterThan(5));
    await new Promise((resolve) => setTimeout(resolve, 100)); // any further page would be asked by now
    const pages = api.calls
      .slice(before)
      .filter((c) => c.method === 'queryWorks' && (c.input as { limit?: number }).limit)
      .map((c) => (c.input as { offset: number }).offset);
    expect(pages).toEqual([0]);
    expect(rowsShown()).toBeLessThanOrEqual(WORK_PAGE);
    expect(document.querySelector('table.works-table--windowed')).toBeTruthy();
  });
});
