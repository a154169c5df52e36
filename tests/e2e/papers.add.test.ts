// e2e: adding a Markdown or text paper shows what it is doing, with a progress bar and Cancel
// (as a PDF's pages do); the window answers while a large paper is parsed (in a worker thread, as
// in the app); a cancelled add leaves the library folder exactly as it was.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { REPO_ROOT, launchApp, screenshot, type LaunchedApp } from './harness';
import { openView, visibleView, waitForPaper } from './appHelpers';
import { workerPaperReader } from './paperWorker';
import { addPaperFromPapersView, keptDataDir, removeDataDirs, showView } from './userDataHelpers';

const fixture = (path: string) => readFileSync(join(REPO_ROOT, 'tests/fixtures', path));
// About 2 MB of notes-style Markdown: long enough to parse that the user can act meanwhile.
const LARGE = Buffer.from(fixture('papers/chicago-notes-refugees.md').toString('utf8').repeat(700));

let app: LaunchedApp;
let dataDir: string;

/** Records every progress bar a toast showed (its label and value), as the user saw them. */
const RECORD_PROGRESS = `(() => {
  const seen = [];
  Object.defineProperty(globalThis, '__progressSeen', { value: seen });
  new MutationObserver(() => {
    for (const bar of document.querySelectorAll('.toast__progress')) {
      const entry = bar.getAttribute('aria-label') + ' @' + bar.getAttribute('value');
      if (seen[seen.length - 1] !== entry) seen.push(entry);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

beforeAll(async () => {
  dataDir = await keptDataDir();
  app = await launchApp({
    dataDir,
    viewport: { width: 1440, height: 900 },
    readPaper: workerPaperReader(),
    initScripts: [RECORD_PROGRESS],
  });
  await waitForPaper(app.page);
  app.page.setDefaultTimeout(30_000);
}, 60_000);
afterAll(async () => {
  await app?.close();
  await removeDataDirs();
});

/** Every file of the library folder with a digest of its bytes. */
async function folderState(dir: string): Promise<Record<string, string>> {
  const state: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    state[relative(dir, path)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return state;
}

function choosePaper(page: Page, file: { name: string; buffer: Buffer }): Promise<void> {
  return addPaperFromPapersView(page, { ...file, mimeType: 'text/plain' });
}

it('a large Markdown paper: a progress bar says what is done, the window answers, Cancel leaves the library as it was', async () => {
  const { page } = app;
  await showView(page, 'Papers');
  const before = await folderState(dataDir);
  await choosePaper(page, { name: 'large review.md', buffer: LARGE });

  // The bar moves through the parse's stages as the worker reaches them, never back.
  const bar = page.getByRole('progressbar', {
    name: 'Finding the citations of “large review.md”…',
  });
  await bar.waitFor();
  await screenshot(page, 'paper-add-progress-1440');
  // While the worker parses, the window answers: another view opens and filters.
  await openView(page, 'Bibliography');
  await visibleView(page).getByRole('searchbox', { name: 'Filter works' }).fill('betts');
  await expect.poll(() => visibleView(page).locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
  const progress = page.locator('.toast').filter({ hasText: 'large review.md' });
  await expect(progress.isVisible()).resolves.toBe(true);

  await progress.getByRole('button', { name: 'Cancel' }).click();
  await page.getByText('Adding large review.md was cancelled; nothing was added.').waitFor();
  const seen = (await page.evaluate(
    () => (globalThis as { __progressSeen?: string[] }).__progressSeen,
  ))!.filter((entry) => entry.includes('large review.md'));
  const values = seen.map((entry) => Number(entry.split(' @')[1]));
  expect(seen.map((entry) => entry.split(' “')[0])).toEqual(
    expect.arrayContaining(['Adding', 'Reading the reference list of', 'Finding the citations of']),
  );
  expect(new Set(values).size).toBeGreaterThanOrEqual(3);
  expect(values).toEqual([...values].sort((a, b) => a - b));
  expect(await folderState(dataDir)).toEqual(before);
  await showView(page, 'Papers');
  await expect.poll(() => page.locator('[data-paper-row]').count()).toBe(1);
  expect(app.errors).toEqual([]);
}, 90_000);

it('a short text paper shows its progress bar too, then is added', async () => {
  const { page } = app;
  const name = 'asylum cooperation in switzerland (windows-1252).txt';
  await choosePaper(page, { name, buffer: fixture(`text-papers/${name}`) });
  const row = page
    .locator('[data-paper-row]')
    .filter({ hasText: 'Asylum Cooperation in Switzerland' });
  await row.waitFor();
  const seen = await page.evaluate(
    () => (globalThis as { __progressSeen?: string[] }).__progressSeen,
  );
  expect(seen).toContain(`Adding “${name}”… @0`);
  const pane = page.getByRole('region', { name: 'Selected paper' });
  await expect.poll(() => pane.textContent()).toContain('Françoise Müller, Jürg Zürcher');
  await expect(pane.textContent()).resolves.toContain('Read as windows-1252 text (not UTF-8).');
  expect(app.errors).toEqual([]);
}, 60_000);

it('a numeric Markdown paper: its superscript citations are raised buttons whose card shows the entry', async () => {
  const { page } = app;
  const name = 'vancouver-superscript-hypertension.md';
  await choosePaper(page, { name, buffer: fixture(`papers/${name}`) });
  const pane = page.getByRole('region', { name: 'Selected paper' });
  await pane.getByRole('heading', { name: /Salt Reduction and Blood Pressure/ }).waitFor();
  await pane.getByRole('button', { name: 'Open in the reader' }).click();
  await page.waitForFunction(() => document.title.startsWith('Reader'));
  const raised = visibleView(page).locator('.cite sup');
  // The paper is read again in a worker as it opens: slow on a loaded machine.
  await expect.poll(() => raised.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(10);
  // <sup>2,3</sup>: two citations, each its own raised button.
  const first = visibleView(page)
    .locator('.cite')
    .filter({ has: page.locator('sup') })
    .first();
  await expect(first.textContent()).resolves.toBe('1');
  await first.focus();
  const card = page.getByRole('dialog');
  await expect.poll(() => card.textContent()).toContain('salt');
  await screenshot(page, 'added-numeric-paper-reader-1440');
  await page.setViewportSize({ width: 1024, height: 700 });
  await screenshot(page, 'added-numeric-paper-reader-1024');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.keyboard.press('Escape');
  // <sup>4-6</sup>: one mark citing three entries; its card shows entries 4, 5 and 6.
  const range = visibleView(page).locator('.cite').filter({ hasText: /^4-6$/ }).first();
  await range.focus();
  const rangeCard = page.getByRole('dialog', { name: '3 references: 4-6' });
  await rangeCard.waitFor();
  await expect
    .poll(() => rangeCard.locator('.card__entry-number').allTextContents())
    .toEqual(['4', '5', '6']);
  await expect.poll(() => rangeCard.locator('.card__reference').count()).toBe(3);
  await screenshot(page, 'added-numeric-paper-range-card-1440');
  await page.keyboard.press('Escape');
  expect(app.errors).toEqual([]);
}, 60_000);
