// e2e: the app opens on the paper, with its title page and every section.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchApp, screenshot, type LaunchedApp } from './harness';
import { waitForPaper } from './appHelpers';

let app: LaunchedApp;
beforeAll(async () => {
  app = await launchApp();
  await waitForPaper(app.page);
});
afterAll(() => app?.close());

it('shows the paper with its title, authors, every section and the end-of-excerpt marker', async () => {
  const { page } = app;
  await expect(page.title()).resolves.toBe('Reader — Scholion');
  const title = page.getByRole('heading', { level: 1 });
  await expect(title.textContent()).resolves.toBe(
    'Multilayered Migration Governance: The Partnership Approach in the EU and Beyond',
  );
  await expect(page.getByRole('list', { name: 'Authors' }).textContent()).resolves.toMatch(
    /Sandra Lavenex.*University of Lucerne.*Marion Panizzon.*University of Bern/,
  );
  const sections = await page.evaluate(async () => {
    const api = (
      window as unknown as {
        scholion: {
          getDocument: (
            i: object,
          ) => Promise<{ document: { sections: { id: string; title: string }[] } }>;
        };
      }
    ).scholion;
    return (await api.getDocument({ documentId: 'lavenex-panizzon-2013' })).document.sections;
  });
  expect(sections.length).toBeGreaterThanOrEqual(5);
  for (const section of sections) {
    await expect(page.locator(`#sec-${section.id}`).isVisible()).resolves.toBe(true);
    await expect(page.locator(`#sec-${section.id}`).textContent()).resolves.toContain(
      section.title,
    );
    await expect(
      page
        .getByRole('navigation', { name: 'Outline' })
        .getByRole('button', { name: section.title })
        .isVisible(),
    ).resolves.toBe(true);
  }
  await expect(
    page.getByText('The source text ends here, mid-sentence.').isVisible(),
  ).resolves.toBe(true);
  await screenshot(page, 'reader');
  // The text is set in the bundled serif, not a fallback.
  const font = await page.evaluate(() => document.fonts.check('16px "Source Serif 4 Variable"'));
  expect(font).toBe(true);
  expect(app.errors).toEqual([]);
});
