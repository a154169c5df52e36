// What each block is: heading (with level), footnote, caption, table or paragraph.
import type { LineBlock } from './blocks';
import type { PdfPassageKind } from './model';
import { REFERENCE_HEADING } from './references';

const CAPTION = /^(?:fig(?:ure)?|table|tab|scheme|chart|plate|box)\.?\s*[A-Z]?\d+[a-z]?\b/i;
const FOOTNOTE_START = /^(?:\d{1,2}|[*†‡§¶])\s*\S/;

/** The font size most of the text is set in (weighted by characters). */
export function bodySizeOf(blocks: { lines: { size: number; text: string }[] }[]): number {
  const weight = new Map<number, number>();
  for (const b of blocks)
    for (const l of b.lines) {
      const size = Math.round(l.size * 2) / 2;
      weight.set(size, (weight.get(size) ?? 0) + l.text.length);
    }
  let best = 10;
  let most = -1;
  for (const [size, w] of weight)
    if (w > most) {
      best = size;
      most = w;
    }
  return best;
}

function isHeading(block: LineBlock, body: number): boolean {
  const first = block.lines[0]!;
  if (block.table || block.lines.length > 3 || block.text.length > 160) return false;
  if (!/\p{L}{2}/u.test(block.text)) return false;
  if (block.lines.length === 1 && REFERENCE_HEADING.test(block.text.trim())) return true;
  if (/[.,;]$/.test(block.text) && !/^\d+(\.\d+)*\.?\s/.test(block.text)) return false;
  if (first.size >= body * 1.12) return true;
  // Headings set apart by colour only are a shade larger than the text around them.
  if (
    block.lines.length === 1 &&
    first.size >= body * 1.02 &&
    block.text.split(/\s+/).length <= 8
  ) {
    return true;
  }
  return first.bold && first.size >= body * 0.95 && block.text.split(/\s+/).length <= 14;
}

/** Whether a small-type block low on its page opens with a footnote marker. */
function isFootnote(block: LineBlock, body: number, pageHeight: number): boolean {
  const first = block.lines[0]!;
  if (first.size > body * 0.9 || first.y < pageHeight * 0.5) return false;
  return block.raised[0]?.start === 0 || FOOTNOTE_START.test(block.text);
}

/** Classifies each block; headings get levels by size rank (largest = 1). */
export function classifyBlocks(
  blocks: LineBlock[],
  body: number,
  pageHeights: Map<number, number>,
): { kind: PdfPassageKind; level?: number }[] {
  const kinds = blocks.map((b): PdfPassageKind => {
    if (b.table) return 'table';
    if (CAPTION.test(b.text)) return 'caption';
    if (isFootnote(b, body, pageHeights.get(b.lines[0]!.page) ?? Infinity)) return 'footnote';
    return isHeading(b, body) ? 'heading' : 'paragraph';
  });
  // A caption goes on in a lighter style right below its bold "Figure 3." part.
  for (let i = 1; i < blocks.length; i++) {
    const prev = blocks[i - 1]!.lines.at(-1)!;
    const first = blocks[i]!.lines[0]!;
    if (
      kinds[i - 1] === 'caption' &&
      kinds[i] === 'paragraph' &&
      first.page === prev.page &&
      Math.abs(first.size - prev.size) < 0.6 &&
      first.y - prev.y < 2 * first.size
    ) {
      kinds[i] = 'caption';
    }
  }
  const sizes = [
    ...new Set(
      blocks
        .filter((_, i) => kinds[i] === 'heading')
        .map((b) => Math.round(b.lines[0]!.size * 2) / 2),
    ),
  ].sort((a, b) => b - a);
  return blocks.map((b, i) =>
    kinds[i] === 'heading'
      ? { kind: 'heading', level: sizes.indexOf(Math.round(b.lines[0]!.size * 2) / 2) + 1 }
      : { kind: kinds[i]! },
  );
}
