// e2e: a walk through every view and dialog at 1440x900 and 1024x700, as a reviewer looks at
// them: Papers, the reader and a pinned card, the Bibliography with a work, Claims, Notes, Lists,
// Go to…, Export, an import review, the columns chooser, the shortcuts, an error. Each screen is
// saved (walk-<size>-<name>.png) and checked: the window never scrolls sideways, nothing the
// page shows sticks out of the window, and no error reached the console.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { REPO_ROOT, launchApp, screenshot, type LaunchedApp } from './harness';
import { visibleView, waitForPaper } from './appHelpers';
import { callApi, dropFile } from './exchangeHelpers';
import { showView } from './userDataHelpers';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;

const IMPORT_FILE = 'two new works, a duplicate and a broken entry.bib';

/** Saves the screen and checks that neither the page nor an open dialog runs out of the window. */
async function look(page: Page, size: string, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await screenshot(page, `walk-${size}-${name}`);
  const out = await page.evaluate(() => {
    const problems: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth) problems.push(`page ${doc.scrollWidth}px wide`);
    for (const el of document.querySelectorAll('[role="dialog"], .toast')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      if (
        r.left < -0.5 ||
        r.top < -0.5 ||
        r.right > innerWidth + 0.5 ||
        r.bottom > innerHeight + 0.5
      )
        problems.push(`${el.getAttribute('aria-label') ?? el.className} out of the window`);
    }
    return problems;
  });
  expect(out, name).toEqual([]);
}

/** True when the middle of `locator` is not covered by anything (nor scrolled out of sight). */
const hitsItself = (locator: Locator): Promise<boolean> =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && (hit === el || el.contains(hit));
  });

describe.each(SIZES)('the walk at $width×$height', (viewport) => {
  const size = `${viewport.width}x${viewport.height}`;
  let app: LaunchedApp;
  beforeAll(async () => {
    app = await launchApp({ viewport });
    await waitForPaper(app.page);
    const { page } = app;
    await callApi(page, 'createNote', {
      title: 'RCPs as policy transfer',
      body: 'Why it matters: RCPs spread after Cairo; compare [@lavenex2008] and [@betts2011c].',
      tags: ['rcp', 'transfer'],
    });
    const list = await callApi<{ id: string }>(page, 'createReadingList', { name: 'Partnerships' });
    await callApi(page, 'addToReadingList', {
      listId: list.id,
      workKeys: ['betts2011c', 'kohler2011', 'lavenex2008'],
    });
  });
  afterAll(() => app?.close());

  it('views', async () => {
    const { page } = app;
    await showView(page, 'Papers');
    await visibleView(page).locator('tbody tr').first().waitFor();
    await look(page, size, 'papers');
    // Nothing selected: the pane holds a line of hint, the table gets the room (as in the
    // Bibliography); it took a third of a 1024-wide window and wrapped the title over 7 lines.
    const paneWidth = await visibleView(page)
      .locator('.papers__detail')
      .evaluate((el) => el.getBoundingClientRect().width);
    expect(paneWidth).toBeLessThanOrEqual(viewport.width * 0.25);

    await showView(page, 'Reader');
    await look(page, size, 'reader');
    const cite = page.getByRole('button', { name: 'Betts 2011c: 41', exact: true });
    await cite.scrollIntoViewIfNeeded();
    await cite.click();
    const card = page.locator('.citation-card--pinned');
    await card.locator('.card__reference').waitFor();
    await look(page, size, 'reader-card');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });

    await showView(page, 'Bibliography');
    const rows = visibleView(page).locator('tbody tr');
    await rows.first().waitFor();
    await rows.nth(2).locator('.work-row__select').click();
    await visibleView(page).locator('.bibliography__detail h2').first().waitFor();
    await look(page, size, 'bibliography-work');
    await visibleView(page).getByRole('button', { name: 'Columns' }).click();
    const menu = visibleView(page).getByRole('group', { name: 'Columns shown' });
    await menu.waitFor();
    await look(page, size, 'bibliography-columns');
    // The open menu is on top: the filter field and the table's sticky head showed through it.
    const covered = await menu.evaluate((panel) =>
      [...panel.querySelectorAll('label, button, a')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return !hit || !panel.contains(hit);
        })
        .map((el) => el.textContent),
    );
    expect(covered).toEqual([]);
    await page.keyboard.press('Escape');

    await showView(page, 'Claims');
    await visibleView(page).locator('.claim-item').first().waitFor();
    await look(page, size, 'claims');

    await showView(page, 'Notes');
    await visibleView(page).getByText('RCPs as policy transfer').first().click();
    await look(page, size, 'notes');
    // A long link label is cut inside the editor's column (it ran past its right edge at 1024).
    const chipsOut = await visibleView(page)
      .getByRole('list', { name: 'Links' })
      .evaluate((list) => {
        const edge = list.getBoundingClientRect().right;
        return [...list.children].filter((li) => li.getBoundingClientRect().right > edge + 0.5)
          .length;
      });
    expect(chipsOut).toBe(0);

    await showView(page, 'Reading lists');
    await visibleView(page).getByText('Partnerships').first().click();
    await visibleView(page).getByText('Koehler 2011').first().waitFor();
    await look(page, size, 'lists');
    expect(app.errors).toEqual([]);
  }, 120_000);

  it('dialogs and an error', async () => {
    const { page } = app;
    await showView(page, 'Bibliography');
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Go to…' });
    await palette.getByRole('combobox').fill('betts');
    await palette.getByRole('option').first().waitFor();
    await look(page, size, 'palette');
    await page.keyboard.press('Escape');

    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Export…' })
      .click();
    const exporter = page.getByRole('dialog', { name: /^Export/ });
    await exporter.waitFor();
    await look(page, size, 'export');
    await page.keyboard.press('Escape');
    await exporter.waitFor({ state: 'detached' });

    const text = await readFile(join(REPO_ROOT, 'tests/fixtures/import', IMPORT_FILE), 'utf8');
    await dropFile(page, IMPORT_FILE, text);
    const review = page.getByRole('dialog', { name: `Import ${IMPORT_FILE}` });
    await review.getByText(/Nothing has been imported yet/).waitFor();
    await look(page, size, 'import-review');
    await review.getByRole('button', { name: 'Cancel' }).click();
    await review.waitFor({ state: 'detached' });

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    await look(page, size, 'help');
    await page.keyboard.press('Escape');

    // An error a user meets: a date New work cannot read, and adding anyway.
    await visibleView(page).getByRole('button', { name: 'New work…' }).click();
    const newWork = page.getByRole('dialog', { name: 'New work' });
    await newWork.getByRole('textbox', { name: /^Date/ }).fill('sometime soon');
    await newWork.getByRole('button', { name: 'Add to the library' }).click();
    await newWork.getByText('Fix the marked fields first.').waitFor();
    // The user is taken to the marked field, and the dialog's buttons stay in sight.
    const date = newWork.getByRole('textbox', { name: /^Date/ });
    await expect(date.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    for (const target of [date, newWork.getByRole('button', { name: 'Add to the library' })])
      await expect(hitsItself(target)).resolves.toBe(true);
    await look(page, size, 'new-work-error');
    await page.keyboard.press('Escape');

    // A file that is no bibliography: the error toast.
    await dropFile(page, 'notes.bib', 'this is not a bibliography at all');
    await page.locator('.toast--error, [role="dialog"]').first().waitFor();
    await look(page, size, 'import-error');
  }, 120_000);
});
