// Renders the whole renderer app around a fake API, for component tests.
import { configure, render } from '@testing-library/react';
import { Root } from '../../src/renderer/app/Root';
import type { ViewId } from '../../src/renderer/app/navigation';
import { createFakeApi, type FakeApi } from './fakeApi';

// The whole app on the real paper is a large DOM for jsdom: under load (load average 17 on the
// 2 shared cores) one role query over it took 0.9 s and the Bibliography with a work's detail
// took 2.8 s to appear after a palette jump. Testing Library's default 1 s budget for findBy* and
// waitFor then ran out while the app was still working (palette "opens with Ctrl+K" failed).
// The waits still end as soon as their condition holds; only a failure now takes longer to show.
configure({ asyncUtilTimeout: 10_000 });

/** Renders <Root> with a fake API built from the bundled paper; answers the API too. */
export function renderApp(options: { api?: FakeApi; view?: ViewId } = {}) {
  const api = options.api ?? createFakeApi();
  const result = render(<Root api={api} initialView={options.view} />);
  return { api, ...result };
}
