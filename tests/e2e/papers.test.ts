// e2e: the library of papers. Add a Markdown paper → it is in Papers → open it → a citation
// card shows its reference → a work cited by the bundled paper and the new one shows both → a
// note on a passage of the new paper survives a restart → a CLI write shows up in the open app.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { REPO_ROOT, launchApp, screenshot, type LaunchedApp } from './harness';
import { visibleView, waitForPaper } from './appHelpers';
import {
  addPaperFromPapersView,
  keptDataDir,
  removeDataDirs,
  selectInPaper,
  showView,
} from './userDataHelpers';
import { runCli } from '../cli/runCli';

const PAPER = join(
  REPO_ROOT,
  'tests/fixtures/added-papers/partnerships in migration governance.md',
);
const TITLE = 'Partnerships in Migration Governance: A Short Review';
const PASSAGE = 'the power of partnerships lies in their ability to discipline the weaker party';

let app: LaunchedApp;
let dataDir: string;

beforeAll(async () => {
  dataDir = await keptDataDir();
  app = await launchApp({ dataDir, viewport: { width: 1440, height: 900 } });
  await waitForPaper(app.page);
  app.page.setDefaultTimeout(8000);
}, 60_000);
afterAll(async () => {
  await app?.close();
  await removeDataDirs();
});

const paperRow = (page: Page) => page.locator('[data-paper-row]').filter({ hasText: TITLE });

/** Both themes at both window sizes, for the screens this issue adds. */
async function screens(page: Page, name: string): Promise<void> {
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await screenshot(page, `${name}-${size.width}-${scheme}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1440, height: 900 });
}

it('adds a Markdown paper from the Papers view and lists it with what was found', async () => {
  const { page } = app;
  await addPaperFromPapersView(page, PAPER);
  await paperRow(page).waitFor();
  // The new paper is selected, with its counts and no parse warning hidden from the user.
  const pane = page.getByRole('region', { name: 'Selected paper' });
  await pane.getByRole('heading', { name: TITLE }).waitFor();
  const counts = await pane.locator('.paper-detail__counts dd').allTextContents();
  expect(counts.map(Number)).toEqual([8, 5, 5]);
  expect(await page.locator('[data-paper-row]').count()).toBe(2);
  await screens(page, 'papers-view');
  expect(app.errors).toEqual([]);
});

it('opens the paper in the reader, where a citation card shows its reference', async () => {
  const { page } = app;
  await page
    .getByRole('region', { name: 'Selected paper' })
    .getByRole('button', { name: 'Open in the reader' })
    .click();
  await page.waitForFunction(() => document.title.startsWith('Reader'));
  await visibleView(page).getByRole('heading', { level: 1, name: TITLE }).waitFor();
  const cite = visibleView(page).getByRole('button', { name: 'Abrahamsen 2004: 1453' });
  await cite.focus();
  const card = page.getByRole('dialog', { name: 'Abrahamsen 2004' });
  await card.waitFor();
  await expect.poll(() => card.textContent()).toContain('The Power of Partnerships in Global');
  await expect.poll(() => card.textContent()).toContain('Cited 2 times in this paper');
  await expect.poll(() => card.textContent()).toContain('Cited by 2 of your papers');
  await screens(page, 'added-paper-reader-card');
  await page.keyboard.press('Escape');
});

it('shows a work cited by both papers with each paper’s claims', async () => {
  const { page } = app;
  await showView(page, 'Bibliography');
  await visibleView(page).getByRole('searchbox', { name: 'Filter works' }).fill('abrahamsen');
  await visibleView(page)
    .getByRole('button', { name: /The Power of Partnerships in Global Governance/ })
    .click();
  const pane = page.getByRole('region', { name: 'Selected work' });
  await pane.getByText(/^Cited by 2 of your 2 papers/).waitFor();
  const papers = pane.locator('.citing-paper');
  await expect.poll(() => papers.count()).toBe(2);
  await expect(pane.getByRole('region', { name: `In ${TITLE}` }).textContent()).resolves.toContain(
    'cited 2 times',
  );
  await screens(page, 'work-cited-by-two-papers');
  // A claim of the new paper jumps into it, highlighted.
  await pane
    .getByRole('region', { name: `In ${TITLE}` })
    .getByRole('button', { name: 'Show in the paper' })
    .first()
    .click();
  await visibleView(page).getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await expect.poll(() => page.locator('mark.passage-mark').count()).toBeGreaterThan(0);
});

it('keeps a note on a passage of the new paper across a restart', async () => {
  let { page } = app;
  await selectInPaper(page, PASSAGE);
  const popover = page.getByRole('toolbar', { name: 'Selected text' });
  await popover.getByRole('button', { name: /Note on selection/ }).click();
  const drawer = page.getByRole('complementary', { name: 'Note' });
  await drawer.getByRole('textbox', { name: 'Title' }).fill('Discipline through partnership');
  await expect.poll(() => drawer.getByRole('status').first().textContent()).toBe('Saved');
  await expect
    .poll(() => drawer.getByRole('list', { name: 'Links' }).textContent())
    .toMatch(/Passage “the power of partnerships lies/);
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'detached' });

  await app.close();
  app = await launchApp({ dataDir, viewport: { width: 1440, height: 900 } });
  page = app.page;
  page.setDefaultTimeout(8000);
  await waitForPaper(page);
  await showView(page, 'Papers');
  await paperRow(page).getByRole('button', { name: TITLE }).click();
  await page
    .getByRole('region', { name: 'Selected paper' })
    .getByRole('button', { name: 'Open in the reader' })
    .click();
  const marker = page.getByRole('button', { name: /^1 note on “the power of partnerships/ });
  await marker.waitFor();
  await expect
    .poll(() => page.locator('.reader__scroll').evaluate((el) => el.textContent ?? ''))
    .toContain(PASSAGE);
}, 60_000);

it('shows a note the command line writes while the app is open', async () => {
  const { page } = app;
  await showView(page, 'Notes');
  const added = await runCli([
    'note',
    'add',
    '--title',
    'Written in the shell',
    '--body',
    'Compare [@abrahamsen2004].',
    '--work',
    'abrahamsen2004',
    '--data-dir',
    dataDir,
  ]);
  expect(added.stderr).toBe('');
  expect(added.code).toBe(0);
  await visibleView(page).getByText('Written in the shell').first().waitFor();
}, 30_000);
