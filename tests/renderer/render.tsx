// Renders the whole renderer app around a fake API, for component tests.
import { render } from '@testing-library/react';
import { Root } from '../../src/renderer/app/Root';
import type { ViewId } from '../../src/renderer/app/navigation';
import { createFakeApi, type FakeApi } from './fakeApi';

/** Renders <Root> with a fake API built from the bundled paper; answers the API too. */
export function renderApp(options: { api?: FakeApi; view?: ViewId } = {}) {
  const api = options.api ?? createFakeApi();
  const result = render(<Root api={api} initialView={options.view} />);
  return { api, ...result };
}
