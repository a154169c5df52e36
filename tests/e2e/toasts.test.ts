// e2e: a toast never hides a dialog's buttons or a citation card's content. While a toast shows
// (held on screen by the pointer resting on it), a tall dialog ends above it and a pinned card
// near the bottom of the window keeps clear of it; the toast takes no focus. At 1440x900 and
// 1024x700, with screenshots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchApp, screenshot, type LaunchedApp } from './harness';
import { placeCitation, waitForPaper, type Box } from './appHelpers';

let app: LaunchedApp;
beforeAll(async () => {
  app = await launchApp();
  await waitForPaper(app.page);
});
afterAll(() => app?.close());

const boxOf = (locator: Locator): Promise<Box> =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  });

const overlap = (a: Box, b: Box): boolean =>
  a.left < b.right - 0.5 &&
  b.left < a.right - 0.5 &&
  a.top < b.bottom - 0.5 &&
  b.top < a.bottom - 0.5;

/** Copies a citation from the Betts 2011c card: the "Copied …" toast shows. */
async function showCopiedToast(page: Page): Promise<Locator> {
  const cite = page.getByRole('button', { name: 'Betts 2011c: 41', exact: true });
  await cite.scrollIntoViewIfNeeded();
  await cite.hover();
  await page
    .getByRole('dialog', { name: 'Betts 2011c' })
    .getByRole('button', { name: 'Copy citation…' })
    .click();
  const picker = page.getByRole('dialog', { name: /^Copy a citation of Betts 2011c/ });
  await picker.getByRole('button', { name: 'Copy citation' }).click();
  await picker.waitFor({ state: 'detached' });
  const toast = page.locator('.toast', { hasText: /^Copied/ });
  await toast.waitFor();
  return toast;
}

/** The element the user would hit at the middle of `locator` (true when it is not covered). */
const hitsItself = (locator: Locator): Promise<boolean> =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && (hit === el || el.contains(hit));
  });

const VIEWPORTS = [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
] as const;

describe('toasts keep clear of dialogs and cards', () => {
  for (const viewport of VIEWPORTS) {
    const size = `${viewport.width}x${viewport.height}`;
    it(`at ${size}: a tall dialog ends above the toast; its buttons are not covered`, async () => {
      const { page } = app;
      await page.setViewportSize(viewport);
      await page.keyboard.press('Control+2');
      await waitForPaper(page);
      const toast = await showCopiedToast(page);
      // The toast takes no focus from where the user was.
      expect(await page.evaluate(() => !!document.activeElement?.closest('.toasts'))).toBe(false);
      // The pointer resting on the toast keeps it on screen while the dialog opens by keyboard.
      await toast.hover();
      await page.keyboard.press('Control+3');
      await page.getByRole('button', { name: 'New work…' }).focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'New work' });
      await dialog.waitFor();
      await expect(toast.isVisible()).resolves.toBe(true);
      const add = dialog.getByRole('button', { name: 'Add to the library' });
      await add.scrollIntoViewIfNeeded();
      const toastBox = await boxOf(toast);
      expect(overlap(await boxOf(dialog), toastBox), JSON.stringify(toastBox)).toBe(false);
      for (const button of [add, dialog.getByRole('button', { name: 'Cancel' })]) {
        expect(overlap(await boxOf(button), toastBox)).toBe(false);
        expect(await hitsItself(button)).toBe(true);
      }
      // The toast is still reachable: its Dismiss button is not under the dialog's backdrop.
      expect(await hitsItself(toast.getByRole('button', { name: 'Dismiss' }))).toBe(true);
      await screenshot(page, `toast-over-new-work-${size}`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await toast.getByRole('button', { name: 'Dismiss' }).click();
      await toast.waitFor({ state: 'detached' });
      expect(app.errors).toEqual([]);
    }, 60_000);

    it(`at ${size}: a pinned card near the bottom keeps clear of the toast`, async () => {
      const { page } = app;
      await page.setViewportSize(viewport);
      await page.keyboard.press('Control+2');
      await waitForPaper(page);
      const toast = await showCopiedToast(page);
      await toast.hover();
      const name = 'Abrahamsen 2004';
      // High up, the card opens below its citation, down towards the toast; low down, above it.
      for (const fraction of [0.15, 0.45, 0.8]) {
        await placeCitation(page, name, fraction);
        await page.getByRole('button', { name, exact: true }).first().focus();
        await page.keyboard.press('Enter');
        const card = page.locator('.citation-card--pinned');
        await card.locator('.card__reference').waitFor();
        await card.getByText('No notes yet.').waitFor();
        await expect(toast.isVisible()).resolves.toBe(true);
        const toastBox = await boxOf(toast);
        const cardBox = await boxOf(card);
        expect(overlap(cardBox, toastBox), JSON.stringify({ fraction, cardBox, toastBox })).toBe(
          false,
        );
        const actions = card.locator('.card__footer button');
        expect(await actions.count()).toBe(3);
        for (const action of await actions.all()) expect(await hitsItself(action)).toBe(true);
        if (fraction === 0.15) await screenshot(page, `toast-with-card-${size}`);
        await page.keyboard.press('Escape');
        await card.waitFor({ state: 'detached' });
      }
      await toast.getByRole('button', { name: 'Dismiss' }).click();
      await toast.waitFor({ state: 'detached' });
      expect(app.errors).toEqual([]);
    }, 60_000);
  }
});
