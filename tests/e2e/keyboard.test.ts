// e2e: the keyboard alone reaches everything: a citation's card, the jump, the bibliography, the
// claims filter, the command palette and the help overlay.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchApp, screenshot, type LaunchedApp } from './harness';
import { visibleView, waitForPaper } from './appHelpers';

let app: LaunchedApp;
beforeAll(async () => {
  app = await launchApp();
  await waitForPaper(app.page);
});
afterAll(() => app?.close());

const focused = (app: LaunchedApp) =>
  app.page.evaluate(() => ({
    text: document.activeElement?.textContent ?? '',
    role: document.activeElement?.getAttribute('role') ?? document.activeElement?.tagName ?? '',
  }));

it('does the reader, bibliography and claims tasks without a mouse', async () => {
  const { page } = app;
  const kb = page.keyboard;

  // Palette: jump to the claim that cites Betts 2011c: 41.
  await kb.press('Control+k');
  await page.getByRole('combobox', { name: /Go to/ }).waitFor();
  await kb.type('extra-territorial');
  await screenshot(page, 'palette');
  await kb.press('Enter');
  await expect.poll(async () => (await focused(app)).text).toBe('Lavenex 2008: 951');

  // Tab to the next citation: its card previews; Enter pins it and moves focus into it.
  await kb.press('Tab');
  await expect.poll(async () => (await focused(app)).text).toBe('Betts 2011c: 41');
  const card = page.getByRole('dialog', { name: 'Betts 2011c' });
  await card.waitFor();
  await kb.press('Enter');
  await expect.poll(() => card.evaluate((el) => el === document.activeElement)).toBe(true);
  await kb.press('Tab');
  await expect.poll(async () => (await focused(app)).text).toBe('×');
  await kb.press('Tab');
  await expect.poll(async () => (await focused(app)).text).toMatch(/^Partnership in Regional/);
  await kb.press('Enter');
  await card.waitFor({ state: 'detached' });
  await expect.poll(async () => (await focused(app)).text).toBe('Betts 2011c');
  await expect(page.locator('mark.passage-mark').first().textContent()).resolves.toMatch(
    /Encouraged/,
  );

  // Escape on a previewed card closes it and leaves focus on the citation.
  await kb.press('Shift+Tab');
  await page.locator('.citation-card').waitFor();
  await kb.press('Escape');
  await page.locator('.citation-card').waitFor({ state: 'detached' });

  // Bibliography: "/" to filter, Tab past the column headers to the rows, Enter to open.
  await kb.press('Control+3');
  await page.waitForFunction(() => document.title.startsWith('Bibliography'));
  // A view shows "Loading…" on its first visit; "/" reaches its filter once the filter is there
  // (before that it goes to the search field, as in a view without a filter).
  await visibleView(page).locator('[data-filter-input]').waitFor();
  await kb.press('/');
  await kb.type('betts');
  // The service filters; tab only once the three Betts rows are what the table shows.
  await expect.poll(() => page.locator('[data-work-row]').count(), { timeout: 15_000 }).toBe(3);
  // Tab past the type, tag and year filters, the select-all box, the column headers (each
  // with its resize grip) and the row's own checkbox to the row. (↓ from the filter is the
  // short way; Tab must get there too.)
  const onRow = () =>
    page.evaluate(() => document.activeElement?.classList.contains('work-row__select') ?? false);
  for (let i = 0; i < 25 && !(await onRow()); i++) await kb.press('Tab');
  expect(await onRow()).toBe(true);
  const first = await focused(app);
  expect(first.role).toBe('BUTTON');
  await kb.press('Enter');
  const pane = page.getByRole('region', { name: 'Selected work' });
  await pane.getByRole('heading', { level: 2, name: first.text }).waitFor();
  await kb.press('ArrowDown');
  const second = await focused(app);
  expect(second.text).not.toBe(first.text);
  await pane.getByRole('heading', { level: 2, name: second.text }).waitFor();

  // Claims: "/" reaches the work filter; type-ahead picks a work.
  await kb.press('Control+4');
  await page.waitForFunction(() => document.title.startsWith('Claims'));
  await kb.press('/');
  await kb.type('Lavenex 2008');
  await expect
    .poll(() => page.getByRole('combobox', { name: 'Work' }).inputValue())
    .toBe('lavenex2008');
  await expect
    .poll(() => visibleView(page).locator('.claims__list [data-claim-id]').count())
    .toBe(1);

  // Help overlay: Tab out of the form fields (where "?" types), then "?".
  await kb.press('Tab');
  await kb.press('Tab');
  await expect.poll(async () => (await focused(app)).text).toBe('Clear filters');
  await kb.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await help.waitFor();
  await screenshot(page, 'help');
  await kb.press('Escape');
  await help.waitFor({ state: 'detached' });
  expect(app.errors).toEqual([]);
}, 60_000);
