// @vitest-environment jsdom
// A synced file edited outside Scholion: the export dialog's "Keep a file in sync" says so and
// offers to import its changes (the import review opens), overwrite it (keeping a .bak) or stop.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { ApiProvider } from '../../src/renderer/api/ApiProvider';
import { NavigationProvider } from '../../src/renderer/app/navigation';
import { useExchangeRequest } from '../../src/renderer/features/export/requests';
import { SyncedFiles } from '../../src/renderer/features/export/SyncedFiles';
import type { ImportPlanView, SyncedExport } from '../../src/shared/contract';
import { createFakeApi } from './fakeApi';

afterEach(cleanup);

const PLAN = { planId: 'imp-9', fileName: 'paper.bib' } as ImportPlanView;

function binding(edited: boolean): SyncedExport {
  return {
    id: 'sync-1',
    target: { kind: 'list', listId: 'l-1' },
    path: '/home/ana/paper.bib',
    format: 'bibtex',
    createdAt: '2026-01-01T00:00:00.000Z',
    description: 'the reading list “Paper”',
    lastWrittenAt: null,
    problem: edited ? 'paper.bib was changed outside Scholion since Scholion last wrote it.' : null,
    editedOutside: edited
      ? { detectedAt: '2026-01-02T00:00:00.000Z', modifiedAt: '2026-01-02T00:00:00.000Z' }
      : null,
  };
}

/** Shows which exchange dialog was asked for. */
function Requested() {
  const [request] = useExchangeRequest();
  return <output aria-label="requested">{request?.kind ?? ''}</output>;
}

it('offers import, overwrite and unbind for a file edited outside Scholion', async () => {
  let edited = true;
  const api = createFakeApi({
    listSyncedExports: async () => [binding(edited)],
    resolveSyncedExport: async ({ action }) => {
      if (action === 'import') return { action, binding: binding(true), plan: PLAN };
      edited = false;
      return { action, binding: binding(false) };
    },
  });
  render(
    <ApiProvider api={api}>
      <NavigationProvider>
        <SyncedFiles target={{ kind: 'list', listId: 'l-1' }} format="bibtex" />
        <Requested />
      </NavigationProvider>
    </ApiProvider>,
  );
  const group = await screen.findByRole('group', {
    name: 'Edited outside Scholion: /home/ana/paper.bib',
  });
  expect(group.textContent).toContain('Edited outside Scholion');

  await act(async () =>
    fireEvent.click(within(group).getByRole('button', { name: 'Import its changes…' })),
  );
  expect(api.calls.at(-1)).toEqual({
    method: 'resolveSyncedExport',
    input: { id: 'sync-1', action: 'import' },
  });
  expect(screen.getByRole('status', { name: 'requested' }).textContent).toBe('import');

  await act(async () =>
    fireEvent.click(within(group).getByRole('button', { name: 'Overwrite (keep a .bak)' })),
  );
  await screen.findByText(/overwritten; the edited file is kept as \/home\/ana\/paper\.bib\.bak/);
  await waitFor(() =>
    expect(screen.queryByRole('group', { name: /Edited outside Scholion/ })).toBeNull(),
  );
  expect(screen.getByRole('button', { name: 'Stop syncing' })).toBeTruthy();
});
