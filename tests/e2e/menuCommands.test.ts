// e2e: the native menu's commands (File > Import…, Export…, View > …) as the page receives them,
// and the same keys pressed in the page, reach the actions of the sidebar's buttons once each.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { REPO_ROOT, launchApp, type LaunchedApp } from './harness';
import { waitForPaper } from './appHelpers';

const FIXTURE = join(
  REPO_ROOT,
  'tests/fixtures/import/two new works, a duplicate and a broken entry.bib',
);

let app: LaunchedApp;
beforeAll(async () => {
  app = await launchApp();
  await waitForPaper(app.page);
  app.page.setDefaultTimeout(8000);
});
afterAll(() => app?.close());

const title = () => app.page.title();

it('switches views on View menu commands and ignores names that are no command', async () => {
  await app.emitMenuCommand('view:claims');
  await app.page.waitForFunction(() => document.title.startsWith('Claims'));
  await app.emitMenuCommand('view:settings');
  await app.emitMenuCommand('quit');
  await app.emitMenuCommand('view:lists');
  await app.page.waitForFunction(() => document.title.startsWith('Reading lists'));
  await app.emitMenuCommand('view:reader');
  await app.page.waitForFunction(() => document.title.startsWith('Reader'));
  expect(app.errors).toEqual([]);
});

it('asks for the file on File > Import… (no key press to open a picker) and reviews it', async () => {
  const { page } = app;
  // As after a click in the native menu: no user activation left in the page (Chromium lets a
  // page open a picker for 5 s after a key press or click; page.evaluate counts as one, so it is
  // asked without a gesture).
  const cdp = await page.context().newCDPSession(page);
  const activation = async () =>
    (
      await cdp.send('Runtime.evaluate', {
        expression: 'navigator.userActivation.isActive',
        userGesture: false,
        returnByValue: true,
      })
    ).result.value as boolean;
  await expect.poll(activation, { timeout: 10_000, interval: 250 }).toBe(false);
  await cdp.detach();
  await app.emitMenuCommand('import');
  const prompt = page.getByRole('dialog', { name: 'Import a bibliography' });
  await prompt.waitFor();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    prompt.getByRole('button', { name: 'Choose file…' }).click(),
  ]);
  await chooser.setFiles(FIXTURE);
  const review = page.getByRole('dialog', {
    name: 'Import two new works, a duplicate and a broken entry.bib',
  });
  await review.waitFor();
  await expect.poll(() => prompt.count()).toBe(0);
  await review.getByRole('button', { name: 'Cancel' }).click();
  await review.waitFor({ state: 'detached' });
});

it('opens the export dialog on the whole library from File > Export…, closing the help', async () => {
  const { page } = app;
  await page.keyboard.press('?');
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  await app.emitMenuCommand('export');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.waitFor();
  await expect.poll(() => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).count()).toBe(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
});

it('opens the file picker itself on Ctrl+O, and the export on Ctrl+E', async () => {
  const { page } = app;
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.keyboard.press('Control+O'),
  ]);
  expect(chooser.isMultiple()).toBe(false);
  await expect
    .poll(() => page.getByRole('dialog', { name: 'Import a bibliography' }).count())
    .toBe(0);
  await page.keyboard.press('Control+E');
  await page.getByRole('dialog', { name: 'Export' }).waitFor();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+3');
  await page.waitForFunction(() => document.title.startsWith('Bibliography'));
  expect(await title()).toBe('Bibliography — Scholion');
  expect(app.errors).toEqual([]);
});

it('lists Ctrl+O, Ctrl+E and the views in the help overlay', async () => {
  const { page } = app;
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await help.waitFor();
  const text = (await help.textContent()) ?? '';
  for (const line of [
    'Import a bibliography file',
    'Export the library',
    'Reader',
    'Bibliography',
    'Claims',
    'Notes',
    'Reading lists',
  ]) {
    expect(text).toContain(line);
  }
  await page.keyboard.press('Escape');
});
