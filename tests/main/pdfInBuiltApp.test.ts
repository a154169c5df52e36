// Loads the BUILT main bundle (out/main/index.js) with a test double of `electron` and adds a PDF
// through its IPC handlers: the bundled PDF worker (out/main/pdfWorker.js) starts, finds pdfjs
// and its standard fonts and cmaps, and the kept PDF opens through shell.openPath.
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AddDocumentResultView, OpenedDocumentFile } from '../../src/shared/contract';
import { FakeBrowserWindow, type FakeWebContents } from './fakeElectron';

const { fake, repo } = await vi.hoisted(async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join: joinPath } = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  const { createFakeElectron } = await import('./fakeElectron');
  const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
  const userData = mkdtempSync(joinPath(tmpdir(), 'scholion-main-pdf-'));
  return { fake: createFakeElectron({ appPath: repoRoot, userData }), repo: repoRoot };
});
vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const MAIN_BUNDLE = join(repo, 'out/main/index.js');
const rendererUrl = pathToFileURL(join(repo, 'out/renderer/index.html')).href;
let win: FakeBrowserWindow;

beforeAll(async () => {
  if (!existsSync(MAIN_BUNDLE)) throw new Error('Build first: npx electron-vite build');
  await import(/* @vite-ignore */ pathToFileURL(MAIN_BUNDLE).href);
  await vi.waitFor(() => expect(FakeBrowserWindow.instances[0]?.loadedFile).toBeTruthy());
  win = FakeBrowserWindow.instances[0]!;
});
afterAll(async () => {
  await rm(fake.electron.app.getPath('userData'), { recursive: true, force: true });
});

async function invoke<T>(method: string, input: unknown): Promise<T> {
  const handler = fake.ipcHandlers.get(`scholion:${method}`)!;
  const sender: FakeWebContents = win.webContents;
  const result = (await handler(
    { sender, senderFrame: { url: rendererUrl, parent: null } },
    input,
  )) as {
    ok: boolean;
    value?: T;
    error?: { message: string };
  };
  if (!result.ok) throw new Error(result.error?.message);
  return result.value as T;
}

const fixture = (name: string) =>
  readFileSync(join(repo, 'tests/fixtures/pdf', name)).toString('base64');

describe('PDF papers in the built app', { timeout: 120_000 }, () => {
  it('ships the PDF worker next to the main bundle, and not pdfjs inside it', () => {
    expect(existsSync(join(repo, 'out/main/pdfWorker.js'))).toBe(true);
    const worker = readFileSync(join(repo, 'out/main/pdfWorker.js'), 'utf8');
    expect(worker).toContain('standard_fonts');
    // pdfjs-dist is loaded from its package (with its fonts and cmaps), never bundled.
    expect(worker).not.toMatch(/PDFDocumentLoadingTask|class PDFWorker/);
  });

  it('adds a PDF through the IPC handlers and opens the kept file', async () => {
    const added = await invoke<AddDocumentResultView>('addDocument', {
      fileName: 'partnerships.pdf',
      bytesBase64: fixture('one-column-author-year.pdf'),
    });
    expect(added.document).toMatchObject({ kind: 'pdf', pages: 2, references: 12 });
    const opened = await invoke<OpenedDocumentFile>('openDocumentFile', {
      documentId: added.document.id,
      page: 2,
    });
    // No Linux viewer that takes a page is installed here: the default one, at page 1, said so.
    expect(opened).toEqual({
      atPage: null,
      message: 'Opened at p. 1: the system viewer cannot be told a page here; go to p. 2.',
    });
    expect(fake.calls.openedPaths).toHaveLength(1);
    expect(fake.calls.openedPaths[0]).toMatch(/[\\/]papers[\\/][0-9a-f]{64}\.pdf$/);
    expect(existsSync(fake.calls.openedPaths[0]!)).toBe(true);
  });

  it('refuses an encrypted PDF with its one-line message', async () => {
    await expect(
      invoke('addDocument', { fileName: 'locked.pdf', bytesBase64: fixture('encrypted.pdf') }),
    ).rejects.toThrow(/^locked\.pdf is encrypted \(password-protected\)/);
  });
});
