// Finds the author name written before a parenthesis of years: "Harrison (2002: 587)".
import type { AuthorReading } from './authors';
import { isDateLike, namesABody, readAuthors } from './authors';
import type { AuthorPhrase, Span } from './grammar';
import { authorPhrase, nameRunEndingAt } from './grammar';
import { DETERMINERS } from './lexicon';

/** How far back from "(" a narrative name may start. */
const MAX_NAME_LENGTH = 200;

export interface NarrativeName {
  reading: AuthorReading;
  /** Offset of the name's first character in the text. */
  start: number;
}

/**
 * "In Europe, Betts (2011)": a comma inside a narrative name run is a list separator only when
 * the list closes with "and"/"&" ("Kunz, Lavenex and Panizzon"); otherwise the run starts after it.
 */
function trimAtStrayComma(s: string, phrase: AuthorPhrase): AuthorPhrase | null {
  const lastComma = phrase.tokens.map((t) => t.kind).lastIndexOf('comma');
  if (lastComma < 0) return phrase;
  const closedByAnd = phrase.tokens.slice(lastComma).some((t) => t.kind === 'and');
  if (closedByAnd) return phrase;
  const next = phrase.tokens.slice(lastComma + 1).find((t) => t.kind !== 'and');
  const trimmed = next ? authorPhrase(s, next.start) : null;
  return trimmed && trimmed.end === phrase.end ? trimmed : null;
}

/**
 * A name run right before "(" is no author when it continues a noun phrase: after a determiner
 * ("the Cold War (1947)") or a numeral ("the 21st Century (1997)") only a corporate body
 * ("the European Commission (2011)") is read as an author.
 */
function continuesNounPhrase(s: string, phrase: AuthorPhrase): boolean {
  const previousWord = /([\p{L}\p{N}]+)\W*$/u.exec(s.slice(0, phrase.start))?.[1] ?? '';
  const continues = DETERMINERS.has(previousWord.toLowerCase()) || /\d/.test(previousWord);
  return continues && !namesABody(phrase);
}

const overlaps = (a: Span, spans: ReadonlyArray<Span>): boolean =>
  spans.some((b) => a.start < b.end && b.start < a.end);

/**
 * The author(s) named right before the parenthesis opening at `open`, or null when the words
 * there do not read as a name (a title in italics, a noun phrase, a function word, a date).
 */
export function narrativeNameBefore(
  text: string,
  open: number,
  italic: ReadonlyArray<Span>,
): NarrativeName | null {
  let from = Math.max(0, open - MAX_NAME_LENGTH);
  for (const stop of ['(', ')', '\n\n']) {
    const at = text.lastIndexOf(stop, open - 1);
    if (at >= from) from = at + stop.length;
  }
  const s = text.slice(from, open);
  const nameEnd = s.replace(/\s+$/u, '').replace(/['’]s?$/u, '').length;
  const found = nameRunEndingAt(s, nameEnd);
  const phrase = found ? trimAtStrayComma(s, found) : null;
  if (!phrase || continuesNounPhrase(s, phrase) || isDateLike(phrase)) return null;
  if (overlaps({ start: from + phrase.start, end: from + phrase.end }, italic)) return null;
  return { reading: readAuthors(s, phrase, true), start: from + phrase.start };
}
