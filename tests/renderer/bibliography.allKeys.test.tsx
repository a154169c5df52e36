// @vitest-environment jsdom
// A long bibliography answer (more than 5,000 matches) sends only its first page: its rows are
// shown from that page alone, every key is asked only once the user starts selecting, and
// "select all" waits for them.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Work } from '../../src/core/bibliography/model';
import { createFakeApi } from './fakeApi';
import { userBook } from './userWork';
import { renderApp } from './render';
import { givenScrollerHeight } from './scrollerHeight';

afterEach(cleanup);

givenScrollerHeight('bibliography__list', 800);

const work = (i: number): Work => userBook(`author${i}`, `Book ${i}`, `Author${i}`);

const rowsShown = () => document.querySelectorAll('tbody tr[data-work-row]').length;

describe('the bibliography of a large library', () => {
  it('shows the first page of rows, asks every key only when the user selects, and checks them all then', async () => {
    const stored = Array.from({ length: 6_000 }, (_, i) => work(i));
    const fake = createFakeApi({}, { stored });
    const whole: number[] = [];
    const api = createFakeApi(
      {
        queryWorks: async (input) => {
          const answer = await fake.queryWorks(input);
          if (input.limit === undefined) whole.push(answer.keys.length);
          return answer;
        },
      },
      { stored },
    );
    renderApp({ api, view: 'bibliography' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('6,029 works'), {
      timeout: 10_000,
    });
    // The rows of the first page, with nothing else asked (the whole answer used to re-render
    // the table, which was all that computed its window).
    await waitFor(() => expect(rowsShown()).toBeGreaterThan(5));
    expect(rowsShown()).toBeLessThan(100);
    await new Promise((resolve) => setTimeout(resolve, 700)); // past the pause after an answer
    expect(whole).toEqual([]);
    const all = screen.getByRole('checkbox', { name: 'Select all works shown' });
    fireEvent.pointerDown(all);
    fireEvent.click(all);
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Selected works' }).textContent).toContain(
        '6029 works selected',
      ),
    );
    expect(whole).toEqual([6_029]);
  }, 30_000);

  it('sets a Shift range made before every key has arrived, once they have', async () => {
    const stored = Array.from({ length: 6_000 }, (_, i) => work(i));
    const fake = createFakeApi({}, { stored });
    const api = createFakeApi(
      {
        queryWorks: async (input) => {
          const answer = await fake.queryWorks(input);
          // The whole answer comes late, after the user's Shift-click.
          if (input.limit === undefined) await new Promise((resolve) => setTimeout(resolve, 300));
          return answer;
        },
      },
      { stored },
    );
    renderApp({ api, view: 'bibliography' });
    await waitFor(() => expect(rowsShown()).toBeGreaterThan(5), { timeout: 10_000 });
    const row = (i: number) => document.querySelectorAll('tbody tr[data-work-row]')[i]!;
    fireEvent.pointerDown(row(1), { ctrlKey: true });
    fireEvent.click(row(1), { ctrlKey: true });
    fireEvent.pointerDown(row(4), { shiftKey: true });
    fireEvent.click(row(4), { shiftKey: true });
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Selected works' }).textContent).toContain(
        '4 works selected',
      ),
    );
  }, 30_000);
});
