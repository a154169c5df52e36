import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfPaperSource } from '../../../src/core/pdf';
import { PdfReadError, readPdf, readPdfPaper } from '../../../src/services/pdf';
import { repoRoot } from '../../cli/runCli';

const fixture = (name: string): Promise<Uint8Array> =>
  readFile(join(repoRoot, 'tests/fixtures/pdf', name)).then((b) => new Uint8Array(b));

async function failure(name: string): Promise<PdfReadError> {
  const error = await readPdf(await fixture(name), name).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PdfReadError);
  return error as PdfReadError;
}

// The first read starts the PDF worker from source (through tsx): slow on a loaded machine.
describe('readPdf on PDFs made with pdflatex', { timeout: 90_000 }, () => {
  it('reads a two-column numeric paper: title block, sections, footnotes, table, references', async () => {
    const progress: number[] = [];
    const layout = await readPdf(
      await fixture('two-column-numeric.pdf'),
      'two-column-numeric.pdf',
      {
        onProgress: (done) => progress.push(done),
      },
    );
    expect(progress).toEqual([1, 2]);
    expect(layout.titleBlock.title).toBe('Adaptive Water Governance in Transboundary River Basins');
    expect(layout.titleBlock.authors).toEqual(['Maria Keller', 'Tomas Lindqvist']);
    expect(layout.titleBlock.doi).toBe('10.5555/jwgs.2024.0117');
    expect(layout.abstract).toMatch(/^Transboundary river basins pose/);
    const headings = layout.passages.filter((p) => p.kind === 'heading').map((p) => p.text);
    expect(headings).toEqual(
      expect.arrayContaining([
        '1 Introduction',
        '2 Data and Methods',
        '2.1 Case selection',
        '3 Results',
        '4 Conclusion',
      ]),
    );
    const text = layout.passages
      .filter((p) => p.kind === 'paragraph')
      .map((p) => p.text)
      .join(' ');
    expect(text).toContain('developed by Pahl-Wostl and colleagues');
    expect(text).toContain(
      'the efficiency of river basin organisations found significant differences',
    );
    expect(text).not.toContain('Journal of Water Governance Studies');
    expect(text).not.toContain('Droughts Other');
    const footnotes = layout.passages.filter((p) => p.kind === 'footnote');
    expect(footnotes.map((f) => f.text)).toEqual([
      expect.stringMatching(/^1 ?A secretariat is independent/),
      expect.stringMatching(/^2 ?Donor reports/),
    ]);
    expect(layout.references).toHaveLength(16);
    expect(layout.references.map((r) => r.label)).toEqual(
      Array.from({ length: 16 }, (_, i) => String(i + 1)),
    );
    expect(layout.references[3]!.raw).toMatch(/^Pahl-Wostl C\. A conceptual framework/);
    expect(layout.references.every((r) => r.page === 2)).toBe(true);
  });

  it('renders the source for the paper reader in the worker when adding a paper asks for it', async () => {
    const { layout, source } = await readPdfPaper(await fixture('two-column-numeric.pdf'), 'x.pdf');
    expect(source).toEqual(pdfPaperSource(layout));
    expect(source.text).toMatch(/^# Adaptive Water Governance/);
  });

  it('reads an author-year paper with footnotes and a hanging-indent list', async () => {
    const layout = await readPdf(await fixture('one-column-author-year.pdf'), 'x.pdf');
    expect(layout.titleBlock.title).toBe(
      'Mobility Partnerships and the External Dimension of Migration Policy',
    );
    expect(layout.titleBlock.authors).toEqual(['Sandra Lavenex']);
    expect(layout.references.map((r) => r.raw.slice(0, 18))).toEqual([
      'Betts, A. (2011a).',
      'Betts, A. (2011b).',
      'Boswell, C. (2003)',
      'Boswell, C. and Ge',
      'Cassarino, J.-P. (',
      'Commission (2011).',
      'Geddes, A. (2005).',
      'Kunz, R., Lavenex,',
      'Lavenex, S. (2006)',
      'Lavenex, S. and Pa',
      'Reslow, N. (2012).',
      'Trauner, F. and Kr',
    ]);
    expect(layout.passages.filter((p) => p.kind === 'footnote')).toHaveLength(2);
  });

  it('marks superscript citation numbers as citations', async () => {
    const layout = await readPdf(await fixture('superscript-numeric.pdf'), 'x.pdf');
    expect(layout.superscriptCitations).toBe(true);
    const marks = layout.passages.flatMap((p) => p.marks).filter((m) => m.kind === 'citation');
    expect(marks.map((m) => m.label)).toEqual(['1,2', '3', '4–6', '7']);
    expect(layout.references).toHaveLength(7);
  });
});

describe('readPdf on bad input', { timeout: 90_000 }, () => {
  it('says an encrypted PDF is password-protected', async () => {
    const error = await failure('encrypted.pdf');
    expect(error.kind).toBe('encrypted');
    expect(error.message).toMatch(/^encrypted\.pdf is encrypted \(password-protected\)/);
  });

  it('says a truncated PDF is damaged', async () => {
    const error = await failure('truncated.pdf');
    expect(['invalid', 'corrupt', 'no-text-layer']).toContain(error.kind);
    expect(error.message).toMatch(/truncated|no text layer/);
  });

  it('refuses a scan without a text layer', async () => {
    const error = await failure('blank-scan.pdf');
    expect(error.kind).toBe('no-text-layer');
    expect(error.message).toContain('no text layer: Scholion does not OCR scanned pages');
  });

  it('refuses text from a broken font encoding', async () => {
    const error = await failure('garbled-font.pdf');
    expect(error.kind).toBe('garbled');
    expect(error.message).toMatch(/garbled/);
  });

  it('stops when cancelled and says nothing was added', async () => {
    const controller = new AbortController();
    const reading = readPdf(await fixture('two-column-numeric.pdf'), 'x.pdf', {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(reading).rejects.toMatchObject({ kind: 'cancelled' });
  });
});
