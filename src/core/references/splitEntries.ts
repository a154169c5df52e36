// Splits a reference list into its entries: by numbering, list items, hanging indents, blank
// lines or (for text extracted from PDFs, one entry over several lines) by how entries start.
import { entryNumber, ENTRY_LABEL, type ListRegion } from './findReferenceList';
import { isBlank, linesOf, type Line } from './lines';

/** One entry as it stands in the text. */
export interface EntrySpan {
  label: string | null;
  /** The printed entry: lines joined, label and Markdown markup taken off. */
  raw: string;
  start: number;
  end: number;
}

const LIST_ITEM = /^\s*[-*+]\s+/u;

/** A page number or form feed left between the lines of a list that runs over a page (PDF text). */
const PAGE_FURNITURE = /^\s*(?:\f|\d{1,4}|page \d{1,4}(?: of \d{1,4})?|- \d{1,4} -)\s*$/iu;

/**
 * How an author-year entry starts: "Smith, J.", "Smith J", "van der Berg, A.", "Smith, John",
 * "World Health Organization." or "WHO (2019)" — a capitalised name, then a comma, initials,
 * a full stop or a year.
 */
const ENTRY_START =
  /^\s*(?:(?:van|von|de|der|den|del|della|di|da|du|la|le|al|el|ter|ten)\s+)*[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)*(?:,\s*\p{Lu}|\s+\p{Lu}{1,3}\b|\.\s|\s*\(\d{4})/u;

/** True when the line ends an entry: a full stop, a DOI or URL, a page range. */
const ENDS_ENTRY = /(?:[.)\]]|\d|\/\S+)\s*$/u;

function cleanRaw(text: string): string {
  return text
    .replace(/(\p{Ll})-\s*\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/\s+/gu, ' ')
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/gu, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/gu, '$1')
    .replace(/<\/?(?:em|i|b|strong|sup|sub)>/giu, '')
    .replace(/(\*\*|__)(.+?)\1/gu, '$2')
    .replace(/(?<![\p{L}\d])[*_](\S(?:.*?\S)?)[*_](?![\p{L}\d])/gu, '$1')
    .replace(/\\([\\`*_[\]()#+\-.!])/gu, '$1')
    .trim();
}

function toEntry(text: string, group: Line[]): EntrySpan {
  const first = group[0]!;
  const last = group[group.length - 1]!;
  const start = first.start + (first.text.length - first.text.trimStart().length);
  const end = last.start + last.text.trimEnd().length;
  const m = ENTRY_LABEL.exec(first.text);
  const number = entryNumber(first.text);
  // The entry's own lines: page numbers between them are left out.
  const body = [first.text.slice(m ? m[0].length : 0), ...group.slice(1).map((l) => l.text)]
    .join('\n')
    .replace(LIST_ITEM, '');
  return { label: number === null ? null : String(number), raw: cleanRaw(body), start, end };
}

/** Groups lines into entries where `startsEntry` says a new one begins. */
function group(lines: Line[], startsEntry: (line: Line, k: number) => boolean): Line[][] {
  const groups: Line[][] = [];
  lines.forEach((line, k) => {
    if (isBlank(line) || PAGE_FURNITURE.test(line.text)) return;
    const current = groups[groups.length - 1];
    const starts = startsEntry(line, k);
    if (!current || starts) groups.push([line]);
    else current.push(line);
  });
  return groups;
}

function numbered(lines: Line[]): Line[][] {
  let expected = entryNumber(lines.find((l) => !isBlank(l))?.text ?? '') ?? 1;
  return group(lines, (line) => {
    const n = entryNumber(line.text);
    // "12 Smith" continuing an entry is no label unless it is the next number.
    if (n === null || n !== expected) return false;
    expected = n + 1;
    return true;
  });
}

const indentOf = (line: Line): number => line.text.length - line.text.trimStart().length;

/**
 * Splits the list at `region` of `text` into entries in order. Numbered lists split at each next
 * number; Markdown list items at each item; hanging indents at each unindented line; blank-line
 * separated lists at each blank line; a list with neither (PDF text) where a line ends an entry
 * and the next begins like one.
 */
export function splitEntries(text: string, region: ListRegion): EntrySpan[] {
  const lines = linesOf(text, region.bodyStart, region.end);
  const content = lines.filter((l) => !isBlank(l));
  if (content.length === 0) return [];
  let groups: Line[][];
  if (entryNumber(content[0]!.text) !== null) {
    groups = numbered(lines);
  } else if (content.filter((l) => LIST_ITEM.test(l.text)).length >= content.length / 3) {
    groups = group(lines, (line) => LIST_ITEM.test(line.text));
  } else if (content.some((l) => indentOf(l) > 0) && content.some((l) => indentOf(l) === 0)) {
    const base = Math.min(...content.map(indentOf));
    groups = group(lines, (line) => indentOf(line) === base);
  } else if (lines.some((l, k) => isBlank(l) && k > 0 && k < lines.length - 1)) {
    groups = group(lines, (_line, k) => k > 0 && isBlank(lines[k - 1]!));
  } else {
    groups = group(lines, (line, k) => {
      const previous = lines[k - 1];
      return (
        ENTRY_START.test(line.text) && previous !== undefined && ENDS_ENTRY.test(previous.text)
      );
    });
  }
  return groups.map((g) => toEntry(text, g)).filter((e) => e.raw !== '');
}
