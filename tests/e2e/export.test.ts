// e2e: the export dialog previews and saves the library as BibTeX and formats a bibliography;
// a pandoc citation is copied from the Betts 2011c card, and the chosen form is remembered;
// a reading list bound to a file keeps it up to date, and a file edited outside Scholion is left
// alone until the user imports its changes or overwrites it.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { launchApp, screenshot, type LaunchedApp } from './harness';
import { waitForPaper } from './appHelpers';
import { callApi, copied, fakeSaveDialog, recordClipboard } from './exchangeHelpers';

let app: LaunchedApp;
let outDir: string;
const dialogs = fakeSaveDialog();

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'scholion-e2e-out-'));
  app = await launchApp({ dialogs });
  await waitForPaper(app.page);
  await recordClipboard(app.page);
  app.page.setDefaultTimeout(8000); // a missing element fails its step, not the whole test
});
// A failed scenario must not leave its dialog over the next one.
afterEach(async () => {
  for (let i = 0; i < 3 && (await app.page.locator('.modal').count()) > 0; i++)
    await app.page.keyboard.press('Escape');
});
afterAll(async () => {
  await app?.close();
  await rm(outDir, { recursive: true, force: true });
});

/** The reading list bound to a file by the sync test, for the test after it. */
let synced: { listId: string; path: string } | null = null;

const keysIn = (bib: string) => [...bib.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);

it('exports the library as BibTeX from the dialog, previewing exactly what it saves', async () => {
  const { page } = app;
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Export…' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.waitFor();
  await expect(dialog.getByLabel('Export', { exact: true }).inputValue()).resolves.toBe('library');
  await dialog.getByLabel('Format').selectOption('bibtex');
  const status = dialog.getByText('29 works · library.bib');
  await status.waitFor();
  const preview = dialog.getByLabel('Preview of the export');
  const shown = (await preview.textContent()) ?? '';
  expect(keysIn(shown)).toHaveLength(29);
  expect(shown).toContain('@incollection{betts2011c,');
  await screenshot(page, 'export-dialog-bibtex');

  const path = join(outDir, 'library.bib');
  dialogs.paths.push(path);
  await dialog.getByRole('button', { name: 'Save to file…' }).click();
  await dialog.getByText(`Saved 29 works to ${path}.`).waitFor();
  await expect(readFile(path, 'utf8')).resolves.toBe(shown);
  expect(dialogs.asked.at(-1)).toMatchObject({ defaultName: 'library.bib' });

  // A formatted bibliography in Chicago author-date, copied as HTML with plain text.
  await dialog.getByLabel('Format').selectOption('bibliography');
  await dialog.getByLabel('Style').selectOption('chicago-author-date');
  await dialog.getByText('29 works · library.txt').waitFor();
  // Chicago puts a 3-em dash for the author repeated from the entry above (Betts 2011a).
  // The style's first bibliography takes a moment on a busy machine: wait for it, not a fixed time.
  await expect
    .poll(() => preview.textContent(), { timeout: 20_000 })
    .toContain(
      '———. 2011c. “The Global Governance of Migration and the Role of Trans-Regionalism.”',
    );
  await screenshot(page, 'export-dialog-bibliography');
  await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
  await dialog.getByText('Copied 29 works (formatted, with plain text).').waitFor();
  const [entry] = (await copied(page)).slice(-1);
  expect(entry?.['text/html']).toContain('<div class="csl-bib-body">');
  expect(entry?.['text/plain']).toContain(
    'Betts, Alexander, ed. 2011a. Global Migration Governance.',
  );
  await dialog.getByLabel('Format').selectOption('bibtex'); // leave the remembered choice as it was
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(app.errors).toEqual([]);
});

it('copies a pandoc citation from the Betts 2011c card and remembers the form', async () => {
  const { page } = app;
  const cite = page.getByRole('button', { name: 'Betts 2011c: 41', exact: true });
  await cite.scrollIntoViewIfNeeded();
  await cite.hover();
  const card = page.getByRole('dialog', { name: 'Betts 2011c' });
  await card.getByRole('button', { name: 'Copy citation…' }).click();
  const picker = page.getByRole('dialog', { name: 'Copy a citation of Betts 2011c' });
  await picker.waitFor();
  await expect(picker.getByLabel('Page or other locator').inputValue()).resolves.toBe('41');
  await picker.getByText('(Betts 2011c, 41)').waitFor();
  await picker.getByText('\\parencite[41]{betts2011c}').waitFor();
  await picker.getByText('\\citep[41]{betts2011c}').waitFor();
  await picker.getByRole('radio', { name: /pandoc/ }).check();
  await screenshot(page, 'copy-citation-picker');
  await picker.getByRole('button', { name: 'Copy citation' }).click();
  await picker.waitFor({ state: 'detached' });
  await expect(copied(page).then((c) => c.at(-1))).resolves.toEqual({
    'text/plain': '[@betts2011c, p. 41]',
  });

  // The formatted in-text form, chosen once, is the one offered next time.
  await cite.hover();
  await card.getByRole('button', { name: 'Copy citation…' }).click();
  await expect(picker.getByRole('radio', { name: /pandoc/ }).isChecked()).resolves.toBe(true);
  await picker.getByRole('radio', { name: /Formatted in-text/ }).check();
  await picker.getByRole('button', { name: 'Copy citation' }).click();
  await expect(copied(page).then((c) => c.at(-1))).resolves.toEqual({
    'text/plain': '(Betts 2011c, 41)',
  });
  await cite.hover();
  await card.getByRole('button', { name: 'Copy citation…' }).click();
  await expect(picker.getByRole('radio', { name: /Formatted in-text/ }).isChecked()).resolves.toBe(
    true,
  );
  await picker.getByRole('button', { name: 'Copy bibliography entry' }).click();
  await picker.waitFor({ state: 'detached' });
  const entry = (await copied(page)).at(-1);
  expect(entry?.['text/plain']).toMatch(/^Betts, Alexander\. 2011\. “The Global Governance/);
  expect(entry?.['text/html']).toContain('<i>Multilayered Migration Governance');
  expect(app.errors).toEqual([]);
});

it('keeps a reading list’s file in sync: adding a work rewrites it', async () => {
  const { page } = app;
  const list = await callApi<{ id: string }>(page, 'createReadingList', { name: 'Manuscript' });
  await callApi(page, 'addToReadingList', { listId: list.id, workKeys: ['kohler2011'] });
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Export…' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('Export', { exact: true }).selectOption(`list:${list.id}`);
  await dialog.getByText('1 work · Manuscript.bib').waitFor();
  const path = join(outDir, 'manuscript.bib');
  dialogs.paths.push(path);
  await dialog.getByRole('button', { name: 'Keep a .bib file in sync…' }).click();
  await dialog.getByText('Bound: the file is rewritten at every change.').waitFor();
  await dialog.getByText(path, { exact: true }).waitFor();
  await expect(readFile(path, 'utf8').then(keysIn)).resolves.toEqual(['kohler2011']);
  await screenshot(page, 'export-dialog-sync');

  await callApi(page, 'addToReadingList', { listId: list.id, workKeys: ['betts2011c'] });
  await expect
    .poll(() => readFile(path, 'utf8').then(keysIn))
    .toEqual(['betts2011c', 'kohler2011']);
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(app.errors).toEqual([]);
  synced = { listId: list.id, path };
});

it('leaves a synced file edited outside Scholion alone until the user imports or overwrites', async () => {
  const { page } = app;
  if (!synced) throw new Error('needs the list bound by the test before');
  const { listId, path } = synced;
  const list = { id: listId };
  const dialog = page.getByRole('dialog', { name: 'Export' });
  // Edited by hand: the next change leaves the file alone and the dialog offers the choices.
  const edited = `${await readFile(path, 'utf8')}\n@book{byhand2024, author = {Hand, Typed}, title = {Typed Outside}, year = {2024}}\n`;
  await writeFile(path, edited);
  await callApi(page, 'addToReadingList', { listId: list.id, workKeys: ['lavenex2008'] });
  await expect
    .poll(
      async () =>
        (await callApi<{ editedOutside: unknown }[]>(page, 'listSyncedExports', {}))[0]
          ?.editedOutside,
    )
    .not.toBeNull();
  await expect(readFile(path, 'utf8')).resolves.toBe(edited);
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Export…' })
    .click();
  await dialog.getByLabel('Export', { exact: true }).selectOption(`list:${list.id}`);
  const choices = dialog.getByRole('group', { name: `Edited outside Scholion: ${path}` });
  await choices.waitFor();
  await choices.scrollIntoViewIfNeeded();
  await screenshot(page, 'export-dialog-sync-edited-outside');
  await choices.getByRole('button', { name: 'Import its changes…' }).click();
  const review = page.getByRole('dialog', { name: /manuscript\.bib/ });
  await review.waitFor();
  await review.getByText('Typed Outside').waitFor();
  await screenshot(page, 'export-sync-import-review');
  await review.getByRole('button', { name: 'Cancel' }).click();
  await review.waitFor({ state: 'detached' });

  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Export…' })
    .click();
  await dialog.getByLabel('Export', { exact: true }).selectOption(`list:${list.id}`);
  await choices.getByRole('button', { name: 'Overwrite (keep a .bak)' }).click();
  await choices.waitFor({ state: 'detached' });
  await expect(readFile(`${path}.bak`, 'utf8')).resolves.toBe(edited);
  await expect(readFile(path, 'utf8').then(keysIn)).resolves.toEqual([
    'betts2011c',
    'kohler2011',
    'lavenex2008',
  ]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(app.errors).toEqual([]);
}, 40_000); // two dialogs, an import review and four file checks: room on a loaded machine
