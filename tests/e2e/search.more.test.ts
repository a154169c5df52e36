// e2e: a search group holding more hits than the first page reaches every one of them — the
// first 12 on the key, 25 once the results are scrolled, then "Show all 113 works" at the group's
// end, from the keyboard — in a library of 2,000 works.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateLibrary } from '../../bench/generate';
import { UserDataStore } from '../../src/store';
import { launchApp, screenshot, type LaunchedApp } from './harness';
import { waitForPaper } from './appHelpers';

let app: LaunchedApp;
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'scholion-e2e-search-more-'));
  const { works } = generateLibrary(2_000, { notesPerWork: 0 });
  const store = await UserDataStore.openDir(dataDir);
  await store.works.putMany(works, (w) => w.citationKey);
  await store.close();
  app = await launchApp({ dataDir, viewport: { width: 1024, height: 700 } });
  await waitForPaper(app.page);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await rm(dataDir, { recursive: true, force: true });
});

it('shows all of a group past its first 25 hits, from the keyboard', async () => {
  const { page } = app;
  const works = page.locator('[role="option"][data-hit-kind="work"]');
  const more = page.locator('[role="option"][data-hit-more="work"]');
  await page.keyboard.press('Control+f');
  await page.keyboard.type('migration');
  await page.getByText('Indexing… (results may be incomplete)').waitFor({ state: 'detached' });
  await more.waitFor();
  // The key's answer: a screenful of each group; scrolling the results brings the rest of the
  // page, the same hits first.
  await expect.poll(() => works.count()).toBe(12);
  const firstPage = await works.evaluateAll((els) => els.map((el) => el.dataset.hitId));
  await page.locator('.search-view').hover();
  await page.mouse.wheel(0, 400);
  await expect.poll(() => works.count()).toBe(25);
  const page25 = await works.evaluateAll((els) => els.map((el) => el.dataset.hitId));
  expect(page25.slice(0, 12)).toEqual(firstPage);
  const label = (await more.textContent()) ?? '';
  const total = Number(
    /(\d[\d,]*) in all|Show all (\d[\d,]*)/.exec(label)?.slice(1).find(Boolean)?.replace(/,/g, ''),
  );
  expect(total).toBeGreaterThan(25);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await more.scrollIntoViewIfNeeded();
    await screenshot(page, `search-show-all-1024-${scheme}`);
  }

  // ↓ walks onto the group's last row; Enter loads the next page; the active row is hit 26.
  const active = () =>
    page.evaluate(() => {
      const input = document.querySelector('[data-global-search]');
      const el = document.getElementById(input?.getAttribute('aria-activedescendant') ?? '');
      return el?.dataset.hitMore ? `more:${el.dataset.hitMore}` : (el?.dataset.hitId ?? null);
    });
  for (let i = 0; i < 200 && (await active()) !== 'more:work'; i++)
    await page.keyboard.press('ArrowDown');
  expect(await active()).toBe('more:work');
  await page.keyboard.press('Enter');
  await expect.poll(() => works.count()).toBe(Math.min(total, 125));
  const ids = await works.evaluateAll((els) => els.map((el) => el.getAttribute('data-hit-id')));
  expect(await active()).toBe(ids[25]);
  expect(new Set(ids).size).toBe(ids.length);
  await page.setViewportSize({ width: 1440, height: 900 });
  await screenshot(page, 'search-shown-more-1440-dark');
  expect(app.errors).toEqual([]);
}, 90_000);
