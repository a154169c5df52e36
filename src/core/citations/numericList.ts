/**
 * The inside of a numeric citation: "12", "2–4", "3,5,7", "1, 3-5", "12, p. 4", "3, pp. 5–7; 9".
 *
 *   list    := item ((","|";") item)*
 *   item    := range ("," locator)?
 *   range   := number (dash number)?
 *   locator := label body          e.g. "p. 4", "pp. 4–5", "Ch. 3", "§ 2", "Table 1"
 */

/** One cited number with what was written for it. */
export interface NumberItem {
  number: number;
  /** Page or other locator written after it ("4", "ch. 3"); page labels dropped. */
  locator: string | null;
  /** Offsets of the written item ("3", or the range "2–4" for each of 2, 3, 4) in the list. */
  start: number;
  end: number;
}

/** Largest number read as a reference number; bigger ones are years, codes or quantities. */
export const MAX_REFERENCE_NUMBER = 999;
/** A range longer than this is no citation ("1–2000"). */
const MAX_RANGE = 60;

const RANGE = /^(\d{1,4})(?:\s*[-–—‑−]\s*(\d{1,4}))?$/u;
const PAGE_LABEL = /^(?:pp?|pgs?)\.?\s*(?=[\divxlc])/iu;
const OTHER_LABEL =
  /^(?:chs?|chaps?|secs?|paras?|figs?|tabs?|eqs?|vols?|cols?|fns?|nn?|ll?|§§?|¶|chapter|section|table|figure|appendix|part|theorem|lemma|note)\.?\s*(?=[\dIVXLCivxlc])/iu;
const LOCATOR_BODY = /^[\dIVXLCivxlc][\w.–—-]*(?:\s*[-–—,]\s*[\divxlc][\w.–—-]*)*$/u;

/** Reads "p. 4" (value "4") or "ch. 3" (value "ch. 3"); null when the piece is no locator. */
export function readLocator(piece: string): string | null {
  const page = PAGE_LABEL.exec(piece);
  if (page) {
    const body = piece.slice(page[0].length);
    return LOCATOR_BODY.test(body) ? body : null;
  }
  const other = OTHER_LABEL.exec(piece);
  if (other && LOCATOR_BODY.test(piece.slice(other[0].length))) return piece;
  return null;
}

interface Piece {
  text: string;
  start: number;
  /** The separator before it: "," or ";" (or "" for the first). */
  sep: string;
}

function pieces(s: string): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  let sep = '';
  for (const m of s.matchAll(/[,;]/gu)) {
    const raw = s.slice(at, m.index);
    out.push({ text: raw.trim(), start: at + (raw.length - raw.trimStart().length), sep });
    sep = m[0];
    at = m.index + 1;
  }
  const raw = s.slice(at);
  out.push({ text: raw.trim(), start: at + (raw.length - raw.trimStart().length), sep });
  return out;
}

/**
 * Reads `s` (the inside of a bracket, parenthesis or superscript) as a list of reference numbers,
 * or null when any piece is not a number, a range or (after a number) a locator. Numbers out of
 * 1..999 and backward or overlong ranges make the whole list no citation.
 */
export function readNumberList(s: string, allowLocators = true): NumberItem[] | null {
  const items: NumberItem[] = [];
  let lastGroup: NumberItem[] = [];
  for (const piece of pieces(s)) {
    if (piece.text === '') return null;
    const range = RANGE.exec(piece.text);
    if (range) {
      const from = Number(range[1]);
      const to = range[2] === undefined ? from : Number(range[2]);
      if (from < 1 || to > MAX_REFERENCE_NUMBER || to < from || to - from > MAX_RANGE) return null;
      const end = piece.start + piece.text.length;
      lastGroup = [];
      for (let n = from; n <= to; n++) {
        const item = { number: n, locator: null, start: piece.start, end };
        items.push(item);
        lastGroup.push(item);
      }
      continue;
    }
    const locator = allowLocators && piece.sep === ',' ? readLocator(piece.text) : null;
    const target = lastGroup[lastGroup.length - 1];
    if (locator === null || !target || target.locator !== null) return null;
    target.locator = locator;
    target.end = piece.start + piece.text.length;
  }
  return items.length > 0 ? items : null;
}
