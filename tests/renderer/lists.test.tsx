// @vitest-environment jsdom
// The reading list view: Alt+↑/↓ moves the focused work and announces where it went; status and
// comment go to the service; shift-click in the bibliography checks a range.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReadingList, ScholionApi } from '../../src/shared/contract';
import { createFakeApi } from './fakeApi';
import { renderApp } from './render';

afterEach(cleanup);

function listsApi(keys: string[]) {
  const list: ReadingList = {
    id: 'l-1',
    name: 'Partnerships',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    items: keys.map((workKey) => ({
      workKey,
      placeholder: workKey,
      status: 'to-read',
      comment: '',
      addedAt: '2026-01-01T00:00:00.000Z',
    })),
  };
  let removed: ReadingList['items'] = [];
  const overrides: Partial<ScholionApi> = {
    listReadingLists: async () => [structuredClone(list)],
    moveReadingListItem: async ({ workKey, toIndex }) => {
      const item = list.items.find((i) => i.workKey === workKey)!;
      list.items = list.items.filter((i) => i !== item);
      list.items.splice(toIndex, 0, item);
      return structuredClone(list);
    },
    setReadingListItemStatus: async ({ workKey, status }) => {
      list.items.find((i) => i.workKey === workKey)!.status = status;
      return structuredClone(list);
    },
    removeFromReadingList: async ({ workKeys }) => {
      removed = list.items.filter((i) => workKeys.includes(i.workKey));
      list.items = list.items.filter((i) => !workKeys.includes(i.workKey));
      return structuredClone(list);
    },
    restoreToReadingList: async () => {
      list.items = [...removed, ...list.items];
      return structuredClone(list);
    },
    setReadingListItemComment: async ({ workKey, comment }) => {
      list.items.find((i) => i.workKey === workKey)!.comment = comment;
      return structuredClone(list);
    },
  };
  return { list, api: createFakeApi(overrides) };
}

const order = () =>
  [...document.querySelectorAll('.list-items > li')].map((li) => li.getAttribute('data-work-key'));

describe('a reading list', () => {
  it('moves the focused work with Alt+↑/↓, keeps focus on it and announces it', async () => {
    const { api, list } = listsApi(['betts2011c', 'kohler2011', 'lavenex2008']);
    renderApp({ api, view: 'lists' });
    await screen.findByRole('heading', { name: 'Partnerships' });
    const first = document.querySelector<HTMLElement>('[data-work-key="betts2011c"]')!;
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'ArrowDown', altKey: true });
    await waitFor(() => expect(order()).toEqual(['kohler2011', 'betts2011c', 'lavenex2008']));
    expect(list.items.map((i) => i.workKey)).toEqual(['kohler2011', 'betts2011c', 'lavenex2008']);
    // Only the list's works are fetched, never the whole library.
    const listed = api.calls.filter((c) => c.method === 'listWorks');
    expect(listed.length).toBeGreaterThan(0);
    for (const call of listed) expect(call.input).toHaveProperty('keys');
    expect(document.querySelector('[aria-live="assertive"]')?.textContent).toBe(
      'Betts 2011c moved to position 2 of 3.',
    );
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('data-work-key')).toBe('betts2011c'),
    );
    // Without Alt, arrows do nothing; at the top, Alt+↑ does nothing.
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    const top = document.querySelector<HTMLElement>('[data-work-key="kohler2011"]')!;
    fireEvent.keyDown(top, { key: 'ArrowUp', altKey: true });
    fireEvent.keyDown(document.querySelector('[data-work-key="lavenex2008"]')!, {
      key: 'Home',
      altKey: true,
    });
    await waitFor(() => expect(order()).toEqual(['lavenex2008', 'kohler2011', 'betts2011c']));
    expect(api.calls.filter((c) => c.method === 'moveReadingListItem')).toHaveLength(2);
  });

  it('moves from where the row is shown while the refreshed list is still on its way', async () => {
    const { api, list } = listsApi(['betts2011c', 'kohler2011', 'lavenex2008']);
    // After the first load, the list reloads only when the test lets it.
    let loads = 0;
    const held: (() => void)[] = [];
    const load = api.listReadingLists;
    api.listReadingLists = (input) =>
      loads++ === 0 ? load(input) : new Promise((resolve) => held.push(() => resolve(load(input))));
    renderApp({ api, view: 'lists' });
    await screen.findByRole('heading', { name: 'Partnerships' });
    const row = document.querySelector<HTMLElement>('[data-work-key="betts2011c"]')!;
    act(() => row.focus());
    fireEvent.keyDown(row, { key: 'ArrowDown', altKey: true });
    await waitFor(() => expect(list.items[1]?.workKey).toBe('betts2011c'));
    await waitFor(() => expect(held.length).toBeGreaterThan(0));
    // The store has answered, the refreshed list has not arrived: the row stays where it went.
    expect(order()).toEqual(['kohler2011', 'betts2011c', 'lavenex2008']);
    fireEvent.keyDown(row, { key: 'ArrowDown', altKey: true });
    await waitFor(() =>
      expect(list.items.map((i) => i.workKey)).toEqual(['kohler2011', 'lavenex2008', 'betts2011c']),
    );
    // Every reload let through now; the view ends on the stored order.
    api.listReadingLists = load;
    act(() => held.splice(0).forEach((release) => release()));
    await waitFor(() => expect(order()).toEqual(['kohler2011', 'lavenex2008', 'betts2011c']));
    expect(api.calls.filter((c) => c.method === 'moveReadingListItem').map((c) => c.input)).toEqual(
      [
        { listId: 'l-1', workKey: 'betts2011c', toIndex: 1 },
        { listId: 'l-1', workKey: 'betts2011c', toIndex: 2 },
      ],
    );
  });

  it('takes a work off the list with an Undo that puts it back', async () => {
    const { api } = listsApi(['betts2011c', 'kohler2011']);
    renderApp({ api, view: 'lists' });
    await screen.findByRole('heading', { name: 'Partnerships' });
    fireEvent.click(await screen.findByRole('button', { name: /^Remove Betts 2011c from/ }));
    await waitFor(() => expect(order()).toEqual(['kohler2011']));
    const toast = await screen.findByText(/Betts 2011c removed from “Partnerships”/);
    fireEvent.click(
      within(toast.closest('[role="status"], li, div')!).getByRole('button', { name: 'Undo' }),
    );
    await waitFor(() => expect(order()).toEqual(['betts2011c', 'kohler2011']));
    expect(api.calls.find((c) => c.method === 'restoreToReadingList')?.input).toEqual({
      listId: 'l-1',
      workKeys: ['betts2011c'],
    });
  });

  it('saves a status and a comment', async () => {
    const { api, list } = listsApi(['betts2011c']);
    renderApp({ api, view: 'lists' });
    const row = await screen.findByRole('listitem', { name: /1 of 1: Betts 2011c/ });
    fireEvent.change(within(row).getByRole('combobox', { name: 'Status of Betts 2011c' }), {
      target: { value: 'read' },
    });
    const comment = within(row).getByRole('textbox', { name: 'Comment on Betts 2011c' });
    fireEvent.change(comment, { target: { value: 'Skim chapter 2' } });
    fireEvent.blur(comment);
    await waitFor(() =>
      expect(list.items[0]).toMatchObject({ status: 'read', comment: 'Skim chapter 2' }),
    );
  });
});

describe('the bibliography selection', () => {
  it('checks a range with shift-click and offers to add it to a list', async () => {
    renderApp({ view: 'bibliography' });
    await screen.findByRole('heading', { name: 'Bibliography' });
    const boxes = await screen.findAllByRole('checkbox', { name: /^Select (?!all)/ });
    fireEvent.click(boxes[1]!);
    fireEvent.click(boxes[4]!, { shiftKey: true });
    const bar = screen.getByRole('region', { name: 'Selected works' });
    expect(bar.textContent).toContain('4 works selected');
    fireEvent.click(boxes[2]!, { shiftKey: true }); // unchecks 2..4 (the anchor moved to 4)
    expect(bar.textContent).toContain('1 work selected');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all works shown' }));
    expect(screen.getByRole('region', { name: 'Selected works' }).textContent).toContain(
      `${boxes.length} works selected`,
    );
  });
});
