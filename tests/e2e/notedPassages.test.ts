// e2e: a noted passage is reachable without a mouse: its marker is in the tab order and behind
// "." / ","; Enter lists its notes, Escape closes the list and gives the focus back.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchApp, screenshot, type LaunchedApp } from './harness';
import { seriousAxeFindings, waitForPaper } from './appHelpers';
import { callApi } from './exchangeHelpers';

const QUOTE = 'RCPs on migration proliferated during 1990s (Betts 2011c; Köhler 2011';
const MARKER = /^2 notes on “RCPs on migration proliferated during…”$/;
let app: LaunchedApp;

beforeAll(async () => {
  app = await launchApp();
  await waitForPaper(app.page);
  for (const title of ['RCPs as policy transfer', 'Cairo and after']) {
    const selector = { exact: QUOTE, prefix: '', suffix: '', start: 0, end: QUOTE.length };
    await callApi(app.page, 'createNote', {
      title,
      links: [{ kind: 'passage', documentId: 'lavenex-panizzon-2013', selector }],
    });
  }
  // Notes made behind the renderer's back show after a reload.
  await app.page.reload();
  await waitForPaper(app.page);
});
afterAll(() => app?.close());

const focusedLabel = () =>
  app.page.evaluate(
    () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent,
  );

it('reaches a noted passage with "." and Tab, and lists its notes with Enter', async () => {
  const { page } = app;
  const kb = page.keyboard;
  const marker = page.getByRole('button', { name: MARKER });
  await marker.waitFor();
  await expect.poll(() => marker.count()).toBe(1);

  // "." from the top of the paper focuses the first (here, only) noted passage.
  await kb.press('.');
  await expect.poll(focusedLabel).toMatch(MARKER);
  await expect(marker.getAttribute('aria-expanded')).resolves.toBe('false');
  // It is in the tab order, in reading order: back one stop and forward again.
  await kb.press('Shift+Tab');
  await expect.poll(focusedLabel).not.toMatch(MARKER);
  await kb.press('Tab');
  await expect.poll(focusedLabel).toMatch(MARKER);
  // "," goes back: there is no earlier noted passage, so the focus stays.
  await kb.press(',');
  await expect.poll(focusedLabel).toMatch(MARKER);

  await kb.press('Enter');
  const list = page.getByRole('dialog', { name: 'Notes on this passage' });
  await list.waitFor();
  await expect(list.getByRole('button').allTextContents()).resolves.toEqual(
    expect.arrayContaining(['RCPs as policy transfer', 'Cairo and after']),
  );
  await expect(marker.getAttribute('aria-expanded')).resolves.toBe('true');
  await expect.poll(() => list.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await screenshot(page, 'noted-passage-marker');
  expect(await seriousAxeFindings(page)).toEqual([]);

  await kb.press('Escape');
  await list.waitFor({ state: 'detached' });
  await expect.poll(focusedLabel).toMatch(MARKER);
});

it('opens a note from the marker with Space, and the drawer gives the focus back', async () => {
  const { page } = app;
  const kb = page.keyboard;
  await kb.press(' ');
  const list = page.getByRole('dialog', { name: 'Notes on this passage' });
  await list.getByRole('button', { name: 'Cairo and after' }).focus();
  await kb.press('Enter');
  const drawer = page.getByRole('complementary', { name: 'Note' });
  await expect(drawer.getByRole('textbox', { name: 'Title' }).inputValue()).resolves.toBe(
    'Cairo and after',
  );
  await kb.press('Escape');
  await drawer.waitFor({ state: 'detached' });
  await expect.poll(focusedLabel).toMatch(MARKER);
  // Tabbing out of an open list closes it and goes on from the marker, in reading order.
  await kb.press('Enter');
  await list.waitFor();
  await kb.press('Shift+Tab');
  await list.waitFor({ state: 'detached' });
  await expect.poll(focusedLabel).toMatch(MARKER);
  await kb.press('Enter');
  await list.waitFor();
  await kb.press('Tab');
  await kb.press('Tab');
  await list.waitFor({ state: 'detached' });
  const after = await page.evaluate(() => {
    const marker = document.querySelector('.note-marker')!;
    const now = document.activeElement!;
    return !!(marker.compareDocumentPosition(now) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(after).toBe(true);
  await expect(focusedLabel()).resolves.not.toMatch(MARKER);
  expect(app.errors).toEqual([]);
});
