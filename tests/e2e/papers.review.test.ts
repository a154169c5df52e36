// e2e, clicking as a user: add a Markdown paper → it is in Papers → Search finds its text, naming
// the paper → open it: a citation card shows its reference → in its reference list confirm one
// suggested match and reject another → correct an entry's fields → read the paper again: the
// answers and the correction are kept.
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { REPO_ROOT, launchApp, screenshot, type LaunchedApp } from './harness';
import { visibleView, waitForPaper } from './appHelpers';
import { addPaperFromPapersView, keptDataDir, removeDataDirs, showView } from './userDataHelpers';

const PAPER = join(REPO_ROOT, 'tests/fixtures/added-papers/partnership and its discontents.md');
const TITLE = 'Partnership and Its Discontents: Migration Cooperation after 2005';

let app: LaunchedApp;

beforeAll(async () => {
  app = await launchApp({ dataDir: await keptDataDir(), viewport: { width: 1440, height: 900 } });
  await waitForPaper(app.page);
  app.page.setDefaultTimeout(10_000);
}, 60_000);
afterAll(async () => {
  await app?.close();
  await removeDataDirs();
});

const detail = (page: Page) => page.getByRole('region', { name: 'Selected paper' });
/** The reference-list entry of the selected paper whose text starts with `start`. */
const entry = (page: Page, start: string): Locator =>
  detail(page).locator('.paper-ref').filter({ hasText: start });

/** Both window sizes, light theme. */
async function screens(page: Page, name: string): Promise<void> {
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await screenshot(page, `${name}-${size.width}`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

it('adds the paper; it is listed in Papers with two matches to answer', async () => {
  const { page } = app;
  await addPaperFromPapersView(page, PAPER);
  await page.locator('[data-paper-row]').filter({ hasText: TITLE }).waitFor();
  await detail(page).getByRole('heading', { name: TITLE }).waitFor();
  // The heading comes first; the reference list ("Loading the reference list…") then.
  await expect
    .poll(() => detail(page).getByRole('status').textContent())
    .toBe('2 entries may be works already in your library: are they?');
  await expect
    .poll(() => detail(page).getByRole('group', { name: 'Suggested match' }).count())
    .toBe(2);
  // Each suggestion names the library work's title, to compare with the entry.
  await expect
    .poll(() => entry(page, 'Abrahamsen, R. (2004)').textContent())
    .toContain(
      'Abrahamsen 2004, “The Power of Partnerships in Global Governance”, from your library?',
    );
  await screens(page, 'papers-review-matches');
});

it('finds the paper’s text in Search, saying which paper it is in', async () => {
  const { page } = app;
  await page.keyboard.press('Control+f');
  await page.keyboard.type('disciplines the weaker party');
  const hit = page.locator('[role="option"][data-hit-kind="passage"]').first();
  await hit.waitFor();
  await expect(hit.textContent()).resolves.toContain(TITLE);
  await hit.click();
  await page.waitForFunction(() => document.title.startsWith('Reader'));
  await visibleView(page).getByRole('heading', { level: 1, name: TITLE }).waitFor();
});

it('shows a citation’s reference in its card', async () => {
  const { page } = app;
  const cite = visibleView(page).getByRole('button', { name: 'Thouez 2006' });
  await cite.focus();
  const card = page.getByRole('dialog', { name: /Thouez/ });
  await card.waitFor();
  await expect.poll(() => card.textContent()).toContain('Shaping International Migration Policy');
  await page.keyboard.press('Escape');
});

it('confirms one suggested match and rejects the other', async () => {
  const { page } = app;
  await showView(page, 'Papers');
  await page
    .locator('[data-paper-row]')
    .filter({ hasText: TITLE })
    .getByRole('button')
    .first()
    .click();
  await detail(page).getByRole('heading', { name: TITLE }).waitFor();

  const abrahamsen = entry(page, 'Abrahamsen, R. (2004)');
  await abrahamsen.getByRole('button', { name: 'Same work' }).click();
  await abrahamsen.getByText('match confirmed by you').waitFor();
  const hollifield = entry(page, 'Hollifield, J. F. (1998)');
  await hollifield.getByRole('button', { name: 'A different work' }).click();
  await hollifield.getByText('new work made from this entry').waitFor();
  await expect(detail(page).getByRole('group', { name: 'Suggested match' }).count()).resolves.toBe(
    0,
  );
  // The confirmed entry's citations now count for the library's work.
  await abrahamsen.getByRole('button').first().click();
  await page.waitForFunction(() => document.title.startsWith('Bibliography'));
  const work = page.getByRole('region', { name: 'Selected work' });
  await work.getByText(/^Cited by 2 of your 2 papers/).waitFor();
});

it('corrects an entry’s fields, and the answers and correction survive reading the paper again', async () => {
  const { page } = app;
  await showView(page, 'Papers');
  await page
    .locator('[data-paper-row]')
    .filter({ hasText: TITLE })
    .getByRole('button')
    .first()
    .click();
  const reslow = entry(page, 'Reslow, N. (2012)');
  await reslow.getByRole('button', { name: 'Correct fields…' }).click();
  const form = reslow.getByRole('form', { name: 'Correct this entry' });
  await form
    .getByRole('textbox', { name: 'Title' })
    .fill('The Role of Third Countries in EU Migration Policy');
  await form
    .getByRole('textbox', { name: 'Journal or book' })
    .fill('European Journal of Migration and Law');
  await form.getByRole('button', { name: 'Save correction' }).click();
  await form.waitFor({ state: 'detached' });
  await screens(page, 'papers-review-corrected');

  await detail(page).getByRole('button', { name: 'Read again' }).click();
  await expect
    .poll(() => entry(page, 'Abrahamsen, R. (2004)').textContent())
    .toContain('match confirmed by you');
  await expect(entry(page, 'Hollifield, J. F. (1998)').textContent()).resolves.toContain(
    'new work made from this entry',
  );
  await reslow.getByRole('button', { name: 'Correct fields…' }).click();
  await expect(form.getByRole('textbox', { name: 'Title' }).inputValue()).resolves.toBe(
    'The Role of Third Countries in EU Migration Policy',
  );
  await form.getByRole('button', { name: 'Cancel' }).click();
  expect(app.errors).toEqual([]);
}, 60_000);
