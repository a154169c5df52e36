// The reference list: found by its heading, cut into entries by number, hanging indent or
// spacing, joined across lines, columns and pages.
import type { OrderedLine } from './columns';
import type { PdfLink, PdfReferenceEntry } from './model';
import { linkedDoi } from './referenceLinks';
import { joinLines } from './text';

/** Headings that open a reference list. */
export const REFERENCE_HEADING =
  /^(?:\d+\.?\s*)?(?:references(?: and notes)?|bibliography|literature cited|works cited|reference list|cited literature|literatur)\s*:?$/i;

/** Headings of what may follow a reference list. */
export const AFTER_REFERENCES =
  /^(?:\d+\.?\s*)?(?:appendix|appendices|supplementary|supporting information|acknowledg|author(?:s'|s’)? contributions|competing interests|conflicts? of interest|funding|additional files?|figure legends|tables?$|abbreviations|about the authors?|data availability|ethics)/i;

/** Lines that are only the publisher's link buttons printed under each entry. */
const LINK_LABELS =
  /^(?:(?:publisher full text|reference source|pubmed abstract|free full text|full text|pubmed|pubmed central|google scholar|crossref|cross ref|scopus|view at publisher|view at google scholar|view at scopus|view article|article|cas|isi|medline|web of science|open peer review|referee|reviewer)\s*[·|,]?\s*)+$/i;

const NUMBER_LABEL = /^(?:\[(\d{1,3})\]|(\d{1,3})[.)]?)(?=\s|$)/;
const NAME_START =
  /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,?\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}]+|\p{Lu}{1,3}\b)/u;

/** Joins a line's text to an entry, without a space inside a URL or DOI cut at the line end. */
function joinEntry(first: string, second: string, words: ReadonlySet<string>): string {
  // "http://" alone at the end is cut too (the scheme's own slashes end the line).
  if (/(?:https?:\/\/|doi\.org|\b10\.\d{4,9}\/)(?:\S*[./_-])?$/i.test(first)) return first + second;
  return joinLines(first, second, words);
}

/** Line label merged with the piece beside it when a list prints numbers in their own column. */
function mergeLabelPieces(
  lines: OrderedLine[],
  buttons: Map<OrderedLine, OrderedLine[]>,
): OrderedLine[] {
  const out: OrderedLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (
      next &&
      /^(?:\[\d{1,3}\]|\d{1,3}\.?)$/.test(line.text) &&
      next.page === line.page &&
      Math.abs(next.y - line.y) < line.size * 0.5
    ) {
      const joined = { ...next, x0: line.x0, text: `${line.text} ${next.text}` };
      const below = buttons.get(next);
      if (below) buttons.set(joined, below);
      out.push(joined);
      i++;
    } else out.push(line);
  }
  return out;
}

/** Whether most lines open with successive numbers: a numbered list. */
function isNumbered(lines: OrderedLine[]): boolean {
  let expected = 1;
  let found = 0;
  for (const line of lines) {
    const m = NUMBER_LABEL.exec(line.text);
    const n = m ? Number(m[1] ?? m[2]) : NaN;
    if (n === expected) {
      expected++;
      found++;
    }
  }
  return found >= 3;
}

/**
 * Splits the lines of a reference list into entries. Numbered lists split at each next number;
 * others at a line that starts further left than its column's continuation lines (hanging
 * indent), after a wider gap, or at a new author name after an entry that ended.
 */
export function splitReferences(
  regionLines: OrderedLine[],
  words: ReadonlySet<string>,
  linksByPage: ReadonlyMap<number, readonly PdfLink[]> = new Map(),
): PdfReferenceEntry[] {
  // Link buttons are no text of an entry, but their links belong to the entry above them.
  const buttons = new Map<OrderedLine, OrderedLine[]>();
  let owner: OrderedLine | undefined;
  const textLines: OrderedLine[] = [];
  for (const line of regionLines) {
    if (!LINK_LABELS.test(line.text.trim())) {
      owner = line;
      textLines.push(line);
    } else if (owner) buttons.set(owner, [...(buttons.get(owner) ?? []), line]);
  }
  const lines = mergeLabelPieces(textLines, buttons);
  const numbered = isNumbered(lines);
  const leftEdge = new Map<string, number>();
  for (const l of lines) {
    const key = `${l.page}:${l.column}`;
    leftEdge.set(key, Math.min(leftEdge.get(key) ?? Infinity, l.x0));
  }
  const hanging = new Map<string, boolean>();
  for (const l of lines) {
    const key = `${l.page}:${l.column}`;
    if (l.x0 > (leftEdge.get(key) ?? 0) + 0.8 * l.size) hanging.set(key, true);
  }
  const gaps = lines
    .slice(1)
    .map((l, i) =>
      l.page === lines[i]!.page && l.column === lines[i]!.column ? l.y - lines[i]!.y : 0,
    )
    .filter((g) => g > 0)
    .sort((a, b) => a - b);
  const usualGap = gaps[Math.floor(gaps.length / 3)] ?? 0;
  // Lists that space their entries apart are cut at the spaces alone.
  const spaced = gaps.filter((g) => g > usualGap * 1.2).length >= Math.max(3, gaps.length / 6);

  const entries: PdfReferenceEntry[] = [];
  const printedOn = new Map<PdfReferenceEntry, OrderedLine[]>();
  let expected = 1;
  let prev: OrderedLine | undefined;
  // Text set apart below a numbered list's last entry ("doi:… Cite this article as: …", a
  // publisher's box) is no entry's: after a wide gap, lines wait for the next number.
  let apart = false;
  for (const line of lines) {
    let starts: boolean;
    let label: string | null = null;
    if (numbered) {
      const m = NUMBER_LABEL.exec(line.text);
      starts = !!m && Number(m[1] ?? m[2]) === expected;
      if (starts) {
        label = String(expected);
        expected++;
        apart = false;
      } else if (
        prev &&
        prev.page === line.page &&
        prev.column === line.column &&
        usualGap > 0 &&
        line.y - prev.y > usualGap * 1.8
      ) {
        apart = true;
      }
      if (apart) {
        prev = line;
        continue;
      }
    } else {
      const key = `${line.page}:${line.column}`;
      const atEdge = line.x0 <= (leftEdge.get(key) ?? 0) + 0.5 * line.size;
      const sameColumn = !!prev && prev.page === line.page && prev.column === line.column;
      const wideGap = sameColumn && usualGap > 0 && line.y - prev!.y > usualGap * 1.2;
      const ended = !!prev && /[.)]$/.test(prev.text);
      starts = hanging.get(key)
        ? atEdge
        : wideGap || ((!spaced || !sameColumn) && ended && NAME_START.test(line.text)) || !prev;
    }
    let last = entries[entries.length - 1];
    if (starts || !last) {
      const text = numbered && label ? line.text.replace(NUMBER_LABEL, '').trim() : line.text;
      last = { label, raw: text, page: line.page };
      entries.push(last);
      printedOn.set(last, []);
    } else last.raw = joinEntry(last.raw, line.text, words);
    printedOn.get(last)!.push(line, ...(buttons.get(line) ?? []));
    prev = line;
  }
  for (const entry of entries) {
    const doi = linkedDoi(printedOn.get(entry)!, linksByPage);
    if (doi) entry.doi = doi;
  }
  return entries.filter((e) => e.raw.trim() !== '');
}
