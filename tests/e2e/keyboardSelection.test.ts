// e2e: a note on a passage without a mouse — from a focused citation, S selects its sentence,
// S again adds the next one, Shift+S takes it off, N makes the note on exactly that text.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchApp, screenshot, type LaunchedApp } from './harness';
import { waitForPaper } from './appHelpers';
import { callApi } from './exchangeHelpers';

let app: LaunchedApp;
beforeAll(async () => {
  app = await launchApp();
  await waitForPaper(app.page);
});
afterAll(() => app?.close());

const selected = () => app.page.evaluate(() => document.getSelection()?.toString() ?? '');

it('selects by sentences from the focused citation and notes the selection', async () => {
  const { page } = app;
  const kb = page.keyboard;
  const cite = page.getByRole('button', { name: 'Betts 2011c: 41', exact: true });
  await cite.focus();
  await kb.press('Escape'); // the card that focus opened
  await kb.press('s');
  const sentence = 'Analyses of recent RCPs, such as the Budapest Group';
  await expect.poll(selected).toContain(sentence);
  const one = await selected();
  expect(one.startsWith(sentence)).toBe(true);
  expect(one.trim().endsWith('(Betts 2011c: 41).')).toBe(true);
  expect(one).not.toContain('This notwithstanding');

  await kb.press('s');
  await expect.poll(selected).toContain('This notwithstanding');
  const two = await selected();
  expect(two.startsWith(one.trim())).toBe(true);
  await kb.press('Shift+S');
  await expect.poll(selected).toBe(one);

  // The popover of a mouse selection shows; N makes the note on exactly this sentence.
  const toolbar = page.getByRole('toolbar', { name: 'Selected text' });
  await toolbar.waitFor();
  await screenshot(page, 'reader-keyboard-selection');
  await kb.press('n');
  await expect
    .poll(async () => {
      const notes = (await callApi(page, 'listNotes', {})) as {
        links: { kind: string; selector?: { exact: string } }[];
      }[];
      return notes.flatMap((n) => n.links.filter((l) => l.kind === 'passage'));
    })
    .toEqual([
      expect.objectContaining({ selector: expect.objectContaining({ exact: one.trim() }) }),
    ]);
  expect(app.errors).toEqual([]);
});
