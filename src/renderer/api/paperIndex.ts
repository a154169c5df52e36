// Lookups over one PaperView, built once: by id, by block, by work, and where a passage sits.
import type { Block, Section } from '../../core/document/model';
import type { ResolvedCitation } from '../../core/citations/model';
import type { Claim } from '../../core/claims/model';
import type { PaperView } from '../../shared/contract';
import { pageAt } from '../../core/pdf/paperSource';

export interface PaperIndex {
  /** The document's id in the library. */
  documentId: string;
  paper: PaperView;
  blockById: Map<string, Block>;
  sectionById: Map<string, Section>;
  citationById: Map<string, ResolvedCitation>;
  claimById: Map<string, Claim>;
  /** Citations inside each block, in text order. */
  citationsByBlock: Map<string, ResolvedCitation[]>;
  /** Citations of each work (by work id), in text order. */
  citationsByWork: Map<string, ResolvedCitation[]>;
  /** Claims citing each work (by work id), in text order. */
  claimsByWork: Map<string, Claim[]>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Builds every lookup the views need from the paper the contract returned. */
export function buildPaperIndex(paper: PaperView): PaperIndex {
  const { document, citations, claims } = paper;
  const blockById = new Map(document.blocks.map((b) => [b.id, b]));
  const sectionById = new Map(document.sections.map((s) => [s.id, s]));
  const sorted = [...citations].sort((a, b) => a.start - b.start);
  const citationById = new Map(sorted.map((c) => [c.id, c]));
  const claimById = new Map(claims.map((c) => [c.id, c]));

  const citationsByBlock = new Map<string, ResolvedCitation[]>();
  const blocks = [...document.blocks].sort((a, b) => a.start - b.start);
  let i = 0;
  for (const citation of sorted) {
    while (i < blocks.length && blocks[i]!.end < citation.end) i++;
    const block = blocks[i];
    if (block && block.start <= citation.start) push(citationsByBlock, block.id, citation);
  }

  const citationsByWork = new Map<string, ResolvedCitation[]>();
  for (const citation of sorted)
    if (citation.workId) push(citationsByWork, citation.workId, citation);

  const claimsByWork = new Map<string, Claim[]>();
  for (const claim of [...claims].sort((a, b) => a.start - b.start)) {
    for (const workId of claim.workIds) push(claimsByWork, workId, claim);
  }

  return {
    documentId: paper.documentId,
    paper,
    blockById,
    sectionById,
    citationById,
    claimById,
    citationsByBlock,
    citationsByWork,
    claimsByWork,
  };
}

/** The printed page `offset` is on, for a PDF-born paper; null for papers without pages. */
export function pageAtOffset(index: PaperIndex, offset: number): number | null {
  const starts = index.paper.pageStarts;
  return starts?.length ? pageAt(starts, offset) : null;
}

/** Block id -> its page, for each block that starts a new page (the first block included). */
export function pageLabels(index: PaperIndex): Map<string, number> {
  const labels = new Map<string, number>();
  let previous: number | null = null;
  for (const block of index.paper.document.blocks) {
    // The title is drawn by the title block, which shows no page mark.
    if (block.kind === 'heading' && block.level === 1) continue;
    const page = pageAtOffset(index, block.start);
    if (page !== null && page !== previous) labels.set(block.id, page);
    previous = page;
  }
  return labels;
}

/** The innermost section containing `offset`, or null before the first heading. */
export function sectionAt(index: PaperIndex, offset: number): Section | null {
  let best: Section | null = null;
  for (const section of index.paper.document.sections) {
    if (section.start <= offset && offset < section.end) {
      if (!best || section.level > best.level) best = section;
    }
  }
  return best;
}

/**
 * Every citation written in the same place as `citation`, in order: a numeric range or list
 * ("<sup>4-6</sup>", "[2, 5]" read as one mark) is one citation per number over one span, and
 * its card shows them all. A citation alone in its span is returned alone.
 */
export function citationsSharingSpan(
  index: PaperIndex,
  citation: ResolvedCitation,
): ResolvedCitation[] {
  const same: ResolvedCitation[] = [];
  // citationById keeps text order.
  for (const c of index.citationById.values()) {
    if (c.start === citation.start && c.end === citation.end) same.push(c);
  }
  return same.length > 0 ? same : [citation];
}

/**
 * Where the entry a citation cites stands in the paper's reference list (1 for the first), or
 * null when it cites none: a numeric paper's "4" is its fourth entry.
 */
export function referencePositionOf(index: PaperIndex, citation: ResolvedCitation): number | null {
  const referenceId = index.paper.citationReferences?.[citation.id];
  if (!referenceId) return null;
  const at = index.paper.references?.findIndex((r) => r.id === referenceId) ?? -1;
  return at >= 0 ? at + 1 : null;
}

/** The claim a citation belongs to, if any. */
export const claimOf = (index: PaperIndex, citation: ResolvedCitation): Claim | null =>
  (citation.claimId && index.claimById.get(citation.claimId)) || null;

/**
 * A short excerpt of `text` around [start, end) (offsets relative to `text`), cut at word
 * boundaries, with ellipses where it was cut.
 */
export function excerptAround(text: string, start: number, end: number, radius = 70): string {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

/** The text around a citation: its claim sentence when it has one, else its block. */
export function passageOf(index: PaperIndex, citation: ResolvedCitation): string {
  const claim = claimOf(index, citation);
  const text = index.paper.document.text;
  if (claim) {
    return excerptAround(claim.text, citation.start - claim.start, citation.end - claim.start);
  }
  return excerptAround(text, citation.start, citation.end);
}
