// Splits one block's text into pieces: runs of text (with emphasis, citation and highlight)
// and footnote markers, so that citations become buttons and jumps can mark a passage.
import type { Block, FootnoteRef } from '../../../core/document/model';
import type { ResolvedCitation } from '../../../core/citations/model';

/** A run of text with uniform formatting. Offsets are into the document text. */
export interface TextPiece {
  kind: 'text';
  start: number;
  end: number;
  text: string;
  italic: boolean;
  bold: boolean;
  /** Raised (a superscript: a numeric paper's citation number, an exponent). */
  raised: boolean;
  citationId: string | null;
  highlighted: boolean;
}

export interface FootnotePiece {
  kind: 'footnote';
  ref: FootnoteRef;
}

export type Piece = TextPiece | FootnotePiece;

/** Consecutive pieces of one citation (or of plain text), for rendering a citation as one element. */
export interface PieceGroup {
  citationId: string | null;
  pieces: Piece[];
}

export interface Range {
  start: number;
  end: number;
}

const inside = (offset: number, range: Range): boolean =>
  range.start <= offset && offset < range.end;

/**
 * The pieces of `block`. `citations` are those inside the block; `highlight` is a range of the
 * document text to mark (e.g. the claim a jump landed on), or null.
 */
export function pieceBlock(
  block: Block,
  citations: readonly ResolvedCitation[],
  highlight: Range | null,
): Piece[] {
  const clamp = (n: number) => Math.min(block.end, Math.max(block.start, n));
  const cuts = new Set<number>([block.start, block.end]);
  for (const span of block.emphasis) cuts.add(clamp(span.start)).add(clamp(span.end));
  for (const c of citations) cuts.add(clamp(c.start)).add(clamp(c.end));
  for (const ref of block.footnoteRefs) cuts.add(clamp(ref.offset));
  if (highlight) cuts.add(clamp(highlight.start)).add(clamp(highlight.end));
  const points = [...cuts].sort((a, b) => a - b);

  const refs = [...block.footnoteRefs].sort((a, b) => a.offset - b.offset);
  const pieces: Piece[] = [];
  let r = 0;
  const flushRefs = (upTo: number) => {
    while (r < refs.length && clamp(refs[r]!.offset) <= upTo)
      pieces.push({ kind: 'footnote', ref: refs[r++]! });
  };
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    flushRefs(start);
    const citation = citations.find((c) => inside(start, c));
    pieces.push({
      kind: 'text',
      start,
      end,
      text: block.text.slice(start - block.start, end - block.start),
      italic: block.emphasis.some((s) => s.style === 'italic' && inside(start, s)),
      bold: block.emphasis.some((s) => s.style === 'bold' && inside(start, s)),
      raised: block.emphasis.some((s) => s.style === 'superscript' && inside(start, s)),
      citationId: citation?.id ?? null,
      highlighted: highlight !== null && inside(start, highlight),
    });
  }
  flushRefs(block.end);
  return pieces;
}

/** Groups consecutive pieces by citation; footnote markers never join a citation. */
export function groupPieces(pieces: readonly Piece[]): PieceGroup[] {
  const groups: PieceGroup[] = [];
  for (const piece of pieces) {
    const citationId = piece.kind === 'text' ? piece.citationId : null;
    const last = groups[groups.length - 1];
    if (last && last.citationId === citationId && (citationId === null || piece.kind === 'text')) {
      last.pieces.push(piece);
    } else {
      groups.push({ citationId, pieces: [piece] });
    }
  }
  return groups;
}
