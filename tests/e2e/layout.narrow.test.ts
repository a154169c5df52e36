// e2e: what a 1024×700 window (and the claim form at any width) leaves out: the works table's
// last column, the room an empty detail pane takes, the co-citation matrix's description, its
// scrollbars and names, and the claim form's blank gap under "Your claim". Measured in the page,
// light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { launchApp, screenshot, type LaunchedApp } from './harness';
import { waitForPaper } from './appHelpers';
import { showView } from './userDataHelpers';

let app: LaunchedApp;

const box = (l: Locator) =>
  l.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width };
  });

/** How far the element's content overflows its box (0 when it all shows). */
const clipped = (l: Locator) =>
  l.evaluate((el) =>
    Math.max(0, el.scrollWidth - el.clientWidth, el.scrollHeight - el.clientHeight),
  );

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
] as const;

describe.each(SIZES)('at $width×$height', (viewport) => {
  beforeAll(async () => {
    app = await launchApp({ viewport });
    await waitForPaper(app.page);
  });
  afterAll(() => app?.close());

  it('bibliography: every column of the table shows; an empty detail pane stays narrow', async () => {
    const { page } = app;
    await showView(page, 'Bibliography');
    const list = page.locator('.view:not([hidden]) .bibliography__list');
    const record = list.locator('th.col-confidence');
    const detail = page.locator('.view:not([hidden]) .bibliography__detail');
    await record.waitFor();
    const fits = async () => {
      expect((await box(record)).right).toBeLessThanOrEqual((await box(list)).right);
      expect(await list.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
    };
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await screenshot(page, `layout-bibliography-${viewport.width}-${scheme}`);
      await fits();
      // Nothing selected: the table gets the room, the pane only what its hint needs.
      await detail.getByText('Select a work').waitFor();
      expect((await box(detail)).width).toBeLessThanOrEqual(viewport.width * 0.25);
    }
    // With a work selected, the pane takes its room and the table still shows every column.
    await list.locator('.work-row__select').first().click();
    await detail.getByRole('heading', { level: 2 }).first().waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await screenshot(page, `layout-bibliography-selected-${viewport.width}-${scheme}`);
      await fits();
      expect((await box(detail)).width).toBeGreaterThanOrEqual(17 * 16);
    }
  });

  it('the sidebar search text never runs under the Ctrl F hint', async () => {
    const { page } = app;
    const field = page.getByRole('combobox', { name: 'Search everywhere' });
    await field.click();
    await page.keyboard.type('partnership approach in the EU and beyond');
    await page.locator('.view:not([hidden]) h1').first().click(); // focus leaves the field
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const overlap = await field.evaluate((input) => {
        const hint = input.parentElement!.querySelector('.kbd-group')!;
        if (hint.getClientRects().length === 0) return 0; // hidden
        const style = getComputedStyle(input);
        const textRight =
          input.getBoundingClientRect().right -
          parseFloat(style.paddingRight) -
          parseFloat(style.borderRightWidth);
        return textRight - hint.getBoundingClientRect().left;
      });
      expect(overlap).toBeLessThanOrEqual(0);
      await screenshot(page, `layout-search-field-${viewport.width}-${scheme}`);
    }
    await field.click();
    await page.keyboard.press('Escape');
  });

  it('claims: the matrix description shows whole; the claim form has no gap', async () => {
    const { page } = app;
    await showView(page, 'Claims');
    const caption = page.locator('.view:not([hidden]) .matrix__description');
    const pane = page.locator('.view:not([hidden]) .claims__matrix');
    await caption.waitFor();
    await page.getByRole('button', { name: 'New claim' }).click();
    const form = page.getByRole('form', { name: 'New claim' });
    await form.waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await screenshot(page, `layout-claims-${viewport.width}-${scheme}`);
      const captionBox = await box(caption);
      const paneBox = await box(pane);
      expect(captionBox.left).toBeGreaterThanOrEqual(paneBox.left);
      expect(captionBox.right).toBeLessThanOrEqual(paneBox.right);
      expect(await clipped(caption)).toBe(0);
      const label = form.getByText('Your claim', { exact: true });
      const statement = form.getByRole('textbox', { name: 'Your claim' });
      const gap = (await box(statement)).top - (await box(label)).bottom;
      expect(gap).toBeLessThan(16);
    }
    expect(app.errors).toEqual([]);
  });

  it('claims: the matrix scrolls in a box that ends in the window, its names staying in view', async () => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: 'light' });
    await showView(page, 'Claims');
    const wrap = page.locator('.view:not([hidden]) .matrix-wrap');
    const firstRow = wrap.locator('tbody th').first();
    const firstCol = wrap.locator('thead th').first();
    await firstRow.waitFor();
    // The whole box, its scrollbars included, is inside the window and inside its pane.
    const pane = await box(page.locator('.view:not([hidden]) .claims__matrix'));
    const wrapBox = await box(wrap);
    expect(wrapBox.bottom).toBeLessThanOrEqual(viewport.height);
    expect(wrapBox.bottom).toBeLessThanOrEqual(pane.bottom);
    expect(wrapBox.right).toBeLessThanOrEqual(pane.right);
    const overflow = await wrap.evaluate((el) => ({
      x: el.scrollWidth - el.clientWidth,
      y: el.scrollHeight - el.clientHeight,
    }));
    if (viewport.width === 1024) expect(overflow.x).toBeGreaterThan(0); // 17 works do not fit
    // Scrolled to its far corner, the row and column names are where they were (give or take the
    // table's 2px border spacing, which a sticky cell gives up at the edge).
    const before = { row: await box(firstRow), col: await box(firstCol) };
    await wrap.evaluate((el) => el.scrollTo(el.scrollWidth, el.scrollHeight));
    await screenshot(page, `layout-claims-matrix-scrolled-${viewport.width}`);
    const after = { row: await box(firstRow), col: await box(firstCol) };
    expect(Math.abs(after.row.left - before.row.left)).toBeLessThanOrEqual(2);
    expect(Math.abs(after.col.top - before.col.top)).toBeLessThanOrEqual(2);
    if (overflow.x > 0) expect(after.col.left).toBeLessThan(before.col.left);
    if (overflow.y > 0) expect(after.row.top).toBeLessThan(before.row.top);
    await wrap.evaluate((el) => el.scrollTo(0, 0));
    expect(app.errors).toEqual([]);
  });
});
