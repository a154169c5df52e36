// e2e: PDF papers. Add a PDF → it is in Papers → open it → passages carry their printed pages →
// a citation card shows its reference and the page, and opens the PDF at that page → its
// reference list → a bad PDF (dropped or chosen) is refused with its one-line message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { FileViewer } from '../../src/main/fileViewer';
import { REPO_ROOT, launchApp, screenshot, type LaunchedApp } from './harness';
import { visibleView, waitForPaper } from './appHelpers';
import { addPaperFromPapersView, showView } from './userDataHelpers';

const PDF = (name: string) => join(REPO_ROOT, 'tests/fixtures/pdf', name);
const TITLE = 'Mobility Partnerships and the External Dimension of Migration Policy';

let app: LaunchedApp;
/** What the app asked the system viewer to open. */
const opened: { path: string; page: number | null }[] = [];
const viewer: FileViewer = {
  open: async (path, page) => {
    opened.push({ path, page });
    return { atPage: page, viewer: 'Evince' };
  },
};

beforeAll(async () => {
  app = await launchApp({ viewport: { width: 1440, height: 900 }, viewer });
  await waitForPaper(app.page);
  // The first PDF read starts the PDF worker from source: slow on a loaded machine.
  app.page.setDefaultTimeout(60_000);
}, 60_000);
afterAll(async () => {
  await app?.close();
});

const paperRow = (page: Page) => page.locator('[data-paper-row]').filter({ hasText: TITLE });

const choosePaper = addPaperFromPapersView;

/** Drops a file's bytes on the window, as dragging it from the file manager does. */
async function dropBytes(page: Page, name: string, bytes: Buffer): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([fileName, base64]) => {
      const raw = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([raw], fileName, { type: 'application/pdf' }));
      return data;
    },
    [name, bytes.toString('base64')] as const,
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
}

it('adds a PDF from the Papers view and lists it as a PDF with its pages', async () => {
  const { page } = app;
  await choosePaper(page, PDF('one-column-author-year.pdf'));
  await paperRow(page).waitFor();
  await expect.poll(() => paperRow(page).textContent()).toContain('PDF');
  const pane = page.getByRole('region', { name: 'Selected paper' });
  await pane.getByRole('heading', { name: TITLE }).waitFor();
  expect(app.errors).toEqual([]);
}, 120_000);

it('opens the PDF-born paper: pages beside passages, a card with its reference and page', async () => {
  const { page } = app;
  await page
    .getByRole('region', { name: 'Selected paper' })
    .getByRole('button', { name: 'Open in the reader' })
    .click();
  await page.waitForFunction(() => document.title.startsWith('Reader'));
  const reader = visibleView(page);
  await reader.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  const marks = reader.locator('.page-mark');
  await expect.poll(() => marks.allTextContents()).toEqual(['p. 1', 'p. 2']);

  const cite = reader.getByRole('button', { name: /^Geddes/ }).first();
  await cite.focus();
  const card = page.getByRole('dialog', { name: /Geddes/ });
  await card.waitFor();
  await expect
    .poll(() => card.textContent())
    .toContain('border relationships and international migration');
  await expect.poll(() => card.textContent()).toMatch(/On page\s*p\. 1/);
  await screenshot(page, 'pdf-paper-reader-card-1440-light');
  await card.getByRole('button', { name: 'Open PDF at this page' }).click();
  await card.getByText('Opened at p. 1 in Evince.').waitFor();
  expect(opened).toHaveLength(1);
  expect(opened[0]).toMatchObject({ page: 1, path: expect.stringMatching(/[0-9a-f]{64}\.pdf$/) });
  await page.keyboard.press('Escape');

  // The reference list, on its own page of the PDF.
  const references = reader.getByRole('heading', { name: 'References', exact: true }).last();
  await references.scrollIntoViewIfNeeded();
  await screenshot(page, 'pdf-paper-references-1440-light');
  expect(app.errors).toEqual([]);
}, 120_000);

it('lists a publisher PDF with the year its first page prints', async () => {
  const { page } = app;
  // Hindawi's "Copyright © 2016" (its study ran 2006–2014).
  await choosePaper(page, join(REPO_ROOT, '../shared/evals/pdfs/num_hindawi_PMC4709779.pdf'));
  const row = page.locator('[data-paper-row]').filter({ hasText: 'Autologous Fat Grafting' });
  await row.waitFor();
  await expect.poll(() => row.textContent()).toContain('2016');
  await page.getByText(/Reading “num_hindawi/).waitFor({ state: 'hidden' });
  await screenshot(page, 'pdf-papers-list-year-1440-light');
  expect(app.errors).toEqual([]);
}, 120_000);

it('refuses a bad PDF with its one-line message, chosen or dropped, adding nothing', async () => {
  const { page } = app;
  await choosePaper(page, PDF('encrypted.pdf'));
  await page
    .getByText(/encrypted\.pdf is encrypted \(password-protected\): open it in a PDF viewer/)
    .waitFor();
  await screenshot(page, 'pdf-bad-encrypted-1440-light');
  await dropBytes(page, 'scan.pdf', readFileSync(PDF('blank-scan.pdf')));
  await page
    .getByText(/Could not add “scan\.pdf”: no text layer: Scholion does not OCR scanned pages/)
    .waitFor();
  await screenshot(page, 'pdf-bad-scan-1440-light');
  await showView(page, 'Papers');
  // The bundled paper and the two PDFs added above.
  expect(await page.locator('[data-paper-row]').count()).toBe(3);
}, 120_000);
