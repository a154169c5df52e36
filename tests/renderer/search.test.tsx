// @vitest-environment jsdom
// Search everywhere: the shell's field (Ctrl+F), grouped and highlighted hits, the keyboard,
// where each hit opens, stale answers, indexing, and the palette's way in.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Hit, SearchResultsView } from '../../src/shared/contract';
import { HitText } from '../../src/renderer/features/search/HitText';
import { passageTarget } from '../../src/renderer/features/search/hits';
import { createFakeApi } from './fakeApi';
import { renderApp } from './render';

afterEach(cleanup);

const field = () => screen.getByRole('combobox', { name: 'Search everywhere' });
const results = () => screen.getByRole('listbox', { name: 'Search results' });
const options = () => within(results()).getAllByRole('option');
const activeOption = () => document.getElementById(field().getAttribute('aria-activedescendant')!);

async function searchFor(text: string) {
  fireEvent.keyDown(document.activeElement ?? document.body, { key: 'f', ctrlKey: true });
  expect(document.activeElement).toBe(field());
  fireEvent.change(field(), { target: { value: text } });
  await waitFor(() => expect(document.title).toBe('Search — Scholion'));
  await waitFor(() => expect(options().length).toBeGreaterThan(0));
}

describe('search everywhere', () => {
  it('finds Köhler typed as "kohler": groups by kind, best first, matches marked', async () => {
    renderApp();
    await screen.findByRole('button', { name: 'Betts 2011c: 41' });
    await searchFor('kohler');
    const groups = within(results()).getAllByRole('group');
    expect(
      groups.map((g) => g.getAttribute('aria-labelledby') && g.firstChild?.textContent),
    ).toEqual(['Work1', 'Claim1', 'Passage in the paper1']);
    const work = options()[0]!;
    expect(work.dataset.hitId).toBe('kohler2011');
    expect([...work.querySelectorAll('mark')].map((m) => m.textContent)).toContain('Koehler');
    const passage = options().find((o) => o.dataset.hitKind === 'passage')!;
    expect([...passage.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Köhler']);
    expect(screen.getByRole('status').textContent).toBe('3 matches for “kohler”');
    expect(activeOption()).toBe(work);
  });

  it("fills the hits already shown with the next key's answer instead of replacing them", async () => {
    renderApp();
    await screen.findByRole('button', { name: 'Betts 2011c: 41' });
    await searchFor('kohler');
    const first = options()[0]!;
    expect(first.dataset.hitId).toBe('kohler2011');
    fireEvent.change(field(), { target: { value: 'heritier' } });
    await waitFor(() => expect(options()[0]!.dataset.hitId).toBe('heritier2010'));
    expect(options()[0]).toBe(first);
    expect(first.textContent).not.toMatch(/Koehler|Köhler/);
  });

  it('walks the hits with ↑/↓ and opens a passage in the reader, highlighted', async () => {
    renderApp();
    await screen.findByRole('button', { name: 'Betts 2011c: 41' });
    await searchFor('kohler');
    fireEvent.keyDown(field(), { key: 'ArrowDown' });
    expect(activeOption()?.dataset.hitKind).toBe('claim');
    fireEvent.keyDown(field(), { key: 'ArrowDown' });
    expect(activeOption()?.dataset.hitKind).toBe('passage');
    expect(activeOption()?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(field(), { key: 'ArrowDown' }); // wraps to the first
    expect(activeOption()?.dataset.hitKind).toBe('work');
    fireEvent.keyDown(field(), { key: 'ArrowUp' });
    fireEvent.keyDown(field(), { key: 'Enter' });
    await waitFor(() => expect(document.title).toBe('Reader — Scholion'));
    await waitFor(() =>
      expect(
        [...document.querySelectorAll('mark.passage-mark')].map((m) => m.textContent).join(''),
      ).toBe(
        'Encouraged by the Cairo Conference in 1994, RCPs on migration proliferated during 1990s (Betts 2011c; Köhler 2011; Thouez and Channac 2006).',
      ),
    );
  });

  it('opens a work in the bibliography and a claim in the claims view', async () => {
    renderApp();
    await screen.findByRole('button', { name: 'Betts 2011c: 41' });
    await searchFor('kohler');
    fireEvent.click(options()[0]!);
    await waitFor(() => expect(document.title).toBe('Bibliography — Scholion'));
    // The view's title is set as it mounts; its detail pane follows once the work is loaded.
    const pane = await screen.findByRole('region', { name: 'Selected work' });
    expect(
      await within(pane).findByRole('heading', { name: /What Government Networks/ }),
    ).toBeTruthy();
    // The query stays: Ctrl+F brings the results back.
    await searchFor('kohler');
    fireEvent.click(options().find((o) => o.dataset.hitKind === 'claim')!);
    await waitFor(() => expect(document.title).toBe('Claims — Scholion'));
  });

  it('reaches every hit of a group past the first page: "Show all" from the keyboard', async () => {
    // The paper alone has under 25 hits a kind: answer 4 a kind, as a big library answers 25.
    const api = createFakeApi();
    const real = api.search;
    api.search = (input) => real({ ...input, limitPerKind: Math.min(4, input.limitPerKind ?? 4) });
    renderApp({ api });
    await screen.findByRole('button', { name: 'Betts 2011c: 41' });
    await searchFor('migration');
    const more = options().find((o) => o.dataset.hitMore === 'passage')!;
    const total = Number(/Show all (\d+) passages in the paper/.exec(more.textContent ?? '')?.[1]);
    expect(total).toBeGreaterThan(4);
    const passages = () => options().filter((o) => o.dataset.hitKind === 'passage');
    expect(passages()).toHaveLength(4);
    // ↓ walks onto the group's last row, Enter loads the rest; the active row becomes hit 5.
    const at = options().indexOf(more);
    for (let i = 0; i < at; i++) fireEvent.keyDown(field(), { key: 'ArrowDown' });
    expect(activeOption()).toBe(more);
    fireEvent.keyDown(field(), { key: 'Enter' });
    await waitFor(() => expect(passages()).toHaveLength(total));
    expect(options().some((o) => o.dataset.hitMore === 'passage')).toBe(false);
    expect(activeOption()).toBe(passages()[4]);
    expect(api.calls.filter((c) => c.method === 'search').at(-1)?.input).toMatchObject({
      query: 'migration',
      limitsByKind: { passage: total },
    });
    // A new query starts with every group folded again.
    fireEvent.change(field(), { target: { value: 'migrations' } });
    await waitFor(() => expect(passages()).toHaveLength(4));
  });

  it('"/" in the reader (which has no filter) goes to the search field', async () => {
    renderApp();
    await screen.findByRole('button', { name: 'Betts 2011c: 41' });
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(field());
  });

  it('Escape clears the search and goes back to the view it started from', async () => {
    renderApp({ view: 'claims' });
    await screen.findByRole('heading', { name: 'Claims' });
    await searchFor('betts');
    fireEvent.keyDown(field(), { key: 'Escape' });
    expect((field() as HTMLInputElement).value).toBe('');
    expect(document.title).toBe('Claims — Scholion');
  });

  it('says so when nothing matches, and while the library is still being indexed', async () => {
    const api = createFakeApi();
    const real = api.search;
    api.search = async (input) => ({ ...(await real(input)), building: true });
    renderApp({ api });
    await screen.findByRole('button', { name: 'Betts 2011c: 41' });
    await searchFor('betts');
    expect(screen.getByRole('note').textContent).toBe('Indexing… (results may be incomplete)');
    fireEvent.change(field(), { target: { value: 'qwxzzy' } });
    expect(await screen.findByText('Nothing matches “qwxzzy”.')).toBeTruthy();
  });

  it('never shows the answer to an older query over a newer one', async () => {
    const api = createFakeApi();
    const real = api.search;
    const pending: (() => void)[] = [];
    // Every answer waits until the test releases it, so they can arrive out of order.
    api.search = (input) =>
      new Promise<SearchResultsView>((resolve) => {
        pending.push(() => void real(input).then(resolve));
      });
    renderApp({ api });
    await screen.findByRole('button', { name: 'Betts 2011c: 41' });
    fireEvent.keyDown(document.body, { key: 'f', ctrlKey: true });
    fireEvent.change(field(), { target: { value: 'betts' } });
    await waitFor(() => expect(pending).toHaveLength(1));
    fireEvent.change(field(), { target: { value: 'kohler' } });
    await waitFor(() => expect(pending).toHaveLength(2));
    act(() => pending[1]!());
    await waitFor(() => expect(options()[0]!.dataset.hitId).toBe('kohler2011'));
    act(() => pending[0]!()); // the answer to "betts" arrives late
    await new Promise((r) => setTimeout(r, 50));
    expect(options()[0]!.dataset.hitId).toBe('kohler2011');
    expect(screen.getByRole('status').textContent).toContain('“kohler”');
  });

  it('is reachable from the palette: "Search everywhere for …"', async () => {
    renderApp();
    await screen.findByRole('button', { name: 'Betts 2011c: 41' });
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    const input = screen.getByRole('combobox', { name: /Go to/ });
    fireEvent.change(input, { target: { value: 'partnership' } });
    const everywhere = await screen.findByRole('option', { name: /Search everywhere for/ });
    fireEvent.click(everywhere);
    await waitFor(() => expect(document.title).toBe('Search — Scholion'));
    expect((field() as HTMLInputElement).value).toBe('partnership');
    await waitFor(() => expect(options().length).toBeGreaterThan(5));
  });
});

describe('HitText', () => {
  it('marks the highlighted ranges as elements, never as markup', () => {
    const { container } = render(
      <p>
        <HitText
          text="<b>Köhler</b> and Koehler"
          field="title"
          highlights={[
            { field: 'title', start: 3, end: 9 },
            { field: 'snippet', start: 0, end: 2 },
            { field: 'title', start: 18, end: 25 },
          ]}
        />
      </p>,
    );
    expect(container.querySelector('b')).toBeNull();
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Köhler',
      'Koehler',
    ]);
    expect(container.textContent).toBe('<b>Köhler</b> and Koehler');
  });
});

describe('passageTarget', () => {
  const text = 'First sentence here. Second one cites Köhler 2011, as seen. Third.';
  const hit = (snippet: string, start: number, end: number): Hit => ({
    kind: 'passage',
    id: 'b1',
    score: 1,
    title: 'Section',
    snippet,
    highlights: [{ field: 'snippet', start, end }],
    anchor: { blockId: 'b1', start: 0, end: text.length },
  });

  it('opens the sentence holding the first match', () => {
    const snippet = '…Second one cites Köhler 2011, as seen. Third.';
    const at = snippet.indexOf('Köhler');
    expect(passageTarget(hit(snippet, at, at + 6), text)).toEqual({
      kind: 'passage',
      start: text.indexOf('Second'),
      end: text.indexOf(' Third'),
    });
  });

  it('opens the whole passage when the excerpt cannot be placed, a footnote as one', () => {
    expect(passageTarget(hit('Not in the text', 0, 3), text)).toEqual({
      kind: 'passage',
      start: 0,
      end: text.length,
    });
    expect(passageTarget({ ...hit('x', 0, 1), id: 'fn:f3' }, text)).toEqual({
      kind: 'footnote',
      id: 'f3',
    });
  });

  it('opens a footnote of an added paper by its id within the paper', () => {
    expect(passageTarget({ ...hit('x', 0, 1), id: 'd-0123456789ab#fn:f3' }, text)).toEqual({
      kind: 'footnote',
      id: 'f3',
    });
  });
});
