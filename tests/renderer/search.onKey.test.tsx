// @vitest-environment jsdom
// A search asked from the key's handler, before React renders the key: the hook that renders the
// query takes that answer instead of asking the service a second time, and only for the same
// request (the same query, limits and kinds).
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../src/renderer/api/ApiProvider';
import { useSearch, useSearchOnKey, type SearchRequest } from '../../src/renderer/api/search';
import { createFakeApi, type FakeApi } from './fakeApi';

afterEach(cleanup);

/** The search hook and the on-key asker with `request`, over `api`, for a query set from outside. */
function renderField(api: FakeApi, request: SearchRequest, hookRequest = request) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ApiProvider api={api}>{children}</ApiProvider>
  );
  return renderHook(
    ({ query }) => ({ state: useSearch(query, hookRequest), askOnKey: useSearchOnKey(request) }),
    { wrapper, initialProps: { query: '' } },
  );
}

const searches = (api: FakeApi) =>
  api.calls.filter((c) => c.method === 'search').map((c) => c.input);

describe('search asked on the key', () => {
  it('asks at once, and the render of that query takes the answer without asking again', async () => {
    const api = createFakeApi();
    const { result, rerender } = renderField(api, { limitPerKind: 12 });
    result.current.askOnKey('kohler');
    // Asked in the handler: before any render of the new query.
    expect(searches(api)).toEqual([{ query: 'kohler', limitPerKind: 12 }]);
    rerender({ query: 'kohler' });
    await waitFor(() => expect(result.current.state.status).toBe('ready'));
    const state = result.current.state;
    expect(state.status === 'ready' && state.results.works.map((h) => h.id)).toContain(
      'kohler2011',
    );
    expect(searches(api)).toHaveLength(1);
  });

  it('asks again when the render wants another request than the one asked on the key', async () => {
    const api = createFakeApi();
    const { result, rerender } = renderField(api, { limitPerKind: 12 }, { limitPerKind: 25 });
    result.current.askOnKey('kohler');
    rerender({ query: 'kohler' });
    await waitFor(() => expect(result.current.state.status).toBe('ready'));
    expect(searches(api)).toEqual([
      { query: 'kohler', limitPerKind: 12 },
      { query: 'kohler', limitPerKind: 25 },
    ]);
  });

  it('asks nothing for a blank query, and an answer asked on the key serves one render only', async () => {
    const api = createFakeApi();
    const { result, rerender } = renderField(api, {});
    result.current.askOnKey('   ');
    expect(searches(api)).toEqual([]);
    result.current.askOnKey('betts');
    rerender({ query: 'betts' });
    await waitFor(() => expect(result.current.state.status).toBe('ready'));
    rerender({ query: '' });
    rerender({ query: 'betts' }); // typed again, without the key's own ask: asked anew
    await act(async () => undefined);
    await waitFor(() => expect(result.current.state.status).toBe('ready'));
    expect(searches(api)).toEqual([{ query: 'betts' }, { query: 'betts' }]);
  });
});
