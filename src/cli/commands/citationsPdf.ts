/** `citations X.pdf`: a PDF paper read through its text layer, its reference list and pages. */
import { pdfText, type PdfLayout } from '../../core/pdf';
import { parseReference } from '../../core/references/parse';
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
  const references = layout.references.map((entry, i) => {
    const parsed = parseReference(entry.raw);
    return {
      id: `r${i + 1}`,
      label: entry.label,
      raw: entry.raw,
      page: entry.page,
      csl: parsed.csl,
      confidence: parsed.confidence,
    };
  });
  return {
    document: {
      source: 'pdf' as const,
      title: layout.titleBlock.title,
      authors: layout.titleBlock.authors,
      affiliations: layout.titleBlock.affiliations,
      doi: layout.titleBlock.doi,
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
    references,
    citations: [] as { id: string; raw: string; page: number; referenceId: string | null }[],
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
    `${references.length} references:`,
    ...references.map((r) => `  ${r.label ?? '-'}  p. ${r.page}  ${r.raw.slice(0, 100)}`),
    '',
  ];
  return lines.join('\n');
}
