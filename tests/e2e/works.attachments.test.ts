// e2e: a work's files in its detail pane. Attach a copy and link a file (main's open dialog,
// faked as in the export tests), drop a file on the pane (attached, not added as a paper), see a
// linked file that is gone marked missing, open one in the system viewer, remove one and undo,
// and read a Markdown attachment as a paper. Screens at 1440x900 and 1024x700.
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Dialogs, OpenDialogRequest } from '../../src/main/dialogs';
import type { FileViewer } from '../../src/main/fileViewer';
import { REPO_ROOT, launchApp, screenshot, type LaunchedApp } from './harness';
import { openView, seriousAxeFindings, visibleView, waitForPaper } from './appHelpers';
import { callApi } from './exchangeHelpers';
import type { DocumentSummary, TrashItemView } from '../../src/shared/contract';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 90_000 });

const PAPER = join(
  REPO_ROOT,
  'tests/fixtures/added-papers/partnerships in migration governance.md',
);
const PAPER_TITLE = 'Partnerships in Migration Governance: A Short Review';
const PDF = join(REPO_ROOT, 'tests/fixtures/pdf/one-column-author-year.pdf');

let dir: string;
let app: LaunchedApp;
/** Paths main's open dialog answers, in turn (null: the user cancelled). */
const chosen: (string | null)[] = [];
const asked: OpenDialogRequest[] = [];
const opened: string[] = [];

const dialogs: Dialogs = {
  chooseSavePath: async () => null,
  chooseOpenPath: async (request) => {
    asked.push(request);
    return chosen.shift() ?? null;
  },
};
const viewer: FileViewer = {
  open: async (path) => {
    opened.push(path);
    return { viewer: 'a test viewer', atPage: null };
  },
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scholion-e2e-attach-'));
  app = await launchApp({
    dataDir: join(dir, 'library'),
    viewport: { width: 1440, height: 900 },
    dialogs,
    viewer,
  });
  await waitForPaper(app.page);
  app.page.setDefaultTimeout(10_000);
});
afterAll(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

const pane = (page: Page) => page.getByRole('region', { name: 'Selected work' });
const files = (page: Page) => pane(page).getByRole('list', { name: 'Files of this work' });
const fileRow = (page: Page, name: string) =>
  files(page).getByRole('listitem').filter({ hasText: name });

/** Shows Betts 2011a, Global Migration Governance, in the Bibliography's detail pane. */
async function selectWork(page: Page): Promise<void> {
  await openView(page, 'Bibliography');
  await page.getByRole('searchbox', { name: 'Filter works' }).fill('global migration governance');
  await visibleView(page).locator('tbody tr').first().click();
  await pane(page).getByRole('heading', { level: 2 }).waitFor();
}

/** Drops a file on the work's pane, as dragging it from the file manager does. */
async function dropOnPane(page: Page, name: string, text: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([fileName, body]) => {
      const data = new DataTransfer();
      data.items.add(new File([body], fileName, { type: 'text/plain' }));
      return data;
    },
    [name, text] as const,
  );
  const target = pane(page).getByRole('heading', { level: 2 });
  for (const type of ['dragenter', 'dragover', 'drop'])
    await target.dispatchEvent(type, { dataTransfer: transfer });
}

it('attaches a copy, links a file, takes a dropped file, and marks a linked file that is gone', async () => {
  const { page } = app;
  await selectWork(page);
  await pane(page).getByText('No files.').waitFor();

  // Attach a copy: main's dialog answers a Markdown file.
  const notes = join(dir, 'Partnerships review.md');
  await copyFile(PAPER, notes);
  chosen.push(notes);
  await pane(page).getByRole('button', { name: 'Attach file…' }).click();
  await fileRow(page, 'Partnerships review.md').waitFor();
  expect(await fileRow(page, 'Partnerships review.md').textContent()).toMatch(
    /Markdown[^·]*[\d.]+ KB · copy in the library/,
  );
  expect(asked.at(-1)?.buttonLabel).toBe('Attach');

  // Link a PDF where it is; the path is shown.
  const linked = join(dir, 'Betts 2011 scan.pdf');
  await copyFile(PDF, linked);
  chosen.push(linked);
  await pane(page).getByRole('button', { name: 'Link file…' }).click();
  await fileRow(page, 'Betts 2011 scan.pdf').waitFor();
  expect(await fileRow(page, 'Betts 2011 scan.pdf').textContent()).toContain(linked);
  expect(asked.at(-1)?.buttonLabel).toBe('Link');

  // Cancelling the dialog attaches nothing and says nothing.
  chosen.push(null);
  await pane(page).getByRole('button', { name: 'Attach file…' }).click();
  await expect.poll(() => asked.length).toBe(3);

  // The linked file goes away; a drop on the pane attaches a file (not added as a paper).
  await rm(linked);
  await dropOnPane(page, 'reading notes.txt', 'Notes on Betts 2011.');
  await fileRow(page, 'reading notes.txt').waitFor();
  expect(app.calls.some((c) => c.method === 'addDocument')).toBe(false);
  const gone = fileRow(page, 'Betts 2011 scan.pdf');
  await gone.getByText('Not found: the file was moved or deleted.').waitFor();
  expect(await gone.getByRole('button').allTextContents()).toEqual(['Remove']);
  expect(await files(page).getByRole('listitem').count()).toBe(3);

  // Open a copy in the system viewer: main resolves the path from the ids.
  await fileRow(page, 'reading notes.txt').getByRole('button', { name: /^Open/ }).click();
  await expect.poll(() => opened.at(-1) ?? '').toMatch(/papers\/[0-9a-f]{64}\.txt$/);

  await pane(page).scrollIntoViewIfNeeded();
  await page.locator('.work-files').scrollIntoViewIfNeeded();
  await screenshot(page, 'work-files-1440x900');
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.locator('.work-files').scrollIntoViewIfNeeded();
  await screenshot(page, 'work-files-1024x700');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'work-files-1024x700-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1440, height: 900 });
  expect(await seriousAxeFindings(page)).toEqual([]);
  expect(app.errors).toEqual([]);
});

it('removes a file to the trash and undoes it; the trash lists it meanwhile', async () => {
  const { page } = app;
  await fileRow(page, 'reading notes.txt')
    .getByRole('button', { name: /^Remove/ })
    .click();
  const toast = page.getByText('Removed “reading notes.txt”. It is in the trash.');
  await toast.waitFor();
  await expect.poll(() => files(page).getByRole('listitem').count()).toBe(2);
  const trash = await callApi<TrashItemView[]>(page, 'listTrash', { kind: 'attachment' });
  expect(trash.map((e) => e.label)).toEqual(['reading notes.txt']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await fileRow(page, 'reading notes.txt').waitFor();
  expect(await files(page).getByRole('listitem').count()).toBe(3);
  expect(await callApi<TrashItemView[]>(page, 'listTrash', {})).toEqual([]);
  expect(app.errors).toEqual([]);
});

it('reads a Markdown attachment as a paper and opens it in the reader', async () => {
  const { page } = app;
  await fileRow(page, 'Partnerships review.md')
    .getByRole('button', { name: /^Read in Scholion/ })
    .click();
  await page.waitForFunction(() => document.title.startsWith('Reader'));
  await visibleView(page).getByRole('heading', { name: PAPER_TITLE }).first().waitFor();
  await openView(page, 'Bibliography');
  await fileRow(page, 'Partnerships review.md').getByText('read as a paper').waitFor();
  const papers = await callApi<DocumentSummary[]>(page, 'listDocuments', {});
  expect(papers.map((p) => p.title)).toContain(PAPER_TITLE);
  expect(app.errors).toEqual([]);
});

it('a file dropped anywhere else is still added as a paper (the pane only takes its own drops)', async () => {
  const { page } = app;
  const transfer = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['# A dropped note\n\nNothing cited.\n'], 'dropped.md'));
    return data;
  });
  for (const type of ['dragenter', 'dragover', 'drop'])
    await page.dispatchEvent('nav.sidebar', type, { dataTransfer: transfer });
  await expect.poll(() => app.calls.some((c) => c.method === 'addDocument')).toBe(true);
  await page.getByText('Added “A dropped note”').waitFor();
});

it('an open editor still saves after a file was attached meanwhile (the revision moved on)', async () => {
  const { page } = app;
  await selectWork(page);
  await pane(page).getByRole('button', { name: 'Edit record' }).click();
  const editor = pane(page).getByRole('region', { name: 'Edit the record' });
  await editor.waitFor();
  // Attaching bumps the work's revision behind the editor's back.
  await dropOnPane(page, 'later.txt', 'later');
  await fileRow(page, 'later.txt').waitFor();
  const title = editor.getByRole('textbox', { name: /^Title/ });
  await title.focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' (edited)');
  await editor.getByRole('status').getByText('Saved').waitFor();
  await pane(page).getByRole('heading', { name: 'Global Migration Governance (edited)' }).waitFor();
  expect(await fileRow(page, 'later.txt').count()).toBe(1);
  expect(app.errors).toEqual([]);
});
