// Finds a document's reference list: under a heading (References, Bibliography, Literatur, ...)
// or, without one, as the final run of numbered entries.
import { BACK_MATTER, headingWordsOf, LIST_HEADINGS } from '../document/headingWords';
import { isBlank, linesOf, type Line } from './lines';

/** Where the list stands: `start` at its heading (or first entry), `bodyStart` at its first entry. */
export interface ListRegion {
  start: number;
  bodyStart: number;
  end: number;
  heading: string | null;
}

interface Heading {
  words: string;
  /** Markdown level (number of #), 0 for a plain-text heading line. */
  level: number;
}

/** Reads a line as a heading's words: "## 7. References", "**Bibliography**", "REFERENCES:". */
const headingWords = (line: Line): Heading | null => headingWordsOf(line.text);

function isSetextUnderline(line: Line | undefined): boolean {
  return line !== undefined && /^\s*(?:=+|-+)\s*$/u.test(line.text);
}

/** A plain-text heading stands alone: a blank line (or the text's start) before it. */
function standsAlone(lines: Line[], k: number): boolean {
  const before = lines[k - 1];
  return before === undefined || isBlank(before) || isSetextUnderline(before);
}

/** A numbered entry's label at a line start: "[12]", "12.", "(12)", "12 " before a capital. */
export const ENTRY_LABEL =
  /^\s*(?:[-*+]\s+)?(?:\[(\d{1,4})\]|(\d{1,4})\.(?=\s)|\((\d{1,4})\)(?=\s)|(\d{1,4})\s+(?=\p{Lu}))/u;

/** The number a line starts with as an entry label, or null. */
export function entryNumber(text: string): number | null {
  const m = ENTRY_LABEL.exec(text);
  if (!m) return null;
  return Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
}

function listEnd(lines: Line[], from: number, level: number, textEnd: number): number {
  for (let k = from; k < lines.length; k++) {
    const line = lines[k]!;
    if (/^\s*\[\^[^\]]+\]:/u.test(line.text)) return line.start;
    const heading = headingWords(line);
    if (!heading) continue;
    const markdownEnd = heading.level > 0 && (level === 0 || heading.level <= level);
    const plainEnd = heading.level === 0 && BACK_MATTER.has(heading.words) && standsAlone(lines, k);
    if (markdownEnd || plainEnd) return line.start;
  }
  return textEnd;
}

/** The final run of numbered lines starting at 1, when there is no heading. */
function untitledNumberedList(lines: Line[], textEnd: number): ListRegion | null {
  let k = lines.length - 1;
  while (k >= 0 && isBlank(lines[k]!)) k--;
  let expected: number | null = null;
  let firstLine = -1;
  for (; k >= 0; k--) {
    const line = lines[k]!;
    if (isBlank(line)) continue;
    const n = entryNumber(line.text);
    if (n === null) {
      // A wrapped entry's continuation line; a paragraph of prose ends the run.
      if (/^\s/u.test(line.text) || (lines[k + 1] && !isBlank(lines[k + 1]!))) continue;
      break;
    }
    if (expected !== null && n !== expected) break;
    expected = n - 1;
    firstLine = k;
    if (n === 1) break;
  }
  if (expected !== 0 || firstLine < 0) return null;
  const count = lines.slice(firstLine).filter((l) => entryNumber(l.text) !== null).length;
  if (count < 3) return null;
  const start = lines[firstLine]!.start;
  return { start, bodyStart: start, end: textEnd, heading: null };
}

/**
 * Finds the reference list of `text`: the last heading that names one (so a table of contents
 * mentioning "References" does not count) up to the next heading of the same or a higher level,
 * a back-matter heading (Appendix, Notes, Acknowledgements) or the first Markdown footnote
 * definition; without such a heading, a final run of entries numbered from 1. Null when none.
 */
export function findReferenceList(text: string): ListRegion | null {
  const lines = linesOf(text);
  for (let k = lines.length - 1; k >= 0; k--) {
    const line = lines[k]!;
    const heading = headingWords(line);
    if (!heading || !LIST_HEADINGS.has(heading.words)) continue;
    if (heading.level === 0 && !standsAlone(lines, k)) continue;
    const bodyLine = isSetextUnderline(lines[k + 1]) ? k + 2 : k + 1;
    const bodyStart = lines[bodyLine]?.start ?? line.end;
    const end = listEnd(lines, bodyLine, heading.level, text.length);
    if (text.slice(bodyStart, end).trim() === '') continue;
    return { start: line.start, bodyStart, end, heading: line.text.trim() };
  }
  return untitledNumberedList(lines, text.length);
}
