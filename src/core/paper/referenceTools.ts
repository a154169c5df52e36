/**
 * The reference analysis (core/references: style, reference list, citations and their links, the
 * one reader of reference lists) adapted to the document model: its offsets, into the source,
 * become offsets into the document's text, so citations sit in their blocks and claims, and a
 * citation standing in a footnote sits at the note's marker.
 */
import type { CslItem } from '../bibliography/model';
import type { Citation } from '../citations/model';
import type { ParsedDocument } from '../document/model';
import type { CitationStyle, ReferenceAnalysis } from '../references';
import type { SourceOffsets } from './sourceOffsets';

/** One entry of a document's reference list, as found in its text. */
export interface ReferenceEntry {
  /** "r1", "r2", … in list order: unique within the document. */
  id: string;
  /** The entry as printed. */
  raw: string;
  /** Offsets of the entry in the document's text. */
  start: number;
  end: number;
  /** The entry's fields as CSL-JSON (its `id` is the entry's), or null when unreadable. */
  csl: CslItem | null;
}

/** A citation of an added paper: its place in the document's text, and what it cites by. */
export interface PaperCitation extends Citation {
  /** The number it cites (numeric styles), else null. */
  number: number | null;
  /** The footnote it stands in (notes style; it is then placed at the note's marker), or null. */
  noteId: string | null;
}

/** What the analysis found, in the document's offsets. */
export interface PlacedAnalysis {
  style: CitationStyle;
  /** The reference list's section, if it has a heading. */
  referenceSectionId: string | null;
  references: ReferenceEntry[];
  /** Citations of the body (none from the list), in order. */
  citations: PaperCitation[];
  /** Citation id -> the id of the entry it cites (null: none found). */
  referenceOf: Map<string, string | null>;
}

/** The entry's fields, or null when the parser read neither title, author nor year. */
function usableCsl(csl: CslItem, id: string): CslItem | null {
  const usable = csl.title || csl.author?.length || csl.editor?.length || csl.issued;
  return usable ? { ...csl, id } : null;
}

/** Document offset of each footnote's marker, by the footnote's label. */
function markersByLabel(doc: ParsedDocument): Map<string, number> {
  const byId = new Map<string, number>();
  for (const block of doc.blocks) {
    for (const ref of block.footnoteRefs)
      if (!byId.has(ref.footnoteId)) byId.set(ref.footnoteId, ref.offset);
  }
  const out = new Map<string, number>();
  for (const note of doc.footnotes) {
    const at = byId.get(note.id);
    if (at !== undefined) out.set(note.label, at);
  }
  return out;
}

/**
 * Places `analysis` (of `doc`'s source, aligned by `offsets`) in the document: entries and
 * citations get document offsets; a citation in a note (by the source's note labels in
 * `noteLabels`) gets its note's marker, so its claim is the sentence the note is attached to.
 */
export function placeAnalysis(
  analysis: ReferenceAnalysis,
  doc: ParsedDocument,
  offsets: SourceOffsets,
  noteLabels: ReadonlyMap<string, string>,
): PlacedAnalysis {
  const markers = markersByLabel(doc);
  const place = (span: { start: number; end: number; noteId?: string | null }) => {
    const label = span.noteId ? noteLabels.get(span.noteId) : undefined;
    const marker = label !== undefined ? markers.get(label) : undefined;
    return marker !== undefined
      ? { start: marker, end: marker }
      : offsets.span(span.start, span.end);
  };
  const references = analysis.references.map((r): ReferenceEntry => ({
    id: r.id,
    raw: r.raw,
    ...place(r),
    csl: usableCsl(r.csl, r.id),
  }));
  const citations = analysis.citations.map((c): PaperCitation => {
    const { referenceId: _referenceId, ...citation } = c;
    return { ...citation, ...place(c) };
  });
  const referenceOf = new Map(analysis.citations.map((c) => [c.id, c.referenceId]));
  return {
    style: analysis.style,
    referenceSectionId: listSection(analysis, doc, offsets),
    references,
    citations,
    referenceOf,
  };
}

/** The section the reference list heads, when it has a heading. */
function listSection(
  analysis: ReferenceAnalysis,
  doc: ParsedDocument,
  offsets: SourceOffsets,
): string | null {
  const list = analysis.referenceList;
  if (!list?.heading) return null;
  const at = offsets.start(list.start);
  const heading = doc.blocks.find((b) => b.kind === 'heading' && b.start <= at && at < b.end + 1);
  return doc.sections.find((s) => s.headingBlockId === heading?.id)?.id ?? null;
}
