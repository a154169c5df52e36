// Reading order on a page: one or two columns (equal, or a narrow side column beside the text),
// with full-width parts (title block, a one-column abstract, wide figures) read where they stand
// and each two-column stretch read left column first, then right.
import type { PdfLine } from './lines';

/** A line with the column it was read in. */
export interface OrderedLine extends PdfLine {
  column: 'left' | 'right' | 'full';
}

/** A vertical gap of this many ems with no line in either column may separate two stretches. */
const BAND_GAP_EM = 2.5;

const chars = (lines: PdfLine[]): number => lines.reduce((n, l) => n + l.text.length, 0);

/**
 * The x of the gutter between two columns, or null for a one-column page: the vertical line
 * crossed by the fewest lines with enough text on both sides, each side holding at least
 * a fifth of the page's text, and little text across it.
 */
export function findGutter(all: PdfLine[], width: number): number | null {
  // Lines wider than a column (title, a one-column abstract, wide figures) decide nothing.
  const lines = all.filter((l) => l.x1 - l.x0 < width * 0.55);
  const total = chars(lines);
  if (lines.length < 8 || total === 0) return null;
  // Lines and characters left of x and right of x, for every candidate x, from lines sorted by
  // their ends and starts: a page of a book has hundreds of candidates and of lines.
  const leftOf = sideCounter(lines.map((l) => [l.x1, l.text.length]));
  const rightOf = sideCounter(lines.map((l) => [-l.x0, l.text.length]));
  const candidates = new Set(lines.map((l) => Math.round(l.x1 + 2)));
  let best: { x: number; crossing: number; balance: number } | null = null;
  for (const x of candidates) {
    if (x < width * 0.2 || x > width * 0.8) continue;
    const left = leftOf(x);
    const right = rightOf(-x);
    const balance = Math.min(left.chars, right.chars);
    if (left.lines < 4 || right.lines < 4 || balance < total * 0.2) continue;
    // Centred author and affiliation lines may cross the gutter; running text may not.
    const crossing = total - left.chars - right.chars;
    if (crossing > total * 0.15) continue;
    if (
      !best ||
      crossing < best.crossing ||
      (crossing === best.crossing && balance > best.balance)
    ) {
      best = { x, crossing, balance };
    }
  }
  return best ? best.x : null;
}

/** For points [at, chars]: how many points, and their chars, stand at or below a bound. */
function sideCounter(
  points: [number, number][],
): (bound: number) => { lines: number; chars: number } {
  const sorted = [...points].sort((a, b) => a[0] - b[0]);
  const sums = [0];
  for (const [, n] of sorted) sums.push(sums.at(-1)! + n);
  return (bound) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]![0] <= bound) lo = mid + 1;
      else hi = mid;
    }
    return { lines: lo, chars: sums[lo]! };
  };
}

/**
 * Puts a page's lines in reading order. With a gutter, each run of column lines between
 * full-width lines is read left column first, then right column.
 */
export function readingOrder(lines: PdfLine[], gutter: number | null): OrderedLine[] {
  const sorted = [...lines].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  if (gutter === null) return sorted.map((l) => ({ ...l, column: 'full' }));
  const out: OrderedLine[] = [];
  let left: OrderedLine[] = [];
  let right: OrderedLine[] = [];
  const flush = (): void => {
    out.push(...left, ...right);
    left = [];
    right = [];
  };
  const cuts = stretchCuts(sorted);
  sorted.forEach((line, i) => {
    if (cuts.has(i)) flush();
    if (line.x0 >= gutter - 1) right.push({ ...line, column: 'right' });
    else if (line.x1 <= gutter + 1 || line.rowPieces > 1) left.push({ ...line, column: 'left' });
    else {
      flush();
      out.push({ ...line, column: 'full' });
    }
  });
  flush();
  return countPiecesPerColumn(out);
}

function medianSize(lines: PdfLine[]): number {
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 0;
}

/**
 * Where a wide gap across both columns starts a new stretch: only where the type changes too
 * (a reference list or appendix set smaller below the text). Two section headings that happen
 * to stand level in both columns are no such cut.
 */
function stretchCuts(sorted: PdfLine[]): Set<number> {
  const cuts = new Set<number>();
  for (let i = 1; i < sorted.length; i++) {
    const gap = sorted[i]!.y - sorted[i - 1]!.y;
    if (gap <= BAND_GAP_EM * Math.max(sorted[i]!.size, sorted[i - 1]!.size)) continue;
    const before = medianSize(sorted.slice(Math.max(0, i - 6), i));
    const after = medianSize(sorted.slice(i + 1, i + 8));
    if (after > 0 && Math.abs(after - before) > before * 0.1) cuts.add(i);
  }
  return cuts;
}

/** A row's pieces counted within its own column, so two columns side by side are no table. */
function countPiecesPerColumn(lines: OrderedLine[]): OrderedLine[] {
  const count = new Map<string, number>();
  const key = (l: OrderedLine): string => `${l.column === 'right' ? 'r' : 'l'}:${Math.round(l.y)}`;
  for (const l of lines) count.set(key(l), (count.get(key(l)) ?? 0) + 1);
  return lines.map((l) => ({ ...l, rowPieces: count.get(key(l)) ?? 1 }));
}
