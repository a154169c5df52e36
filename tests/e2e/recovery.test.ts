// e2e: a notes file damaged before launch is restored from its backup; the app says what
// happened in a banner until dismissed, and the note is there.
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { Note } from '../../src/shared/contract';
import { launchApp, screenshot } from './harness';
import { seriousAxeFindings, waitForPaper } from './appHelpers';
import { keptDataDir, removeDataDirs, showView } from './userDataHelpers';

afterAll(removeDataDirs);

type Api = {
  createNote: (i: object) => Promise<Note>;
  updateNote: (i: object) => Promise<Note>;
};

it('restores a damaged notes shard, tells the user, and forgets it once dismissed', async () => {
  const dataDir = await keptDataDir();
  const first = await launchApp({ dataDir });
  try {
    await first.page.evaluate(async () => {
      const api = (window as unknown as { scholion: Api }).scholion;
      const note = await api.createNote({ title: 'Survives damage', body: 'first version' });
      await api.updateNote({ id: note.id, body: 'second version' });
    });
  } finally {
    await first.close();
  }
  const shards = (await readdir(join(dataDir, 'notes'))).filter((f) => f.endsWith('.json'));
  expect(shards).toHaveLength(1);
  await writeFile(join(dataDir, 'notes', shards[0]!), '{"schemaVersion": 2, "items": {"n-'); // torn

  const app = await launchApp({ dataDir });
  try {
    const { page } = app;
    await waitForPaper(page);
    const banner = page
      .getByRole('alert')
      .filter({ hasText: 'Scholion repaired a damaged data file from its backup.' });
    await banner.waitFor();
    const text = await banner.textContent();
    expect(text).toContain(`notes/${shards[0]} was damaged. It was set aside as`);
    expect(text).toContain('restored from the backup');
    expect(text).toContain(dataDir);
    await screenshot(page, 'recovery-banner');
    expect(await seriousAxeFindings(page)).toEqual([]);
    const moved = (await readdir(join(dataDir, 'notes'))).filter((f) => f.includes('corrupt'));
    expect(moved).toHaveLength(1);

    await showView(page, 'Notes');
    await page
      .locator('.note-list')
      .getByRole('button', { name: /Survives damage/ })
      .click();
    await expect(
      page
        .getByRole('region', { name: 'Selected note' })
        .getByRole('textbox', { name: 'Markdown' })
        .inputValue(),
    ).resolves.toBe('first version');

    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await banner.waitFor({ state: 'detached' });
  } finally {
    await app.close();
  }

  const again = await launchApp({ dataDir });
  try {
    await waitForPaper(again.page);
    // Nothing left to report: the data health the banner shows is empty, so no banner.
    await expect
      .poll(() =>
        again.page.evaluate(async () => {
          const api = (
            window as unknown as {
              scholion: {
                getDataHealth: (
                  i: object,
                ) => Promise<{ recoveries: unknown[]; writeErrors: unknown[] }>;
              };
            }
          ).scholion;
          const health = await api.getDataHealth({});
          return health.recoveries.length + health.writeErrors.length;
        }),
      )
      .toBe(0);
    await expect.poll(() => again.page.locator('.recovery-banner').count()).toBe(0);
    expect(again.errors).toEqual([]);
  } finally {
    await again.close();
  }
}, 60_000); // three launches of the app: give a loaded CI machine room
