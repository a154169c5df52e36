// @vitest-environment jsdom
// A blank query ends the previous one: the first key of a new word shows "Searching…", not the
// old word's hits (which the search view rendered in full, only to replace them on the answer).
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../src/renderer/api/ApiProvider';
import { useSearch } from '../../src/renderer/api/search';
import type { ScholionApi } from '../../src/shared/contract';
import { createFakeApi } from './fakeApi';

afterEach(cleanup);

/** `useSearch` over `api`, starting with `query`. */
function renderSearch(api: ScholionApi, query: string) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ApiProvider api={api}>{children}</ApiProvider>
  );
  return renderHook(({ query: q }) => useSearch(q), { wrapper, initialProps: { query } });
}

describe('search as you type after the field was cleared', () => {
  it('shows no results of the word typed before the field was blank', async () => {
    const real = createFakeApi();
    // Answers to "g" wait until released, so the state before its answer can be seen.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const search: ScholionApi['search'] = async (input) => {
      if (input.query === 'g') await held;
      return real.search(input);
    };
    const { result, rerender } = renderSearch(createFakeApi({ search }), 'migration');
    await waitFor(() => expect(result.current.status).toBe('ready'));

    rerender({ query: '' });
    expect(result.current.status).toBe('idle');
    rerender({ query: 'g' });
    expect(result.current).toEqual({ status: 'loading', results: null });

    await act(async () => release());
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const state = result.current;
    expect(state.status === 'ready' && state.results.query).toBe('g');
  });

  it('keeps the previous results while a longer prefix of the same word is asked', async () => {
    const { result, rerender } = renderSearch(createFakeApi(), 'mig');
    await waitFor(() => expect(result.current.status).toBe('ready'));
    rerender({ query: 'migr' });
    const state = result.current;
    expect(state.status).toBe('loading');
    expect(state.status === 'loading' && state.results?.query).toBe('mig');
  });
});
