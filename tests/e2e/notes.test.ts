// e2e: a note on selected text shows on the work's card, in the notes view and as a highlight,
// and survives a restart; a note from a card links the work; delete and undo.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchApp, screenshot, type LaunchedApp } from './harness';
import { seriousAxeFindings, waitForPaper } from './appHelpers';
import {
  highlightedTexts,
  keptDataDir,
  removeDataDirs,
  selectInPaper,
  showView,
} from './userDataHelpers';

const QUOTE = 'RCPs on migration proliferated during 1990s (Betts 2011c; Köhler 2011';
let dataDir: string;
let app: LaunchedApp;

beforeAll(async () => {
  dataDir = await keptDataDir();
  app = await launchApp({ dataDir });
  await waitForPaper(app.page);
});
afterAll(async () => {
  await app?.close();
  await removeDataDirs();
});

async function openCard(page: LaunchedApp['page'], name: string) {
  const cite = page.getByRole('button', { name, exact: true });
  await cite.scrollIntoViewIfNeeded();
  await cite.click();
  const card = page.getByRole('dialog', { name: 'Betts 2011c' });
  await card.waitFor();
  return card;
}

it('makes a note on selected text, linked to the passage and the works cited in it', async () => {
  const { page } = app;
  await selectInPaper(page, QUOTE);
  const popover = page.getByRole('toolbar', { name: 'Selected text' });
  await popover.waitFor();
  await screenshot(page, 'notes-selection-popover');
  await popover.getByRole('button', { name: /Note on selection/ }).click();

  const drawer = page.getByRole('complementary', { name: 'Note' });
  await drawer.waitFor();
  const title = drawer.getByRole('textbox', { name: 'Title' });
  await expect(title.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await title.fill('RCPs as policy transfer');
  await drawer
    .getByRole('textbox', { name: 'Markdown' })
    .fill(
      '## Why it matters\n\nRCPs spread *after* Cairo; compare [@lavenex2008, p. 951] and **Betts**.\n\n- one-sided exchange\n- <b>raw html</b> stays text\n\n![map](https://example.org/map.png)',
    );
  await drawer.getByRole('textbox', { name: 'Tags, separated by commas' }).fill('RCPs, transfer');
  await expect.poll(() => drawer.getByRole('status').first().textContent()).toBe('Saved');

  const links = drawer.getByRole('list', { name: 'Links' });
  const chips = await links.getByRole('button').allTextContents();
  expect(chips.join(' | ')).toMatch(/Passage “RCPs on migration proliferated/);
  expect(chips.join(' | ')).toMatch(/Work Betts 2011c/);
  expect(chips.join(' | ')).toMatch(/Work Köhler 2011/);
  await expect
    .poll(() => links.getByRole('button').allTextContents())
    .toEqual(expect.arrayContaining([expect.stringMatching(/Lavenex 2008.*p\. 951.*in text/)]));

  const preview = drawer.getByRole('region', { name: 'Preview' });
  await expect.poll(() => preview.getByRole('heading', { name: 'Why it matters' }).count()).toBe(1);
  await expect(preview.locator('em').textContent()).resolves.toBe('after');
  await expect(
    preview.getByRole('button', { name: /Lavenex 2008, p\. 951/ }).count(),
  ).resolves.toBe(1);
  await expect.poll(() => preview.locator('b').count()).toBe(0); // raw HTML is shown as text
  await expect(preview.textContent()).resolves.toContain('<b>raw html</b>');
  await expect.poll(() => preview.locator('img').count()).toBe(0); // no remote image
  await expect(preview.textContent()).resolves.toContain(
    'not shown: Scholion loads no remote images',
  );
  await screenshot(page, 'notes-editor-preview');
  expect(await seriousAxeFindings(page)).toEqual([]);

  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'detached' });
  await expect.poll(() => highlightedTexts(page)).toEqual([QUOTE]);
  expect(app.requests).toEqual([]); // the remote image was never fetched
});

it('shows the note on the work’s card, behind a click on the passage, and in the notes view', async () => {
  const { page } = app;
  const card = await openCard(page, 'Betts 2011c: 41');
  const notes = card.getByRole('region', { name: 'Your notes' });
  await notes.getByRole('button', { name: 'RCPs as policy transfer' }).waitFor();
  await notes.scrollIntoViewIfNeeded();
  await screenshot(page, 'notes-on-card');
  await page.keyboard.press('Escape');

  // A click inside the highlighted passage lists its notes.
  const box = await page.evaluate((quote) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const range = [...registry.get('scholion-note')!].find((r) => r.toString() === quote)!;
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + 12, y: rect.top + rect.height / 2 };
  }, QUOTE);
  await page.mouse.click(box.x, box.y);
  const passageNotes = page.getByRole('dialog', { name: 'Notes on this passage' });
  await passageNotes.getByRole('button', { name: 'RCPs as policy transfer' }).waitFor();
  await page.keyboard.press('Escape');

  await showView(page, 'Notes');
  const list = page.locator('.note-list');
  await expect(list.getByRole('button').allTextContents()).resolves.toEqual([
    expect.stringContaining('RCPs as policy transfer'),
  ]);
  await page.getByRole('combobox', { name: 'Tag' }).selectOption('transfer');
  await expect.poll(() => list.getByRole('button').count()).toBe(1);
  await page.getByRole('combobox', { name: 'Tag' }).selectOption('');
  await page.getByRole('searchbox', { name: 'Search notes' }).fill('nothing like this');
  await page.getByText('No note matches these filters.').waitFor();
  await page.getByRole('searchbox', { name: 'Search notes' }).fill('one-sided');
  await list.getByRole('button', { name: /RCPs as policy transfer/ }).click();
  await page
    .getByRole('region', { name: 'Selected note' })
    .getByRole('textbox', { name: 'Title' })
    .waitFor();
  await screenshot(page, 'notes-view');
  expect(await seriousAxeFindings(page)).toEqual([]);
  expect(app.errors).toEqual([]);
});

it('keeps the note across a restart', async () => {
  await app.close();
  app = await launchApp({ dataDir });
  const { page } = app;
  await waitForPaper(page);
  await expect.poll(() => highlightedTexts(page)).toEqual([QUOTE]);
  const card = await openCard(page, 'Betts 2011c: 41');
  await card.getByRole('button', { name: 'RCPs as policy transfer' }).waitFor();
  await page.keyboard.press('Escape');
  await showView(page, 'Notes');
  await page
    .locator('.note-list')
    .getByRole('button', { name: /RCPs as policy transfer/ })
    .click();
  const editor = page.getByRole('region', { name: 'Selected note' });
  await expect(editor.getByRole('textbox', { name: 'Markdown' }).inputValue()).resolves.toContain(
    '[@lavenex2008, p. 951]',
  );
  await expect(
    editor.getByRole('textbox', { name: 'Tags, separated by commas' }).inputValue(),
  ).resolves.toBe('RCPs, transfer');
}, 60_000); // a second launch: over 20 s on a loaded machine

it('makes a note from a citation card linked to the work; delete and undo', async () => {
  const { page } = app;
  await showView(page, 'Reader');
  const card = await openCard(page, 'Betts 2011c: 41');
  await card.getByRole('button', { name: 'New note' }).click();
  const drawer = page.getByRole('complementary', { name: 'Note' });
  await drawer.getByRole('textbox', { name: 'Title' }).fill('Extra-territorial authority');
  await expect.poll(() => drawer.getByRole('status').first().textContent()).toBe('Saved');
  const chips = await drawer
    .getByRole('list', { name: 'Links' })
    .locator('.chip')
    .allTextContents();
  expect(chips).toEqual([expect.stringMatching(/^Work Betts 2011c.*, 41$/)]);

  await drawer.getByRole('button', { name: 'Delete note' }).click();
  await drawer.waitFor({ state: 'detached' });
  const toast = page.locator('.toast', { hasText: 'Note “Extra-territorial authority” deleted.' });
  await toast.waitFor();
  await showView(page, 'Notes');
  await page.getByRole('searchbox', { name: 'Search notes' }).fill('');
  await expect.poll(() => page.locator('.note-row').count()).toBe(1);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => page.locator('.note-row').count()).toBe(2);
  // The card lists both notes on Betts 2011c.
  await showView(page, 'Reader');
  const again = await openCard(page, 'Betts 2011c: 41');
  await expect
    .poll(() =>
      again
        .getByRole('region', { name: 'Your notes' })
        .locator('.backlinks__note')
        .allTextContents(),
    )
    .toEqual(expect.arrayContaining(['RCPs as policy transfer', 'Extra-territorial authority']));
  expect(app.errors).toEqual([]);
});

it('moves focus to the new note’s title: typed text names the note, spaces make no more notes', async () => {
  const { page } = app;
  // Undo in the test before reopened its note in the drawer: close it first.
  const drawer = page.getByRole('complementary', { name: 'Note' });
  if ((await drawer.count()) > 0) {
    await drawer.getByRole('button', { name: 'Close the note' }).click();
    await drawer.waitFor({ state: 'detached' });
  }
  await showView(page, 'Notes');
  const rows = page.locator('.note-row');
  const before = await rows.count();
  await page.getByRole('button', { name: 'New note', exact: true }).click();
  const title = page.getByRole('region', { name: 'Selected note' }).getByRole('textbox', {
    name: 'Title',
  });
  await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.type('My title here');
  await expect
    .poll(() => rows.filter({ hasText: 'My title here' }).count(), { timeout: 10_000 })
    .toBe(1);
  await expect.poll(() => rows.count()).toBe(before + 1);
  await expect(rows.filter({ hasText: 'Untitled note' }).count()).resolves.toBe(0);
  await expect(title.inputValue()).resolves.toBe('My title here');
  await screenshot(page, 'notes-new-note-titled');
  expect(app.errors).toEqual([]);
});
