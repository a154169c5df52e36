// e2e: hovering "Betts 2011c: 41" shows its reference and both places Betts 2011c is cited;
// the other place is one click away, scrolled into view and highlighted.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchApp, screenshot, type LaunchedApp } from './harness';
import { waitForPaper } from './appHelpers';

let app: LaunchedApp;
beforeAll(async () => {
  app = await launchApp();
  await waitForPaper(app.page);
});
afterAll(() => app?.close());

it('shows the card on hover and jumps to the other place', async () => {
  const { page } = app;
  const cite = page.getByRole('button', { name: 'Betts 2011c: 41', exact: true });
  await cite.scrollIntoViewIfNeeded();
  await cite.hover();
  const card = page.getByRole('dialog', { name: 'Betts 2011c' });
  await card.waitFor();
  await card.locator('.card__reference').waitFor();
  const reference = await card.locator('.card__reference').textContent();
  expect(reference).toContain('Betts, A.');
  expect(reference).toContain(
    'The Global Governance of Migration and the Role of Trans-regionalism',
  );
  await expect(card.textContent()).resolves.toContain('p. 41');
  await expect(card.textContent()).resolves.toContain('Cited 2 times in this paper');
  await expect.poll(() => card.getByRole('listitem').count()).toBe(2);
  // Notes load on their own: wait for the answer (this data folder has none).
  await card.getByText('No notes yet.').waitFor();
  await screenshot(page, 'reader-card');

  // Moving from the citation onto the card keeps it open; clicking pins it.
  await card.hover();
  await cite.click();
  await expect.poll(() => card.getAttribute('class')).toContain('citation-card--pinned');

  await card.getByRole('button', { name: /^Go to Betts 2011c in / }).click();
  await card.waitFor({ state: 'detached' });
  const target = page.locator('[data-citation-id]', { hasText: /^Betts 2011c$/ });
  await expect(target.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  const mark = page.locator('mark.passage-mark').first();
  await expect(page.locator('mark.passage-mark').allTextContents()).resolves.toEqual(
    expect.arrayContaining([expect.stringContaining('RCPs on migration proliferated')]),
  );
  // The highlighted passage is in view.
  const inView = await mark.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
  expect(inView).toBe(true);
  // The highlight fades in: let its animation finish before the picture.
  await mark.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
  await screenshot(page, 'reader-jump-highlight');
  expect(app.errors).toEqual([]);
});
