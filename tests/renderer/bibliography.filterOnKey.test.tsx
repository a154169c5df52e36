// @vitest-environment jsdom
// A key typed in the Bibliography's filter asks for its first page from the key's own handler,
// before React renders the key, and that render takes the answer: one call per key, and a key
// that leaves the query as it was (a trailing space) asks nothing.
import { cleanup, fireEvent, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../src/renderer/api/ApiProvider';
import { useWorkOrder } from '../../src/renderer/api/works';
import { createFakeApi, type FakeApi } from './fakeApi';
import { renderApp } from './render';
import { givenScrollerHeight } from './scrollerHeight';

afterEach(cleanup);

givenScrollerHeight('bibliography__list', 800);

const firstPages = (api: FakeApi) =>
  api.calls
    .filter((c) => c.method === 'queryWorks' && (c.input as { offset?: number }).offset === 0)
    .map((c) => (c.input as { filter: string }).filter);

describe('the bibliography filter, asked on the key', () => {
  it('asks before the render, which takes the answer instead of asking again', async () => {
    const api = createFakeApi();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ApiProvider api={api}>{children}</ApiProvider>
    );
    const { result, rerender } = renderHook(
      ({ filter }) => useWorkOrder({ sort: 'author', direction: 'ascending', filter }),
      { wrapper, initialProps: { filter: '' } },
    );
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const before = firstPages(api).length;
    result.current.askOnKey('betts');
    expect(firstPages(api).slice(before)).toEqual(['betts']); // no render yet
    rerender({ filter: 'betts' });
    await waitFor(() => {
      const state = result.current;
      expect(state.status === 'ready' && !state.stale && state.data.first.keys).toContain(
        'betts2011c',
      );
    });
    expect(firstPages(api).slice(before)).toEqual(['betts']);
  });

  it('asks each first page once in the app, and nothing for a trailing space', async () => {
    const { api } = renderApp({ view: 'bibliography' });
    const filter = await screen.findByRole('searchbox', { name: 'Filter works' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/works$/));
    const asked = () => firstPages(api);
    const before = asked().length;

    fireEvent.change(filter, { target: { value: 'bett' } });
    expect(asked().slice(before)).toEqual(['bett']);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^\d+ of /));
    fireEvent.change(filter, { target: { value: 'betts' } });
    await waitFor(() =>
      expect(document.querySelector('[data-work-key="betts2011c"]')).toBeTruthy(),
    );
    fireEvent.change(filter, { target: { value: 'betts ' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked().slice(before)).toEqual(['bett', 'betts']);
  });
});
