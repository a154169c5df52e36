// @vitest-environment jsdom
// A key typed in the search field brings a first page (FIRST_PAGE hits in all: the first group's,
// the next groups' best); the rest of each group (to LIMIT_PER_KIND) comes once the user goes past
// it (scrolls the results, walks them with ↑/↓), the same hits in the same order; a new search
// starts again from the first page.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_PAGE, LIMIT_PER_KIND } from '../../src/renderer/features/search/GlobalSearch';
import { renderApp } from './render';

afterEach(cleanup);

const field = () => screen.getByRole('combobox', { name: 'Search everywhere' });
const results = () => screen.getByRole('listbox', { name: 'Search results' });
const hitIds = (kind: string) =>
  within(results())
    .queryAllByRole('option')
    .filter((o) => o.dataset.hitKind === kind)
    .map((o) => o.dataset.hitId);
const lastLimit = (calls: { method: string; input: unknown }[]) =>
  (calls.filter((c) => c.method === 'search').at(-1)?.input as { limitPerKind?: number })
    .limitPerKind;

/** Types `text` into the search field and waits for its passages. */
async function type(text: string) {
  fireEvent.change(field(), { target: { value: text } });
  await waitFor(() => expect(screen.getByRole('status').textContent).toContain(`“${text}”`));
}

describe('search: the first page of each group on a key, the rest on the way there', () => {
  it('shows the rest of the groups when the results are scrolled', async () => {
    const { api } = renderApp();
    await screen.findByRole('button', { name: 'Betts 2011c: 41' });
    await type('migration');
    expect(lastLimit(api.calls)).toBe(FIRST_PAGE);
    // The first group shows a screenful, the passages (a later group) their best hit.
    const top = within(results()).getAllByRole('option')[0]!.dataset.hitKind!;
    expect(top).not.toBe('passage');
    const firstOfTop = hitIds(top);
    expect(firstOfTop.length).toBeGreaterThan(1);
    const first = hitIds('passage');
    expect(first).toHaveLength(1); // the paper has more passages on migration than that
    const heading = within(results()).getByText(/^Passages in the paper/).parentElement!;
    expect(heading.textContent).toMatch(/1 of \d+/);

    const view = document.querySelector<HTMLElement>('.search-view')!;
    view.scrollTop = 200;
    fireEvent.scroll(view);
    await waitFor(() => expect(hitIds('passage').length).toBeGreaterThan(FIRST_PAGE));
    expect(lastLimit(api.calls)).toBe(LIMIT_PER_KIND);
    const whole = hitIds('passage');
    expect(whole.length).toBeLessThanOrEqual(LIMIT_PER_KIND);
    expect(whole.slice(0, 1)).toEqual(first);
    expect(hitIds(top).slice(0, firstOfTop.length)).toEqual(firstOfTop);

    // Typed on after scrolling: the list keeps its length; cleared, the next word starts anew.
    await type('migrations');
    expect(lastLimit(api.calls)).toBe(LIMIT_PER_KIND);
    fireEvent.change(field(), { target: { value: '' } });
    await type('migration');
    expect(lastLimit(api.calls)).toBe(FIRST_PAGE);
    await waitFor(() => expect(hitIds('passage')).toEqual(first));
  });

  it('shows the rest when the hits are walked with ↓, and keeps the active hit', async () => {
    const { api } = renderApp();
    await screen.findByRole('button', { name: 'Betts 2011c: 41' });
    await type('migration');
    expect(lastLimit(api.calls)).toBe(FIRST_PAGE);
    fireEvent.keyDown(field(), { key: 'ArrowDown' });
    const active = () =>
      document.getElementById(field().getAttribute('aria-activedescendant')!)?.dataset.hitId;
    const second = active();
    await waitFor(() => expect(hitIds('passage').length).toBeGreaterThan(FIRST_PAGE));
    expect(lastLimit(api.calls)).toBe(LIMIT_PER_KIND);
    expect(active()).toBe(second);
  });

  it('shows a screenful in all on a key: the hits of the answer, each group its best at least', async () => {
    const { api } = renderApp();
    await screen.findByRole('button', { name: 'Betts 2011c: 41' });
    await type('migration');
    const asked = api.calls.filter((c) => c.method === 'search').at(-1)!.input as Parameters<
      typeof api.search
    >[0];
    expect(asked).toMatchObject({ limitPerKind: FIRST_PAGE, limitInAll: FIRST_PAGE });
    const answer = await api.search(asked);
    const kinds = answer.order.filter((kind) => answer.totals[kind] > 0);
    expect(kinds.length).toBeGreaterThan(1);
    const lists = { work: 'works', claim: 'claims', note: 'notes', passage: 'passages' } as const;
    for (const kind of kinds) expect(hitIds(kind)).toEqual(answer[lists[kind]].map((h) => h.id));
    const shown = within(results())
      .getAllByRole('option')
      .filter((o) => o.dataset.hitId);
    expect(shown.length).toBeLessThanOrEqual(FIRST_PAGE + kinds.length - 1);
    for (const kind of kinds.slice(1)) expect(hitIds(kind).length).toBeGreaterThanOrEqual(1);
  });

  it('asks the service once per key: its handler asks, its render takes the answer', async () => {
    const { api } = renderApp();
    await screen.findByRole('button', { name: 'Betts 2011c: 41' });
    const before = api.calls.filter((c) => c.method === 'search').length;
    await type('kohler');
    expect(api.calls.filter((c) => c.method === 'search').length - before).toBe(1);
  });
});

describe('search: ↑ from the first hit', () => {
  it('goes to the last row and stays on the last row once the rest of the groups arrive', async () => {
    const { api } = renderApp();
    await screen.findByRole('button', { name: 'Betts 2011c: 41' });
    await type('migration');
    const rows = () => within(results()).getAllByRole('option');
    const shortList = rows().length;
    fireEvent.keyDown(field(), { key: 'ArrowUp' });
    const active = () => document.getElementById(field().getAttribute('aria-activedescendant')!);
    expect(active()).toBe(rows().at(-1));
    await waitFor(() => expect(rows().length).toBeGreaterThan(shortList));
    expect(lastLimit(api.calls)).toBe(LIMIT_PER_KIND);
    expect(active()).toBe(rows().at(-1));
    // From there ↑ walks up the longer list.
    fireEvent.keyDown(field(), { key: 'ArrowUp' });
    expect(active()).toBe(rows().at(-2));
  });
});
