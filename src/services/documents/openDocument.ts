/**
 * Opens a stored document: reads its kept file, parses it with today's parser, applies the
 * user's corrections and the decided reference links. Pure apart from the reads.
 */
import { referenceKey, type DocumentLinks } from '../../core/documents/links';
import type { DocumentRecord } from '../../core/documents/model';
import { readSourceText } from '../../core/documents/sourceText';
import { applyCorrections, completePaper, readPaper, type ReadPaper } from '../../core/paper';
import type { PaperFileStore } from '../../store';
import { ServiceError } from '../errors';
import { summaryOf, type DocumentView } from './model';

/** The text of a stored document's kept file. */
export async function keptText(record: DocumentRecord, files: PaperFileStore): Promise<string> {
  const bytes = record.file ? await files.read(record.file.path) : null;
  if (!bytes) {
    throw new ServiceError(
      'missing-file',
      `The kept copy of “${record.title}” (${record.file?.path ?? 'no file'}) is missing from the library folder; add the paper again.`,
    );
  }
  return readSourceText(bytes, record.file?.name).text;
}

/**
 * The document as the reader shows it, from its text (or its parse, when the caller has it) and
 * what the library decided about it.
 */
export function viewOfDocument(
  record: DocumentRecord,
  text: string | ReadPaper,
  links: DocumentLinks,
): DocumentView {
  const read = typeof text === 'string' ? readPaper(text, record.id) : text;
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
  };
}
