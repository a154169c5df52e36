/**
 * Opens a stored document: reads its kept file (a PDF's kept layout), parses it with today's
 * parser, applies the user's corrections and the decided reference links, and finds a PDF's
 * pages in the text. Pure apart from the reads.
 */
import { referenceKey, type DocumentLinks } from '../../core/documents/links';
import type { DocumentRecord } from '../../core/documents/model';
import { sourceFormatOf } from '../../core/documents/sourceText';
import { pageStartsIn } from '../../core/pdf';
import { applyCorrections, completePaper, readPaper, type ReadPaper } from '../../core/paper';
import { summaryOf, type DocumentView } from './model';
import type { PaperSource } from './paperSource';

/**
 * The document as the reader shows it, from its text (or its parse, when the caller has it) and
 * what the library decided about it.
 */
export function viewOfDocument(
  record: DocumentRecord,
  source: Pick<PaperSource, 'kind' | 'text' | 'pdf'>,
  links: DocumentLinks,
  /** The source already read (an add reads it once, for its links and for this view). */
  read: ReadPaper = readPaper(source.text, record.id, sourceFormatOf(source.kind)),
): DocumentView {
  const corrected = applyCorrections(read, links.corrections);
  const keyOf = new Map(corrected.read.references.map((r) => [r.id, referenceKey(r.raw)]));
  const linkOf = (id: string) => links.references[keyOf.get(id) ?? ''];
  const paper = completePaper(
    corrected.read,
    (id) => linkOf(id)?.workKey ?? null,
    (id) => corrected.workOverrides.get(id),
  );
  return {
    ...paper,
    summary: summaryOf(record),
    citationKeys: Object.fromEntries(corrected.citationKeyOf),
    references: paper.references.map((r) => ({
      ...r,
      key: keyOf.get(r.id) ?? '',
      how: linkOf(r.id)?.how ?? null,
      candidate: linkOf(r.id)?.candidate ?? null,
    })),
    ...(source.pdf ? { pageStarts: pageStartsIn(paper.document.text, source.pdf.anchors) } : {}),
  };
}
