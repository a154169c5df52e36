// PDF papers through the same add pipeline as Markdown: read in the PDF worker, the original
// kept under its hash, every block and citation with its page; bad PDFs refused in one line with
// the library left exactly as it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageAt } from '../../src/core/pdf';
import { DocumentService } from '../../src/services/documents';
import { LibraryService } from '../../src/services/library';
import { MemoryPaperFiles, MemoryStorage, sha256Hex, UserDataStore } from '../../src/store';
import { repoRoot } from '../cli/runCli';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(repoRoot, 'tests/fixtures/pdf', name)));
const library = await LibraryService.open();

async function setup() {
  const storage = new MemoryStorage();
  const paperFiles = new MemoryPaperFiles();
  const store = await UserDataStore.openInMemory({ storage, paperFiles });
  return { storage, paperFiles, store, documents: new DocumentService(store, library) };
}

// The first read starts the PDF worker (from source, through tsx): slow on a loaded machine.
describe('adding a PDF paper', { timeout: 90_000 }, () => {
  it('reads an author-year PDF into the document model with the page of each passage', async () => {
    const { documents, paperFiles } = await setup();
    const bytes = fixture('one-column-author-year.pdf');
    const pages: number[] = [];
    const { document } = await documents.add({
      fileName: 'partnerships.pdf',
      bytes,
      onProgress: (p) => p.pages && pages.push(p.pages.done),
    });
    expect(pages).toEqual([1, 2]);
    expect(document).toMatchObject({
      kind: 'pdf',
      title: 'Mobility Partnerships and the External Dimension of Migration Policy',
      authors: ['Sandra Lavenex'],
      pages: 2,
      references: 12,
      citations: 12,
      fileName: 'partnerships.pdf',
    });
    // The original, kept under its content hash, and its layout beside it.
    const sha = sha256Hex(bytes);
    expect(paperFiles.files.get(`papers/${sha}.pdf`)).toEqual(bytes);
    expect([...paperFiles.files.keys()].filter((k) => k.endsWith('.json'))).toHaveLength(1);

    const view = await documents.get(document.id);
    expect(view.pageStarts?.map((p) => p.page)).toEqual([1, 2]);
    const starts = view.pageStarts!;
    const blockPage = (words: string) => {
      const block = view.document.blocks.find((b) => b.text.includes(words))!;
      return pageAt(starts, block.start);
    };
    expect(blockPage('The external dimension of migration policy has become')).toBe(1);
    expect(blockPage('Cassarino, J.-P. (2010). Unbalanced Reciprocities')).toBe(2);
    // A citation card can say on which page the citing sentence is.
    const geddes = view.citations.find((c) => c.raw.startsWith('Geddes'))!;
    expect(pageAt(starts, geddes.start)).toBe(1);
    expect(view.references.find((r) => r.raw.startsWith('Geddes'))).toBeTruthy();
    expect(view.citationReferences[geddes.id]).toBe(
      view.references.find((r) => r.raw.startsWith('Geddes'))!.id,
    );
    // The footnotes are the document's footnotes, their markers out of the running text.
    expect(view.document.footnotes).toHaveLength(2);
    expect(view.document.text).not.toMatch(/\[\^/);
  });

  it('re-parses a PDF from the kept original, keeping its pages', async () => {
    const { documents } = await setup();
    const { document } = await documents.add({
      fileName: 'numeric.pdf',
      bytes: fixture('two-column-numeric.pdf'),
    });
    const again = await documents.reparse(document.id);
    expect(again).toMatchObject({ kind: 'pdf', pages: 2, references: 16 });
    expect((await documents.get(document.id)).pageStarts?.length).toBe(2);
  });

  it('gives a publisher PDF the year its first page prints, for the Papers list', async () => {
    const { documents } = await setup();
    const evals = join(repoRoot, '../shared/evals/pdfs');
    const bytes = new Uint8Array(readFileSync(join(evals, 'num_hindawi_PMC4709779.pdf')));
    const { document } = await documents.add({ fileName: 'hindawi.pdf', bytes });
    // "Copyright © 2016 Fabio Caviggioli et al." (the study ran 2006–2014: no year of it).
    expect(document.year).toBe('2016');
  });

  it('re-parsing replaces the layout an older parser kept, leaving no stale file behind', async () => {
    const { documents, paperFiles, store } = await setup();
    const { document } = await documents.add({
      fileName: 'numeric.pdf',
      bytes: fixture('two-column-numeric.pdf'),
    });
    // As an older parser would have kept it: another layout, under its own hash.
    const record = (await store.documentRecords.get(document.id))!;
    const current = await paperFiles.read(record.file!.textLayer!);
    const older = new TextEncoder().encode(`${new TextDecoder().decode(current!)}\n`);
    const { path: olderPath } = await paperFiles.put(older, 'json');
    await paperFiles.remove(record.file!.textLayer!);
    await store.documentRecords.update(document.id, (items) => {
      items[document.id]!.file!.textLayer = olderPath;
    });

    await documents.reparse(document.id);
    const layouts = [...paperFiles.files.keys()].filter((k) => k.endsWith('.json'));
    expect(layouts).toHaveLength(1);
    expect(layouts).not.toContain(olderPath);
    expect((await store.documentRecords.get(document.id))!.file!.textLayer).toBe(layouts[0]);
  });

  it.each([
    ['encrypted.pdf', /^encrypted\.pdf is encrypted \(password-protected\)/],
    ['blank-scan.pdf', /^blank-scan\.pdf: no text layer: Scholion does not OCR scanned pages/],
    ['truncated.pdf', /^truncated\.pdf is not a readable PDF \(damaged or truncated\)/],
    ['garbled-font.pdf', /^garbled-font\.pdf: the text layer is garbled/],
  ])('refuses %s in one line and leaves the library as it was', async (name, message) => {
    const { documents, storage, paperFiles } = await setup();
    const before = storage.paths();
    const error = await documents.add({ fileName: name, bytes: fixture(name) }).catch((e) => e);
    expect(error).toMatchObject({ code: 'not-a-paper', message: expect.stringMatching(message) });
    expect((error as Error).message).not.toContain('\n');
    expect(storage.paths()).toEqual(before);
    expect(paperFiles.files.size).toBe(0);
    expect(await documents.list()).toHaveLength(1);
  });

  it('cancels a PDF read while its pages are read, writing nothing', async () => {
    const { documents, storage, paperFiles } = await setup();
    const before = storage.paths();
    const controller = new AbortController();
    const error = await documents
      .add({
        fileName: 'numeric.pdf',
        bytes: fixture('two-column-numeric.pdf'),
        signal: controller.signal,
        onProgress: (p) => p.pages && controller.abort(),
      })
      .catch((e) => e);
    expect(error).toMatchObject({
      code: 'cancelled',
      message: expect.stringMatching(/nothing was added/),
    });
    expect(storage.paths()).toEqual(before);
    expect(paperFiles.files.size).toBe(0);
  });
});
