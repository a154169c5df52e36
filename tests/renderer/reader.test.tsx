// @vitest-environment jsdom
// The reader on the real bundled paper: title page, sections, notes, end marker, live citations.
import { BUNDLED_DOCUMENT_ID } from '../../src/core/documents';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../src/shared/contract';
import { createFakeApi } from './fakeApi';
import { renderApp } from './render';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const citation = (name: string) => screen.findByRole('button', { name });
const card = () => screen.getByRole('dialog');

describe('the reader', () => {
  it('shows the title page, every section in the outline, and the end of the excerpt', async () => {
    renderApp();
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Multilayered Migration Governance: The Partnership Approach in the EU and Beyond',
      }),
    ).toBeTruthy();
    const authors = screen.getByRole('list', { name: 'Authors' });
    expect(within(authors).getByText('Sandra Lavenex')).toBeTruthy();
    expect(within(authors).getByText('University of Bern')).toBeTruthy();
    expect(screen.getByText(/UNRISD Conference Regional Governance of Migration/)).toBeTruthy();

    const outline = screen.getByRole('navigation', { name: 'Outline' });
    const entries = within(outline)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(entries).toEqual([
      'Abstract',
      'Introduction',
      'The “partnership-turn” in international migration governance',
      'Partnership in Regional Consultative Processes',
      'Partnership in EU External Migration Policies: Conditionality in Disguise?',
    ]);
    // Each section heads the text (its name may end with a footnote marker).
    for (const title of entries) {
      const escaped = title!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(screen.getAllByRole('heading', { name: new RegExp(`^${escaped}`) }).length).toBe(1);
    }

    const end = screen.getByRole('complementary', { name: 'End of the source text' });
    expect(end.textContent).toMatch(/The source text ends here, mid-sentence\./);
    expect(end.textContent).toMatch(/the EU policy combines the/);
    // The scraping residue after the cut is described, never shown as paper text.
    expect(screen.queryByText(/yunbaogao/)).toBeNull();
    expect(document.title).toBe('Reader — Scholion');
  });

  it('makes every in-text citation a focusable button over exactly its span of text', async () => {
    const { api } = renderApp();
    await citation('Betts 2011c: 41');
    const paper = await api.getDocument({ documentId: BUNDLED_DOCUMENT_ID });
    expect(document.querySelectorAll('[data-citation-id]')).toHaveLength(paper.citations.length);
    for (const c of paper.citations) {
      const el = document.querySelector<HTMLElement>(`[data-citation-id="${c.id}"]`)!;
      expect(el.getAttribute('role')).toBe('button');
      expect(el.tabIndex).toBe(0);
      expect(el.textContent).toBe(paper.document.text.slice(c.start, c.end));
    }
  });

  it('links a footnote marker to its note and back', async () => {
    renderApp();
    const marker = await screen.findByRole('link', { name: 'Footnote 1' });
    fireEvent.click(marker);
    const note = document.getElementById(marker.getAttribute('href')!.slice(1))!;
    expect(note.textContent).toContain('sg-speech');
    await waitFor(() => expect(document.activeElement).toBe(note));
    fireEvent.click(within(note).getByRole('link', { name: /Back to the text of note 1/ }));
    expect(document.activeElement).toBe(marker);
    // Notes whose text lies beyond the excerpt say so instead of showing nothing.
    const third = document.getElementById(
      'fn-' + screen.getByRole('link', { name: 'Footnote 3' }).getAttribute('href')!.slice(4),
    )!;
    expect(third.textContent).toContain('The text of this note is not in our copy of the paper.');
  });

  it('previews the card on focus: reference, locator, both places, notes', async () => {
    renderApp();
    const cite = await citation('Betts 2011c: 41');
    act(() => cite.focus());
    const dialog = card();
    expect(cite.getAttribute('aria-expanded')).toBe('true');
    expect(within(dialog).getByRole('heading', { name: 'Betts 2011c' })).toBeTruthy();
    expect(await within(dialog).findByText(/Betts, Alexander \(2011\)/)).toBeTruthy();
    // The reference's markup is kept only as far as the allow-list goes: <i> survives, no <div>.
    expect(
      within(dialog).getByText(
        'The Global Governance of Migration and the Role of Trans-regionalism',
        {
          selector: 'i',
        },
      ),
    ).toBeTruthy();
    expect(dialog.querySelector('.card__reference div, [data-csl-entry-id]')).toBeNull();
    expect(dialog.textContent).toContain('p. 41');
    expect(dialog.textContent).toContain('Cited 2 times in this paper');
    const places = within(dialog).getAllByRole('listitem');
    expect(places).toHaveLength(2);
    expect(places[0]!.textContent).toContain('Betts 2011c; Köhler 2011');
    expect(places[1]!.textContent).toMatch(/Here:/);
    expect(within(dialog).getByText('No notes yet.')).toBeTruthy();
    // Focus elsewhere closes an unpinned card.
    act(() => cite.blur());
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('lists the user’s notes on the work in the card', async () => {
    const api = createFakeApi();
    api.notes.push({
      id: 'n1',
      title: 'Betts on RCPs',
      body: 'Extra-territorial authority: compare with Lavenex 2008.',
      tags: [],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      deletedAt: null,
      links: [{ kind: 'work', workKey: 'betts2011c', locator: null }],
    } as unknown as Note);
    renderApp({ api });
    const cite = await citation('Betts 2011c: 41');
    act(() => cite.focus());
    expect(await within(card()).findByText('Betts on RCPs')).toBeTruthy();
    expect(card().textContent).toContain('compare with Lavenex 2008');
    // Only that work's notes, a page of summaries: never every note with its body.
    expect(api.calls).toContainEqual({
      method: 'queryNotes',
      input: { workKey: 'betts2011c', offset: 0, limit: 100 },
    });
    expect(api.calls.map((c) => c.method)).not.toContain('listNotes');
  });

  it('pins the card on click, traps Tab inside it, and Escape returns focus to the citation', async () => {
    renderApp();
    const cite = await citation('Betts 2011c: 41');
    fireEvent.click(cite);
    const dialog = card();
    await waitFor(() => expect(document.activeElement).toBe(dialog));
    const close = within(dialog).getByRole('button', { name: 'Close card' });
    const buttons = within(dialog).getAllByRole('button');
    const last = buttons[buttons.length - 1]!;
    act(() => last.focus());
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(close, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(cite);
  });

  it('after Escape closes a card opened by focus, the next citation focused opens its own card', async () => {
    renderApp();
    const first = await citation('Betts 2011c: 41');
    act(() => first.focus());
    expect(card()).toBeTruthy();
    fireEvent.keyDown(first, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(first);
    // Focus never left the citation, so no focus event follows Escape: nothing may stay
    // suppressed for the next citation (Tab to it, or a jump to it).
    const next = await citation('Lavenex 2008: 951');
    act(() => next.focus());
    expect(card()).toBeTruthy();
  });

  it('opens on hover after a short delay and closes after the pointer leaves', async () => {
    vi.useFakeTimers();
    renderApp();
    await vi.waitFor(() =>
      expect(screen.getByRole('button', { name: 'Lavenex 2008: 951' })).toBeTruthy(),
    );
    const cite = screen.getByRole('button', { name: 'Lavenex 2008: 951' });
    fireEvent.mouseEnter(cite);
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => vi.advanceTimersByTime(200));
    expect(card()).toBeTruthy();
    fireEvent.mouseLeave(cite);
    act(() => vi.advanceTimersByTime(400));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('jumps from the card to the other place, highlighting that claim', async () => {
    renderApp();
    const cite = await citation('Betts 2011c: 41');
    fireEvent.click(cite);
    const jump = within(card()).getByRole('button', {
      name: /Go to Betts 2011c in Partnership in Regional/,
    });
    fireEvent.click(jump);
    expect(screen.queryByRole('dialog')).toBeNull();
    const target = screen.getByRole('button', { name: 'Betts 2011c' });
    await waitFor(() => expect(document.activeElement).toBe(target));
    const marks = [...document.querySelectorAll('mark.passage-mark')]
      .map((m) => m.textContent)
      .join('');
    expect(marks).toContain(
      'RCPs on migration proliferated during 1990s (Betts 2011c; Köhler 2011; Thouez and Channac 2006)',
    );
    // The programmatic focus does not open a card over the passage.
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says what an ibid repeats and lets the reader go there', async () => {
    renderApp();
    const ibid = await citation('ibid: 1456');
    fireEvent.click(ibid);
    const dialog = card();
    expect(within(dialog).getByRole('heading', { name: 'Abrahamsen 2004' })).toBeTruthy();
    expect(dialog.textContent).toMatch(/Ibid\. repeats Abrahamsen 2004: 1455/);
    expect(dialog.textContent).toContain('p. 1456');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Abrahamsen 2004: 1455' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Abrahamsen 2004: 1455' }),
      ),
    );
  });

  it('saves the reading position through the contract and restores it on the next start', async () => {
    const first = renderApp();
    await citation('Betts 2011c: 41');
    const paper = await first.api.getDocument({ documentId: BUNDLED_DOCUMENT_ID });
    const block = paper.document.blocks[10]!;
    first.api.position = { blockId: block.id, fraction: 0, offset: block.start, savedAt: '' };
    cleanup();
    const scrolled: string[] = [];
    const proto = HTMLElement.prototype;
    const original = Object.getOwnPropertyDescriptor(proto, 'getBoundingClientRect');
    // jsdom has no layout: give each block a place, 100px per block.
    proto.getBoundingClientRect = function (this: HTMLElement) {
      const id = this.dataset.blockId;
      const i = id ? paper.document.blocks.findIndex((b) => b.id === id) : 0;
      const top = id
        ? i * 100 - ((this.closest('.reader__scroll') as HTMLElement)?.scrollTop ?? 0)
        : 0;
      if (id) scrolled.push(id);
      return {
        top,
        bottom: top + 100,
        height: 100,
        left: 0,
        right: 0,
        width: 0,
        x: 0,
        y: top,
        toJSON() {},
      };
    };
    try {
      renderApp({ api: first.api });
      const scroller = await waitFor(() => {
        const el = document.querySelector<HTMLElement>('.reader__scroll')!;
        expect(el.scrollTop).toBe(1000);
        return el;
      });
      expect(scroller.scrollTop).toBe(1000);
    } finally {
      if (original) Object.defineProperty(proto, 'getBoundingClientRect', original);
    }
  });
});
