// Ordered lines -> blocks: a new block where the size or weight changes, after a wider gap, at a
// first-line indent, after a short last line, and at a table. Paragraphs go on across columns
// and pages when the sentence does.
import type { OrderedLine } from './columns';
import { AFTER_REFERENCES, REFERENCE_HEADING } from './references';
import { joinLines } from './text';

/** Lines that belong together, with their joined text and raised runs mapped into it. */
export interface LineBlock {
  lines: OrderedLine[];
  text: string;
  raised: { start: number; end: number; text: string }[];
  table: boolean;
}

/** Lines of a row cut into this many pieces are table cells. */
const TABLE_PIECES = 3;

function sameStyle(a: OrderedLine, b: OrderedLine): boolean {
  return Math.abs(a.size - b.size) < 0.6 && a.bold === b.bold;
}

/** The right edge of each page's column, to tell a short last line of a paragraph. */
export function columnRightEdges(lines: OrderedLine[]): Map<string, number> {
  const edges = new Map<string, number>();
  for (const line of lines) {
    const key = `${line.page}:${line.column}`;
    edges.set(key, Math.max(edges.get(key) ?? 0, line.x1));
  }
  return edges;
}

/** Back-matter headings some publishers set in the text's own size and weight. */
function isSectionName(line: OrderedLine): boolean {
  const text = line.text.trim();
  return (
    text.split(/\s+/).length <= 4 && (REFERENCE_HEADING.test(text) || AFTER_REFERENCES.test(text))
  );
}

function startsNewBlock(
  prev: OrderedLine,
  line: OrderedLine,
  edges: Map<string, number>,
  body: number,
): boolean {
  if (isSectionName(prev) || isSectionName(line)) return true;
  const prevTable = prev.rowPieces >= TABLE_PIECES;
  if (prevTable !== line.rowPieces >= TABLE_PIECES) return true;
  if (!sameStyle(prev, line)) return true;
  const ended = /[.:?!]["”’)]?$/.test(prev.text);
  // A short line under a full-width one is still below it, not in another column.
  const otherColumn =
    prev.column !== line.column && prev.column !== 'full' && line.column !== 'full';
  const moved = prev.page !== line.page || otherColumn || line.y < prev.y;
  if (moved) return ended && !/^\p{Ll}/u.test(line.text);
  if (line.y - prev.y > Math.max(prev.size, line.size) * 1.75) return true;
  // Display type (a centred title over several lines) breaks where it likes.
  if (prev.size > body * 1.15) return false;
  if (line.x0 > prev.x0 + 0.8 * line.size && !prevTable) return true;
  const right = edges.get(`${prev.page}:${prev.column}`) ?? prev.x1;
  return ended && prev.x1 < right - 3 * prev.size;
}

/**
 * Cuts lines in reading order into blocks and joins each block's lines into one text
 * (line-end hyphens resolved against `knownWords`).
 */
export function blocksOf(
  lines: OrderedLine[],
  knownWords: ReadonlySet<string>,
  body: number,
): LineBlock[] {
  const edges = columnRightEdges(lines);
  const blocks: LineBlock[] = [];
  let current: LineBlock | null = null;
  for (const line of lines) {
    const prev: OrderedLine | undefined = current?.lines[current.lines.length - 1];
    if (!current || !prev || startsNewBlock(prev, line, edges, body)) {
      current = { lines: [], text: '', raised: [], table: line.rowPieces >= TABLE_PIECES };
      blocks.push(current);
    }
    appendLine(current, line, knownWords);
  }
  return blocks;
}

/** Adds a line to a block, keeping its raised runs' offsets right in the joined text. */
export function appendLine(
  block: LineBlock,
  line: OrderedLine,
  knownWords: ReadonlySet<string>,
): void {
  const joined = block.table
    ? block.text === ''
      ? line.text
      : `${block.text} | ${line.text}`
    : joinLines(block.text, line.text, knownWords);
  const offset = joined.length - line.text.length;
  block.text = joined;
  block.lines.push(line);
  for (const r of line.raised) {
    block.raised.push({ start: r.start + offset, end: r.end + offset, text: r.text });
  }
}
