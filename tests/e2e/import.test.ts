// e2e: a .bib file with two new works, one already in the library and one broken entry is
// dropped on the window; the review shows each before anything is written; importing the
// readable entries only adds the two new works to the bibliography.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { REPO_ROOT, launchApp, screenshot, type LaunchedApp } from './harness';
import { openView, visibleView, waitForPaper } from './appHelpers';
import { callApi, dropFile } from './exchangeHelpers';

const FILE_NAME = 'two new works, a duplicate and a broken entry.bib';

let app: LaunchedApp;
beforeAll(async () => {
  app = await launchApp();
  await waitForPaper(app.page);
  app.page.setDefaultTimeout(8000);
});
afterAll(() => app?.close());

it('reviews a dropped file and imports its readable entries into the bibliography', async () => {
  const { page } = app;
  await openView(page, 'Bibliography');
  const text = await readFile(join(REPO_ROOT, 'tests/fixtures/import', FILE_NAME), 'utf8');
  await dropFile(page, FILE_NAME, text, async () => {
    await page.getByText(/a \.bib, \.ris or CSL-JSON file to import it/).waitFor();
    await screenshot(page, 'import-drop-overlay');
  });

  const review = page.getByRole('dialog', { name: `Import ${FILE_NAME}` });
  await review.waitFor();
  await review
    .getByText(
      '3 readable entries: 2 new, 1 already in your library; 1 cannot be read. Nothing has been imported yet.',
    )
    .waitFor();
  const entry = (line: number) => review.locator(`[data-import-line="${line}"]`);
  await expect(entry(4).textContent()).resolves.toContain(
    'Geddes and Scholten 2016 The Politics of Migration and Immigration in Europe',
  );
  await expect(entry(13).textContent()).resolves.toContain('Boswell 2007');
  await expect(entry(24).textContent()).resolves.toContain(
    'matches Betts 2011c (betts2011c): same title, year and first author',
  );
  await expect(entry(24).getByRole('radio', { name: 'Skip' }).isChecked()).resolves.toBe(true);
  await expect(entry(34).textContent()).resolves.toMatch(
    /^line 34: entry `broken2020`: missing closing brace/,
  );
  // Nothing is imported from a file with broken entries until the user says so.
  const importButton = review.getByRole('button', { name: 'Add 2 works' });
  await expect(importButton.isDisabled()).resolves.toBe(true);
  await expect(callApi<unknown[]>(page, 'listWorks', {}).then((w) => w.length)).resolves.toBe(29);
  await screenshot(page, 'import-review');

  await review.getByLabel(/Import the readable entries only/).check();
  await importButton.click();
  await review.getByText('Added 2 works: Geddes and Scholten 2016; Boswell 2007.').waitFor();
  await expect(review.textContent()).resolves.toContain(
    'Skipped 1 duplicate (line 24, already Betts 2011c).',
  );
  await expect(review.textContent()).resolves.toContain('line 34: entry `broken2020`');
  await screenshot(page, 'import-result');
  await review.getByRole('button', { name: 'Show in the bibliography' }).click();

  const view = visibleView(page);
  await view.getByText('31 works').waitFor();
  await view.locator('[data-work-row="boswell2007"]').waitFor();
  await view.locator('[data-work-row="geddes2016"]').waitFor();
  await view.locator('[data-work-key="boswell2007"]').click();
  await view
    .getByText(new RegExp(`You imported this record from ${FILE_NAME.replace(/[.,]/g, '\\$&')}`))
    .waitFor();
  await screenshot(page, 'import-in-bibliography');
  expect(app.errors).toEqual([]);
});

it('leaves out an unticked entry and merges a duplicate field by field', async () => {
  const { page } = app;
  const text = await readFile(join(REPO_ROOT, 'tests/fixtures/import', FILE_NAME), 'utf8');
  // The first test imported this file; now all three readable entries are in the library.
  await dropFile(page, FILE_NAME, text);
  const review = page.getByRole('dialog', { name: `Import ${FILE_NAME}` });
  await review.getByText(/3 readable entries: 0 new, 3 already in your library/).waitFor();
  const entry = (line: number) => review.locator(`[data-import-line="${line}"]`);
  await entry(4).getByRole('checkbox').uncheck();
  await review.getByText(/2 left out by you|1 left out by you/).waitFor();
  await entry(24).getByRole('radio', { name: 'Merge' }).check();
  const table = entry(24).getByRole('table');
  await table.getByText(/fields? differs?|no field differs/).waitFor();
  await expect(table.getByText('(differs)').count()).resolves.toBeGreaterThan(0);
  await entry(24).scrollIntoViewIfNeeded();
  for (const [width, height] of [
    [1440, 900],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width, height });
    await table.scrollIntoViewIfNeeded();
    await screenshot(page, `import-merge-fields-${width}x${height}`);
  }
  await review.getByLabel(/Import the readable entries only/).check();
  await review.getByRole('button', { name: 'Merge 1' }).click();
  await review.getByText(/Left out 1 entry you unticked \(line 4\)/).waitFor();
  await expect(review.textContent()).resolves.toContain('Merged new fields into 1 work');
  await review.getByRole('button', { name: 'Done' }).click();
  expect(app.errors).toEqual([]);
});

it('says what it cannot import, without opening a review', async () => {
  const { page } = app;
  // A dropped file that is neither a bibliography nor a paper: named for what it is.
  await dropFile(page, 'archive.zip', 'PK\u0003\u0004 not a paper');
  await page
    .getByText(/archive\.zip.*zip archive/i)
    .first()
    .waitFor();
  await expect.poll(() => page.locator('.import-dialog').count()).toBe(0);
});
