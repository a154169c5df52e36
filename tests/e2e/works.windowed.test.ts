// e2e: a long (windowed) works table lays out by its columns' widths, not by the rows it shows:
// every row is as high as the others (titles and long cells cut inside their cell), scrolling
// never moves a column, and a width the user chose is kept. Screens at 1440x900 and 1024x700,
// with nothing selected, a work selected, and a resized column.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { generateLibrary } from '../../bench/generate';
import { UserDataStore } from '../../src/store';
import { screenshot, type LaunchedApp } from './harness';
import { launchOnBibliography, visibleView } from './appHelpers';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/** Enough works for the table to be windowed (it renders lists of up to 300 whole). */
const SIZE = 3_000;
let dataDir: string;
let app: LaunchedApp | null = null;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'scholion-e2e-windowed-'));
  const { works } = generateLibrary(SIZE);
  const store = await UserDataStore.openDir(dataDir);
  await store.works.putMany(works, (w) => w.citationKey);
  await store.close();
});
afterAll(async () => {
  await app?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const list = (page: Page) => visibleView(page).locator('.bibliography__list');

/** The table's layout, its columns' widths, and the rendered rows' heights. */
const shape = (page: Page) =>
  visibleView(page)
    .locator('table.works-table')
    .evaluate((table) => {
      const t = table as HTMLTableElement;
      const rows = [...t.querySelectorAll<HTMLTableRowElement>('tbody tr[data-work-row]')];
      // Cells whose content runs out of the cell (a title drawn over the next column).
      const spilled = rows.flatMap((tr) =>
        [...tr.cells].filter((td) => {
          const box = td.getBoundingClientRect();
          return [...td.children].some((c) => c.getBoundingClientRect().right > box.right + 0.5);
        }),
      );
      return {
        layout: getComputedStyle(t).tableLayout,
        windowed: t.classList.contains('works-table--windowed'),
        columns: [...t.tHead!.rows[0]!.cells].map((c) =>
          Math.round(c.getBoundingClientRect().width),
        ),
        heights: [...new Set(rows.map((tr) => Math.round(tr.getBoundingClientRect().height)))],
        spilled: spilled.length,
        tableRight: t.getBoundingClientRect().right,
        listRight: t.parentElement!.getBoundingClientRect().right,
      };
    });

const scrollBy = (page: Page, px: number) =>
  list(page).evaluate(async (el, by) => {
    el.scrollTop += by;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }, px);

it.each([
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
])(
  'lays out by column widths at $width×$height, rows alike, nothing spilling',
  async (viewport) => {
    const size = `${viewport.width}x${viewport.height}`;
    await app?.close();
    app = await launchOnBibliography(dataDir, viewport);
    const { page } = app;
    await screenshot(page, `works-windowed-${size}`);
    const top = await shape(page);
    expect(top.windowed).toBe(true);
    expect(top.layout).toBe('fixed');
    expect(top.heights).toHaveLength(1);
    expect(top.spilled).toBe(0);
    // Scrolling far down shows other titles in the same columns, and rows as high.
    await scrollBy(page, 60_000);
    const down = await shape(page);
    expect(down.columns).toEqual(top.columns);
    expect(down.heights).toEqual(top.heights);
    expect(down.spilled).toBe(0);

    await visibleView(page).locator('tbody tr[data-work-row] .work-row__select').nth(3).click();
    await visibleView(page).locator('.bibliography__detail h2').first().waitFor();
    await screenshot(page, `works-windowed-selected-${size}`);
    const selected = await shape(page);
    expect(selected.heights).toEqual(top.heights);
    expect(selected.spilled).toBe(0);
    // The last column stays inside the list beside the detail pane.
    expect(selected.tableRight).toBeLessThanOrEqual(selected.listRight + 0.5);
    expect(app.errors).toEqual([]);
  },
);

it('keeps a column the user resized at its width while scrolling and after a restart', async () => {
  await app?.close();
  app = await launchOnBibliography(dataDir, { width: 1440, height: 900 });
  let { page } = app;
  const grip = page.getByRole('separator', { name: 'Resize the Author column' });
  await grip.focus();
  // Four steps of 16 px narrower (keyboard resizing, as in works.columns).
  const before = (await shape(page)).columns[1]!;
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await shape(page)).columns[1]).toBe(before - 64);
  const sized = await shape(page);
  expect(sized.layout).toBe('fixed');
  expect(sized.heights).toHaveLength(1);
  await scrollBy(page, 40_000);
  expect((await shape(page)).columns).toEqual(sized.columns);
  await screenshot(page, 'works-windowed-resized-1440x900');

  await app.close();
  app = await launchOnBibliography(dataDir, { width: 1440, height: 900 });
  page = app.page;
  expect((await shape(page)).columns[1]).toBe(before - 64);
  expect(app.errors).toEqual([]);
}, 60_000); // a second launch: over 20 s on a loaded machine
