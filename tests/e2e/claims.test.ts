// e2e: the claims view filters by a work; the co-citation matrix leads to the claims behind a cell.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchApp, screenshot, type LaunchedApp } from './harness';
import { openView, visibleView, waitForPaper } from './appHelpers';

let app: LaunchedApp;
beforeAll(async () => {
  app = await launchApp();
  await waitForPaper(app.page);
});
afterAll(() => app?.close());

it('filters the claims by a work and by a matrix cell', async () => {
  const { page } = app;
  await openView(page, 'Claims');
  const claims = visibleView(page).locator('.claims__list [data-claim-id]');
  const all = await claims.count();
  expect(all).toBeGreaterThan(15);

  await page.getByRole('combobox', { name: 'Work' }).selectOption('betts2011c');
  await expect.poll(() => claims.count()).toBe(2);
  const texts = await claims.locator('blockquote').allTextContents();
  expect(texts[0]).toContain('Betts 2011c; Köhler 2011');
  expect(texts[1]).toContain('Betts 2011c: 41');
  await expect(page.getByRole('status').filter({ hasText: 'claims' }).textContent()).resolves.toBe(
    `2 of ${all} claims`,
  );
  await screenshot(page, 'claims-filtered');

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(() => claims.count()).toBe(all);
  const cell = page.getByRole('button', {
    name: 'Sabel and Zeitlin 2010 with Slaughter 2004: 1 claim',
  });
  await cell.click();
  await expect.poll(() => claims.count()).toBe(1);
  await expect(claims.locator('blockquote').textContent()).resolves.toContain(
    'Héritier and Rhodes 2010',
  );
  await screenshot(page, 'claims-matrix');
  expect(app.errors).toEqual([]);
});
