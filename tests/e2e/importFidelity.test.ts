// e2e: biblatex-examples.bib dropped on the window, at 1440×900 and 1024×700: the review and the
// bibliography show decoded titles with real italics (no LaTeX, no HTML tags as text), the
// entry sets are named as sets, and the export dialog says what classic BibTeX cannot carry.
import { readFile } from 'node:fs/promises';
import { afterEach, expect, it } from 'vitest';
import { biblatexExamplesPath } from '../fixtures/works';
import { launchApp, screenshot, type LaunchedApp } from './harness';
import { openView, visibleView, waitForPaper } from './appHelpers';
import { dropFile } from './exchangeHelpers';

const examples = biblatexExamplesPath();
let app: LaunchedApp | undefined;
afterEach(() => app?.close());

for (const [width, height] of [
  [1440, 900],
  [1024, 700],
] as const) {
  it.skipIf(!examples)(
    `imports biblatex-examples.bib and shows decoded titles at ${width}×${height}`,
    async () => {
      app = await launchApp({ viewport: { width, height } });
      const { page } = app;
      await waitForPaper(page);
      page.setDefaultTimeout(15_000);
      await openView(page, 'Bibliography');
      await dropFile(page, 'biblatex-examples.bib', await readFile(examples!, 'utf8'));
      const review = page.getByRole('dialog', { name: 'Import biblatex-examples.bib' });
      await review.waitFor();
      const moraux = review.locator('[data-import-line]').filter({ hasText: 'tradition grècque' });
      await expect(moraux.locator('i').first().textContent()).resolves.toBe('De Anima');
      const text = (await review.textContent()) ?? '';
      expect(text).not.toMatch(/\\TeX|\\hyphen|<i>|font-variant/);
      expect(text).toContain('Entry set: glashow, weinberg, salam');
      await screenshot(page, `import-review-examples-${width}`);

      await review.getByRole('button', { name: /^Add \d+ works?$/ }).click();
      await review.getByRole('button', { name: 'Show in the bibliography' }).click();
      const view = visibleView(page);
      // The table is windowed (more works than its first page): scrolled to, as a reader would.
      const jaffe = view.locator('[data-work-row="jaffe"]');
      const list = view.locator('.bibliography__list');
      for (let step = 0; step < 60 && (await jaffe.count()) === 0; step++) {
        await list.evaluate((el) => el.scrollBy(0, el.clientHeight / 2));
        await page.waitForTimeout(50);
      }
      await jaffe.scrollIntoViewIfNeeded();
      await expect(view.locator('[data-work-row="jaffe"] .small-caps').textContent()).resolves.toBe(
        'mcxcviii',
      );
      await screenshot(page, `bibliography-examples-${width}`);

      await page
        .getByRole('navigation', { name: 'Views' })
        .getByRole('button', { name: 'Export…' })
        .click();
      const dialog = page.getByRole('dialog', { name: 'Export' });
      await dialog.getByLabel('Format').selectOption('bibtex');
      await dialog.getByText(/Classic BibTeX has no days/).waitFor();
      await screenshot(page, `export-dialog-limits-${width}`);
      expect(app.errors).toEqual([]);
    },
    90_000,
  );
}
