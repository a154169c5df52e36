// e2e: where the keyboard lands — Ctrl+K to a work focuses its row; Tab from a row reaches the
// detail pane's "Copy citation…" in a few presses; ↓ from the filter enters the rows; the "?" help
// opens at its heading, in a small window too.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchApp, screenshot, type LaunchedApp } from './harness';
import { waitForPaper } from './appHelpers';

let app: LaunchedApp;
beforeAll(async () => {
  app = await launchApp({ viewport: { width: 1024, height: 700 } });
  await waitForPaper(app.page);
});
afterAll(() => app?.close());

const focused = () =>
  app.page.evaluate(() => ({
    text: document.activeElement?.textContent ?? '',
    workKey: (document.activeElement as HTMLElement | null)?.dataset.workKey ?? null,
  }));

it('Ctrl+K → a work focuses its row; Tab goes on to the detail pane', async () => {
  const { page } = app;
  const kb = page.keyboard;
  await kb.press('Control+k');
  await page.getByRole('combobox', { name: /Go to/ }).waitFor();
  await kb.type('kohler');
  await page.locator('[role="option"]', { hasText: 'Koehler' }).first().waitFor();
  await kb.press('Enter');
  await page.waitForFunction(() => document.title.startsWith('Bibliography'));
  await expect.poll(async () => (await focused()).workKey).toBe('kohler2011');

  // The other rows are reached with ↑/↓, so Tab leaves the table for the detail pane at once.
  const pane = page.getByRole('region', { name: 'Selected work' });
  await pane.getByRole('heading', { level: 2, name: /What Government Networks/ }).waitFor();
  let tabs = 0;
  while ((await focused()).text !== 'Copy citation…' && tabs < 60) {
    await kb.press('Tab');
    tabs++;
  }
  expect(tabs).toBeLessThanOrEqual(3);
  // Shift+Tab goes back to the row (through its own checkbox).
  await kb.press('Shift+Tab');
  for (let i = 0; i < 3 && (await focused()).workKey !== 'kohler2011'; i++)
    await kb.press('Shift+Tab');
  expect((await focused()).workKey).toBe('kohler2011');
  // ↓ still walks the rows.
  await kb.press('ArrowDown');
  await expect.poll(async () => (await focused()).workKey).not.toBe('kohler2011');
  expect(app.errors).toEqual([]);
});

it('↓ from the filter box enters the rows', async () => {
  const { page } = app;
  const kb = page.keyboard;
  await kb.press('/');
  await kb.press('Control+a');
  await kb.type('betts');
  await expect.poll(() => page.locator('[data-work-row]').count(), { timeout: 15_000 }).toBe(3);
  await kb.press('ArrowDown');
  await expect.poll(async () => (await focused()).workKey).toMatch(/^betts2011/);
  const key = (await focused()).workKey!;
  await expect
    .poll(() => page.locator(`[data-work-row="${key}"]`).getAttribute('class'))
    .toContain('work-row--selected');
  await kb.press('ArrowDown');
  await expect.poll(async () => (await focused()).workKey).not.toBe(key);
});

it('"?" opens the help at its heading', async () => {
  const { page } = app;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.locator('body').focus();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    const heading = help.getByRole('heading', { name: 'Keyboard shortcuts' });
    const [h, d] = await Promise.all([heading.boundingBox(), help.boundingBox()]);
    expect(h!.y).toBeGreaterThanOrEqual(d!.y);
    expect(h!.y + h!.height).toBeLessThanOrEqual(Math.min(d!.y + d!.height, 700));
    expect(await help.evaluate((el) => el.scrollTop)).toBe(0);
    await screenshot(page, `help-1024-${scheme}`);
    // Tab reaches Close; Escape closes.
    await page.keyboard.press('Shift+Tab');
    await expect.poll(async () => (await focused()).text).toBe('Close');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
  }
  expect(app.errors).toEqual([]);
});
