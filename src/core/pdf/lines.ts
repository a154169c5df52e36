// Text items -> lines: items on one baseline (raised superscripts included) joined left to right,
// split where a gap is wide enough to be a column gutter or a table cell boundary.
import type { PdfFontInfo, PdfPageText, PdfTextItem } from './model';
import {
  accentLetter,
  normaliseGlyphs,
  SPACING_ACCENT_AT_END,
  SPACING_ACCENT_AT_START,
} from './text';

/** A raised, smaller run inside a line (a superscript), with offsets into the line's text. */
export interface RaisedRun {
  start: number;
  end: number;
  text: string;
}

/** One line of text on a page (or one cell of a table row). */
export interface PdfLine {
  page: number;
  x0: number;
  x1: number;
  /** Baseline, measured down from the top of the page. */
  y: number;
  /** Font size of the line's main text. */
  size: number;
  bold: boolean;
  italic: boolean;
  text: string;
  raised: RaisedRun[];
  /** How many pieces the printed row this line belongs to was split into (tables have many). */
  rowPieces: number;
}

/** A word space is about a quarter em and a narrow column gutter one em: the cut lies between. */
const PIECE_GAP_EM = 0.8;
const LABEL = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|\[\d{1,3}\]|[IVX]{1,4}\.)$/;

/**
 * Groups a page's items into lines in top-to-bottom order (pieces of one row left to right).
 * Rotated text (margin stamps, watermarks) and empty runs are left out.
 */
export function linesOfPage(page: PdfPageText, fonts: Record<string, PdfFontInfo>): PdfLine[] {
  const items = page.items
    .filter((i) => !i.rotated && i.text.trim() !== '' && i.size > 0)
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: PdfTextItem[][] = [];
  for (const item of items) {
    const row = nearestRow(rows, item);
    if (row) row.push(item);
    else rows.push([item]);
  }
  const lines: PdfLine[] = [];
  for (const row of rows) {
    const pieces = splitRow(row.sort((a, b) => a.x - b.x));
    for (const piece of pieces) lines.push(toLine(page.number, piece, fonts, pieces.length));
  }
  return attachStrayRaised(lines).sort((a, b) => a.y - b.y || a.x0 - b.x0);
}

/**
 * A superscript can fall into the row of the other column (its baseline is nearer to that one);
 * put a lone small piece back on the line it stands right after or right before.
 */
function attachStrayRaised(lines: PdfLine[]): PdfLine[] {
  const stray = new Set<PdfLine>();
  for (const small of lines) {
    if (small.text.length > 8 || !/^[\d,–\-*†‡§¶\s]+$/.test(small.text)) continue;
    const host = lines.find(
      (l) =>
        l !== small &&
        !stray.has(l) &&
        l.size > small.size * 1.15 &&
        Math.abs(l.y - small.y) < 0.6 * l.size &&
        l.y > small.y &&
        (Math.abs(small.x0 - l.x1) < 0.5 * l.size || Math.abs(l.x0 - small.x1) < 0.5 * l.size),
    );
    if (!host) continue;
    const raised: RaisedRun = { start: 0, end: small.text.length, text: small.text };
    if (small.x0 >= host.x1 - 1) {
      raised.start = host.text.length;
      raised.end = host.text.length + small.text.length;
      host.text += small.text;
      host.x1 = small.x1;
      host.raised.push(raised);
    } else {
      host.raised = [
        raised,
        ...host.raised.map((r) => ({
          ...r,
          start: r.start + small.text.length,
          end: r.end + small.text.length,
        })),
      ];
      host.text = small.text + host.text;
      host.x0 = small.x0;
    }
    stray.add(small);
  }
  return lines.filter((l) => !stray.has(l));
}

function nearestRow(rows: PdfTextItem[][], item: PdfTextItem): PdfTextItem[] | undefined {
  // Rows are made in y order, so only the last few can still take this item.
  for (let i = rows.length - 1; i >= Math.max(0, rows.length - 4); i--) {
    const row = rows[i]!;
    const main = mainItem(row);
    if (Math.abs(main.y - item.y) <= rowTolerance(row, main, item) && overlapsNothing(row, item))
      return row;
  }
  return undefined;
}

/**
 * How far from a row's main baseline an item may stand and still belong to it. A superscript
 * sits higher than a same-size neighbour could, so a run of another size gets more room, but only
 * beside the row's own text: smaller type across the gutter (a reference list beside running
 * text) would otherwise chain the two columns' lines into one row.
 */
function rowTolerance(row: PdfTextItem[], main: PdfTextItem, item: PdfTextItem): number {
  if (Math.abs(main.size - item.size) <= 0.5) return 0.45 * Math.max(main.size, item.size);
  const em = Math.max(main.size, item.size);
  const beside = row.some(
    (o) => item.x - (o.x + o.width) < 0.5 * em && o.x - (item.x + item.width) < 0.5 * em,
  );
  return beside ? 0.6 * em : 0.45 * Math.min(main.size, item.size);
}

/** Two items drawn on top of each other belong to different rows (e.g. stacked columns). */
function overlapsNothing(row: PdfTextItem[], item: PdfTextItem): boolean {
  return row.every(
    (o) => item.x >= o.x + o.width - 0.5 || item.x + item.width <= o.x + 0.5 || o.y === item.y,
  );
}

function mainItem(row: PdfTextItem[]): PdfTextItem {
  let best = row[0]!;
  for (const item of row)
    if (item.size * item.text.length > best.size * best.text.length) best = item;
  return best;
}

function splitRow(row: PdfTextItem[]): PdfTextItem[][] {
  const size = mainItem(row).size;
  const pieces: PdfTextItem[][] = [[row[0]!]];
  for (let i = 1; i < row.length; i++) {
    const prev = row[i - 1]!;
    const gap = row[i]!.x - (prev.x + prev.width);
    // A section number or list label stands apart from its text, but belongs to it.
    const label = pieces.length === 1 && pieces[0]!.length === 1 && LABEL.test(prev.text.trim());
    if (gap > (label ? 3 : PIECE_GAP_EM) * size) pieces.push([row[i]!]);
    else pieces[pieces.length - 1]!.push(row[i]!);
  }
  return pieces;
}

function toLine(
  page: number,
  items: PdfTextItem[],
  fonts: Record<string, PdfFontInfo>,
  rowPieces: number,
): PdfLine {
  const main = mainItem(items);
  const size = main.size;
  let text = '';
  const raised: RaisedRun[] = [];
  let boldChars = 0;
  let italicChars = 0;
  let chars = 0;
  let prevEnd = -Infinity;
  for (const item of items) {
    const isRaised = item.size < 0.85 * size && main.y - item.y > 0.15 * size;
    const gap = item.x - prevEnd;
    if (text !== '' && !/\s$/.test(text) && !/^\s/.test(item.text) && gap > 0.15 * size) {
      text += ' ';
    }
    const start = text.length;
    let glyphs = normaliseGlyphs(item.text);
    // A run that ends with a spacing accent or starts with one was drawn with a backspace:
    // the accent belongs to the letter on the other side of the cut ("G¨" + "artner",
    // "Sto" + "¨ck").
    const trailing = SPACING_ACCENT_AT_END.exec(text);
    if (trailing && /^\p{L}/u.test(glyphs)) {
      text = text.slice(0, -1);
      glyphs = accentLetter(glyphs[0]!, trailing[0]) + glyphs.slice(1);
    } else if (SPACING_ACCENT_AT_START.test(glyphs) && /\p{L}$/u.test(text)) {
      text = text.slice(0, -1) + accentLetter(text.at(-1)!, glyphs[0]!);
      glyphs = glyphs.slice(1);
    }
    text += glyphs;
    if (isRaised) raised.push({ start, end: text.length, text: glyphs.trim() });
    else {
      const n = item.text.trim().length;
      chars += n;
      if (fonts[item.font]?.bold) boldChars += n;
      if (fonts[item.font]?.italic) italicChars += n;
    }
    prevEnd = item.x + item.width;
  }
  const trimmed = text.replace(/\s+$/, '');
  const lead = trimmed.length - trimmed.trimStart().length;
  return {
    page,
    x0: items[0]!.x,
    x1: Math.max(...items.map((i) => i.x + i.width)),
    y: main.y,
    size,
    bold: chars > 0 && boldChars / chars > 0.6,
    italic: chars > 0 && italicChars / chars > 0.6,
    text: trimmed.trimStart(),
    raised: raised
      .map((r) => ({ ...r, start: r.start - lead, end: r.end - lead }))
      .filter((r) => r.start >= 0),
    rowPieces,
  };
}
