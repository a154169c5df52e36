// e2e: axe-core finds no serious or critical problem on any view, in light and in dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, screenshot, type LaunchedApp } from './harness';
import { openView, seriousAxeFindings, waitForPaper } from './appHelpers';

for (const scheme of ['light', 'dark'] as const) {
  describe(`accessibility in the ${scheme} theme`, () => {
    let app: LaunchedApp;
    beforeAll(async () => {
      app = await launchApp({ colorScheme: scheme });
      await waitForPaper(app.page);
    });
    afterAll(() => app?.close());

    it('axe really checks this page (a nameless button is caught)', async () => {
      const { page } = app;
      await page.evaluate(() =>
        document.body.append(Object.assign(document.createElement('button'), { id: 'axe-probe' })),
      );
      const findings = await seriousAxeFindings(page);
      await page.evaluate(() => document.getElementById('axe-probe')?.remove());
      expect(findings.map((f) => f.id)).toContain('button-name');
    });

    it('the reader, with a citation card open', async () => {
      const { page } = app;
      expect(await seriousAxeFindings(page)).toEqual([]);
      const cite = page.getByRole('button', { name: 'Abrahamsen 2004: 1455', exact: true });
      await cite.scrollIntoViewIfNeeded();
      await cite.click();
      await page.getByRole('dialog', { name: 'Abrahamsen 2004' }).waitFor();
      expect(await seriousAxeFindings(page)).toEqual([]);
      if (scheme === 'dark') await screenshot(page, 'dark-reader-card');
      await page.keyboard.press('Escape');
    });

    it('the bibliography with a work selected', async () => {
      const { page } = app;
      await openView(page, 'Bibliography');
      await page.getByRole('button', { name: /^Managing Migration/ }).click();
      await page.getByLabel('BibTeX entry').waitFor();
      expect(await seriousAxeFindings(page)).toEqual([]);
      if (scheme === 'dark') await screenshot(page, 'dark-bibliography');
    });

    it('the claims with the matrix', async () => {
      const { page } = app;
      await openView(page, 'Claims');
      await page.getByRole('button', { name: /Abrahamsen 2004 with Fowler 2002/ }).click();
      expect(await seriousAxeFindings(page)).toEqual([]);
      if (scheme === 'dark') await screenshot(page, 'dark-claims');
    });

    it('the command palette and the help overlay', async () => {
      const { page } = app;
      await page.keyboard.press('Control+k');
      await page.keyboard.type('betts');
      // Checked with the hits on screen, their matched words marked.
      await page.locator('[role="option"] .palette__detail mark').first().waitFor();
      expect(await seriousAxeFindings(page)).toEqual([]);
      if (scheme === 'dark') await screenshot(page, 'dark-palette');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: /^Shortcuts/ }).click();
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
      expect(await seriousAxeFindings(page)).toEqual([]);
      await page.keyboard.press('Escape');
      expect(app.errors).toEqual([]);
    });
  });
}
