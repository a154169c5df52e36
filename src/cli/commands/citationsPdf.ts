/** `citations X.pdf`: a PDF paper read through its text layer, its reference list and pages. */
import { pageAtOffset, pdfText, type PdfLayout } from '../../core/pdf';
import { analyseReferencesAndCitations } from '../../core/references';
import { PdfReadError, readPdf } from '../../services/pdf';
import { fail, type CliIo } from '../io';

/** Reads `bytes` as a PDF paper and prints it (JSON or a short summary). */
export async function runPdf(
  bytes: Uint8Array,
  file: string,
  json: boolean,
  io: CliIo,
): Promise<number> {
  let layout: PdfLayout;
  try {
    layout = await readPdf(bytes, file, {
      // Progress only for books: a paper is read before anyone could look at it.
      onProgress: (done, total) => {
        if (total >= 50 && (done % 25 === 0 || done === total))
          io.stderr(`reading ${file}: page ${done} of ${total}\n`);
      },
    });
  } catch (error) {
    if (error instanceof PdfReadError) return fail(io, error.message);
    throw error;
  }
  const out = pdfJson(layout);
  io.stdout(json ? `${JSON.stringify(out, null, 2)}\n` : pdfSummary(out));
  return 0;
}

type PdfJson = ReturnType<typeof pdfJson>;

function pdfJson(layout: PdfLayout) {
  const text = pdfText(layout);
  // The layout has found the list and marked raised numbers; the analysis reads the entries,
  // the citations in the running text (and in the notes) and links them.
  const analysis = analyseReferencesAndCitations(text);
  const references = analysis.references.map((entry) => ({
    id: entry.id,
    label: entry.label,
    raw: entry.raw,
    page: pageAtOffset(text, entry.start),
    csl: entry.csl,
    confidence: entry.confidence,
  }));
  const citations = analysis.citations.map((c) => ({
    id: c.id,
    raw: c.raw,
    page: c.noteId
      ? (text.notes.find((n) => n.id === c.noteId)?.page ?? null)
      : pageAtOffset(text, c.start),
    number: c.number,
    authors: c.authors,
    year: c.year,
    noteId: c.noteId,
    referenceId: c.referenceId,
  }));
  return {
    document: {
      source: 'pdf' as const,
      title: layout.titleBlock.title,
      authors: layout.titleBlock.authors,
      affiliations: layout.titleBlock.affiliations,
      doi: layout.titleBlock.doi,
      year: layout.titleBlock.year ?? null,
      abstract: layout.abstract,
      pages: layout.pageCount,
      twoColumnPages: layout.twoColumnPages,
      sections: layout.passages
        .filter((p) => p.kind === 'heading')
        .map((p) => ({ title: p.text, level: p.level ?? 1, page: p.page })),
      passages: layout.passages.map((p) => ({
        kind: p.kind,
        page: p.page,
        text: p.text,
        ...(p.marks.length ? { marks: p.marks } : {}),
      })),
      footnotes: text.notes.map((n) => ({ label: n.label, text: n.text, page: n.page })),
    },
    style: analysis.style,
    references,
    citations,
    unresolved: analysis.unresolved,
  };
}

function pdfSummary(out: PdfJson): string {
  const { document: d, references } = out;
  const lines = [
    d.title || '(no title found)',
    d.authors.join(', '),
    d.doi ? `doi:${d.doi}` : '',
    '',
    `${d.pages} pages (${d.twoColumnPages.length} in two columns), ${d.sections.length} headings, ${d.passages.length} passages, ${d.footnotes.length} footnotes`,
    `${out.citations.length} citations (${out.style}), ${out.citations.filter((c) => c.referenceId).length} linked to an entry`,
    `${references.length} references:`,
    ...references.map((r) => `  ${r.label ?? '-'}  p. ${r.page}  ${r.raw.slice(0, 100)}`),
    '',
  ];
  return lines.join('\n');
}
