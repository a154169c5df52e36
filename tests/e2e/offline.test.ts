// e2e: using every view sends no request off the page, and the CSP blocks nothing the app needs.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';
import { openView, waitForPaper } from './appHelpers';

let app: LaunchedApp;
beforeAll(async () => {
  app = await launchApp();
  await waitForPaper(app.page);
});
afterAll(() => app?.close());

it('makes no network request while the user reads, browses and filters', async () => {
  const { page } = app;
  const cite = page.getByRole('button', { name: 'Betts 2011c: 41', exact: true });
  await cite.scrollIntoViewIfNeeded();
  await cite.click();
  await page
    .getByRole('dialog', { name: 'Betts 2011c' })
    .locator('.card__reference, .card__muted')
    .first()
    .waitFor();
  await page.keyboard.press('Escape');
  await openView(page, 'Bibliography');
  await page.getByRole('button', { name: /Role of Trans-regionalism/ }).click();
  await page.getByLabel('BibTeX entry').waitFor();
  await openView(page, 'Claims');
  await page.getByRole('button', { name: /Betts 2011c with Koehler 2011/ }).click();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('abrahamsen');
  await page.keyboard.press('Escape');
  expect(app.requests).toEqual([]);
  expect(app.errors).toEqual([]);
});
