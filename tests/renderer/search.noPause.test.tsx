// @vitest-environment jsdom
// Search as you type asks the service on the key itself: a pause before asking delayed every
// result by as much (the service answers in a few ms, and stale answers are dropped anyway).
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../src/renderer/api/ApiProvider';
import { useSearch } from '../../src/renderer/api/search';
import { createFakeApi } from './fakeApi';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('search as you type', () => {
  it('asks for each query as it is typed, with no timer to wait for', async () => {
    vi.useFakeTimers();
    const api = createFakeApi();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ApiProvider api={api}>{children}</ApiProvider>
    );
    const { rerender } = renderHook(({ query }) => useSearch(query), {
      wrapper,
      initialProps: { query: 'mig' },
    });
    rerender({ query: 'migr' });
    await act(async () => undefined);
    const asked = api.calls
      .filter((c) => c.method === 'search')
      .map((c) => (c.input as { query: string }).query);
    expect(asked).toEqual(['mig', 'migr']);
  });
});
