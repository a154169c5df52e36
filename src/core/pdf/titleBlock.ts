// The first page's title block: title (largest type), authors, affiliations and the DOI.
import type { LineBlock } from './blocks';
import type { PdfTitleBlock } from './model';

const AFFILIATION =
  /\b(?:universit|institut|department|dept\.|laborator|college|school|cent(?:er|re)|hospital|faculty|ministry|academy|division|research|GmbH|Inc\.|Ltd|@)/i;
const DOI = /\b(10\.\d{4,9}\/[^\s"<>]+)/;

/** The DOI printed in a text, without trailing punctuation. */
export function findDoi(text: string): string | null {
  const m = DOI.exec(text);
  return m ? m[1]!.replace(/[.,;)\]]+$/, '') : null;
}

const YEAR = String.raw`((?:19|20)\d\d)\b`;
/** Where first pages print the year of publication, most telling first. */
const YEAR_LINES = [
  new RegExp(String.raw`\bpublished(?:\s+online)?\b[^\n]{0,30}?\b` + YEAR, 'i'),
  new RegExp(String.raw`(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:[^\n\d]{0,8})` + YEAR, 'i'),
  new RegExp(String.raw`\baccepted\b[^\n]{0,30}?\b` + YEAR, 'i'),
];

/**
 * The year of publication a first page prints: after "Published", else the copyright year,
 * else after "Accepted"; null when it prints none of them. A year in the running text (a study
 * period, a grant number) is never taken.
 */
export function publicationYear(firstPageText: string): string | null {
  for (const pattern of YEAR_LINES) {
    const m = pattern.exec(firstPageText);
    if (m) return m[1]!;
  }
  return null;
}

/** A block's text without its raised runs (affiliation numbers after author names). */
function withoutRaised(block: LineBlock): string {
  let text = block.text;
  for (const r of [...block.raised].sort((a, b) => b.start - a.start)) {
    text = `${text.slice(0, r.start)} ${text.slice(r.end)}`;
  }
  return text;
}

/** Names in an author line: split at commas and "and", markers and degrees dropped. */
function authorNames(text: string): string[] {
  return text
    .replace(/\s*[*†‡§¶]+/g, '')
    .split(/\s*(?:,|;|\band\b|&)\s*|\s{2,}/)
    .map((s) => s.replace(/\s+\d+$/, '').trim())
    .filter((s) => /^\p{Lu}/u.test(s) && s.split(/\s+/).length <= 5 && !/\d{2}/.test(s));
}

/**
 * Reads the title block from the first page's blocks (before any heading): the block in the
 * largest type is the title; the blocks right after it are authors until one names an
 * institution, and those are affiliations. Returns the indices of the blocks used.
 */
export function readTitleBlock(
  firstPage: LineBlock[],
  bodySize: number,
  firstPageText: string,
): { titleBlock: PdfTitleBlock; used: Set<LineBlock> } {
  const used = new Set<LineBlock>();
  const doi = findDoi(firstPageText);
  const year = publicationYear(firstPageText);
  // A title has a few words; "Research Article" or "Clinical Study" in large type is a label.
  const candidates = firstPage.filter(
    (b) => !b.table && b.text.length < 400 && b.text.split(/\s+/).length >= 4,
  );
  let title: LineBlock | undefined;
  for (const b of candidates) {
    if (b.lines[0]!.size > bodySize * 1.2 && (!title || b.lines[0]!.size > title.lines[0]!.size)) {
      title = b;
    }
  }
  if (!title) {
    return { titleBlock: { title: '', authors: [], affiliations: [], doi, year }, used };
  }
  used.add(title);
  const authors: string[] = [];
  const affiliations: string[] = [];
  const start = firstPage.indexOf(title);
  for (const block of firstPage.slice(start + 1, start + 8)) {
    if (/^abstract\b/i.test(block.text) || block.text.length > 400) break;
    if (AFFILIATION.test(block.text)) {
      affiliations.push(block.text);
      used.add(block);
    } else if (affiliations.length === 0 && authors.length === 0) {
      const names = authorNames(withoutRaised(block));
      if (names.length === 0) continue;
      authors.push(...names);
      used.add(block);
    }
  }
  return { titleBlock: { title: title.text, authors, affiliations, doi, year }, used };
}
