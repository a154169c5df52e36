// The citation scanner: walks the parentheses of a text and reads each with the grammar.
import type { AuthorReading } from './authors';
import { isDateLike, namesABody, readAuthors } from './authors';
import type { Element, Span, YearItem } from './grammar';
import { element } from './grammar';
import { DETERMINERS } from './lexicon';
import type { Citation } from './model';
import { narrativeNameBefore } from './narrative';
import type { Parenthesis } from './parentheses';
import { findParentheses, findSquareBrackets } from './parentheses';
import { resolveIbids } from './resolveIbids';
import { bareCitations } from './bare';
import { isTaxonAuthority } from './taxonAuthority';

export interface ParseCitationsOptions {
  /** Italic spans of the text (titles): a name inside one is never read as an author. */
  italic?: ReadonlyArray<Span>;
}

export type CitationDraft = Omit<Citation, 'id' | 'ibidOf'>;

/** One ";"-separated part of a parenthesis, trimmed, with its offset in the text. */
interface Part {
  s: string;
  base: number;
}

/** A part longer than this is prose, not a citation; the cap keeps the scan linear. */
const MAX_PART_LENGTH = 400;

/** Where a parenthesis divides into citations: ";" and ", as cited in" (APA's secondary source). */
const PART_SEPARATOR = /;|,(?=\s*as cited in\s)/u;

/**
 * An abbreviation introduced in brackets after a corporate name ("United Nations Children's
 * Fund [UNICEF], 2021") is blanked out (same length, so offsets hold) for the grammar to read
 * the name; `abbreviationsOf` reads it for linking.
 */
const BRACKETED_ABBREVIATION = /\s\[\p{Lu}[\p{L}&]{1,15}\](?=\s*,)/gu;

function partsOf(text: string, paren: Parenthesis): Part[] {
  const parts: Part[] = [];
  let at = paren.open + 1;
  const inside = text
    .slice(paren.open + 1, paren.close)
    .replace(BRACKETED_ABBREVIATION, (m) => ' '.repeat(m.length));
  for (const piece of inside.split(PART_SEPARATOR)) {
    const lead = piece.length - piece.trimStart().length;
    parts.push({ s: piece.trim(), base: at + lead });
    at += piece.length + 1;
  }
  return parts;
}

/** "e.g.," → "e.g."; "see also" stays; empty → null. */
function cleanPrefix(leadIn: string): string | null {
  const prefix = leadIn.trim().replace(/[\s,:]+$/u, '');
  return prefix === '' ? null : prefix;
}

/** A lead-in is words ("see also", "e.g.,"); digits make it a date ("14 January 2013"). */
function leadInAccepted(leadIn: string, bodyNamed: boolean): boolean {
  if (/\d/.test(leadIn)) return false;
  const lastWord = /(\p{L}+)\W*$/u.exec(leadIn)?.[1]?.toLowerCase() ?? '';
  return !DETERMINERS.has(lastWord) || bodyNamed;
}

const overlaps = (a: Span, spans: ReadonlyArray<Span>): boolean =>
  spans.some((b) => a.start < b.end && b.start < a.end);

/** The fields of a citation that says nothing beyond its text: no author, year, locator, ... */
export function blankCitationFields(): Omit<CitationDraft, 'raw' | 'start' | 'end'> {
  return {
    authors: [],
    etAl: false,
    year: null,
    yearSuffix: null,
    locator: null,
    prefix: null,
    narrative: false,
    ibid: false,
  };
}

/** One citation per year item; the first also covers the name at `nameStart`. */
function fromYears(
  text: string,
  part: Part,
  years: YearItem[],
  reading: AuthorReading,
  how: {
    nameStart: number | null;
    prefix: string | null;
    narrative: boolean;
    closeAt: number | null;
  },
): CitationDraft[] {
  return years.map((item, j) => {
    const written = part.s.slice(item.start, item.end);
    // "b" in "2011a, b" is cited again as "2011b".
    const own = item.year && !written.startsWith(item.year) ? item.year + written : written;
    const start = j === 0 && how.nameStart !== null ? how.nameStart : part.base + item.start;
    const isLast = j === years.length - 1;
    // A narrative citation's closing bracket belongs to it only when it cites one year: in
    // "Betts (2011a and 2011b)" the bracket closes the pair, not the second year.
    const closes = isLast && how.closeAt !== null && years.length === 1;
    const end = closes && how.closeAt !== null ? how.closeAt : part.base + item.end;
    const ownsName = how.nameStart !== null && (!how.narrative || how.closeAt !== null);
    const standsAlone = years.length === 1 && ownsName;
    return {
      ...blankCitationFields(),
      raw: standsAlone ? text.slice(start, end) : `${reading.display} ${own}`,
      authors: reading.authors,
      etAl: reading.etAl,
      year: item.year,
      yearSuffix: item.suffix,
      locator: item.locator,
      prefix: how.prefix,
      narrative: how.narrative,
      start,
      end,
    };
  });
}

function citationsInParenthesis(
  text: string,
  paren: Parenthesis,
  italic: ReadonlyArray<Span>,
): CitationDraft[] {
  const drafts: CitationDraft[] = [];
  if (isTaxonAuthority(text, paren.open, paren.close)) return drafts;
  const parts = partsOf(text, paren);
  let previous: AuthorReading | null = null;
  parts.forEach((part, index) => {
    const readable = part.s !== '' && part.s.length <= MAX_PART_LENGTH;
    const el: Element | null = readable ? element(part.s) : null;
    let reading: AuthorReading | null = null;
    if (el?.kind === 'ibid' && !paren.square) {
      const leadIn = part.s.slice(el.leadIn.start, el.leadIn.end);
      if (leadInAccepted(leadIn, false)) {
        const { start, end, locator } = el.ibid;
        drafts.push({
          ...blankCitationFields(),
          raw: part.s.slice(start, end),
          locator,
          prefix: cleanPrefix(leadIn),
          ibid: true,
          start: part.base + start,
          end: part.base + end,
        });
      }
    } else if (el?.kind === 'authorYear') {
      const leadIn = part.s.slice(el.leadIn.start, el.leadIn.end);
      const nameSpan = { start: part.base + el.authors.start, end: part.base + el.authors.end };
      const bodyNamed = namesABody(el.authors);
      if (
        leadInAccepted(leadIn, bodyNamed) &&
        !isDateLike(el.authors) &&
        !overlaps(nameSpan, italic)
      ) {
        reading = readAuthors(part.s, el.authors, false);
        drafts.push(
          ...fromYears(text, part, el.years, reading, {
            nameStart: nameSpan.start,
            prefix: cleanPrefix(leadIn),
            narrative: false,
            closeAt: null,
          }),
        );
      }
    } else if (el?.kind === 'years' && index === 0 && !paren.square) {
      const name = narrativeNameBefore(text, paren.open, italic);
      if (name) {
        reading = name.reading;
        const onlyPart = parts.length === 1;
        drafts.push(
          ...fromYears(text, part, el.years, reading, {
            nameStart: name.start,
            prefix: null,
            narrative: true,
            closeAt: onlyPart ? paren.close + 1 : null,
          }),
        );
      }
    } else if (el?.kind === 'years' && previous) {
      reading = previous;
      drafts.push(
        ...fromYears(text, part, el.years, previous, {
          nameStart: null,
          prefix: null,
          narrative: false,
          closeAt: null,
        }),
      );
    }
    previous = reading;
  });
  return drafts;
}

/**
 * Finds every author-year citation in `text` (a document's normalised body text), in order,
 * with ids "c1", "c2", ... . Parenthetical ("(see also Lahav and Lavenex 2012)", and in square
 * brackets "[Loefer & Sedberry, 2003]"), narrative
 * ("Harrison (2002: 587)") and ibid citations are read; several years after one name yield one
 * citation each. Offsets are into `text`. Never throws: text that is no citation is skipped.
 */
export function parseCitations(text: string, options: ParseCitationsOptions = {}): Citation[] {
  const italic = options.italic ?? [];
  const parentheses = findParentheses(text);
  const drafts = parentheses.flatMap((p) => citationsInParenthesis(text, p, italic));
  // Square brackets hold author-year citations in some styles ("[Smith 2001; Jones 2003]"); only
  // what the grammar reads as names and years is taken, so "a[i]" or "[emphasis added]" is not.
  const square = findSquareBrackets(text);
  const taken = [...drafts];
  for (const bracket of square) {
    const inside = citationsInParenthesis(text, bracket, italic);
    drafts.push(...inside.filter((d) => !overlaps(d, taken)));
  }
  const spans = [...parentheses, ...square].map((p) => ({ start: p.open, end: p.close + 1 }));
  drafts.push(...bareCitations(text, drafts, spans));
  drafts.sort((a, b) => a.start - b.start);
  return resolveIbids(drafts);
}
