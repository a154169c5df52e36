// e2e: the Bibliography's columns are the user's (chosen, sorted, resized) and survive a restart;
// a filter by type and years is saved by name and applied from the sidebar. Screens at 1024x700.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { screenshot, type LaunchedApp } from './harness';
import { launchOnBibliography, seriousAxeFindings, visibleView } from './appHelpers';
import { callApi } from './exchangeHelpers';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

const VIEWPORT = { width: 1024, height: 700 };
let dataDir: string;
let app: LaunchedApp | null = null;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'scholion-e2e-columns-'));
});
afterAll(async () => {
  await app?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const start = (): Promise<LaunchedApp> => launchOnBibliography(dataDir, VIEWPORT);

const headers = (a: LaunchedApp) =>
  visibleView(a.page)
    .locator('thead .sort-button')
    .evaluateAll((buttons) => buttons.map((b) => b.textContent!.replace(/[↑↓]/, '')));

it('keeps the columns, sort and widths the user chose across a restart', async () => {
  app = await start();
  const { page } = app;
  expect(await headers(app)).toEqual(['Author', 'Year', 'Title', 'Cited', 'Record']);

  // Keyboard only: the Columns button, then Space on the checkboxes.
  await page.getByRole('button', { name: 'Columns' }).focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('group', { name: 'Columns shown' });
  await menu.waitFor();
  for (const name of ['Type', 'Published in', 'Key']) {
    await menu.getByRole('checkbox', { name: new RegExp(`^${name}`) }).focus();
    await page.keyboard.press('Space');
  }
  await menu.getByRole('checkbox', { name: /^Author/ }).focus();
  await page.keyboard.press('Space');
  await screenshot(page, 'works-column-chooser-1024x700');
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'detached' });
  expect(await headers(app)).toEqual([
    'Year',
    'Title',
    'Type',
    'Published in',
    'Key',
    'Cited',
    'Record',
  ]);

  await page.getByRole('button', { name: /^Key/ }).click();
  await expect
    .poll(() =>
      page.getByRole('button', { name: /^Key/ }).locator('xpath=..').getAttribute('aria-sort'),
    )
    .toBe('ascending');
  // Drag the Type column's grip 60 px wider.
  const grip = page.getByRole('separator', { name: 'Resize the Type column' });
  const box = (await grip.boundingBox())!;
  const before = await page
    .locator('col.wcol-type')
    .evaluate((c) => c.getBoundingClientRect().width);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  const after = await page
    .locator('col.wcol-type')
    .evaluate((c) => c.getBoundingClientRect().width);
  expect(after).toBeGreaterThan(before + 30);
  const keys = await visibleView(page)
    .locator('tbody tr[data-work-row]')
    .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.workRow!));
  expect(keys).toEqual([...keys].sort());
  await screenshot(page, 'works-columns-1024x700');
  expect(await seriousAxeFindings(page)).toEqual([]);

  await app.close();
  app = await start();
  expect(await headers(app)).toEqual([
    'Year',
    'Title',
    'Type',
    'Published in',
    'Key',
    'Cited',
    'Record',
  ]);
  expect(
    await app.page
      .getByRole('button', { name: /^Key/ })
      .locator('xpath=..')
      .getAttribute('aria-sort'),
  ).toBe('ascending');
  const kept = await app.page
    .locator('col.wcol-type')
    .evaluate((c) => (c as HTMLElement).style.width);
  expect(parseFloat(kept)).toBeGreaterThan(before + 30);
}, 60_000); // a second launch: over 20 s on a loaded machine

it('saves a filter by type and years and applies it from the sidebar after a restart', async () => {
  app ??= await start();
  let { page } = app;
  await page.getByRole('combobox', { name: 'Type' }).selectOption('book');
  await page.getByRole('textbox', { name: 'Year from' }).fill('2005');
  await page.getByRole('textbox', { name: 'Year to' }).fill('2011');
  // What the library holds for that query, asked of the service; the table settles on it once the
  // last field's query has run (counting rows as soon as a status showed raced an earlier query).
  const { matched: shown } = await callApi<{ matched: number }>(page, 'queryWorks', {
    types: ['book'],
    yearFrom: 2005,
    yearTo: 2011,
  });
  expect(shown).toBeGreaterThan(0);
  await expect.poll(() => visibleView(page).locator('tbody tr[data-work-row]').count()).toBe(shown);
  await page.getByRole('button', { name: 'Save filter…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save filter' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Books 2005–2011');
  await screenshot(page, 'works-save-filter-1024x700');
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  const sidebar = page.getByRole('navigation', { name: 'Views' });
  await sidebar.getByRole('button', { name: 'Books 2005–2011', exact: true }).waitFor();
  await screenshot(page, 'works-saved-filters-1024x700');

  await app.close();
  app = await start();
  page = app.page;
  const total = await visibleView(page).locator('tbody tr[data-work-row]').count();
  expect(total).toBeGreaterThan(shown);
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Books 2005–2011', exact: true })
    .click();
  await expect.poll(() => visibleView(page).locator('tbody tr[data-work-row]').count()).toBe(shown);
  await expect(page.getByRole('textbox', { name: 'Year from' }).inputValue()).resolves.toBe('2005');
}, 60_000); // a second launch: over 20 s on a loaded machine
