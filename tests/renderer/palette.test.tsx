// @vitest-environment jsdom
// Keyboard use of the shell: command palette, help overlay, view shortcuts, filter focus.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './render';

afterEach(cleanup);

const key = (k: string, init: KeyboardEventInit = {}) =>
  fireEvent.keyDown(document.activeElement ?? document.body, { key: k, ...init });

describe('the command palette', () => {
  it('opens with Ctrl+K and jumps to a work', async () => {
    renderApp();
    await screen.findByRole('button', { name: 'Betts 2011c: 41' });
    key('k', { ctrlKey: true });
    const input = screen.getByRole('combobox', { name: /Go to/ });
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: 'kohler' } });
    // Works come from search, as they arrive: the work first, its author marked.
    const options = () => within(screen.getByRole('listbox')).getAllByRole('option');
    await waitFor(() => expect(options()[0]!.textContent).toMatch(/^Work.*Koehler \(2011\)/));
    expect(options()[0]!.querySelector('mark')?.textContent).toBe('Koehler');
    expect(options()[0]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.title).toBe('Bibliography — Scholion');
    expect(
      await screen.findByRole('heading', {
        name: /What Government Networks Do in the Field of Migration/,
      }),
    ).toBeTruthy();
  });

  it('jumps to a section and to a claim', async () => {
    renderApp({ view: 'claims' });
    await screen.findByRole('heading', { name: 'Claims' });
    key('k', { metaKey: true });
    let input = screen.getByRole('combobox', { name: /Go to/ });
    fireEvent.change(input, { target: { value: 'regional consultative' } });
    // The sections are those of the paper in the reader, listed once it has loaded.
    const first = () => within(screen.getByRole('listbox')).getAllByRole('option')[0]!;
    await waitFor(() =>
      expect(first().textContent).toMatch(/^SectionPartnership in Regional Consultative Processes/),
    );
    const section = first();
    fireEvent.click(section);
    await waitFor(() => expect(document.title).toBe('Reader — Scholion'));
    await waitFor(() =>
      expect(document.activeElement?.textContent).toMatch(/^Partnership in Regional/),
    );

    key('k', { ctrlKey: true });
    input = screen.getByRole('combobox', { name: /Go to/ });
    fireEvent.change(input, { target: { value: 'extra-territorial' } });
    await waitFor(() =>
      expect(within(screen.getByRole('listbox')).getAllByRole('option')[0]!.textContent).toMatch(
        /^Claim/,
      ),
    );
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'Enter' });
    // "Go to" a claim of the paper: the reader, at its first citation.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Lavenex 2008: 951'));
  });

  it('closes on Escape and gives focus back', async () => {
    renderApp();
    const cite = await screen.findByRole('button', { name: 'Betts 2011c: 41' });
    act(() => cite.focus());
    key('k', { ctrlKey: true });
    expect(screen.getByRole('dialog', { name: 'Go to…' })).toBeTruthy();
    key('Escape');
    expect(screen.queryByRole('dialog', { name: 'Go to…' })).toBeNull();
    expect(document.activeElement).toBe(cite);
  });
});

describe('shortcuts', () => {
  it('lists the shortcuts on "?" and closes with Escape', async () => {
    renderApp();
    await screen.findByRole('button', { name: 'Betts 2011c: 41' });
    key('?');
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(help.textContent).toContain('Go to a view, section, work, claim, note or passage');
    expect(help.textContent).toContain('Search the papers, works, claims and notes');
    expect(help.textContent).toContain('Add a paper (File menu)');
    expect(help.textContent).toContain('Next / previous section');
    key('Escape');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('switches views with Ctrl+1..4 and focuses the filter with "/"', async () => {
    renderApp();
    await screen.findByRole('button', { name: 'Betts 2011c: 41' });
    key('3', { ctrlKey: true });
    expect(document.title).toBe('Bibliography — Scholion');
    const filter = await screen.findByRole('searchbox', { name: 'Filter works' });
    key('/');
    expect(document.activeElement).toBe(filter);
    // Typing "?" in the filter types, it does not open the help.
    fireEvent.keyDown(filter, { key: '?' });
    expect(screen.queryByRole('dialog')).toBeNull();
    key('4', { ctrlKey: true });
    expect(document.title).toBe('Claims — Scholion');
    key('2', { ctrlKey: true });
    expect(document.title).toBe('Reader — Scholion');
    key('1', { ctrlKey: true });
    expect(document.title).toBe('Papers — Scholion');
  });

  it('moves to the next and previous section with ] and [', async () => {
    renderApp();
    await screen.findByRole('button', { name: 'Betts 2011c: 41' });
    // From the title page, "]" goes to the first section, then on; "[" comes back.
    key(']');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Abstract'));
    key(']');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Introduction'));
    key('[');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Abstract'));
    const outline = screen.getByRole('navigation', { name: 'Outline' });
    expect(within(outline).getByRole('button', { current: 'location' }).textContent).toBe(
      'Abstract',
    );
  });
});
