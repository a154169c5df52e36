// e2e: a reading list built from the bibliography (checkboxes with shift-click) and a card,
// reordered by keyboard and by drag, annotated, exported as BibTeX, and kept after a restart.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ReadingList } from '../../src/shared/contract';
import { launchApp, screenshot, type LaunchedApp } from './harness';
import { seriousAxeFindings, waitForPaper } from './appHelpers';
import { keptDataDir, removeDataDirs, showView } from './userDataHelpers';

let dataDir: string;
let app: LaunchedApp;
let picked: string[] = [];

beforeAll(async () => {
  dataDir = await keptDataDir();
  app = await launchApp({ dataDir });
  await waitForPaper(app.page);
});
afterAll(async () => {
  await app?.close();
  await removeDataDirs();
});

/** The lists as stored, through the same window.scholion the app uses. */
const storedLists = (a: LaunchedApp) =>
  a.page.evaluate(() =>
    (
      window as unknown as { scholion: { listReadingLists: (i: object) => Promise<ReadingList[]> } }
    ).scholion.listReadingLists({}),
  );

const itemKeys = (a: LaunchedApp) =>
  a.page
    .locator('.list-items > li')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-work-key')));

it('adds three works checked in the bibliography to a new list', async () => {
  const { page } = app;
  await showView(page, 'Bibliography');
  const rows = page.locator('tbody tr');
  await rows.first().waitFor(); // the rows arrive from the service a moment after the view
  picked = (await rows.evaluateAll((els) =>
    els.slice(0, 3).map((el) => el.getAttribute('data-work-row')),
  )) as string[];
  const boxes = page.locator('tbody input[type="checkbox"]');
  await boxes.nth(0).click();
  await boxes.nth(2).click({ modifiers: ['Shift'] });
  const bar = page.getByRole('region', { name: 'Selected works' });
  await expect(bar.textContent()).resolves.toContain('3 works selected');
  await bar.getByRole('button', { name: 'Add to list…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Add 3 works to a reading list' });
  await dialog.getByRole('textbox', { name: 'New list' }).fill('Partnerships');
  await dialog.getByRole('button', { name: 'Create and add' }).click();
  const toast = page.locator('.toast', { hasText: 'Added 3 works to “Partnerships”.' });
  await toast.getByRole('button', { name: 'Open list' }).click();
  await page.waitForFunction(() => document.title.startsWith('Reading lists'));
  await expect.poll(() => itemKeys(app)).toEqual(picked);
});

it('adds a work from a citation card to the existing list', async () => {
  const { page } = app;
  await showView(page, 'Reader');
  const cite = page.getByRole('button', { name: 'Betts 2011c: 41', exact: true });
  await cite.scrollIntoViewIfNeeded();
  await cite.click();
  const card = page.getByRole('dialog', { name: 'Betts 2011c' });
  await card.getByRole('button', { name: 'Add to list…' }).click();
  await page
    .getByRole('dialog', { name: 'Add Betts 2011c to a reading list' })
    .getByRole('button', { name: /Partnerships/ })
    .click();
  await page.locator('.toast', { hasText: 'Added 1 work to “Partnerships”.' }).waitFor();
  picked.push('betts2011c');
  const [list] = await storedLists(app);
  expect(list?.items.map((i) => i.workKey)).toEqual(picked);
});

it('reorders by keyboard and by drag, sets status and comment, and exports BibTeX', async () => {
  const { page } = app;
  await showView(page, 'Reading lists');
  await expect.poll(() => itemKeys(app)).toEqual(picked);

  // Alt+↓ moves the focused work down one place and says so.
  const first = page.locator(`.list-items > li[data-work-key="${picked[0]}"]`);
  await first.focus();
  await page.keyboard.press('Alt+ArrowDown');
  const afterKeys = [picked[1], picked[0], picked[2], picked[3]];
  await expect.poll(() => itemKeys(app)).toEqual(afterKeys);
  await expect(page.locator('[aria-live="assertive"]').textContent()).resolves.toMatch(
    /moved to position 2 of 4\./,
  );
  await expect(first.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => itemKeys(app)).toEqual([picked[1], picked[2], picked[0], picked[3]]);

  // Drag the last work by its handle onto the top half of the first.
  const last = page.locator(`.list-items > li[data-work-key="${picked[3]}"] .list-item__handle`);
  const top = page.locator(`.list-items > li[data-work-key="${picked[1]}"]`);
  await last.dragTo(top, { targetPosition: { x: 40, y: 4 } });
  const dragged = [picked[3], picked[1], picked[2], picked[0]];
  await expect.poll(() => itemKeys(app)).toEqual(dragged);
  await expect
    .poll(async () => (await storedLists(app))[0]?.items.map((i) => i.workKey))
    .toEqual(dragged);

  const row = page.locator(`.list-items > li[data-work-key="${picked[3]}"]`);
  await row.getByRole('combobox').selectOption('reading');
  await row.getByRole('textbox').fill('Chapter on RCPs first');
  await row.getByRole('textbox').press('Enter');
  await expect
    .poll(async () => (await storedLists(app))[0]?.items[0])
    .toMatchObject({ workKey: picked[3], status: 'reading', comment: 'Chapter on RCPs first' });
  await screenshot(page, 'lists-view');
  expect(await seriousAxeFindings(page)).toEqual([]);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export list' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Partnerships.bib');
  const bib = await readFile((await file.path())!, 'utf8');
  const keys = [...bib.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
  expect(keys.sort()).toEqual([...picked].sort());
  expect(bib).toMatch(/title\s*=\s*\{The Global Governance of Migration and the Role of/);
  await page.locator('.toast', { hasText: 'Exported 4 works as Partnerships.bib.' }).waitFor();
  expect(app.errors).toEqual([]);
});

it('keeps the list after a restart; renames and deletes it with undo', async () => {
  await app.close();
  app = await launchApp({ dataDir });
  const { page } = app;
  await waitForPaper(page);
  await showView(page, 'Reading lists');
  await expect.poll(() => itemKeys(app)).toEqual([picked[3], picked[1], picked[2], picked[0]]);
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'New name' }).fill('Partnerships, first reads');
  await page.getByRole('button', { name: 'Save name' }).click();
  await page.getByRole('heading', { name: 'Partnerships, first reads' }).waitFor();
  await page.getByRole('button', { name: 'Delete list' }).click();
  await page.getByText('No reading lists yet.').waitFor();
  await page
    .locator('.toast', { hasText: 'deleted' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await page.getByRole('heading', { name: 'Partnerships, first reads' }).waitFor();
  await expect.poll(() => itemKeys(app)).toHaveLength(4);
  expect(app.errors).toEqual([]);
}, 60_000); // a second launch: over 20 s on a loaded machine
