// @vitest-environment jsdom
// "Link a work…": a combobox that searches the works as the user types (never loads them all);
// ↑/↓ walk the matches, Enter picks one, Escape closes the list; linked works are not offered.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../src/renderer/api/ApiProvider';
import { WorkPicker } from '../../src/renderer/features/search/WorkPicker';
import { createFakeApi } from './fakeApi';

afterEach(cleanup);

function renderPicker(exclude: string[] = []) {
  const api = createFakeApi();
  const onPick = vi.fn();
  render(
    <ApiProvider api={api}>
      <WorkPicker label="Link a work" exclude={new Set(exclude)} onPick={onPick} />
    </ApiProvider>,
  );
  const input = screen.getByRole('combobox', { name: 'Link a work' });
  return { api, onPick, input };
}

const optionKeys = () =>
  screen.queryAllByRole('option').map((o) => o.getAttribute('data-work-key'));

describe('the work picker', () => {
  it('offers the works matching what is typed, folded, with the matched words marked', async () => {
    const { api, input } = renderPicker();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    fireEvent.change(input, { target: { value: 'kohler' } });
    await waitFor(() => expect(optionKeys()).toContain('kohler2011'));
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const listbox = screen.getByRole('listbox');
    expect(input.getAttribute('aria-controls')).toBe(listbox.id);
    expect(screen.getAllByRole('option')[0]!.querySelector('mark')).not.toBeNull();
    // Searched, never listed: the whole library is not loaded.
    expect(api.calls.some((c) => c.method === 'search')).toBe(true);
    expect(api.calls.filter((c) => c.method === 'listWorks')).toEqual([]);
  });

  it('walks the matches with ↑/↓ and picks the active one with Enter, then clears', async () => {
    const { input, onPick } = renderPicker();
    fireEvent.change(input, { target: { value: 'betts' } });
    await waitFor(() => expect(optionKeys().length).toBeGreaterThan(2));
    const keys = optionKeys();
    expect(input.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[0]!.id);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    const active = document.getElementById(input.getAttribute('aria-activedescendant')!)!;
    expect(active.getAttribute('data-work-key')).toBe(keys[1]);
    expect(active.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledTimes(1);
    expect(onPick.mock.calls[0]![0]).toBe(keys[1]);
    expect((input as HTMLInputElement).value).toBe('');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('leaves out the works already linked', async () => {
    const { input } = renderPicker(['betts2011c']);
    fireEvent.change(input, { target: { value: 'betts 2011' } });
    await waitFor(() => expect(optionKeys().length).toBeGreaterThan(0));
    expect(optionKeys()).not.toContain('betts2011c');
  });

  it('closes the list with Escape without letting the key out, then clears the field', async () => {
    const { input, onPick } = renderPicker();
    const outside = vi.fn();
    document.addEventListener('keydown', outside);
    fireEvent.change(input, { target: { value: 'kohler' } });
    await waitFor(() => expect(optionKeys()).toContain('kohler2011'));
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(outside).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'Escape' });
    expect((input as HTMLInputElement).value).toBe('');
    document.removeEventListener('keydown', outside);
  });

  it('says so when no work matches', async () => {
    const { input } = renderPicker();
    fireEvent.change(input, { target: { value: 'zzqxv' } });
    await screen.findByText('No work matches.');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });
});
