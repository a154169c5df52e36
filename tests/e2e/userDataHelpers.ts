// Helpers for the notes, lists and claims e2e scenarios: selecting text, opening views.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const dirs: string[] = [];

/** A data folder kept across relaunches within a test file; removed by `removeDataDirs`. */
export async function keptDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'scholion-e2e-data-'));
  dirs.push(dir);
  return dir;
}

export async function removeDataDirs(): Promise<void> {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/** Opens a view of the left navigation by its label and waits for its title. */
export async function showView(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: label })
    .click();
  await page.waitForFunction((n) => document.title.startsWith(n), label);
}

/** Opens Papers and chooses `file` in the file dialog of its "Add paper…" button. */
export async function addPaperFromPapersView(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  await showView(page, 'Papers');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator('.view:not([hidden])').getByRole('button', { name: 'Add paper…' }).click(),
  ]);
  await chooser.setFiles(file);
}

/**
 * Selects `phrase` in the paper (within one paragraph) as a user would with the mouse, and
 * scrolls it into view. Throws when the phrase is not in the reader.
 */
export async function selectInPaper(page: Page, phrase: string): Promise<void> {
  await page.evaluate((wanted) => {
    const blocks = document.querySelectorAll<HTMLElement>('.reader__scroll [data-block-id]');
    for (const block of blocks) {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const text = nodes.map((n) => n.data).join('');
      const at = text.indexOf(wanted);
      if (at < 0) continue;
      const point = (offset: number): [Text, number] => {
        let total = 0;
        for (const n of nodes) {
          if (offset <= total + n.length) return [n, offset - total];
          total += n.length;
        }
        throw new Error('offset past the block');
      };
      const range = document.createRange();
      range.setStart(...point(at));
      range.setEnd(...point(at + wanted.length));
      block.scrollIntoView({ block: 'center' });
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in the reader`);
  }, phrase);
}

/** The texts the note highlight covers in the reader (CSS Custom Highlight API). */
export function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const highlight = registry.get('scholion-note');
    return highlight ? [...highlight].map((r) => r.toString()) : [];
  });
}
