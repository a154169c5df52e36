// e2e: a citation card taller than the room beside its citation still fits the window, and its
// actions stay in sight (the card scrolls in between), wherever the citation sits on screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, screenshot, type LaunchedApp } from './harness';
import { placeCitation, waitForPaper, type Box } from './appHelpers';

let app: LaunchedApp;
beforeAll(async () => {
  app = await launchApp();
  await waitForPaper(app.page);
});
afterAll(() => app?.close());

const CASES = [
  { viewport: { width: 1440, height: 900 }, cite: 'Abrahamsen 2004' },
  { viewport: { width: 1024, height: 700 }, cite: 'Betts 2011c: 41' },
  { viewport: { width: 1024, height: 700 }, cite: 'Abrahamsen 2004' },
] as const;

describe('a pinned citation card in a small window', () => {
  for (const { viewport, cite } of CASES) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${cite} at ${viewport.width}×${viewport.height} (${scheme}): in the window, actions visible`, async () => {
        const { page } = app;
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: scheme });
        for (const fraction of [0.15, 0.45, 0.8]) {
          await placeCitation(page, cite, fraction);
          const button = page.getByRole('button', { name: cite, exact: true }).first();
          await button.click();
          const card = page.locator('.citation-card--pinned');
          await card.waitFor();
          await card.locator('.card__reference').waitFor();
          await card.getByText('No notes yet.').waitFor();
          expect(await card.evaluate((el) => el.scrollTop)).toBe(0); // it opens at its top
          const boxes = await card.evaluate((el) => {
            const box = (e: Element) => {
              const r = e.getBoundingClientRect();
              return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
            };
            const actions = [...el.querySelectorAll('.card__footer button')].map(box);
            const header = box(el.querySelector('.card__header')!);
            const reference = box(el.querySelector('.card__reference')!);
            return {
              card: box(el),
              actions,
              vw: window.innerWidth,
              vh: window.innerHeight,
              // The sticky header must not cover the reference of a card scrolled to its top.
              headerOverlap: header.bottom - reference.top,
            };
          });
          const inside = (b: Box, outer: Box) =>
            b.top >= outer.top - 0.5 &&
            b.bottom <= outer.bottom + 0.5 &&
            b.left >= outer.left - 0.5 &&
            b.right <= outer.right + 0.5;
          const windowBox = { top: 0, left: 0, bottom: boxes.vh, right: boxes.vw };
          expect(inside(boxes.card, windowBox), JSON.stringify(boxes.card)).toBe(true);
          expect(boxes.actions).toHaveLength(3);
          for (const action of boxes.actions)
            expect(inside(action, boxes.card), JSON.stringify({ action, ...boxes })).toBe(true);
          expect(boxes.headerOverlap).toBeLessThanOrEqual(0);
          if (fraction === 0.8)
            await screenshot(page, `card-fit-${cite}-${viewport.width}-${scheme}`);
          await page.keyboard.press('Escape');
          await card.waitFor({ state: 'detached' });
        }
        expect(app.errors).toEqual([]);
      }, 60_000);
    }
  }
});
